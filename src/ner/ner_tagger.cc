// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/model_file.h"
#include "khabar/ner.h"
#include "khabar/status.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar {

using ner::NerModelData;

NerModel::NerModel(std::unique_ptr<NerModelData> data, size_t file_bytes)
    : data_(std::move(data)) {
  info_.training_config = data_->training_config;
  info_.data_description = data_->data_description;
  info_.data_hash = data_->data_hash;
  info_.license = data_->license;
  info_.file_bytes = file_bytes;
  info_.memory_bytes = data_->MemoryBytes();
}

NerModel::~NerModel() = default;

const std::vector<std::string>& NerModel::types() const { return data_->types; }

namespace {

StatusOr<std::shared_ptr<const NerModel>> FromFile(
    StatusOr<std::shared_ptr<const ModelFile>> file) {
  if (!file.ok()) return file.status();
  StatusOr<std::unique_ptr<NerModelData>> data = ner::ParseNerModel(**file);
  if (!data.ok()) return data.status();
  return std::make_shared<const NerModel>(std::move(data.value()),
                                          (*file)->file_size());
}

}  // namespace

StatusOr<std::shared_ptr<const NerModel>> NerModel::Load(
    const std::string& path) {
  StatusOr<std::shared_ptr<const NerModel>> model =
      FromFile(ModelFile::Open(path));
  if (!model.ok() && model.status().message().find(path) != 0) {
    return Status(model.status().code(),
                  path + ": " + model.status().message());
  }
  return model;
}

StatusOr<std::shared_ptr<const NerModel>> NerModel::FromBytes(
    std::string bytes) {
  return FromFile(ModelFile::FromBytes(std::move(bytes)));
}

struct NerTagger::Workspace {
  std::vector<ner::NerToken> tokens;
  std::vector<uint16_t> pass1;
  std::vector<uint16_t> labels;  // for the whole analysis
  std::vector<uint16_t> sentence_labels;
  ner::NerScratch scratch;
};

NerTagger::NerTagger(std::shared_ptr<const NerModel> model,
                     std::shared_ptr<const MorphModel> morph,
                     const NerTaggerOptions& options)
    : model_(std::move(model)),
      morph_(std::move(morph)),
      options_(options),
      ws_(std::make_unique<Workspace>()) {}

NerTagger::~NerTagger() = default;
NerTagger::NerTagger(NerTagger&&) noexcept = default;
NerTagger& NerTagger::operator=(NerTagger&&) noexcept = default;

size_t NerTagger::MemoryBytes() const {
  size_t b = sizeof(Workspace);
  for (const ner::NerToken& t : ws_->tokens) {
    b += sizeof(t) + t.key.capacity() + t.host.capacity() +
         t.proclitics.capacity() + t.upos.capacity();
  }
  b += (ws_->pass1.capacity() + ws_->labels.capacity() +
        ws_->sentence_labels.capacity()) *
           2 +
       ws_->scratch.features.capacity() * 8 +
       (ws_->scratch.base.capacity() + ws_->scratch.trans.capacity() +
        ws_->scratch.delta.capacity()) *
           4 +
       ws_->scratch.back.capacity() * 2;
  return b;
}

Status NerTagger::Labels(std::string_view text, const MorphAnalysis& a) {
  Workspace& ws = *ws_;
  const NerModelData& m = model_->data();
  ws.labels.assign(a.tokens.size(), 0);
  for (const MorphToken& t : a.tokens) {
    if (t.span.end > text.size() ||
        size_t{t.first_word} + t.word_count > a.words.size()) {
      return InvalidArgumentError(
          "ner: the analysis does not belong to this text");
    }
  }
  for (const MorphSentence& s : a.sentences) {
    if (size_t{s.first_token} + s.token_count > a.tokens.size()) {
      return InvalidArgumentError(
          "ner: the analysis does not belong to this text");
    }
    ner::MakeNerTokens(morph_->data(), m, text, a, s.first_token, s.token_count,
                       &ws.tokens);
    ner::DecodeNer(m, m.tagger, ws.tokens, nullptr, &ws.pass1, &ws.scratch);
    if (options_.second_pass && m.tagger2.rows() > 0) {
      ner::DecodeNer(m, m.tagger2, ws.tokens, &ws.pass1, &ws.sentence_labels,
                     &ws.scratch);
    } else {
      ws.sentence_labels = ws.pass1;
    }
    for (uint32_t k = 0; k < s.token_count; ++k) {
      ws.labels[s.first_token + k] = ws.sentence_labels[k];
    }
  }
  return Status::Ok();
}

Status NerTagger::TagTokens(std::string_view text, const MorphAnalysis& a,
                            std::vector<std::string>* labels) {
  KHABAR_RETURN_IF_ERROR(Labels(text, a));
  const NerModelData& m = model_->data();
  labels->clear();
  for (uint16_t l : ws_->labels) {
    if (l == 0) {
      labels->emplace_back("O");
    } else {
      labels->push_back(std::string(l % 2 == 1 ? "B-" : "I-") +
                        m.types[(l - 1) / 2]);
    }
  }
  return Status::Ok();
}

Status NerTagger::Tag(std::string_view text, const MorphAnalysis& a,
                      std::vector<NerMention>* mentions) {
  mentions->clear();
  KHABAR_RETURN_IF_ERROR(Labels(text, a));
  const NerModelData& m = model_->data();
  const std::vector<uint16_t>& labels = ws_->labels;
  for (const MorphSentence& s : a.sentences) {
    const uint32_t end = s.first_token + s.token_count;
    for (uint32_t i = s.first_token; i < end;) {
      const uint16_t l = labels[i];
      if (l == 0) {
        ++i;
        continue;
      }
      // A mention: B-T (or a stray I-T) and the I-T after it.
      const size_t type = (l - 1) / 2;
      uint32_t j = i + 1;
      while (j < end && labels[j] == 2 * type + 2) ++j;
      NerMention& mention = mentions->emplace_back();
      mention.first_token = i;
      mention.token_count = j - i;
      mention.type = m.types[type];
      // Starts after the first token's proclitics.
      ws_->tokens.clear();
      ner::MakeNerTokens(morph_->data(), m, text, a, i, 1, &ws_->tokens);
      mention.span =
          ByteSpan{ws_->tokens[0].host_begin, a.tokens[j - 1].span.end};
      i = j;
    }
  }
  return Status::Ok();
}

}  // namespace khabar
