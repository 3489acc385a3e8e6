// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Scoring quotation extraction against hand-annotated articles (the
// held-out gold set tests/data/quotes_gold/quotes_gold.jsonl, issue 6).
//
//   auto gold = khabar::ParseQuoteGoldJsonl(file_bytes);  // kDataLoss, line
//   khabar::QuoteScores scores;
//   for (const khabar::QuoteGoldArticle& a : *gold) {
//     std::vector<khabar::Quote> quotes = ...;  // QuoteExtractor on a.text
//     auto match = khabar::ScoreQuoteArticle(a.text, a.items, quotes,
//                                            &scores);
//   }
//   double p = scores.kind(khabar::Quote::Kind::kDirect).precision();
//
// Matching: a system item matches a gold item of the same kind when their
// spans overlap by at least `min_overlap` (default 0.5) of the longer span,
// counted in characters (code points); each item matches at most once,
// pairs with the larger overlap first. A match is exact when both spans
// are equal once surrounding spaces, quotation marks and punctuation
// (. , : ; ! ? and their Arabic forms, the ellipsis) are trimmed.
//
// Speaker: a matched gold item with a speaker is right when a system
// speaker string (the speaker as written or the resolved entity's name)
// and a gold designation (the speaker or one of its alternatives) have
// nested word sets: every word of one is a word of the other, after
// folding (diacritics, tatweel, hamza seats of alef, alef maksura, ta
// marbuta) and splitting at spaces, punctuation and quotation marks; a
// word with a leading wa- or fa- (conjunctions, which attach to names)
// counts as the word without it. So "kiri" and "wazir al-kharijiyya jun
// kiri" match "jun kiri", and "al-ra'is al-faransi" does not match
// "al-ra'is al-amriki". Gold items without a speaker (an unnamed narrator)
// are not counted.
//
// Thread safety: pure functions.

#ifndef KHABAR_QUOTES_EVAL_H_
#define KHABAR_QUOTES_EVAL_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/quotes.h"
#include "khabar/status.h"

namespace khabar {

// One annotated quotation, reported speech or quoted fragment.
struct QuoteGoldItem {
  Quote::Kind kind = Quote::Kind::kDirect;
  ByteSpan span;        // the quoted or reported words, bytes of the text
  std::string cue;      // the speech verb as written, "" if none
  std::string speaker;  // as written (a name, title or group), "" if none
  // Other designations of the same speaker in the article (a title, the
  // full name), each accepted as well.
  std::vector<std::string> speaker_alt;
};

struct QuoteGoldArticle {
  std::string id;
  std::string corpus;  // "saudinewsnet", "ant"
  std::string source;  // the file (and record) in the corpus
  std::string title;   // not part of `text`
  std::string text;    // exactly what the extractor is given
  std::vector<QuoteGoldItem> items;
};

// Parses the gold JSONL: one article per line,
//   {"id": "...", "corpus": "...", "source": "...", "title": "...",
//    "text": "...", "items": [{"kind": "direct", "begin": 0, "end": 10,
//    "text": "...", "cue": "...", "speaker": "...",
//    "speaker_alt": ["..."]}]}
// (other keys ignored; blank lines skipped). kDataLoss naming the line for
// malformed JSON, a missing "id", "text" or "items", an unknown kind, a
// span outside the text or not on UTF-8 boundaries, or an item "text" that
// is not the text's bytes at [begin, end).
StatusOr<std::vector<QuoteGoldArticle>> ParseQuoteGoldJsonl(
    std::string_view jsonl);

// Counts of one kind (or of all kinds).
struct QuoteScore {
  int64_t gold = 0;           // gold items
  int64_t system = 0;         // system items
  int64_t matched = 0;        // matched pairs (overlap)
  int64_t exact = 0;          // matched pairs with the same boundaries
  int64_t speaker_gold = 0;   // matched pairs whose gold item has a speaker
  int64_t speaker_right = 0;  // ... and whose system speaker is right

  double precision() const;        // matched / system, 0 when no system item
  double recall() const;           // matched / gold, 0 when no gold item
  double f1() const;               // 0 when precision + recall is 0
  double exact_precision() const;  // exact / system
  double exact_recall() const;     // exact / gold
  double exact_f1() const;
  double speaker_accuracy() const;  // speaker_right / speaker_gold, or 0
  void Add(const QuoteScore& other);
};

struct QuoteScores {
  std::array<QuoteScore, 3> by_kind;  // indexed by Quote::Kind
  QuoteScore overall;                 // the sum of by_kind
  // Matching that ignores the kind (how much is found at all).
  QuoteScore any_kind;
  int64_t articles = 0;

  const QuoteScore& kind(Quote::Kind k) const {
    return by_kind[static_cast<size_t>(k)];
  }
};

struct QuoteMatchOptions {
  // The least overlap, as a share of the longer span, for a match.
  // Default 0.5.
  double min_overlap = 0.5;
};

// How one article's items were matched (same-kind matching).
struct QuoteArticleMatch {
  std::vector<int> gold_to_system;  // per gold item: system index or -1
  std::vector<int> system_to_gold;  // per system item: gold index or -1
  std::vector<bool> exact;          // per gold item
  // Per gold item: 1 speaker right, 0 wrong, -1 not scored (unmatched, or
  // no gold speaker).
  std::vector<int> speaker;
};

// Matches `system` (QuoteExtractor output on `text`) against `gold` and
// adds the counts to `*scores` (by kind, overall, any_kind, articles + 1).
// kInvalidArgument, with `*scores` unchanged, when a span lies outside
// `text` or is reversed, or min_overlap is not in (0, 1].
StatusOr<QuoteArticleMatch> ScoreQuoteArticle(
    std::string_view text, const std::vector<QuoteGoldItem>& gold,
    const std::vector<Quote>& system, QuoteScores* scores,
    const QuoteMatchOptions& options = {});

// The speaker rule above: `system_speaker` and `system_entity` may be
// empty; false when both are, or when the gold item has no speaker.
bool QuoteSpeakerMatches(const QuoteGoldItem& gold,
                         std::string_view system_speaker,
                         std::string_view system_entity);

// `span` without surrounding spaces (also U+00A0), quotation marks and
// punctuation (. , : ; ! ? and U+060C U+061B U+061F U+2026), as used for
// exact matches. `span` must lie inside `text`.
ByteSpan TrimQuoteSpan(std::string_view text, ByteSpan span);

// Characters (code points) shared by two spans of `text`.
uint32_t QuoteOverlapChars(std::string_view text, ByteSpan a, ByteSpan b);

}  // namespace khabar

#endif  // KHABAR_QUOTES_EVAL_H_
