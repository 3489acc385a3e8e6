// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_decode.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "khabar/utf8.h"
#include "morph/hash_index.h"
#include "morph/morph_text.h"
#include "ner/name_begin.h"

namespace khabar::ner {
namespace {

using morph::FeatureHash;

// Feature templates. Never renumber: the ids are part of the model.
enum Template : uint32_t {
  kBias = 200,
  kKey,
  kHost,
  kHostPrefix,
  kHostSuffix,
  kProclitics,
  kEnclitic,
  kUpos,
  kShape,
  kRaw,
  kAlRatio,
  kGazetteer,
  kPrevHost,
  kNextHost,
  kPrev2Host,
  kNext2Host,
  kPrevUpos,
  kNextUpos,
  kPrevLabel,
  kPrevLabelShape,
  kPrevLabelHost,
  kPrevHostHost,
  kHostNextHost,
  kNextGazetteer,
  kPrevGazetteer,
  kRawUpos,
  kLength,
  kPass1Self,
  kPass1Next,
  kPass1NextNext,
  kPass1PrevSelfNext,
  kPass1NextHost,
  kContextLeft,
  kContextRight,
  kContextBoth,
  kTokenContextLeft,
  kTokenContextRight,
  kNextContextLeft,
  kPrevContextRight,
  kCluster64,
  kCluster256,
  kCluster1024,
  kPrevCluster,
  kNextCluster,
  kClusterPrevLabel,
  kNoCluster,
  kLexicon,
  kLexiconPrev,
  kLexiconNext,
  kLexiconRatio,
  kWordType,
  kWordTypeBest,
  kWordTypePrev,
  kWordTypeNext,
  kNoWordType,
  kHostTrigram,
  kHistory,
  kHistoryPass1,
  kLemma,
  kStem,
  kFeats,
  kFeatsUpos,
  kTokenWordType,
  kTokenLexicon,
  kWordCluster,
  kPrevWordCluster,
  kNextWordCluster,
  kNoWordCluster,
  kPrev2WordCluster,
  kNext2WordCluster,
  kPrevWordClusterBigram,
  kNextWordClusterBigram,
  kWordClusterPrevLabel,
};

// The path lengths of the word-cluster prefix features (the last: the
// whole path).
constexpr uint32_t kClusterPrefixes[] = {4, 6, 10, 20, 32};

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // alef lam

uint64_t Num(uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  return (a << 40) ^ (b << 20) ^ c;
}

thread_local std::vector<uint32_t> tl_starts;

// The prefix features of a packed word-cluster path (NerModelData::
// word_clusters; 0: none), each prefix once.
void AppendClusterPrefixes(uint32_t templ, uint32_t packed,
                           std::vector<uint64_t>* out) {
  if (packed == 0) {
    out->push_back(FeatureHash(templ, Num(99)));
    return;
  }
  const uint32_t bits = packed >> 26 & 31;
  for (uint32_t n : kClusterPrefixes) {
    out->push_back(FeatureHash(templ, ClusterPrefix(packed, n)));
    if (n >= bits) break;
  }
}

// A neighbour's word-cluster path cut to 6 steps (99: none or past the
// edge), for the cluster-window features.
uint64_t WindowPrefix(const NerToken* t) {
  return t == nullptr || t->word_cluster == 0
             ? uint64_t{99}
             : ClusterPrefix(t->word_cluster, 6);
}

}  // namespace

uint32_t LexiconValue(const morph::HashIndex& lexicon, std::string_view host) {
  const uint32_t* v = lexicon.Find(morph::StringKey(host));
  return v == nullptr ? 0 : *v;
}

uint32_t WordTypeValue(const morph::HashIndex& word_types,
                       const NerToken& token) {
  const uint32_t* v = word_types.Find(token.host_key);
  if (v == nullptr && token.token_fold_key != token.host_key) {
    v = word_types.Find(token.token_fold_key);
  }
  return v == nullptr ? 0 : *v;
}

namespace {

// The host word of token k and the number of its proclitic words.
const MorphWord& HostWord(const MorphAnalysis& a, const MorphToken& token,
                          size_t* proclitics) {
  const MorphWord* host = &a.words[token.first_word];
  *proclitics = 0;
  for (uint32_t w = 0; w < token.word_count; ++w) {
    const MorphWord& word = a.words[token.first_word + w];
    if (word.role == MorphRole::kProclitic) {
      ++*proclitics;
    } else if (word.role != MorphRole::kEnclitic) {
      host = &word;
    }
  }
  return *host;
}

}  // namespace

void AppendNerTypeKey(std::string_view text, const MorphAnalysis& a, size_t k,
                      std::string* key) {
  const MorphToken& token = a.tokens[k];
  key->append(text.substr(token.span.begin, token.span.size()));
  key->push_back('\0');
  size_t proclitics = 0;
  const MorphWord& host = HostWord(a, token, &proclitics);
  for (uint32_t w = 0; w < token.word_count; ++w) {
    const MorphWord& word = a.words[token.first_word + w];
    if (word.role == MorphRole::kProclitic) key->append(word.form);
    if (word.role == MorphRole::kEnclitic) key->push_back('\1');
  }
  for (const std::string* part :
       {&host.form, &host.upos, &host.lemma, &host.stem, &host.feats}) {
    key->push_back('\0');
    key->append(*part);
  }
}

uint32_t NerHostBegin(std::string_view text, const MorphAnalysis& a, size_t k) {
  const MorphToken& token = a.tokens[k];
  size_t proclitics = 0;
  HostWord(a, token, &proclitics);
  return SkipLetters(text, token.span.begin, token.span.end, proclitics);
}

uint32_t NerMentionBegin(std::string_view text, const MorphAnalysis& a,
                         size_t k, const NerToken& t) {
  if (t.name_letters < 0) return NerHostBegin(text, a, k);
  const MorphToken& token = a.tokens[k];
  return SkipLetters(text, token.span.begin, token.span.end,
                     static_cast<size_t>(t.name_letters));
}

void FillNerToken(const morph::MorphModelData& morph, const NerModelData& ner,
                  std::string_view text, const MorphAnalysis& a, size_t k,
                  NerToken* out) {
  std::string buffer;
  const MorphToken& token = a.tokens[k];
  NerToken& nt = *out;
  nt.key.clear();
  morph::AppendKeyForm(text.substr(token.span.begin, token.span.size()),
                       &nt.key);
  nt.shape = morph::WordShape(nt.key);
  nt.proclitics.clear();
  nt.enclitic = false;
  size_t proclitic_letters = 0;
  const MorphWord& host = HostWord(a, token, &proclitic_letters);
  for (uint32_t w = 0; w < token.word_count; ++w) {
    const MorphWord& word = a.words[token.first_word + w];
    if (word.role == MorphRole::kProclitic) nt.proclitics += word.form;
    if (word.role == MorphRole::kEnclitic) nt.enclitic = true;
  }
  const std::string_view host_form = host.form;
  nt.host.clear();
  morph::AppendFoldForm(host_form, &nt.host);
  nt.upos = host.upos;
  if ((ner.feature_set & kNerFeatureMorph) != 0) {
    buffer.clear();
    morph::AppendFoldForm(host.lemma, &buffer);
    nt.lemma_key = morph::StringKey(buffer);
    nt.stem_key = morph::StringKey(host.stem);
    nt.feats_key = morph::StringKey(host.feats);
  }
  nt.host_begin =
      SkipLetters(text, token.span.begin, token.span.end, proclitic_letters);
  nt.raw = RawCountBucket(morph.word_counts, host_form);
  SetNameBegin(morph.word_counts, host_form, proclitic_letters, &nt);
  // How often the host takes the article in news: names rarely do.
  std::string_view bare = host_form;
  if (bare.starts_with(kAl)) bare.remove_prefix(kAl.size());
  buffer.assign(kAl);
  buffer.append(bare);
  const uint32_t with_al = RawCountBucket(morph.word_counts, buffer);
  const uint32_t without = RawCountBucket(morph.word_counts, bare);
  nt.al_ratio =
      (with_al == 0 && without == 0)
          ? 0
          : 1 + static_cast<uint32_t>(std::clamp<int>(
                    static_cast<int>(with_al) - static_cast<int>(without) + 6,
                    0, 12));
  nt.host_key = morph::StringKey(nt.host);
  nt.host_feature = FeatureHash(0, nt.host);
  const uint32_t* gaz = ner.gazetteer.Find(nt.host_key);
  nt.gazetteer = gaz == nullptr ? 0 : *gaz;
  const uint32_t* ctx = ner.contexts.Find(nt.host_key);
  nt.context = ctx == nullptr ? 0 : *ctx;
  buffer.clear();
  morph::AppendFoldForm(nt.key, &buffer);
  nt.token_fold_key = morph::StringKey(buffer);
  const uint32_t* tctx = ner.contexts.Find(nt.token_fold_key);
  nt.token_context = tctx == nullptr ? 0 : *tctx;
  const uint32_t* cls = ner.clusters.Find(nt.host_key);
  nt.cluster = cls == nullptr ? 0 : *cls;
  nt.word_cluster = 0;
  if ((ner.feature_set & kNerFeatureWordClusters) != 0) {
    const uint32_t* wc = ner.word_clusters.Find(nt.host_key);
    nt.word_cluster = wc == nullptr ? 0 : *wc;
  }
  nt.lexicon = LexiconValue(ner.lexicon, nt.host);
  nt.word_type = WordTypeValue(ner.word_types, nt);
  SetConjunctionBegin(morph.word_counts, ner.word_types, &nt);
  nt.token_word_type = 0;
  nt.token_lexicon = 0;
  if ((ner.feature_set & kNerFeatureTokenViews) != 0 &&
      nt.token_fold_key != nt.host_key) {
    const uint32_t* tw = ner.word_types.Find(nt.token_fold_key);
    nt.token_word_type = tw == nullptr ? 0 : *tw;
    const uint32_t* tl = ner.lexicon.Find(nt.token_fold_key);
    nt.token_lexicon = tl == nullptr ? 0 : *tl;
  }
  nt.dropped = false;
  nt.trained = true;
  nt.history = 0;
}

void MakeNerTokens(const morph::MorphModelData& morph, const NerModelData& ner,
                   std::string_view text, const MorphAnalysis& a, size_t first,
                   size_t count, std::vector<NerToken>* out) {
  out->resize(count);
  for (size_t t = 0; t < count; ++t) {
    FillNerToken(morph, ner, text, a, first + t, &(*out)[t]);
  }
}

void NerHistory(const NerModelData& m, const std::vector<NerHistoryItem>& items,
                std::vector<uint32_t>* history,
                std::vector<std::pair<uint64_t, uint32_t>>* scratch) {
  history->assign(items.size(), 0);
  // The labelled tokens, by host then position.
  scratch->clear();
  for (uint32_t i = 0; i < items.size(); ++i) {
    if (items[i].label != 0) scratch->emplace_back(items[i].host_key, i);
  }
  std::sort(scratch->begin(), scratch->end());
  for (uint32_t i = 0; i < items.size(); ++i) {
    // The host's labelled tokens in text order, so in sentence order: the
    // first at most kNerHistoryWindow sentences before, then on until the
    // window ends (bounded work per token, whatever the text's length).
    const uint64_t key = items[i].host_key;
    const uint32_t b = items[i].sentence;
    const uint32_t from = b > kNerHistoryWindow
                              ? b - static_cast<uint32_t>(kNerHistoryWindow)
                              : 0;
    auto it = std::partition_point(
        scratch->begin(), scratch->end(),
        [&](const std::pair<uint64_t, uint32_t>& e) {
          return e.first < key ||
                 (e.first == key && items[e.second].sentence < from);
        });
    uint32_t h = 0;
    for (; it != scratch->end() && it->first == key; ++it) {
      const NerHistoryItem& other = items[it->second];
      if (other.sentence > b + kNerHistoryWindow) break;
      if (it->second == i) continue;
      const uint32_t shift =
          2 * static_cast<uint32_t>(m.LabelType(other.label));
      if ((h >> shift & 3) < 3) h += 1u << shift;
    }
    (*history)[i] = h;
  }
}

void NerPrevHostFeatures(const NerToken& t, int prev,
                         std::vector<uint64_t>* out) {
  if (!t.dropped && t.trained) {
    out->push_back(FeatureHash(kPrevLabelHost, Num(prev + 1), t.host_feature));
  }
}

void NerPrevClassFeatures(const NerModelData& m, const NerToken& t, int prev,
                          std::vector<uint64_t>* out) {
  out->push_back(FeatureHash(kPrevLabel, Num(prev + 1)));
  out->push_back(FeatureHash(kPrevLabelShape, Num(prev + 1, t.shape)));
  if (t.cluster != 0) {
    out->push_back(
        FeatureHash(kClusterPrevLabel, Num(t.cluster >> 10 & 255, prev + 1)));
  }
  if ((m.feature_set & kNerFeatureClusterLabels) != 0 && t.word_cluster != 0) {
    for (uint32_t bits : {6u, 10u}) {
      out->push_back(FeatureHash(kWordClusterPrevLabel,
                                 ClusterPrefix(t.word_cluster, bits),
                                 Num(prev + 1)));
    }
  }
}

void NerPrevTokenFeatures(const NerModelData& m, const NerToken& t, int prev,
                          std::vector<uint64_t>* out) {
  NerPrevClassFeatures(m, t, prev, out);
  NerPrevHostFeatures(t, prev, out);
}

uint64_t NerPrevPass1Feature(int prev, uint64_t self, uint64_t next) {
  return FeatureHash(kPass1PrevSelfNext, Num(prev + 1, self, next));
}

void NerPrevFeatures(const NerModelData& m, std::span<const NerToken> tokens,
                     size_t i, int prev, const std::vector<uint16_t>* pass1,
                     std::vector<uint64_t>* out) {
  NerPrevTokenFeatures(m, tokens[i], prev, out);
  if (pass1 != nullptr) {
    const uint64_t self = (*pass1)[i] + 1;
    const uint64_t next = i + 1 < tokens.size() ? (*pass1)[i + 1] + 1 : 0;
    out->push_back(NerPrevPass1Feature(prev, self, next));
  }
}

void NerOwnHostFeatures(const NerModelData& m, const NerToken& t,
                        std::vector<uint64_t>* out) {
  std::vector<uint32_t>& starts = tl_starts;
  morph::CharStarts(t.host, &starts);
  const size_t chars = starts.size() - 1;
  out->push_back(FeatureHash(kBias, ""));
  if (!t.dropped) out->push_back(FeatureHash(kHost, t.host));
  for (size_t n = 1; n <= 3 && n < chars; ++n) {
    out->push_back(
        FeatureHash(kHostPrefix, morph::CharPrefix(t.host, starts, n)));
    out->push_back(
        FeatureHash(kHostSuffix, morph::CharSuffix(t.host, starts, n)));
  }
  if ((m.feature_set & kNerFeatureMorph) != 0) {
    if (!t.dropped) {
      out->push_back(FeatureHash(kLemma, t.lemma_key));
      out->push_back(FeatureHash(kStem, t.stem_key));
    }
    out->push_back(FeatureHash(kFeats, t.feats_key));
    out->push_back(
        FeatureHash(kFeatsUpos, t.feats_key, FeatureHash(0, t.upos)));
  }
  if ((m.feature_set & kNerFeatureCharTrigrams) != 0) {
    for (size_t c = 0; c + 3 <= chars; ++c) {
      out->push_back(
          FeatureHash(kHostTrigram, std::string_view(t.host).substr(
                                        starts[c], starts[c + 3] - starts[c])));
    }
  }
  out->push_back(FeatureHash(kUpos, t.upos));
  out->push_back(FeatureHash(kShape, std::string_view(&t.shape, 1)));
  out->push_back(FeatureHash(kRaw, Num(t.raw, t.shape)));
  out->push_back(
      FeatureHash(kAlRatio, Num(t.al_ratio, t.host.starts_with(kAl))));
  out->push_back(FeatureHash(kGazetteer, Num(t.gazetteer)));
  out->push_back(
      FeatureHash(kRawUpos, Num(t.raw, t.al_ratio), FeatureHash(0, t.upos)));
  out->push_back(FeatureHash(kLength, Num(std::min<size_t>(chars, 10))));
  if (t.context != 0) {
    const uint32_t l1 = t.context >> 24, l2 = t.context >> 16 & 255;
    const uint32_t r1 = t.context >> 8 & 255, r2 = t.context & 255;
    out->push_back(FeatureHash(kContextLeft, Num(l1)));
    if (l2 != 0) out->push_back(FeatureHash(kContextLeft, Num(l2)));
    out->push_back(FeatureHash(kContextRight, Num(r1)));
    if (r2 != 0) out->push_back(FeatureHash(kContextRight, Num(r2)));
    out->push_back(FeatureHash(kContextBoth, Num(l1, r1)));
  }
  const uint32_t lexicon = t.dropped ? 0 : t.lexicon;
  out->push_back(FeatureHash(kLexicon, Num(lexicon & 255)));
  out->push_back(FeatureHash(kLexiconRatio, Num(lexicon >> 8, t.shape)));
  if (t.word_type != 0) {
    for (uint32_t type = 0; type < 4; ++type) {
      out->push_back(FeatureHash(
          kWordType, Num(type, WordTypeEighths(t.word_type, type))));
    }
    const uint32_t best = WordTypeBest(t.word_type);
    const uint32_t p = best == 0 ? 8 : WordTypeEighths(t.word_type, best - 1);
    out->push_back(FeatureHash(kWordTypeBest, Num(best, p, t.shape)));
  } else {
    out->push_back(FeatureHash(kNoWordType, Num(t.raw, t.shape)));
  }
  if ((m.feature_set & kNerFeatureWordClusters) != 0) {
    if (t.word_cluster != 0) {
      AppendClusterPrefixes(kWordCluster, t.word_cluster, out);
    } else {
      out->push_back(FeatureHash(kNoWordCluster, Num(t.raw, t.shape)));
    }
  }
  if (t.cluster != 0) {
    out->push_back(FeatureHash(kCluster64, Num(t.cluster >> 18 & 63)));
    out->push_back(FeatureHash(kCluster256, Num(t.cluster >> 10 & 255)));
    out->push_back(FeatureHash(kCluster1024, Num(t.cluster & 1023)));
  } else {
    out->push_back(FeatureHash(kNoCluster, Num(t.raw, t.shape)));
  }
}

void NerOwnTokenFeatures(const NerModelData& m, const NerToken& t,
                         std::vector<uint64_t>* out) {
  if (!t.dropped) out->push_back(FeatureHash(kKey, t.key));
  if ((m.feature_set & kNerFeatureTokenViews) != 0 &&
      t.token_fold_key != t.host_key) {
    const uint32_t tw = t.token_word_type;
    const uint32_t best = WordTypeBest(tw);
    out->push_back(FeatureHash(
        kTokenWordType,
        Num(tw == 0 ? 9 : best,
            tw == 0 || best == 0 ? 8 : WordTypeEighths(tw, best - 1),
            t.word_type != 0)));
    const uint32_t tl = t.dropped ? 0 : t.token_lexicon;
    out->push_back(FeatureHash(kTokenLexicon, Num(tl & 255, tl >> 8)));
  }
  const std::string_view none = "<none>";
  out->push_back(FeatureHash(
      kProclitics,
      t.proclitics.empty() ? none : std::string_view(t.proclitics)));
  out->push_back(FeatureHash(kEnclitic, Num(t.enclitic)));
  if (t.token_context != 0 && t.token_context != t.context) {
    out->push_back(FeatureHash(kTokenContextLeft, Num(t.token_context >> 24)));
    out->push_back(
        FeatureHash(kTokenContextRight, Num(t.token_context >> 8 & 255)));
  }
}

void NerOwnFeatures(const NerModelData& m, const NerToken& t,
                    std::vector<uint64_t>* out) {
  NerOwnHostFeatures(m, t, out);
  NerOwnTokenFeatures(m, t, out);
}

void NerNeighbourFeatures(const NerModelData& m, NerNeighbour which,
                          const NerToken* t, std::vector<uint64_t>* out) {
  switch (which) {
    case NerNeighbour::kPrev:
    case NerNeighbour::kNext: {
      // The same features of the previous and the next word; of its
      // raw-news profile, the side that faces the token.
      const bool prev = which == NerNeighbour::kPrev;
      const std::string_view edge = prev ? "<s>" : "</s>";
      out->push_back(
          FeatureHash(prev ? kPrevHost : kNextHost,
                      t != nullptr ? std::string_view(t->host) : edge));
      out->push_back(
          FeatureHash(prev ? kPrevUpos : kNextUpos,
                      t != nullptr ? std::string_view(t->upos) : edge));
      out->push_back(FeatureHash(prev ? kPrevGazetteer : kNextGazetteer,
                                 Num(t != nullptr ? t->gazetteer : 99)));
      if (t != nullptr && t->context != 0) {
        out->push_back(
            prev ? FeatureHash(kPrevContextRight, Num(t->context >> 8 & 255))
                 : FeatureHash(kNextContextLeft, Num(t->context >> 24)));
      }
      out->push_back(FeatureHash(prev ? kLexiconPrev : kLexiconNext,
                                 Num(t != nullptr ? t->lexicon & 255 : 999)));
      out->push_back(FeatureHash(
          prev ? kWordTypePrev : kWordTypeNext,
          Num(t != nullptr ? WordTypeBest(t->word_type) + (t->word_type != 0)
                           : 99)));
      if (t != nullptr && t->word_cluster != 0) {
        AppendClusterPrefixes(prev ? kPrevWordCluster : kNextWordCluster,
                              t->word_cluster, out);
      }
      if (t != nullptr && t->cluster != 0) {
        out->push_back(FeatureHash(prev ? kPrevCluster : kNextCluster,
                                   Num(t->cluster >> 10 & 255)));
      }
      return;
    }
    case NerNeighbour::kPrev2:
    case NerNeighbour::kNext2: {
      const bool prev = which == NerNeighbour::kPrev2;
      out->push_back(FeatureHash(
          prev ? kPrev2Host : kNext2Host,
          t != nullptr ? std::string_view(t->host) : (prev ? "<s>" : "</s>")));
      if ((m.feature_set & kNerFeatureClusterWindow) != 0) {
        out->push_back(FeatureHash(prev ? kPrev2WordCluster : kNext2WordCluster,
                                   WindowPrefix(t)));
      }
      return;
    }
  }
}

bool NerWantsNoWordCluster(uint32_t self, uint32_t prev, uint32_t next,
                           NerNeighbour which) {
  const uint32_t side = which == NerNeighbour::kPrev ? prev : next;
  return side == 0 && (self != 0 || prev != 0 || next != 0);
}

uint64_t NerNoWordClusterFeature(NerNeighbour which) {
  return FeatureHash(
      which == NerNeighbour::kPrev ? kPrevWordCluster : kNextWordCluster,
      Num(99));
}

void NerHostPairFeatures(const NerHostView& t, const NerHostView* prev,
                         const NerHostView* next, std::vector<uint64_t>* out) {
  if (!t.trained) return;
  if (prev == nullptr || prev->trained) {
    const uint64_t p = prev != nullptr
                           ? prev->host_feature
                           : FeatureHash(0, std::string_view("<s>"));
    out->push_back(FeatureHash(kPrevHostHost, p, t.host_feature));
  }
  if (next == nullptr || next->trained) {
    const uint64_t n = next != nullptr
                           ? next->host_feature
                           : FeatureHash(0, std::string_view("</s>"));
    out->push_back(FeatureHash(kHostNextHost, t.host_feature, n));
  }
}

uint32_t NerWindowId(uint32_t word_cluster) {
  if (word_cluster == 0) return 0;
  const uint64_t prefix = ClusterPrefix(word_cluster, 6);
  return (1u << (prefix >> 32)) + static_cast<uint32_t>(prefix);
}

namespace {

// The inverse of NerWindowId, as WindowPrefix gives it.
uint64_t WindowIdPrefix(uint32_t id) {
  if (id == 0) return 99;
  uint32_t bits = 0;
  while ((2u << bits) <= id) ++bits;
  return uint64_t{bits} << 32 | (id - (1u << bits));
}

}  // namespace

uint64_t NerWindowBigramFeature(bool next, uint32_t a, uint32_t b) {
  return FeatureHash(next ? kNextWordClusterBigram : kPrevWordClusterBigram,
                     WindowIdPrefix(a), WindowIdPrefix(b));
}

void NerPairFeatures(const NerModelData& m, const NerToken& t,
                     const NerToken* prev, const NerToken* next,
                     std::vector<uint64_t>* out) {
  if (!t.dropped) {
    const NerHostView self{t.host_feature, t.trained};
    NerHostView p, n;
    if (prev != nullptr) p = {prev->host_feature, prev->trained};
    if (next != nullptr) n = {next->host_feature, next->trained};
    NerHostPairFeatures(self, prev != nullptr ? &p : nullptr,
                        next != nullptr ? &n : nullptr, out);
  }
  if ((m.feature_set & kNerFeatureClusterWindow) != 0) {
    const uint32_t self = NerWindowId(t.word_cluster);
    out->push_back(NerWindowBigramFeature(
        false, prev != nullptr ? NerWindowId(prev->word_cluster) : 0, self));
    out->push_back(NerWindowBigramFeature(
        true, self, next != nullptr ? NerWindowId(next->word_cluster) : 0));
  }
}

void NerContextFeatures(const NerModelData& m, std::span<const NerToken> tokens,
                        size_t i, std::vector<uint64_t>* out) {
  const NerToken& t = tokens[i];
  const size_t len = tokens.size();
  const NerToken* p1 = i > 0 ? &tokens[i - 1] : nullptr;
  const NerToken* p2 = i > 1 ? &tokens[i - 2] : nullptr;
  const NerToken* n1 = i + 1 < len ? &tokens[i + 1] : nullptr;
  const NerToken* n2 = i + 2 < len ? &tokens[i + 2] : nullptr;
  NerNeighbourFeatures(m, NerNeighbour::kPrev, p1, out);
  NerNeighbourFeatures(m, NerNeighbour::kNext, n1, out);
  NerNeighbourFeatures(m, NerNeighbour::kPrev2, p2, out);
  NerNeighbourFeatures(m, NerNeighbour::kNext2, n2, out);
  for (NerNeighbour side : {NerNeighbour::kPrev, NerNeighbour::kNext}) {
    if (NerWantsNoWordCluster(t.word_cluster,
                              p1 != nullptr ? p1->word_cluster : 0,
                              n1 != nullptr ? n1->word_cluster : 0, side)) {
      out->push_back(NerNoWordClusterFeature(side));
    }
  }
  NerPairFeatures(m, t, p1, n1, out);
}

uint64_t NerPass1SelfFeature(uint64_t self) {
  return FeatureHash(kPass1Self, Num(self));
}

void NerPass1NextFeatures(uint64_t next, uint64_t next2,
                          std::vector<uint64_t>* out) {
  out->push_back(FeatureHash(kPass1Next, Num(next)));
  out->push_back(FeatureHash(kPass1NextNext, Num(next, next2)));
}

void NerHistoryFeatures(const NerModelData& m, uint32_t history,
                        std::vector<uint64_t>* out) {
  if ((m.feature_set & kNerFeatureHistory) == 0) return;
  if (history == 0) {
    out->push_back(FeatureHash(kHistory, Num(99)));
    return;
  }
  for (uint32_t type = 0; type < 4; ++type) {
    const uint32_t c = history >> (2 * type) & 3;
    if (c != 0) out->push_back(FeatureHash(kHistory, Num(type, c)));
  }
}

uint64_t NerPass1HostFeature(uint64_t next, uint64_t host_feature) {
  return FeatureHash(kPass1NextHost, Num(next), host_feature);
}

uint64_t NerHistoryPass1Feature(uint32_t history, uint64_t self) {
  return FeatureHash(kHistoryPass1, Num(history, self));
}

void NerPass1TokenFeatures(const NerModelData& m, const NerToken& t,
                           uint64_t self, uint64_t next, uint32_t history,
                           std::vector<uint64_t>* out) {
  if (t.trained) out->push_back(NerPass1HostFeature(next, t.host_feature));
  if ((m.feature_set & kNerFeatureHistory) != 0) {
    out->push_back(NerHistoryPass1Feature(history, self));
  }
}

void NerPass1Features(const NerModelData& m, std::span<const NerToken> tokens,
                      size_t i, const std::vector<uint16_t>& pass1,
                      std::vector<uint64_t>* out) {
  const uint64_t self = pass1[i] + 1;
  const uint64_t next = i + 1 < tokens.size() ? pass1[i + 1] + 1 : 0;
  const uint64_t next2 = i + 2 < tokens.size() ? pass1[i + 2] + 1 : 0;
  out->push_back(NerPass1SelfFeature(self));
  NerPass1NextFeatures(next, next2, out);
  NerHistoryFeatures(m, tokens[i].history, out);
  NerPass1TokenFeatures(m, tokens[i], self, next, tokens[i].history, out);
}

void NerBaseFeatures(const NerModelData& m, std::span<const NerToken> tokens,
                     size_t i, const std::vector<uint16_t>* pass1,
                     std::vector<uint64_t>* out) {
  NerOwnFeatures(m, tokens[i], out);
  NerContextFeatures(m, tokens, i, out);
  if (pass1 != nullptr) NerPass1Features(m, tokens, i, *pass1, out);
}

}  // namespace khabar::ner
