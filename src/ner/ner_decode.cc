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

uint32_t Bucket(const morph::HashIndex& counts, std::string_view key) {
  const uint32_t* c = counts.Find(morph::StringKey(key));
  if (c == nullptr) return 0;
  uint32_t v = *c, b = 1;
  while (v > 1 && b < 12) {
    v >>= 1;
    ++b;
  }
  return b;
}

bool IsMark(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;
}

// The byte offset after skipping `letters` letters (and the marks after
// each) from `begin` in `text`, not past `end`.
uint32_t SkipLetters(std::string_view text, uint32_t begin, uint32_t end,
                     size_t letters) {
  uint32_t i = begin;
  for (size_t l = 0; l < letters && i < end; ++l) {
    i += DecodeUtf8(text, i).length;
    while (i < end) {
      const DecodedChar c = DecodeUtf8(text, i);
      if (!c.valid || !IsMark(c.code_point)) break;
      i += c.length;
    }
  }
  return i;
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

void MakeNerTokens(const morph::MorphModelData& morph, const NerModelData& ner,
                   std::string_view text, const MorphAnalysis& a, size_t first,
                   size_t count, std::vector<NerToken>* out) {
  out->resize(count);
  std::string buffer;
  for (size_t t = 0; t < count; ++t) {
    const MorphToken& token = a.tokens[first + t];
    NerToken& nt = (*out)[t];
    nt.key.clear();
    morph::AppendKeyForm(text.substr(token.span.begin, token.span.size()),
                         &nt.key);
    nt.shape = morph::WordShape(nt.key);
    nt.proclitics.clear();
    nt.enclitic = false;
    const MorphWord* host = &a.words[token.first_word];
    size_t proclitic_letters = 0;
    for (uint32_t k = 0; k < token.word_count; ++k) {
      const MorphWord& w = a.words[token.first_word + k];
      if (w.role == MorphRole::kProclitic) {
        nt.proclitics += w.form;
        ++proclitic_letters;
      } else if (w.role == MorphRole::kEnclitic) {
        nt.enclitic = true;
      } else {
        host = &w;
      }
    }
    const std::string_view host_form = host->form;
    nt.host.clear();
    morph::AppendFoldForm(host_form, &nt.host);
    nt.upos = host->upos;
    if ((ner.feature_set & kNerFeatureMorph) != 0) {
      buffer.clear();
      morph::AppendFoldForm(host->lemma, &buffer);
      nt.lemma_key = morph::StringKey(buffer);
      nt.stem_key = morph::StringKey(host->stem);
      nt.feats_key = morph::StringKey(host->feats);
    }
    nt.host_begin =
        SkipLetters(text, token.span.begin, token.span.end, proclitic_letters);
    nt.raw = Bucket(morph.word_counts, host_form);
    // How often the host takes the article in news: names rarely do.
    std::string_view bare = host_form;
    if (bare.starts_with(kAl)) bare.remove_prefix(kAl.size());
    buffer.assign(kAl);
    buffer.append(bare);
    const uint32_t with_al = Bucket(morph.word_counts, buffer);
    const uint32_t without = Bucket(morph.word_counts, bare);
    nt.al_ratio =
        (with_al == 0 && without == 0)
            ? 0
            : 1 + static_cast<uint32_t>(std::clamp<int>(
                      static_cast<int>(with_al) - static_cast<int>(without) + 6,
                      0, 12));
    nt.host_key = morph::StringKey(nt.host);
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

void NerPrevTokenFeatures(const NerModelData& m, const NerToken& t, int prev,
                          std::vector<uint64_t>* out) {
  out->push_back(FeatureHash(kPrevLabel, Num(prev + 1)));
  if (!t.dropped) {
    out->push_back(
        FeatureHash(kPrevLabelHost, Num(prev + 1), FeatureHash(0, t.host)));
  }
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

void NerOwnFeatures(const NerModelData& m, const NerToken& t,
                    std::vector<uint64_t>* out) {
  std::vector<uint32_t>& starts = tl_starts;
  morph::CharStarts(t.host, &starts);
  const size_t chars = starts.size() - 1;
  const std::string_view none = "<none>";
  out->push_back(FeatureHash(kBias, ""));
  if (!t.dropped) {
    out->push_back(FeatureHash(kKey, t.key));
    out->push_back(FeatureHash(kHost, t.host));
  }
  for (size_t n = 1; n <= 3 && n < chars; ++n) {
    out->push_back(
        FeatureHash(kHostPrefix, morph::CharPrefix(t.host, starts, n)));
    out->push_back(
        FeatureHash(kHostSuffix, morph::CharSuffix(t.host, starts, n)));
  }
  if ((m.feature_set & kNerFeatureTokenViews) != 0 &&
      t.token_fold_key != t.host_key) {
    const uint32_t tw = t.token_word_type;
    const uint32_t best = tw >> 12 & 7;
    out->push_back(
        FeatureHash(kTokenWordType,
                    Num(tw == 0 ? 9 : best,
                        tw == 0 || best == 0 ? 8 : tw >> (3 * (best - 1)) & 7,
                        t.word_type != 0)));
    const uint32_t tl = t.dropped ? 0 : t.token_lexicon;
    out->push_back(FeatureHash(kTokenLexicon, Num(tl & 255, tl >> 8)));
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
  out->push_back(FeatureHash(
      kProclitics,
      t.proclitics.empty() ? none : std::string_view(t.proclitics)));
  out->push_back(FeatureHash(kEnclitic, Num(t.enclitic)));
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
  if (t.token_context != 0 && t.token_context != t.context) {
    out->push_back(FeatureHash(kTokenContextLeft, Num(t.token_context >> 24)));
    out->push_back(
        FeatureHash(kTokenContextRight, Num(t.token_context >> 8 & 255)));
  }
  const uint32_t lexicon = t.dropped ? 0 : t.lexicon;
  out->push_back(FeatureHash(kLexicon, Num(lexicon & 255)));
  out->push_back(FeatureHash(kLexiconRatio, Num(lexicon >> 8, t.shape)));
  if (t.word_type != 0) {
    for (uint32_t type = 0; type < 4; ++type) {
      out->push_back(
          FeatureHash(kWordType, Num(type, t.word_type >> (3 * type) & 7)));
    }
    const uint32_t best = t.word_type >> 12 & 7;
    const uint32_t p = best == 0 ? 8 : t.word_type >> (3 * (best - 1)) & 7;
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

void NerContextFeatures(const NerModelData& m, std::span<const NerToken> tokens,
                        size_t i, std::vector<uint64_t>* out) {
  const NerToken& t = tokens[i];
  const std::string_view p1 =
      i > 0 ? std::string_view(tokens[i - 1].host) : std::string_view("<s>");
  const std::string_view p2 =
      i > 1 ? std::string_view(tokens[i - 2].host) : std::string_view("<s>");
  const std::string_view n1 = i + 1 < tokens.size()
                                  ? std::string_view(tokens[i + 1].host)
                                  : std::string_view("</s>");
  const std::string_view n2 = i + 2 < tokens.size()
                                  ? std::string_view(tokens[i + 2].host)
                                  : std::string_view("</s>");
  out->push_back(FeatureHash(kPrevHost, p1));
  out->push_back(FeatureHash(kNextHost, n1));
  out->push_back(FeatureHash(kPrev2Host, p2));
  out->push_back(FeatureHash(kNext2Host, n2));
  if (!t.dropped) {
    out->push_back(
        FeatureHash(kPrevHostHost, FeatureHash(0, p1), FeatureHash(0, t.host)));
    out->push_back(
        FeatureHash(kHostNextHost, FeatureHash(0, t.host), FeatureHash(0, n1)));
  }
  out->push_back(
      FeatureHash(kPrevUpos, i > 0 ? std::string_view(tokens[i - 1].upos)
                                   : std::string_view("<s>")));
  out->push_back(FeatureHash(
      kNextUpos, i + 1 < tokens.size() ? std::string_view(tokens[i + 1].upos)
                                       : std::string_view("</s>")));
  out->push_back(
      FeatureHash(kNextGazetteer,
                  Num(i + 1 < tokens.size() ? tokens[i + 1].gazetteer : 99)));
  out->push_back(
      FeatureHash(kPrevGazetteer, Num(i > 0 ? tokens[i - 1].gazetteer : 99)));
  if (i + 1 < tokens.size() && tokens[i + 1].context != 0) {
    out->push_back(
        FeatureHash(kNextContextLeft, Num(tokens[i + 1].context >> 24)));
  }
  if (i > 0 && tokens[i - 1].context != 0) {
    out->push_back(
        FeatureHash(kPrevContextRight, Num(tokens[i - 1].context >> 8 & 255)));
  }
  out->push_back(FeatureHash(kLexiconPrev,
                             Num(i > 0 ? tokens[i - 1].lexicon & 255 : 999)));
  out->push_back(FeatureHash(
      kLexiconNext,
      Num(i + 1 < tokens.size() ? tokens[i + 1].lexicon & 255 : 999)));
  out->push_back(FeatureHash(kWordTypePrev,
                             Num(i > 0 ? (tokens[i - 1].word_type >> 12 & 7) +
                                             (tokens[i - 1].word_type != 0)
                                       : 99)));
  out->push_back(FeatureHash(
      kWordTypeNext,
      Num(i + 1 < tokens.size() ? (tokens[i + 1].word_type >> 12 & 7) +
                                      (tokens[i + 1].word_type != 0)
                                : 99)));
  if (t.word_cluster != 0 || (i > 0 && tokens[i - 1].word_cluster != 0) ||
      (i + 1 < tokens.size() && tokens[i + 1].word_cluster != 0)) {
    // Word clusters of the neighbours (the model has them).
    const uint32_t p = i > 0 ? tokens[i - 1].word_cluster : 0;
    const uint32_t n = i + 1 < tokens.size() ? tokens[i + 1].word_cluster : 0;
    AppendClusterPrefixes(kPrevWordCluster, p, out);
    AppendClusterPrefixes(kNextWordCluster, n, out);
  }
  if ((m.feature_set & kNerFeatureClusterWindow) != 0) {
    const uint32_t cp2 = i > 1 ? tokens[i - 2].word_cluster : 0;
    const uint32_t cn2 = i + 2 < tokens.size() ? tokens[i + 2].word_cluster : 0;
    const uint32_t cp = i > 0 ? tokens[i - 1].word_cluster : 0;
    const uint32_t cn = i + 1 < tokens.size() ? tokens[i + 1].word_cluster : 0;
    auto prefix = [](uint32_t c, uint32_t bits) {
      return c == 0 ? uint64_t{99} : ClusterPrefix(c, bits);
    };
    out->push_back(FeatureHash(kPrev2WordCluster, prefix(cp2, 6)));
    out->push_back(FeatureHash(kNext2WordCluster, prefix(cn2, 6)));
    out->push_back(FeatureHash(kPrevWordClusterBigram, prefix(cp, 6),
                               prefix(t.word_cluster, 6)));
    out->push_back(FeatureHash(kNextWordClusterBigram,
                               prefix(t.word_cluster, 6), prefix(cn, 6)));
  }
  if (i > 0 && tokens[i - 1].cluster != 0) {
    out->push_back(
        FeatureHash(kPrevCluster, Num(tokens[i - 1].cluster >> 10 & 255)));
  }
  if (i + 1 < tokens.size() && tokens[i + 1].cluster != 0) {
    out->push_back(
        FeatureHash(kNextCluster, Num(tokens[i + 1].cluster >> 10 & 255)));
  }
}

void NerPass1Features(const NerModelData& m, std::span<const NerToken> tokens,
                      size_t i, const std::vector<uint16_t>& pass1,
                      std::vector<uint64_t>* out) {
  const NerToken& t = tokens[i];
  const uint64_t self = pass1[i] + 1;
  const uint64_t next = i + 1 < tokens.size() ? pass1[i + 1] + 1 : 0;
  const uint64_t next2 = i + 2 < tokens.size() ? pass1[i + 2] + 1 : 0;
  out->push_back(FeatureHash(kPass1Self, Num(self)));
  out->push_back(FeatureHash(kPass1Next, Num(next)));
  out->push_back(FeatureHash(kPass1NextNext, Num(next, next2)));
  out->push_back(
      FeatureHash(kPass1NextHost, Num(next), FeatureHash(0, t.host)));
  if ((m.feature_set & kNerFeatureHistory) != 0) {
    if (t.history == 0) {
      out->push_back(FeatureHash(kHistory, Num(99)));
    } else {
      for (uint32_t type = 0; type < 4; ++type) {
        const uint32_t c = t.history >> (2 * type) & 3;
        if (c != 0) out->push_back(FeatureHash(kHistory, Num(type, c)));
      }
    }
    out->push_back(FeatureHash(kHistoryPass1, Num(t.history, self)));
  }
}

void NerBaseFeatures(const NerModelData& m, std::span<const NerToken> tokens,
                     size_t i, const std::vector<uint16_t>* pass1,
                     std::vector<uint64_t>* out) {
  NerOwnFeatures(m, tokens[i], out);
  NerContextFeatures(m, tokens, i, out);
  if (pass1 != nullptr) NerPass1Features(m, tokens, i, *pass1, out);
}

}  // namespace khabar::ner
