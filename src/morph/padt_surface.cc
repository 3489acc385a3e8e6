// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "morph/padt_surface.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/conllu.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

// PADT's tag for a token its morphological analyzer could not analyze.
constexpr std::string_view kUnanalyzedTag = "U---------";

constexpr char32_t kAlef = 0x0627;
constexpr char32_t kHamza = 0x0621;
constexpr char32_t kWawHamza = 0x0624;
constexpr char32_t kYaHamza = 0x0626;
constexpr char32_t kTaMarbuta = 0x0629;
constexpr char32_t kTa = 0x062A;
constexpr char32_t kAlefMaksura = 0x0649;
constexpr char32_t kYa = 0x064A;
constexpr char32_t kLam = 0x0644;
constexpr char32_t kFatha = 0x064E;
constexpr char32_t kDamma = 0x064F;
constexpr char32_t kKasra = 0x0650;

// wa, fa, bi, li/la, ka, sa.
constexpr char32_t kProcliticLetters[] = {0x0648, 0x0641, 0x0628,
                                          0x0644, 0x0643, 0x0633};

bool IsDiacritic(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
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

std::u32string StripDecoded(std::string_view s) {
  std::u32string out;
  for (char32_t c : Decode(s)) {
    if (!IsDiacritic(c)) out.push_back(c);
  }
  return out;
}

std::string Encode(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

// One consonant of kProcliticLetters followed by fatha or kasra.
bool IsProclitic(const ConlluWord& w) {
  const std::u32string f = Decode(w.form);
  if (f.size() != 2 || (f[1] != kFatha && f[1] != kKasra)) return false;
  for (char32_t c : kProcliticLetters) {
    if (f[0] == c) return true;
  }
  return false;
}

// A personal pronoun in the genitive (2) or accusative (4) case: PADT tags
// independent pronouns nominative, so these are the suffixed forms.
bool IsEnclitic(const ConlluWord& w) {
  return w.upos == "PRON" && w.xpos.size() == 10 && w.xpos[0] == 'S' &&
         w.xpos[1] == 'P' && (w.xpos[8] == '2' || w.xpos[8] == '4');
}

bool IsPunct(const ConlluWord& w) { return w.upos == "PUNCT"; }

// prefix (proclitics) + word, with li/la + al- contraction.
std::u32string JoinProclitics(const std::u32string& prefix,
                              const std::u32string& word) {
  if (!prefix.empty() && prefix.back() == kLam && word.size() >= 2 &&
      word[0] == kAlef && word[1] == kLam) {
    const size_t drop = (word.size() >= 3 && word[2] == kLam) ? 2 : 1;
    return prefix + word.substr(drop);
  }
  return prefix + word;
}

// Rewrites the end of `host` for a following enclitic. `vocalized` is the
// vocalized FORM of the host's last word and `upos` its UPOS.
void PrepareHost(std::u32string* host, std::string_view vocalized,
                 std::string_view upos) {
  if (host->empty()) return;
  char32_t& last = host->back();
  if (last == kTaMarbuta) {
    last = kTa;
  } else if (last == kAlefMaksura) {
    last = upos == "ADP" ? kYa : kAlef;
  } else if (last == kHamza && host->size() >= 2 &&
             (*host)[host->size() - 2] == kAlef) {
    const std::u32string v = Decode(vocalized);
    size_t i = v.size();
    while (i > 0 && IsDiacritic(v[i - 1])) --i;
    for (size_t j = i; j < v.size(); ++j) {
      if (v[j] == kDamma) last = kWawHamza;
      if (v[j] == kKasra) last = kYaHamza;
    }
  }
}

}  // namespace

std::string RemoveArabicDiacritics(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const DecodedChar c = DecodeUtf8(text, i);
    if (!c.valid || !IsDiacritic(c.code_point)) {
      out.append(text.substr(i, c.length));
    }
    i += c.length;
  }
  return out;
}

std::vector<PadtToken> RebuildPadtTokens(const ConlluSentence& sentence) {
  const std::vector<ConlluWord>& words = sentence.words;
  std::vector<PadtToken> tokens;
  std::vector<std::u32string> forms;  // decoded forms of `tokens`
  std::u32string prefix;
  int prefix_first = 0;
  bool last_is_host = false;     // may the last token take an enclitic?
  bool last_unanalyzed = false;  // is the last token an unanalyzed one?
  for (size_t i = 0; i < words.size(); ++i) {
    const ConlluWord& w = words[i];
    const int id = static_cast<int>(i) + 1;
    const std::u32string f = StripDecoded(w.form);
    // PADT repeats the form of a token it could not analyze once per
    // syntactic word ("bynhmA bynhmA" for byn + hmA): one token.
    const bool unanalyzed = w.xpos == kUnanalyzedTag;
    if (unanalyzed && last_unanalyzed && prefix.empty() && !tokens.empty() &&
        forms.back() == f) {
      tokens.back().last = id;
      continue;
    }
    last_unanalyzed = false;
    if (IsProclitic(w) && i + 1 < words.size() && !IsPunct(words[i + 1])) {
      if (prefix.empty()) prefix_first = id;
      prefix += f;
      continue;
    }
    if (!prefix.empty()) {
      tokens.push_back({prefix_first, id, {}});
      forms.push_back(JoinProclitics(prefix, f));
      prefix.clear();
      last_is_host = !IsPunct(w);
      continue;
    }
    if (IsEnclitic(w) && last_is_host && !tokens.empty()) {
      const ConlluWord& host = words[tokens.back().last - 1];
      PrepareHost(&forms.back(), host.form, host.upos);
      forms.back() += f;
      tokens.back().last = id;
      continue;
    }
    tokens.push_back({id, id, {}});
    forms.push_back(f);
    last_is_host = !IsPunct(w);
    last_unanalyzed = unanalyzed;
  }
  for (size_t t = 0; t < tokens.size(); ++t) {
    tokens[t].form = Encode(forms[t]);
  }
  return tokens;
}

ConlluSentence ToPadtSurface(const ConlluSentence& sentence,
                             PadtSurfaceStats* stats) {
  ConlluSentence out = sentence;
  const std::vector<PadtToken> tokens = RebuildPadtTokens(sentence);
  PadtSurfaceStats local;
  local.sentences = 1;
  local.words = static_cast<int64_t>(sentence.words.size());
  local.tokens = static_cast<int64_t>(tokens.size());
  for (const ConlluMultiword& gold : sentence.multiwords) {
    ++local.gold_multiwords;
    for (const PadtToken& t : tokens) {
      if (t.first != gold.first || t.last != gold.last) continue;
      ++local.matched_ranges;
      if (t.form == RemoveArabicDiacritics(gold.form)) {
        ++local.matched_multiwords;
      }
    }
  }
  out.multiwords.clear();
  std::string text;
  for (const PadtToken& t : tokens) {
    if (!text.empty()) text.push_back(' ');
    text += t.form;
    if (t.last > t.first) {
      ++local.multiwords;
      ConlluMultiword mw;
      mw.first = t.first;
      mw.last = t.last;
      mw.form = t.form;
      mw.misc = "_";
      out.multiwords.push_back(std::move(mw));
    }
  }
  for (ConlluWord& w : out.words) w.form = RemoveArabicDiacritics(w.form);
  // PADT spells a preposition before a pronoun with ya (Ealay + hi); the
  // restored orthography has its alef maksura (Ealaa + hi), as its lemma.
  for (const PadtToken& t : tokens) {
    for (int id = t.first; id < t.last; ++id) {
      ConlluWord& host = out.words[static_cast<size_t>(id - 1)];
      if (host.upos != "ADP" ||
          !IsEnclitic(out.words[static_cast<size_t>(id)])) {
        continue;
      }
      const std::string lemma = RemoveArabicDiacritics(host.lemma);
      constexpr std::string_view kYaUtf8 = "\xD9\x8A";
      constexpr std::string_view kAlefMaksuraUtf8 = "\xD9\x89";
      if (host.form.size() == lemma.size() && host.form.ends_with(kYaUtf8) &&
          lemma.ends_with(kAlefMaksuraUtf8) &&
          host.form.compare(0, host.form.size() - 2, lemma, 0,
                            lemma.size() - 2) == 0) {
        host.form = lemma;
      }
    }
  }
  if (ConlluCommentValue(out, "text").empty() && !out.words.empty()) {
    out.comments.push_back("# text = " + text);
  }
  if (stats != nullptr) {
    stats->sentences += local.sentences;
    stats->words += local.words;
    stats->tokens += local.tokens;
    stats->multiwords += local.multiwords;
    stats->gold_multiwords += local.gold_multiwords;
    stats->matched_ranges += local.matched_ranges;
    stats->matched_multiwords += local.matched_multiwords;
  }
  return out;
}

}  // namespace khabar
