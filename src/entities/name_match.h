// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The words of a name and how two names are compared: the spelling fold,
// the close-misspelling test, the short-name (suffix) test, proclitic
// candidates and the stable id hash. Internal to src/entities/ (the NER's
// surname rule, src/ner/ner_consistency.cc, uses WordsClose too, so that
// the tagger and the resolver take the same misspellings for one name).
//
//   std::vector<khabar::NameWord> words;
//   khabar::SplitNameWords(text, span, &words);
//   std::vector<std::string> units = khabar::NameUnits(words, 0);
//   khabar::UnitsMatch(units, other_units);   // same name, spelling aside
//   khabar::IsShortNameOf(short_units, long_units);  // "kyry" of "jwn kyry"
//
// Folded forms are UTF-8 strings; every function here is pure and
// thread-safe. docs/ENTITIES.md explains each rule and its guard.

#ifndef KHABAR_ENTITIES_NAME_MATCH_H_
#define KHABAR_ENTITIES_NAME_MATCH_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/entities.h"

namespace khabar {

// One word of a mention.
struct NameWord {
  ByteSpan span;        // where the word stands in the text
  std::string display;  // as written (ill-formed UTF-8 -> U+FFFD)
  std::string key;      // FoldNameWord(display)
};

// Appends the words of text[span] to `*words` (cleared first). Words are
// separated by whitespace and punctuation (ASCII punctuation, quotation
// marks, Arabic comma/semicolon/question mark, dashes); zero-width and bidi
// controls are part of a word but dropped from its key. `span` must lie in
// `text`.
void SplitNameWords(std::string_view text, ByteSpan span,
                    std::vector<NameWord>* words);

// A word of SplitNameKeys: where it stands in the text, and its key,
// keys[key_begin, key_end).
struct NameKeySpan {
  ByteSpan span;
  uint32_t key_begin = 0;
  uint32_t key_end = 0;
};

// SplitNameWords without the as-written forms, every key in one buffer
// (`*keys`, cleared first): for scanning a whole text.
void SplitNameKeys(std::string_view text, ByteSpan span, std::string* keys,
                   std::vector<NameKeySpan>* words);

// The words of a whole text (SplitNameKeys over all of it), split once for
// the tables that scan the text (known names, institutions).
struct TextWords {
  std::string keys;
  std::vector<NameKeySpan> words;

  explicit TextWords(std::string_view text) {
    SplitNameKeys(text, {0, static_cast<uint32_t>(text.size())}, &keys, &words);
  }
  std::string_view key(const NameKeySpan& w) const {
    return std::string_view(keys).substr(w.key_begin, w.key_end - w.key_begin);
  }
};

// True if text[begin, end) is one or more spaces and nothing else: two
// words of one line, as a name's words stand.
bool OnlySpaces(std::string_view text, uint32_t begin, uint32_t end);

// The spelling fold of one word (see entities.h rule 2): diacritics,
// tatweel and zero-width controls dropped; alef forms -> U+0627; U+0624 ->
// U+0648; U+0626, U+0649, U+06CC -> U+064A; U+0629, U+06C0, U+06C1, U+06BE ->
// U+0647; U+06A9 -> U+0643; U+06A7, U+06A8 -> U+0642 and U+06A2, U+06A4 ->
// U+0641 (the Maghreb's forms of qaf and feh: the three-dot qaf of
// Tunisia's g); Arabic-Indic digits -> ASCII; A-Z -> a-z; then a
// final U+064A U+0647 of a word of at least 4 letters -> U+064A U+0627
// (Syria: swryp == swryA).
std::string FoldNameWord(std::string_view word);

// True if folded `key` followed by `next_key` begins a compound given name
// that is one unit: "abd" + "al-..." (abd allah, abd al-aziz), "abu" +
// anything (abu bakr), anything + "allah" (nasr allah, as nasrallah).
bool IsCompoundStart(std::string_view key, std::string_view next_key);

// The comparison units of words[first...]: folded keys, with "Ebd" + an
// "Al-" word and "Abw" + any word joined into one unit (Ebd Allh ==
// EbdAllh, Abw Zby == AbwZby; IsCompoundStart), "Aby" and "AbA" + any
// word read as "Abw" + it (abi bakr is abu bakr), a word ending in "Aldyn"
// read as two (nwrAldyn == nwr Aldyn), and "Abn" after the first unit
// folded to "bn".
std::vector<std::string> NameUnits(const std::vector<NameWord>& words,
                                   size_t first);
// Units joined by single spaces: the key of a name.
std::string JoinUnits(const std::vector<std::string>& units);

// Number of code points of a folded word.
size_t LetterCount(std::string_view folded);

// True if two folded words are equal; or both have at least
// kMinCloseWordLetters letters, the same length, the same first and last
// letter, and become equal when one long vowel (U+0627 U+0648 U+064A) is
// removed from each (a displaced long vowel: khAmnyy / khmnAyy); or the
// longer has kMinInsertedVowelWordLetters letters or more, neither starts
// with the article or 'abd, and the longer is the shorter with one long
// vowel inserted, not as its first or last letter (a foreign name
// transliterated two ways: ntnyAhw / ntAnyAhw, shnghAy / shAnghAy); or both
// have kMinCloseWordLetters letters or more and differ only in one jim for
// a ghayn (a foreign g: alkwnjrs / alkwngrs).
inline constexpr size_t kMinCloseWordLetters = 5;
inline constexpr size_t kMinInsertedVowelWordLetters = 7;
bool WordsClose(std::string_view a, std::string_view b);

// Same number of units, each pair WordsClose.
bool UnitsMatch(const std::vector<std::string>& a,
                const std::vector<std::string>& b);

// The units of a name written with the article on its first word, without
// it ("alfyfa" -> "fyfa", "almnjy alrHwy" -> "mnjy alrHwy"), when what
// remains of that word has kMinArticleFreeLetters letters or more; empty
// otherwise. News writes foreign and Maghreb names both ways (al-fifa and
// fifa, al-munji and munji); the resolver links the two (docs/ENTITIES.md,
// rule 3a').
inline constexpr size_t kMinArticleFreeLetters = 3;
std::vector<std::string> WithoutArticle(const std::vector<std::string>& units);

// True if `short_units` (fewer units, at least kMinShortNameLetters letters
// in all) matches the last units of `long_units`, and the unit of
// `long_units` just before that tail is not "bn"/"bnt" (a patronymic tail
// names the father).
inline constexpr size_t kMinShortNameLetters = 3;
bool IsShortNameOf(const std::vector<std::string>& short_units,
                   const std::vector<std::string>& long_units);

// True if `given` is one unit, the first unit of `long_units`, a name of
// three units or more whose second is "bn"/"bnt" (a patronymic: "muhammad
// bin salman"): news then refers to the person by the given name ("al-amir
// muhammad"), as to others by the surname.
bool IsGivenNameOf(const std::vector<std::string>& given,
                   const std::vector<std::string>& long_units);

// True if `long_units` is a fuller form of the person name `short_units`
// (two units or more): the same first unit, and the short name's units in
// order once "bn X" pairs (a father's, a grandfather's name) and a final
// "Al X" (the family) are left out of the long one: "Edl Aljbyr" of "Edl
// bn Ahmd Aljbyr", "mHmd bn slmAn" of "mHmd bn slmAn bn EbdAlEzyz Al sEwd".
// Not "EbdAllh bn EbdAlEzyz" of "EbdAllh bn EbdAlEzyz AlrbyEh" (a surname
// follows).
// Also true if IsMiddleNameFormOf.
bool IsFullerFormOf(const std::vector<std::string>& short_units,
                    const std::vector<std::string>& long_units);

// True if `short_units` is a given name and a surname and `long_units` the
// same given name, one to kMaxMiddleNames middle names (a father's and
// grandfather's names written without "bn", a Western middle name) and
// the same surname, with or without the article: "b$Ar Al>sd" of "b$Ar
// HAfZ Al>sd", "hAny AlHjAzy" of "hAny jmyl HjAzy". No "bn" among the
// middle names: "fhd EbdAlEzyz" is not "fhd bn mHmd bn EbdAlEzyz" (a
// grandfather's name, not a surname; IsFullerFormOf's patronymic forms).
// A kunya is one unit ("AbwmHmd", NameUnits), so never a given name here.
inline constexpr size_t kMaxMiddleNames = 3;
bool IsMiddleNameFormOf(const std::vector<std::string>& short_units,
                        const std::vector<std::string>& long_units);

// A bucket key for candidate lookups: words that are WordsClose share it
// (the first letter plus the letters that are not long vowels, ghayn read
// as jim).
std::string WordSkeleton(std::string_view folded);

// Number of hamza letters (U+0621..U+0626) in a display form: the tie-break
// that prefers a carefully written spelling for the canonical name.
size_t HamzaCount(std::string_view display);

// A proclitic reading of a name's first word.
struct CliticCandidate {
  enum Kind : uint8_t {
    kLlRestored,   // li + al- written "ll": "llEraq" / "lEraq" -> "AlEraq"
    kPrepArticle,  // w/f + b/k + al-: "bAlEraq" -> "AlEraq"
    kProclitic,    // w/f + b/l/k: "wbwtyn" -> "bwtyn"
  };
  Kind kind;
  std::string display;  // the first word's new display form
  uint32_t skip;        // bytes of the original word dropped from its front
};

// The candidate readings of `word` (a name's first word), strongest first.
// `before` is what precedes the span in its token (the letters the tagger
// already cut off, e.g. "l" or "wl" for li + al-). Guards: at least
// kMinCliticRestLetters letters remain after a proclitic, at least 3 after
// an article.
inline constexpr size_t kMinCliticRestLetters = 3;
void CliticCandidates(const NameWord& word, std::string_view before,
                      std::vector<CliticCandidate>* out);

// True if `candidates` (CliticCandidates of a first word) read it as
// "al-" cut after the first lam of "li" + "al-": the span starts at the
// article's lam.
bool ReadsCutArticle(const std::vector<CliticCandidate>& candidates);

// Bytes of a token before a span read for its proclitics ("wl" + slack
// for marks): the `max_bytes` the resolver's rules pass to
// TokenPrefixBefore.
inline constexpr size_t kMaxPrefixBytes = 8;

// The letters immediately before `pos` in `text` that belong to the same
// token (no separator in between), at most `max_bytes`.
std::string_view TokenPrefixBefore(std::string_view text, uint32_t pos,
                                   size_t max_bytes);

// Whether the spans that overlap `span` all lie inside it: j runs over
// [0, count), span_at(j) gives a pointer to its span (nullptr: skipped).
// Returns false on the first that overlaps `span` without lying inside it
// (a clash); else true, with *inside (cleared first) holding those inside.
template <typename SpanAt>
bool SpansInside(ByteSpan span, size_t count, SpanAt span_at,
                 std::vector<size_t>* inside) {
  inside->clear();
  for (size_t j = 0; j < count; ++j) {
    const ByteSpan* s = span_at(j);
    if (s == nullptr || s->end <= span.begin || span.end <= s->begin) {
      continue;
    }
    if (s->begin < span.begin || s->end > span.end) return false;
    inside->push_back(j);
  }
  return true;
}

// Writes to *out (cleared first) the mentions not `dropped`, each with its
// span from `spans` and, if `types` is not null, its type from `types`
// (all indexed as `mentions`): what a rule that rewrites mentions gives
// the resolver.
void RewriteMentions(const std::vector<EntityMention>& mentions,
                     const std::vector<char>& dropped,
                     const std::vector<ByteSpan>& spans,
                     const std::vector<EntityType>* types,
                     std::vector<EntityMention>* out);

// 64-bit FNV-1a, and the entity id: 16 lowercase hex digits of
// Fnv1a64("<TYPE>\t<key>").
uint64_t Fnv1a64(std::string_view bytes);
std::string StableEntityId(EntityType type, std::string_view key);

}  // namespace khabar

#endif  // KHABAR_ENTITIES_NAME_MATCH_H_
