// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: the features and decisions of the morphological analyzer,
// shared by analysis (with the frozen LinearModels of a MorphModelData) and
// training (with the trainer's perceptrons, which have the same
// Accumulate()). Keeping one copy is what makes training and analysis see
// the same features.

#ifndef KHABAR_MORPH_MORPH_DECODE_H_
#define KHABAR_MORPH_MORPH_DECODE_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "morph/morph_model.h"

namespace khabar::morph {

// A surface token as the analyzer sees it.
struct TokenInfo {
  std::string key;   // KeyForm of the token
  std::string fold;  // FoldForm of key
  char shape = 'p';  // WordShape of key
};

// A syntactic word.
enum WordRole : uint8_t {
  kWhole = 0,      // the token is one word
  kProclitic = 1,  // before the host
  kHost = 2,
  kEnclitic = 3,  // after the host
};

struct WordInfo {
  std::string key;
  std::string fold;
  uint32_t token = 0;  // index into the sentence's tokens
  WordRole role = kWhole;
  char shape = 'p';
};

struct SegChoice {
  uint16_t prefix = 0;
  uint16_t suffix = 0;
  uint16_t rewrite = 0;
  friend bool operator==(const SegChoice&, const SegChoice&) = default;
};

// Fills `info` from a token's text.
void MakeTokenInfo(std::string_view text, TokenInfo* info);

// The candidates allowed for a token by the inventories (always includes
// {0, 0, 0}).
void ValidSegChoices(const MorphModelData& m, const TokenInfo& token,
                     std::vector<SegChoice>* out);

// The host of `token` under `choice` (assumed valid).
void BuildHost(const MorphModelData& m, std::string_view key, SegChoice choice,
               std::string* host);

// Row features of token i (shared by the three segmentation heads).
// Only tokens[0 .. count) are the sentence. They are the token's own
// features (SegTokenFeatures, the same wherever the token occurs) followed
// by its context's (SegContextFeatures); the analyzer caches the first.
void SegRowFeatures(const std::vector<TokenInfo>& tokens, size_t i,
                    size_t count, std::vector<uint64_t>* out);
void SegTokenFeatures(const TokenInfo& token, std::vector<uint64_t>* out);
void SegContextFeatures(const std::vector<TokenInfo>& tokens, size_t i,
                        size_t count, std::vector<uint64_t>* out);

// Features of one whole candidate with host `host`.
void SegComboFeatures(const MorphModelData& m, const TokenInfo& token,
                      SegChoice choice, std::string_view host,
                      std::vector<uint64_t>* out);

// Score arrays are laid out prefixes | suffixes | rewrites.
inline size_t SegSlots(const MorphModelData& m) {
  return m.prefixes.size() + m.suffixes.size() + m.rewrites.size();
}

// Picks the best candidate given the row scores of the token and a combo
// scorer. `host` is scratch.
template <typename Combo>
SegChoice BestSegChoice(const MorphModelData& m, const Combo& combo,
                        const TokenInfo& token, const float* row_scores,
                        const std::vector<SegChoice>& candidates,
                        std::string* host, std::vector<uint64_t>* scratch) {
  if (candidates.size() == 1) return candidates[0];
  const size_t ps = m.prefixes.size();
  const size_t ss = m.suffixes.size();
  SegChoice best = candidates[0];
  float best_score = -1e30f;
  for (const SegChoice& c : candidates) {
    float score = row_scores[c.prefix] + row_scores[ps + c.suffix] +
                  row_scores[ps + ss + c.rewrite];
    BuildHost(m, token.key, c, host);
    scratch->clear();
    SegComboFeatures(m, token, c, *host, scratch);
    float extra = 0;
    for (uint64_t f : *scratch) combo.Accumulate(f, &extra, 0, 1);
    score += extra;
    if (score > best_score) {
      best_score = score;
      best = c;
    }
  }
  return best;
}

// Appends the words of `token` under `choice` to `words`.
void AppendSegWords(const MorphModelData& m, const TokenInfo& token,
                    uint32_t token_index, SegChoice choice,
                    std::vector<WordInfo>* words);
// The same into (*words)[*used ..), growing the vector only when it is
// full, and advances *used: an analyzer keeps its words' string buffers
// from sentence to sentence.
void PutSegWords(const MorphModelData& m, const TokenInfo& token,
                 uint32_t token_index, SegChoice choice,
                 std::vector<WordInfo>* words, size_t* used);

// Features for the UPOS of word j given the two previous predicted tags
// (-1 when none). The second pass (`pass1` not null) also sees the first
// pass's tags of this word and the two following ones.
// They are the word's own features (UposWordFeatures: the word, its role
// and, for a clitic or host, its token) followed by the context's.
void UposFeatures(const MorphModelData& m, const std::vector<TokenInfo>& tokens,
                  std::span<const WordInfo> words, size_t j, int prev,
                  int prev2, const std::vector<uint16_t>* pass1,
                  std::vector<uint64_t>* out);
void UposWordFeatures(const MorphModelData& m,
                      const std::vector<TokenInfo>& tokens, const WordInfo& w,
                      std::vector<uint64_t>* out);
void UposContextFeatures(std::span<const WordInfo> words, size_t j, int prev,
                         int prev2, const std::vector<uint16_t>* pass1,
                         std::vector<uint64_t>* out);

// The context features split by what they depend on, so the analyzer can
// cache all but the last group per word type or per tag pair:
// - one neighbour's key, in one of four positions;
enum class NeighbourSlot : uint8_t { kPrev1, kPrev2, kNext1, kNext2 };
inline constexpr NeighbourSlot kNeighbourSlots[] = {
    NeighbourSlot::kPrev1, NeighbourSlot::kPrev2, NeighbourSlot::kNext1,
    NeighbourSlot::kNext2};
// (the key of word j's neighbour in `slot`, "<s>" / "</s>" past the ends)
std::string_view UposNeighbourKey(std::span<const WordInfo> words, size_t j,
                                  NeighbourSlot slot);
void UposNeighbourFeatures(std::string_view key, NeighbourSlot slot,
                           std::vector<uint64_t>* out);
// - the previous two tags and whether this and the previous word carry
//   the article;
bool IsDefinite(std::string_view key);
void UposTagFeatures(int prev, int prev2, bool def, bool prev_def,
                     std::vector<uint64_t>* out);
// - the previous tag with this word, and the word pair's endings.
void UposLexicalTagFeatures(std::string_view key, std::string_view p1, int prev,
                            std::vector<uint64_t>* out);
// The same features in two steps, for the analyzer: what does not depend
// on the previous tag (the hashes of the word and its ending, the word
// pair's feature) once per word, then the features given the tag. The
// features and their order are UposLexicalTagFeatures's.
struct UposLexicalParts {
  uint64_t key_hash = 0;
  uint64_t suffix_hash = 0;  // if has_suffix
  uint64_t pair = 0;         // the word pair's feature, if has_pair
  bool has_suffix = false;
  bool has_pair = false;
};
void UposLexicalWordParts(std::string_view key, std::string_view p1,
                          UposLexicalParts* parts);
// The features that depend on the previous tag (1 or 2), in order; the
// pair's feature (parts.pair) follows them.
size_t UposLexicalTagOnly(const UposLexicalParts& parts, int prev,
                          uint64_t out[2]);

// Features for the FEATS of word j given all UPOS tags of the sentence:
// the word's own given its tag (FeatsWordFeatures) and the context's.
void FeatsFeatures(std::span<const WordInfo> words, size_t j,
                   const std::vector<uint16_t>& upos,
                   std::vector<uint64_t>* out);
void FeatsWordFeatures(const WordInfo& w, uint16_t upos,
                       std::vector<uint64_t>* out);
void FeatsContextFeatures(std::span<const WordInfo> words, size_t j,
                          const std::vector<uint16_t>& upos,
                          std::vector<uint64_t>* out);

// Slot ranges of each attribute in the feats model.
void AttributeSlots(const MorphModelData& m, std::vector<uint32_t>* begins);

// Features for the lemma rule of a word.
void LemmaFeatures(std::string_view key, std::string_view upos,
                   std::vector<uint64_t>* out);

// True if `rule` applies to `key`; writes the lemma.
bool ApplyLemmaRule(const LemmaRule& rule, std::string_view key,
                    std::string* lemma);
// True if `rule` applies to `key` (ApplyLemmaRule's test, no lemma built).
inline bool LemmaRuleApplies(const LemmaRule& rule, std::string_view key) {
  return key.size() > rule.del_prefix.size() + rule.del_suffix.size() &&
         key.starts_with(rule.del_prefix) && key.ends_with(rule.del_suffix);
}

// The lexicon entry for (key, upos), trying the folded form second, or -1.
int64_t FindLexiconEntry(const MorphModelData& m, std::string_view key,
                         std::string_view fold, std::string_view upos);

// Tags a sentence: UPOS ids per word, greedy left to right. With `pass1`
// (the first pass's tags), this is the second pass.
template <typename Model>
void DecodeUpos(const MorphModelData& m, const Model& tagger,
                const std::vector<TokenInfo>& tokens,
                std::span<const WordInfo> words,
                const std::vector<uint16_t>* pass1, std::vector<uint16_t>* upos,
                std::vector<uint64_t>* features, std::vector<float>* scores) {
  upos->assign(words.size(), 0);
  const size_t n = m.upos.size();
  scores->resize(n);
  for (size_t j = 0; j < words.size(); ++j) {
    features->clear();
    UposFeatures(m, tokens, words, j, j > 0 ? (*upos)[j - 1] : -1,
                 j > 1 ? (*upos)[j - 2] : -1, pass1, features);
    for (uint64_t f : *features) tagger.Prefetch(f);
    std::fill(scores->begin(), scores->end(), 0.0f);
    for (uint64_t f : *features) tagger.Accumulate(f, scores->data(), 0, n);
    size_t best = 0;
    for (size_t t = 1; t < n; ++t) {
      if ((*scores)[t] > (*scores)[best]) best = t;
    }
    (*upos)[j] = static_cast<uint16_t>(best);
  }
}

// The FEATS value ids of word j: one value index per attribute (0 absent).
template <typename Model>
void DecodeFeats(const MorphModelData& m, const Model& feats,
                 const std::vector<uint32_t>& slot_begins,
                 std::span<const WordInfo> words, size_t j,
                 const std::vector<uint16_t>& upos,
                 std::vector<uint64_t>* features, std::vector<float>* scores,
                 std::vector<uint16_t>* values) {
  const size_t na = m.attributes.size();
  values->assign(na, 0);
  if (na == 0) return;
  features->clear();
  FeatsFeatures(words, j, upos, features);
  for (uint64_t f : *features) feats.Prefetch(f);
  scores->assign(slot_begins.back(), 0.0f);
  for (uint64_t f : *features) {
    feats.Accumulate(f, scores->data(), 0, slot_begins.back());
  }
  for (size_t a = 0; a < na; ++a) {
    if (!m.allowed[size_t{upos[j]} * na + a]) continue;
    const uint32_t b = slot_begins[a];
    const uint32_t e = slot_begins[a + 1];
    uint32_t best = b;
    for (uint32_t s = b + 1; s < e; ++s) {
      if ((*scores)[s] > (*scores)[best]) best = s;
    }
    (*values)[a] = static_cast<uint16_t>(best - b);
  }
}

// The lemma rule for a word: the best applicable rule.
template <typename Model>
uint32_t DecodeLemmaRule(const MorphModelData& m, const Model& lemmatizer,
                         std::string_view key, std::string_view upos,
                         std::vector<uint64_t>* features,
                         std::vector<float>* scores) {
  features->clear();
  LemmaFeatures(key, upos, features);
  const size_t n = m.lemma_rules.size();
  scores->assign(n, 0.0f);
  if constexpr (std::is_same_v<Model, LinearModel>) {
    // The frozen model prefetches (the same sums; the trainer's
    // perceptrons have no AccumulateAll).
    lemmatizer.AccumulateAll(features->data(), features->size(), scores->data(),
                             0, static_cast<uint32_t>(n));
  } else {
    for (uint64_t f : *features) lemmatizer.Accumulate(f, scores->data(), 0, n);
  }
  uint32_t best = 0;
  float best_score = -1e30f;
  for (uint32_t r = 0; r < n; ++r) {
    if ((*scores)[r] <= best_score) continue;
    if (!LemmaRuleApplies(m.lemma_rules[r], key)) continue;
    best = r;
    best_score = (*scores)[r];
  }
  return best;
}

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_MORPH_DECODE_H_
