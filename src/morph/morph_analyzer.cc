// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/morph_analyzer.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/light_stemmer.h"
#include "khabar/model_file.h"
#include "khabar/root_extractor.h"
#include "khabar/sentence_splitter.h"
#include "khabar/status.h"
#include "khabar/tokenizer.h"
#include "morph/morph_decode.h"
#include "morph/morph_model.h"

namespace khabar {

using morph::MorphModelData;
using morph::SegChoice;
using morph::TokenInfo;
using morph::WordInfo;

MorphModel::MorphModel(std::unique_ptr<MorphModelData> data, size_t file_bytes)
    : data_(std::move(data)) {
  info_.training_config = data_->training_config;
  info_.data_description = data_->data_description;
  info_.data_hash = data_->data_hash;
  info_.license = data_->license;
  info_.file_bytes = file_bytes;
  info_.memory_bytes = data_->MemoryBytes();
}

MorphModel::~MorphModel() = default;

namespace {

StatusOr<std::shared_ptr<const MorphModel>> FromFile(
    StatusOr<std::shared_ptr<const ModelFile>> file) {
  if (!file.ok()) return file.status();
  StatusOr<std::unique_ptr<MorphModelData>> data =
      morph::ParseMorphModel(**file);
  if (!data.ok()) return data.status();
  return std::make_shared<const MorphModel>(std::move(data.value()),
                                            (*file)->file_size());
}

}  // namespace

StatusOr<std::shared_ptr<const MorphModel>> MorphModel::Load(
    const std::string& path) {
  StatusOr<std::shared_ptr<const MorphModel>> model =
      FromFile(ModelFile::Open(path));
  if (!model.ok() && model.status().message().find(path) != 0) {
    return Status(model.status().code(),
                  path + ": " + model.status().message());
  }
  return model;
}

StatusOr<std::shared_ptr<const MorphModel>> MorphModel::FromBytes(
    std::string bytes) {
  return FromFile(ModelFile::FromBytes(std::move(bytes)));
}

struct MorphAnalyzer::Workspace {
  Tokenizer tokenizer;
  SentenceSplitter splitter;
  std::vector<Token> raw_tokens;
  std::vector<Sentence> raw_sentences;
  std::vector<TokenInfo> tokens;
  std::vector<WordInfo> words;
  std::vector<SegChoice> candidates;
  std::vector<uint64_t> features;
  std::vector<uint64_t> scratch_features;
  std::vector<float> scores;
  std::vector<uint16_t> upos;
  std::vector<uint16_t> pass1;
  std::vector<uint16_t> values;
  std::vector<uint32_t> slot_begins;
  std::string host;
  std::string scratch;
  std::string lemma;
  std::vector<ByteSpan> spans;
  size_t used_tokens = 0;  // of the MorphAnalysis being filled
  size_t used_words = 0;

  size_t MemoryBytes() const {
    size_t b = sizeof(*this);
    b += raw_tokens.capacity() * sizeof(Token);
    b += raw_sentences.capacity() * sizeof(Sentence);
    for (const TokenInfo& t : tokens) b += t.key.capacity() + t.fold.capacity();
    b += tokens.capacity() * sizeof(TokenInfo);
    for (const WordInfo& w : words) b += w.key.capacity() + w.fold.capacity();
    b += words.capacity() * sizeof(WordInfo);
    b += candidates.capacity() * sizeof(SegChoice);
    b += (features.capacity() + scratch_features.capacity()) * 8;
    b += scores.capacity() * 4 + upos.capacity() * 2 + values.capacity() * 2;
    return b;
  }
};

MorphAnalyzer::MorphAnalyzer(std::shared_ptr<const MorphModel> model,
                             const MorphAnalyzerOptions& options)
    : model_(std::move(model)),
      options_(options),
      ws_(std::make_unique<Workspace>()) {
  morph::AttributeSlots(model_->data(), &ws_->slot_begins);
}

MorphAnalyzer::~MorphAnalyzer() = default;
MorphAnalyzer::MorphAnalyzer(MorphAnalyzer&&) noexcept = default;
MorphAnalyzer& MorphAnalyzer::operator=(MorphAnalyzer&&) noexcept = default;

size_t MorphAnalyzer::MemoryBytes() const { return ws_->MemoryBytes(); }

namespace {

// Reuses the element at `index` of `v` (keeping its string buffers).
template <typename T>
T& Slot(std::vector<T>* v, size_t index) {
  if (index >= v->size()) v->resize(index + 1);
  return (*v)[index];
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace

void MorphAnalyzer::AnalyzeSentence(std::string_view text,
                                    const ByteSpan* spans, size_t count,
                                    MorphAnalysis* out) {
  const MorphModelData& m = model_->data();
  Workspace& ws = *ws_;
  if (ws.tokens.size() < count) ws.tokens.resize(count);
  ws.words.clear();
  // Segmentation, token by token (a token's context is its neighbours'
  // key forms, so all infos first).
  std::vector<TokenInfo>& tokens = ws.tokens;
  for (size_t i = 0; i < count; ++i) {
    morph::MakeTokenInfo(text.substr(spans[i].begin, spans[i].size()),
                         &tokens[i]);
  }
  const size_t slots = morph::SegSlots(m);
  const size_t first_token = ws.used_tokens;
  ws.scores.resize(slots);
  for (size_t i = 0; i < count; ++i) {
    morph::ValidSegChoices(m, tokens[i], &ws.candidates);
    SegChoice choice = ws.candidates[0];
    if (ws.candidates.size() > 1) {
      ws.features.clear();
      morph::SegRowFeatures(tokens, i, count, &ws.features);
      for (uint64_t f : ws.features) m.seg.Prefetch(f);
      std::fill(ws.scores.begin(), ws.scores.end(), 0.0f);
      for (uint64_t f : ws.features) m.seg.Accumulate(f, ws.scores.data());
      choice =
          morph::BestSegChoice(m, m.seg_combo, tokens[i], ws.scores.data(),
                               ws.candidates, &ws.host, &ws.scratch_features);
    }
    const size_t before = ws.words.size();
    morph::AppendSegWords(m, tokens[i], static_cast<uint32_t>(i), choice,
                          &ws.words);
    MorphToken& t = Slot(&out->tokens, first_token + i);
    t.span = spans[i];
    t.first_word = static_cast<uint32_t>(ws.used_words + before);
    t.word_count = static_cast<uint32_t>(ws.words.size() - before);
    t.space_after = spans[i].end >= text.size() || IsSpace(text[spans[i].end]);
  }
  ws.used_tokens = first_token + count;

  // Tags, features, lemmas.
  morph::DecodeUpos(m, m.tagger, tokens, ws.words, nullptr, &ws.upos,
                    &ws.features, &ws.scores);
  if (options_.second_tagging_pass && m.tagger2.rows() > 0) {
    ws.pass1.swap(ws.upos);
    morph::DecodeUpos(m, m.tagger2, tokens, ws.words, &ws.pass1, &ws.upos,
                      &ws.features, &ws.scores);
  }
  const size_t first_word = ws.used_words;
  const size_t na = m.attributes.size();
  for (size_t j = 0; j < ws.words.size(); ++j) {
    const WordInfo& wi = ws.words[j];
    MorphWord& w = Slot(&out->words, first_word + j);
    w.token = static_cast<uint32_t>(first_token + wi.token);
    w.role = static_cast<MorphRole>(wi.role);
    w.form = wi.key;
    const std::string& upos = m.upos[ws.upos[j]];
    w.upos = upos;
    // Features.
    w.feats.clear();
    if (na > 0) {
      morph::DecodeFeats(m, m.feats, ws.slot_begins, ws.words, j, ws.upos,
                         &ws.features, &ws.scores, &ws.values);
      for (size_t a = 0; a < na; ++a) {
        if (ws.values[a] == 0) continue;
        if (!w.feats.empty()) w.feats.push_back('|');
        w.feats += m.attributes[a].name;
        w.feats.push_back('=');
        w.feats += m.attributes[a].values[ws.values[a]];
      }
    }
    // Lemma and root.
    w.lemma_vocalized.clear();
    w.root.clear();
    const int64_t entry = morph::FindLexiconEntry(m, wi.key, wi.fold, upos);
    if (entry >= 0) {
      const morph::LexiconEntry& e = m.entries[static_cast<size_t>(entry)];
      w.lemma = e.lemma;
      w.lemma_vocalized = e.lemma_vocalized;
      w.root = e.root;
    } else if (wi.shape != 'a') {
      w.lemma = wi.key;
    } else {
      const uint32_t rule = morph::DecodeLemmaRule(
          m, m.lemmatizer, wi.key, upos, &ws.features, &ws.scores, &ws.lemma);
      if (!morph::ApplyLemmaRule(m.lemma_rules[rule], wi.key, &w.lemma)) {
        w.lemma = wi.key;
      }
      if (const uint32_t* e = m.lemma_roots.Find(morph::StringKey(w.lemma))) {
        w.root = m.entries[*e].root;
      } else if (upos == "NOUN" || upos == "ADJ" || upos == "VERB") {
        w.root = ExtractRootHost(w.lemma);
      }
    }
    // Stems are index terms: none for clitics and punctuation.
    if (wi.role == morph::kProclitic || wi.role == morph::kEnclitic ||
        wi.shape == 'p') {
      w.stem.clear();
    } else if (wi.shape == 'a') {
      LightStemHost(wi.key, &w.stem);
    } else {
      w.stem = wi.fold;
    }
  }
  ws.used_words = first_word + ws.words.size();
}

Status MorphAnalyzer::Analyze(std::string_view text, MorphAnalysis* out) {
  Workspace& ws = *ws_;
  ws.used_tokens = 0;
  ws.used_words = 0;
  out->sentences.clear();
  if (text.size() > kMorphMaxTextBytes) {
    return ResourceExhaustedError("morph: text of " +
                                  std::to_string(text.size()) +
                                  " bytes is over the limit");
  }
  KHABAR_RETURN_IF_ERROR(ws.tokenizer.Tokenize(text, &ws.raw_tokens));
  KHABAR_RETURN_IF_ERROR(
      ws.splitter.Split(text, ws.raw_tokens, &ws.raw_sentences));
  std::vector<ByteSpan>& spans = ws.spans;
  for (const Sentence& s : ws.raw_sentences) {
    spans.clear();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      spans.push_back(ws.raw_tokens[t].span);
    }
    MorphSentence& ms = out->sentences.emplace_back();
    ms.span = s.span;
    ms.first_token = static_cast<uint32_t>(ws.used_tokens);
    ms.token_count = static_cast<uint32_t>(spans.size());
    AnalyzeSentence(text, spans.data(), spans.size(), out);
  }
  out->tokens.resize(ws.used_tokens);
  out->words.resize(ws.used_words);
  return Status::Ok();
}

Status MorphAnalyzer::AnalyzeTokens(
    std::string_view text, const std::vector<std::vector<ByteSpan>>& sentences,
    MorphAnalysis* out) {
  Workspace& ws = *ws_;
  ws.used_tokens = 0;
  ws.used_words = 0;
  out->sentences.clear();
  uint32_t last_end = 0;
  for (const std::vector<ByteSpan>& s : sentences) {
    for (const ByteSpan& span : s) {
      if (span.begin < last_end || span.end <= span.begin ||
          span.end > text.size()) {
        return InvalidArgumentError(
            "morph: token spans must be non-empty, in order and inside the "
            "text");
      }
      last_end = span.end;
    }
  }
  for (const std::vector<ByteSpan>& s : sentences) {
    if (s.empty()) continue;
    MorphSentence& ms = out->sentences.emplace_back();
    ms.span = ByteSpan{s.front().begin, s.back().end};
    ms.first_token = static_cast<uint32_t>(ws.used_tokens);
    ms.token_count = static_cast<uint32_t>(s.size());
    AnalyzeSentence(text, s.data(), s.size(), out);
  }
  out->tokens.resize(ws.used_tokens);
  out->words.resize(ws.used_words);
  return Status::Ok();
}

}  // namespace khabar
