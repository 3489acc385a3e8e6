// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "morph/morph_cache.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/light_stemmer.h"
#include "khabar/root_extractor.h"
#include "morph/hash_index.h"
#include "morph/lemma_rescue.h"
#include "morph/morph_decode.h"
#include "morph/morph_model.h"
#include "morph/morph_text.h"

namespace khabar::morph {

MorphCache::MorphCache(const MorphModelData& m, uint32_t types, bool features)
    : m_(m),
      features_on_(features),
      tokens_(types),
      words_(types),
      neighbours_(types),
      nu_(m.upos.size()),
      word_tags_(types) {
  std::vector<uint32_t> begins;
  AttributeSlots(m, &begins);
  feats_slots_ = begins.back();
  token_entries_.resize(tokens_.slots());
  // Not initialized: a slot's scores are written when a type takes it.
  upos_pool_.reset(new float[size_t{words_.slots()} * m.upos.size()]);
  neighbour_pool_.reset(new float[size_t{neighbours_.slots()} * 4 * nu_]);
  // The tag-only features are few: all their combinations, once.
  auto fill = [&](float* row) {
    std::fill(row, row + nu_, 0.0f);
    for (uint64_t f : features_) m_.tagger.Accumulate(f, row, 0, nu_);
  };
  tag_pairs_.resize((nu_ + 1) * (nu_ + 1) * nu_);
  definite_.resize((nu_ + 1) * 4 * nu_);
  for (int prev = -1; prev < static_cast<int>(nu_); ++prev) {
    for (int prev2 = -1; prev2 < static_cast<int>(nu_); ++prev2) {
      features_.clear();
      UposTagFeatures(prev, prev2, false, false, &features_);
      features_.pop_back();  // the definiteness feature, kept apart
      fill(const_cast<float*>(TagScores(prev, prev2)));
    }
    for (int d = 0; d < 4; ++d) {
      features_.clear();
      UposTagFeatures(prev, -1, d >= 2, d % 2 == 1, &features_);
      features_.erase(features_.begin(), features_.end() - 1);
      fill(const_cast<float*>(DefiniteScores(prev, d >= 2, d % 2 == 1)));
    }
  }
  word_tag_entries_.resize(word_tags_.slots());
  feats_pool_.reset(new float[size_t{word_tags_.slots()} * feats_slots_]);
  for (uint32_t s = 0; s < word_tags_.slots(); ++s) {
    word_tag_entries_[s].feats_scores = s * feats_slots_;
  }
}

std::span<const ScoredChoice> MorphCache::Token(TokenInfo* token,
                                                uint64_t hash) {
  uint32_t slot = 0;
  if (!tokens_.Find(hash, token->key, &slot)) {
    slot = tokens_.Insert(hash, token->key);
    FillToken(token, &token_entries_[slot]);
  }
  const TokenEntry& entry = token_entries_[slot];
  token->fold = entry.fold;
  token->shape = entry.shape;
  return entry.choices;
}

void MorphCache::FillToken(TokenInfo* token, TokenEntry* entry) {
  token->fold.clear();
  AppendFoldForm(token->key, &token->fold);
  token->shape = WordShape(token->key);
  entry->fold = token->fold;
  entry->shape = token->shape;
  ValidSegChoices(m_, *token, &candidates_);
  entry->choices.clear();
  if (candidates_.size() == 1) {
    entry->choices.push_back(ScoredChoice{candidates_[0], 0.0f});
    return;
  }
  features_.clear();
  SegTokenFeatures(*token, &features_);
  scores_.assign(SegSlots(m_), 0.0f);
  m_.seg.AccumulateAll(features_.data(), features_.size(), scores_.data(), 0,
                       m_.seg.slots());
  const size_t ps = m_.prefixes.size();
  const size_t ss = m_.suffixes.size();
  // The raw counts of the token and of each candidate's host are looked
  // up by the combination features: prefetched together first.
  m_.word_counts.Prefetch(StringKey(token->key));
  for (const SegChoice& c : candidates_) {
    BuildHost(m_, token->key, c, &host_);
    const uint64_t host = StringKey(host_);
    m_.host_counts.Prefetch(host);
    m_.word_counts.Prefetch(host);
  }
  // All candidates' combination features first, so that their rows are
  // prefetched together (each candidate's still added in its order).
  combo_features_.clear();
  combo_ends_.clear();
  for (const SegChoice& c : candidates_) {
    BuildHost(m_, token->key, c, &host_);
    SegComboFeatures(m_, *token, c, host_, &combo_features_);
    combo_ends_.push_back(static_cast<uint32_t>(combo_features_.size()));
  }
  m_.seg_combo.FindRows(combo_features_, &combo_rows_);
  uint32_t k = 0;
  for (size_t i = 0; i < candidates_.size(); ++i) {
    const SegChoice& c = candidates_[i];
    float score = scores_[c.prefix] + scores_[ps + c.suffix] +
                  scores_[ps + ss + c.rewrite];
    float extra = 0;
    for (; k < combo_ends_[i]; ++k) {
      m_.seg_combo.AddRow(combo_rows_[k], &extra, 0, 1);
    }
    entry->choices.push_back(ScoredChoice{c, score + extra});
  }
}

void MorphCache::WordKey(const std::vector<TokenInfo>& tokens,
                         const WordInfo& w) {
  key_.assign(1, static_cast<char>('0' + w.role));
  key_ += w.key;
  if (w.role != kWhole) {
    key_.push_back('\x01');
    key_ += tokens[w.token].key;
  }
}

uint64_t MorphCache::PrefetchUpos(const std::vector<TokenInfo>& tokens,
                                  const WordInfo& w) {
  WordKey(tokens, w);
  const uint64_t hash = StringKey(key_);
  words_.Prefetch(hash);
  return hash;
}

void MorphCache::PrefetchTokenEntry(uint64_t hash) const {
  const uint32_t slot = tokens_.PrefetchKey(hash);
  if (slot < tokens_.slots()) __builtin_prefetch(&token_entries_[slot]);
}

void MorphCache::PrefetchUposEntry(uint64_t hash) const {
  const uint32_t slot = words_.PrefetchKey(hash);
  if (slot < words_.slots()) __builtin_prefetch(upos_pool_.get() + slot * nu_);
}

void MorphCache::PrefetchNeighbourEntry(uint64_t hash) const {
  const uint32_t slot = neighbours_.PrefetchKey(hash);
  if (slot >= neighbours_.slots()) return;
  const char* rows =
      reinterpret_cast<const char*>(neighbour_pool_.get() + slot * 4 * nu_);
  for (size_t b = 0; b < 4 * nu_ * sizeof(float); b += 64) {
    __builtin_prefetch(rows + b);
  }
}

void MorphCache::PrefetchWordTagEntry(uint64_t hash) const {
  const uint32_t slot = word_tags_.PrefetchKey(hash);
  if (slot >= word_tags_.slots()) return;
  const WordTagAnalysis& a = word_tag_entries_[slot];
  __builtin_prefetch(&a);
  const char* scores = reinterpret_cast<const char*>(
      feats_pool_.get() + size_t{slot} * feats_slots_);
  for (size_t b = 0; b < feats_slots_ * sizeof(float); b += 64) {
    __builtin_prefetch(scores + b);
  }
}

const float* MorphCache::UposScores(const std::vector<TokenInfo>& tokens,
                                    const WordInfo& w, uint64_t hash) {
  WordKey(tokens, w);
  const size_t n = m_.upos.size();
  uint32_t slot = 0;
  if (words_.Find(hash, key_, &slot)) return upos_pool_.get() + slot * n;
  slot = words_.Insert(hash, key_);
  float* scores = upos_pool_.get() + slot * n;
  std::fill(scores, scores + n, 0.0f);
  // The word's raw count and neighbour profile, looked up by its
  // features: their loads overlap the feature hashing.
  m_.word_counts.Prefetch(StringKey(w.key));
  if (w.shape == 'a') m_.contexts.Prefetch(StringKey(w.fold));
  features_.clear();
  UposWordFeatures(m_, tokens, w, &features_);
  m_.tagger.AccumulateAll(features_.data(), features_.size(), scores, 0,
                          static_cast<uint32_t>(n));
  return scores;
}

const float* MorphCache::NeighbourScores(std::string_view key, uint64_t hash) {
  uint32_t slot = 0;
  float* rows = nullptr;
  if (neighbours_.Find(hash, key, &slot)) {
    return neighbour_pool_.get() + size_t{slot} * 4 * nu_;
  }
  slot = neighbours_.Insert(hash, key);
  rows = neighbour_pool_.get() + size_t{slot} * 4 * nu_;
  // The four slots' features first, so that their rows are prefetched
  // together (each slot's still added in its order).
  features_.clear();
  uint32_t ends[std::size(kNeighbourSlots)];
  for (NeighbourSlot ns : kNeighbourSlots) {
    UposNeighbourFeatures(key, ns, &features_);
    ends[static_cast<size_t>(ns)] = static_cast<uint32_t>(features_.size());
  }
  m_.tagger.FindRows(features_, &combo_rows_);
  uint32_t k = 0;
  for (NeighbourSlot ns : kNeighbourSlots) {
    float* row = rows + static_cast<size_t>(ns) * nu_;
    std::fill(row, row + nu_, 0.0f);
    for (; k < ends[static_cast<size_t>(ns)]; ++k) {
      m_.tagger.AddRow(combo_rows_[k], row, 0, static_cast<uint32_t>(nu_));
    }
  }
  return rows;
}

void MorphCache::WordTagKey(const WordInfo& w, uint16_t upos) {
  key_.assign(1, static_cast<char>('0' + w.role));
  key_.push_back(static_cast<char>(upos & 0xFF));
  key_.push_back(static_cast<char>(upos >> 8));
  key_ += w.key;
}

uint64_t MorphCache::PrefetchWordTag(const WordInfo& w, uint16_t upos) {
  WordTagKey(w, upos);
  const uint64_t hash = StringKey(key_);
  word_tags_.Prefetch(hash);
  return hash;
}

const WordTagAnalysis& MorphCache::WordTag(const WordInfo& w, uint16_t upos,
                                           uint64_t hash) {
  WordTagKey(w, upos);
  uint32_t slot = 0;
  if (!word_tags_.Find(hash, key_, &slot)) {
    slot = word_tags_.Insert(hash, key_);
    FillWordTag(w, upos, &word_tag_entries_[slot]);
  }
  return word_tag_entries_[slot];
}

void MorphCache::FillWordTag(const WordInfo& w, uint16_t u,
                             WordTagAnalysis* a) {
  // The lexicon entries of the word and its folded form, looked up below:
  // their loads overlap the FEATS scores.
  const std::string& upos = m_.upos[u];
  m_.lexicon.Prefetch(LexiconKey(w.key, upos));
  if (w.fold != w.key) m_.lexicon.Prefetch(LexiconKey(w.fold, upos));
  // Own FEATS scores.
  float* scores = feats_pool_.get() + a->feats_scores;
  std::fill(scores, scores + feats_slots_, 0.0f);
  if (features_on_ && !m_.attributes.empty()) {
    features_.clear();
    FeatsWordFeatures(w, u, &features_);
    m_.feats.AccumulateAll(features_.data(), features_.size(), scores, 0,
                           feats_slots_);
  }
  // Lemma and root.
  a->lemma_vocalized.clear();
  a->root.clear();
  const int64_t entry = FindLexiconEntry(m_, w.key, w.fold, upos);
  if (entry >= 0) {
    const LexiconEntry& e = m_.entries[static_cast<size_t>(entry)];
    a->lemma = e.lemma;
    a->lemma_vocalized = e.lemma_vocalized;
    a->root = e.root;
  } else if (w.shape != 'a' || upos == "X") {
    // An unknown word tagged X (a foreign or unanalyzed name) is its own
    // lemma, as every X word of PADT is; the rules learned from Arabic
    // words made junk of some (kamal -> huwal).
    a->lemma = w.key;
  } else {
    static constexpr std::string_view kHuwa = "\xD9\x87\xD9\x88";
    const uint32_t best =
        DecodeLemmaRule(m_, m_.lemmatizer, w.key, upos, &features_, &scores_);
    // A pronoun's rule is the pronoun test's below, not the rescue's (the
    // name kamal stays kamal, not kamil), but on a verb (naqashat, read
    // huwa + qashat: naqasha).
    const bool pronoun_rule =
        m_.lemma_rules[best].add_prefix.starts_with(kHuwa) && upos != "PRON";
    const uint32_t rule = pronoun_rule && upos != "VERB"
                              ? best
                              : RescueLemmaRule(m_, w.key, scores_, best);
    const LemmaRule& r = m_.lemma_rules[rule];
    if (!ApplyLemmaRule(r, w.key, &a->lemma)) a->lemma = w.key;
    const uint32_t* known = m_.lemma_roots.Find(StringKey(a->lemma));
    // A rule that writes the pronoun lemma huwa over a word's first
    // letters is a pronoun's (-hum, -ha -> huwa) applied to a longer word
    // (nayif -> huwif, kamal -> huwal, yunaytid -> huwunaytid): the word
    // is its own lemma unless the result is a known one.
    if (known == nullptr && pronoun_rule) {
      a->lemma = w.key;
    }
    if (known != nullptr) {
      a->root = m_.entries[*known].root;
    } else if (upos == "NOUN" || upos == "ADJ" || upos == "VERB") {
      a->root = ExtractRootHost(a->lemma);
    }
  }
  // Stems are index terms: none for clitics and punctuation.
  if (w.role == kProclitic || w.role == kEnclitic || w.shape == 'p') {
    a->stem.clear();
  } else if (w.shape == 'a') {
    LightStemHost(w.key, &a->stem);
  } else {
    a->stem = w.fold;
  }
}

size_t MorphCache::MemoryBytes() const {
  size_t b = sizeof(*this) + tokens_.MemoryBytes() + words_.MemoryBytes() +
             word_tags_.MemoryBytes();
  b += token_entries_.capacity() * sizeof(TokenEntry);
  for (const TokenEntry& t : token_entries_) {
    if (t.fold.capacity() > 15) b += t.fold.capacity();
    b += t.choices.capacity() * sizeof(ScoredChoice);
  }
  b += neighbours_.MemoryBytes() +
       (size_t{neighbours_.slots()} * 4 * nu_ + tag_pairs_.capacity() +
        definite_.capacity()) *
           sizeof(float);
  b += (size_t{words_.slots()} * m_.upos.size() +
        size_t{word_tags_.slots()} * feats_slots_) *
       sizeof(float);
  b += word_tag_entries_.capacity() * sizeof(WordTagAnalysis);
  for (const WordTagAnalysis& a : word_tag_entries_) {
    for (const std::string* s :
         {&a.lemma, &a.lemma_vocalized, &a.root, &a.stem}) {
      if (s->capacity() > 15) b += s->capacity();
    }
  }
  b += (features_.capacity() + combo_features_.capacity()) * sizeof(uint64_t);
  b += combo_ends_.capacity() * sizeof(uint32_t) +
       combo_rows_.capacity() * sizeof(LinearModel::Row);
  b += scores_.capacity() * sizeof(float);
  return b;
}

}  // namespace khabar::morph
