// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/conll18_eval.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/conllu.h"
#include "khabar/status.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

// The universal features of UD v2 scored by UFeats.
constexpr std::string_view kUniversalFeatures[] = {
    "PronType", "NumType", "Poss",   "Reflex", "Foreign",  "Abbr",
    "Gender",   "Animacy", "Number", "Case",   "Definite", "Degree",
    "VerbForm", "Mood",    "Tense",  "Aspect", "Voice",    "Evident",
    "Polarity", "Person",  "Polite"};

struct Span {
  int64_t start = 0;
  int64_t end = 0;
};

struct EvalWord {
  Span span;
  bool is_multiword = false;
  const ConlluWord* word = nullptr;
  std::u32string lower_form;
  std::string ufeats;
};

struct EvalText {
  std::u32string chars;
  std::vector<Span> tokens;
  std::vector<Span> sentences;
  std::vector<EvalWord> words;
};

bool IsSpaceSeparator(char32_t c) {
  return c == 0x20 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

std::u32string Decode(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const DecodedChar c = DecodeUtf8(s, i);
    out.push_back(c.code_point);
    i += c.length;
  }
  return out;
}

std::u32string Lower(const std::u32string& s) {
  std::u32string out = s;
  for (char32_t& c : out) {
    c = static_cast<char32_t>(utf8proc_tolower(static_cast<int32_t>(c)));
  }
  return out;
}

std::string UniversalFeats(std::string_view feats) {
  std::vector<std::string_view> kept;
  size_t start = 0;
  while (start <= feats.size()) {
    size_t bar = feats.find('|', start);
    if (bar == std::string_view::npos) bar = feats.size();
    const std::string_view feat = feats.substr(start, bar - start);
    const std::string_view name = feat.substr(0, feat.find('='));
    if (std::find(std::begin(kUniversalFeatures), std::end(kUniversalFeatures),
                  name) != std::end(kUniversalFeatures)) {
      kept.push_back(feat);
    }
    start = bar + 1;
  }
  std::sort(kept.begin(), kept.end());
  std::string out;
  for (size_t i = 0; i < kept.size(); ++i) {
    if (i > 0) out.push_back('|');
    out.append(kept[i]);
  }
  return out;
}

// Appends a token's space-free FORM to `text`; returns its span.
StatusOr<Span> AddToken(std::string_view form, EvalText* text) {
  Span span{static_cast<int64_t>(text->chars.size()), 0};
  for (char32_t c : Decode(form)) {
    if (!IsSpaceSeparator(c)) text->chars.push_back(c);
  }
  span.end = static_cast<int64_t>(text->chars.size());
  if (span.end == span.start) return InvalidArgumentError("empty FORM");
  text->tokens.push_back(span);
  return span;
}

StatusOr<EvalText> Load(const std::vector<ConlluSentence>& sentences) {
  EvalText text;
  for (const ConlluSentence& s : sentences) {
    if (s.words.empty()) continue;
    const int64_t sentence_start = static_cast<int64_t>(text.chars.size());
    size_t next_mw = 0;
    int mw_last = 0;
    Span mw_span;
    for (const ConlluWord& w : s.words) {
      if (next_mw < s.multiwords.size() &&
          s.multiwords[next_mw].first == w.id) {
        const ConlluMultiword& mw = s.multiwords[next_mw++];
        StatusOr<Span> span = AddToken(mw.form, &text);
        if (!span.ok()) return span.status();
        mw_span = *span;
        mw_last = mw.last;
      }
      EvalWord ew;
      ew.word = &w;
      ew.lower_form = Lower(Decode(w.form));
      ew.ufeats = UniversalFeats(w.feats);
      if (w.id <= mw_last) {
        ew.span = mw_span;
        ew.is_multiword = true;
      } else {
        StatusOr<Span> span = AddToken(w.form, &text);
        if (!span.ok()) return span.status();
        ew.span = *span;
      }
      text.words.push_back(std::move(ew));
    }
    text.sentences.push_back(
        Span{sentence_start, static_cast<int64_t>(text.chars.size())});
  }
  return text;
}

Conll18Score SpansScore(const std::vector<Span>& gold,
                        const std::vector<Span>& system) {
  Conll18Score score;
  score.gold = static_cast<int64_t>(gold.size());
  score.system = static_cast<int64_t>(system.size());
  size_t gi = 0;
  size_t si = 0;
  while (gi < gold.size() && si < system.size()) {
    if (system[si].start < gold[gi].start) {
      ++si;
    } else if (gold[gi].start < system[si].start) {
      ++gi;
    } else {
      if (gold[gi].end == system[si].end) ++score.correct;
      ++gi;
      ++si;
    }
  }
  score.aligned = score.correct;
  return score;
}

// Past the current multiword stretch that ends at `end`?
bool BeyondEnd(const std::vector<EvalWord>& words, size_t i, int64_t end) {
  if (i >= words.size()) return true;
  if (words[i].is_multiword) return words[i].span.start >= end;
  return words[i].span.end > end;
}

int64_t ExtendEnd(const EvalWord& w, int64_t end) {
  return w.is_multiword && w.span.end > end ? w.span.end : end;
}

struct Pair {
  size_t gold;
  size_t system;
};

// Aligns words[gs..ge) with words[ss..se) by the LCS of lower-cased FORMs,
// preferring the earliest equal pair, as the official script.
void AlignByLcs(const std::vector<EvalWord>& gold,
                const std::vector<EvalWord>& system, size_t gs, size_t ge,
                size_t ss, size_t se, std::vector<Pair>* pairs) {
  const size_t ng = ge - gs;
  const size_t ns = se - ss;
  // lcs[g][s] for suffixes; one extra row and column of zeros.
  std::vector<int> lcs((ng + 1) * (ns + 1), 0);
  auto at = [&](size_t g, size_t s) -> int& { return lcs[g * (ns + 1) + s]; };
  for (size_t g = ng; g-- > 0;) {
    for (size_t s = ns; s-- > 0;) {
      int v = 0;
      if (gold[gs + g].lower_form == system[ss + s].lower_form) {
        v = 1 + at(g + 1, s + 1);
      }
      at(g, s) = std::max({v, at(g + 1, s), at(g, s + 1)});
    }
  }
  size_t g = 0;
  size_t s = 0;
  while (g < ng && s < ns) {
    if (gold[gs + g].lower_form == system[ss + s].lower_form) {
      pairs->push_back({gs + g, ss + s});
      ++g;
      ++s;
    } else if (at(g, s) == at(g + 1, s)) {
      ++g;
    } else {
      ++s;
    }
  }
}

std::vector<Pair> AlignWords(const std::vector<EvalWord>& gold,
                             const std::vector<EvalWord>& system) {
  std::vector<Pair> pairs;
  size_t gi = 0;
  size_t si = 0;
  while (gi < gold.size() && si < system.size()) {
    if (gold[gi].is_multiword || system[si].is_multiword) {
      int64_t end;
      if (gold[gi].is_multiword) {
        end = gold[gi].span.end;
        if (!system[si].is_multiword &&
            system[si].span.start < gold[gi].span.start) {
          ++si;
        }
      } else {
        end = system[si].span.end;
        if (!gold[gi].is_multiword &&
            gold[gi].span.start < system[si].span.start) {
          ++gi;
        }
      }
      const size_t gs = gi;
      const size_t ss = si;
      while (!BeyondEnd(gold, gi, end) || !BeyondEnd(system, si, end)) {
        if (gi < gold.size() &&
            (si >= system.size() ||
             gold[gi].span.start <= system[si].span.start)) {
          end = ExtendEnd(gold[gi++], end);
        } else {
          end = ExtendEnd(system[si++], end);
        }
      }
      if (gi > gs && si > ss) AlignByLcs(gold, system, gs, gi, ss, si, &pairs);
    } else if (gold[gi].span.start == system[si].span.start &&
               gold[gi].span.end == system[si].span.end) {
      pairs.push_back({gi++, si++});
    } else if (gold[gi].span.start <= system[si].span.start) {
      ++gi;
    } else {
      ++si;
    }
  }
  return pairs;
}

std::string StripArabicDiacritics(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const DecodedChar c = DecodeUtf8(s, i);
    const char32_t cp = c.code_point;
    const bool mark =
        (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640;
    if (!mark) out.append(s.substr(i, c.length));
    i += c.length;
  }
  return out;
}

double Ratio(int64_t num, int64_t den) {
  return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den);
}

}  // namespace

double Conll18Score::precision() const { return Ratio(correct, system); }
double Conll18Score::recall() const { return Ratio(correct, gold); }
double Conll18Score::f1() const { return Ratio(2 * correct, gold + system); }
double Conll18Score::aligned_accuracy() const {
  return Ratio(correct, aligned);
}

StatusOr<Conll18Result> EvaluateConll18(
    const std::vector<ConlluSentence>& gold,
    const std::vector<ConlluSentence>& system, const Conll18Options& options) {
  StatusOr<EvalText> g = Load(gold);
  if (!g.ok()) return InvalidArgumentError("gold: " + g.status().message());
  StatusOr<EvalText> s = Load(system);
  if (!s.ok()) return InvalidArgumentError("system: " + s.status().message());

  const size_t common = std::min(g->chars.size(), s->chars.size());
  size_t index = 0;
  while (index < common && g->chars[index] == s->chars[index]) ++index;
  if (index < g->chars.size() || index < s->chars.size()) {
    return InvalidArgumentError(
        "the concatenated tokens of gold and system differ at character " +
        std::to_string(index));
  }

  Conll18Result r;
  r.tokens = SpansScore(g->tokens, s->tokens);
  r.sentences = SpansScore(g->sentences, s->sentences);
  const std::vector<Pair> pairs = AlignWords(g->words, s->words);

  Conll18Score base;
  base.gold = static_cast<int64_t>(g->words.size());
  base.system = static_cast<int64_t>(s->words.size());
  base.aligned = static_cast<int64_t>(pairs.size());
  r.words = base;
  r.words.correct = base.aligned;
  r.upos = r.xpos = r.ufeats = r.alltags = r.lemmas = base;
  for (const Pair& p : pairs) {
    const EvalWord& gw = g->words[p.gold];
    const EvalWord& sw = s->words[p.system];
    const bool upos = gw.word->upos == sw.word->upos;
    const bool xpos = gw.word->xpos == sw.word->xpos;
    const bool feats = gw.ufeats == sw.ufeats;
    r.upos.correct += upos;
    r.xpos.correct += xpos;
    r.ufeats.correct += feats;
    r.alltags.correct += upos && xpos && feats;
    bool lemma = gw.word->lemma == "_";
    if (!lemma) {
      lemma = options.lemma_ignore_diacritics
                  ? StripArabicDiacritics(gw.word->lemma) ==
                        StripArabicDiacritics(sw.word->lemma)
                  : gw.word->lemma == sw.word->lemma;
    }
    r.lemmas.correct += lemma;
  }
  return r;
}

}  // namespace khabar
