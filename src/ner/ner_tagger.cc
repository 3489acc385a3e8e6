// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/model_file.h"
#include "khabar/ner.h"
#include "khabar/status.h"
#include "ner/name_particles.h"
#include "ner/ner_cache.h"
#include "ner/ner_cached_decode.h"
#include "ner/ner_clubs.h"
#include "ner/ner_consistency.h"
#include "ner/ner_currencies.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"
#include "ner/ner_months.h"
#include "ner/ner_name_numbers.h"
#include "ner/ner_org_heads.h"
#include "ner/ner_participles.h"
#include "ner/ner_quoted_names.h"
#include "ner/ner_split_mentions.h"
#include "ner/ner_title_words.h"
#include "ner/split_surnames.h"

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

bool NerModel::reads_morph_attributes() const {
  return (data_->feature_set & ner::kNerFeatureMorph) != 0;
}

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
  std::vector<uint32_t> entries;     // each token's cache entry
  std::vector<uint32_t> host_begin;  // each token's NerToken::host_begin
  std::vector<const ner::NerToken*> tokens;
  std::vector<uint16_t> pass1;
  std::vector<uint16_t> labels;  // for the whole analysis
  std::vector<uint16_t> sentence_labels;
  std::vector<uint16_t> second;  // second-pass labels, whole analysis
  std::vector<ner::NerHistoryItem> history_items;
  std::vector<uint32_t> history;
  std::vector<std::pair<uint64_t, uint32_t>> history_scratch;
  std::vector<uint32_t> sentence_of;  // each token's sentence
  ner::NerScratch scratch;
  std::unique_ptr<ner::NerTypeCache> cache;
};

NerTagger::NerTagger(std::shared_ptr<const NerModel> model,
                     std::shared_ptr<const MorphModel> morph,
                     const NerTaggerOptions& options)
    : model_(std::move(model)),
      morph_(std::move(morph)),
      options_(options),
      ws_(std::make_unique<Workspace>()) {
  ws_->cache = std::make_unique<ner::NerTypeCache>(
      model_->data(), morph_->data(), options_.cache_types);
}

NerTagger::~NerTagger() = default;
NerTagger::NerTagger(NerTagger&&) noexcept = default;
NerTagger& NerTagger::operator=(NerTagger&&) noexcept = default;

size_t NerTagger::MemoryBytes() const {
  size_t b = sizeof(Workspace);
  b += (ws_->entries.capacity() + ws_->host_begin.capacity()) * 4 +
       ws_->tokens.capacity() * sizeof(void*);
  b += (ws_->pass1.capacity() + ws_->labels.capacity() +
        ws_->sentence_labels.capacity() + ws_->second.capacity()) *
           2 +
       ws_->history_items.capacity() * sizeof(ner::NerHistoryItem) +
       ws_->history.capacity() * 4 + ws_->history_scratch.capacity() * 16 +
       ws_->sentence_of.capacity() * 4 + ws_->scratch.features.capacity() * 8 +
       (ws_->scratch.base.capacity() + ws_->scratch.trans.capacity() +
        ws_->scratch.delta.capacity()) *
           4 +
       ws_->scratch.back.capacity() * 2 + ws_->cache->MemoryBytes();
  return b;
}

Status NerTagger::Labels(std::string_view text, const MorphAnalysis& a) {
  Workspace& ws = *ws_;
  const NerModelData& m = model_->data();
  const bool second_pass = options_.second_pass && m.tagger2.rows() > 0;
  ws.labels.assign(a.tokens.size(), 0);
  if (second_pass) {
    ws.history_items.assign(a.tokens.size(), ner::NerHistoryItem());
    ws.second.assign(a.tokens.size(), 0);
  }
  for (const MorphToken& t : a.tokens) {
    if (t.span.end > text.size() || t.span.begin > t.span.end ||
        t.word_count == 0 ||
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
  }
  // Each token's type in the cache; then each sentence decoded alone.
  ws.cache->BeginText(a.tokens.size());
  ws.cache->Entries(text, a, &ws.entries);
  ws.host_begin.resize(a.tokens.size());
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    ws.host_begin[k] = ner::NerHostBegin(text, a, k);
  }
  ws.tokens.resize(a.tokens.size());
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    ws.tokens[k] = &ws.cache->token(ws.entries[k]);
  }
  const std::span<const uint32_t> entries(ws.entries);
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    const MorphSentence& s = a.sentences[si];
    ner::DecodeNerCached(m, *ws.cache, 0,
                         entries.subspan(s.first_token, s.token_count), nullptr,
                         {}, &ws.pass1, &ws.scratch);
    for (uint32_t k = 0; k < s.token_count; ++k) {
      ws.labels[s.first_token + k] = ws.pass1[k];
      if (second_pass) {
        ws.history_items[s.first_token + k] =
            ner::NerHistoryItem{ws.tokens[s.first_token + k]->host_key,
                                static_cast<uint32_t>(si), ws.pass1[k]};
      }
    }
  }
  if (second_pass) SecondPass(a);
  if (options_.surnames || options_.family_names || options_.ayatollah_names ||
      options_.name_particles || options_.adjacent_persons ||
      options_.split_mentions || options_.org_heads || options_.name_numbers ||
      options_.religious_formulas || options_.unit_places ||
      options_.club_names) {
    ws.sentence_of.assign(a.tokens.size(), 0);
    for (size_t si = 0; si < a.sentences.size(); ++si) {
      const MorphSentence& s = a.sentences[si];
      std::fill_n(ws.sentence_of.begin() + s.first_token, s.token_count,
                  static_cast<uint32_t>(si));
    }
  }
  // Before the surname rule, which then finds the name's last word alone.
  if (options_.ayatollah_names) {
    ner::LabelAyatollahNames(m, ws.tokens, ws.sentence_of, &ws.labels);
  }
  if (options_.family_names) {
    ner::ExtendFamilyNames(m, ws.tokens, ws.sentence_of, &ws.labels);
  }
  if (options_.name_particles) {
    ner::ExtendParticleNames(m, ws.tokens, ws.sentence_of, &ws.labels);
  }
  // Before the surname rule, which then finds the surname alone.
  if (options_.adjacent_persons) {
    ner::JoinSplitSurnames(m, text, a, ws.tokens, ws.sentence_of, &ws.labels);
  }
  if (options_.surnames) {
    ner::PropagateSurnames(m, ws.tokens, ws.sentence_of, &ws.labels,
                           &ws.history_scratch);
  }
  // After the surname rule, which may have found the name alone.
  if (options_.name_particles) {
    ner::PrefixParticleNames(m, ws.tokens, ws.sentence_of, &ws.labels);
  }
  ner::DropLeadingPrepositions(m, a, &ws.labels);
  if (options_.coordinated_names) {
    ner::SplitCoordinatedNames(m, ws.tokens, &ws.labels);
  }
  if (options_.unit_places) {
    ner::RetypePlacesAfterUnitNouns(m, ws.tokens, ws.sentence_of, &ws.labels);
  }
  if (options_.club_names) {
    ner::LabelClubNames(m, text, a, ws.tokens, ws.sentence_of, &ws.labels);
  }
  if (options_.religious_formulas) {
    ner::DropReligiousFormulas(m, ws.tokens, ws.sentence_of, &ws.labels);
  }
  if (options_.adjacent_persons) {
    ner::DropCrownPrinceTitle(m, ws.tokens, ws.sentence_of, &ws.labels);
    ner::CompleteNameLinks(m, text, a, ws.tokens, ws.sentence_of, &ws.labels);
    ner::JoinAdjacentPersons(m, text, a, ws.tokens, ws.sentence_of, &ws.labels);
  }
  if (options_.org_heads) {
    ner::JoinOrgHeads(m, text, a, ws.tokens, ws.sentence_of,
                      ner::NerWordTable::OrgHeads(), &ws.labels);
  }
  if (options_.split_mentions) {
    ner::JoinSplitMentions(m, text, a, ws.tokens, ws.sentence_of, &ws.labels);
    ner::ExtendToWholeMentions(m, text, a, ws.tokens, ws.sentence_of,
                               &ws.labels);
  }
  if (options_.name_numbers) {
    ner::ExtendMiscOverNumbers(m, text, a, ws.tokens, ws.sentence_of,
                               &ws.labels);
  }
  if (options_.quoted_names) {
    ner::LabelQuotedNames(m, text, a, ws.tokens,
                          ner::NerWordTable::QuotedNameNouns(), &ws.labels);
  }
  if (options_.month_names) {
    ner::DropMonthNames(m, text, a, ws.tokens, &ws.labels);
  }
  if (options_.title_words) {
    ner::DropTitleWords(m, text, a, ws.tokens, &ws.labels);
  }
  if (options_.participles) ner::DropParticiples(m, ws.tokens, &ws.labels);
  if (options_.currencies) {
    ner::LabelCurrencies(m, ws.tokens, ner::NerWordTable::CurrencyUnits(),
                         &ws.labels);
  }
  return Status::Ok();
}

void NerTagger::SecondPass(const MorphAnalysis& a) {
  Workspace& ws = *ws_;
  const NerModelData& m = model_->data();
  // The second pass sees the first pass's labels of the following tokens
  // and of the same word in the sentences around.
  ner::NerHistory(m, ws.history_items, &ws.history, &ws.history_scratch);
  const std::span<const uint32_t> entries(ws.entries);
  const std::span<const uint32_t> history(ws.history);
  for (const MorphSentence& s : a.sentences) {
    // A sentence the first pass left without a mention, none of whose
    // hosts it labelled in the sentences around, keeps its labels
    // (NerTaggerOptions::skip_quiet_sentences).
    bool quiet = options_.skip_quiet_sentences;
    for (uint32_t k = s.first_token; k < s.first_token + s.token_count && quiet;
         ++k) {
      quiet = ws.labels[k] == 0 && history[k] == 0;
    }
    if (quiet) {
      std::fill_n(ws.second.begin() + s.first_token, s.token_count, 0);
      continue;
    }
    ws.pass1.assign(ws.labels.begin() + s.first_token,
                    ws.labels.begin() + s.first_token + s.token_count);
    ner::DecodeNerCached(
        m, *ws.cache, 1, entries.subspan(s.first_token, s.token_count),
        &ws.pass1, history.subspan(s.first_token, s.token_count),
        &ws.sentence_labels, &ws.scratch);
    for (uint32_t k = 0; k < s.token_count; ++k) {
      ws.second[s.first_token + k] = ws.sentence_labels[k];
    }
  }
  ws.labels.swap(ws.second);
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
      labels->push_back(std::string(m.LabelStarts(l) ? "B-" : "I-") +
                        m.types[m.LabelType(l)]);
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
      // A mention: B-T (or a stray I-T) and the I-T (E-T) after it.
      const size_t type = m.LabelType(l);
      uint32_t j = i + 1;
      while (j < end && m.LabelOpen(labels[j - 1]) && labels[j] != 0 &&
             !m.LabelStarts(labels[j]) && m.LabelType(labels[j]) == type) {
        ++j;
      }
      NerMention& mention = mentions->emplace_back();
      mention.first_token = i;
      mention.token_count = j - i;
      mention.type = m.types[type];
      // Starts after the first token's proclitics, but for a name the
      // analysis split (NerMentionBegin), a surname particle, and a person
      // that starts with a Bou- or Le- surname ("lwban" alone).
      const ner::NerToken& first = *ws_->tokens[i];
      const bool split_surname =
          mention.type == "PER" && ner::IsSplitSurname(first);
      const uint32_t begin = ner::IsNameParticle(first.key) || split_surname
                                 ? a.tokens[i].span.begin
                             : first.name_letters < 0
                                 ? ws_->host_begin[i]
                                 : ner::NerMentionBegin(text, a, i, first);
      mention.span = ByteSpan{begin, a.tokens[j - 1].span.end};
      mention.whole_token = first.keeps_prefix || split_surname;
      i = j;
    }
  }
  return Status::Ok();
}

}  // namespace khabar
