// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Quotation scoring (src/quotes/quotes_eval.cc) on hand-computed cases, the
// gold JSONL reader on good and bad records, and the committed gold set
// (tests/data/quotes_gold/quotes_gold.jsonl) read back whole.

#include "khabar/quotes_eval.h"

#include <map>
#include <string>
#include <vector>

#include "golden_table.h"
#include "gtest/gtest.h"
#include "khabar/quotes.h"

namespace khabar {
namespace {

// Arabic names, as UTF-8 bytes.
constexpr char kJohnKerry[] =
    "\xD8\xAC\xD9\x88\xD9\x86 \xD9\x83\xD9\x8A\xD8\xB1\xD9\x8A";  // jun kiri
constexpr char kKerry[] = "\xD9\x83\xD9\x8A\xD8\xB1\xD9\x8A";     // kiri
// wazir al-kharijiyya al-amriki jun kiri
constexpr char kForeignMinisterKerry[] =
    "\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 \xD8\xA7\xD9\x84\xD8\xAE\xD8\xA7\xD8"
    "\xB1\xD8\xAC\xD9\x8A\xD8\xA9 \xD8\xA7\xD9\x84\xD8\xA3\xD9\x85\xD8\xB1"
    "\xD9\x8A\xD9\x83\xD9\x8A \xD8\xAC\xD9\x88\xD9\x86 \xD9\x83\xD9\x8A\xD8"
    "\xB1\xD9\x8A";
// wazir al-kharijiyya
constexpr char kForeignMinister[] =
    "\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 \xD8\xA7\xD9\x84\xD8\xAE\xD8\xA7\xD8"
    "\xB1\xD8\xAC\xD9\x8A\xD8\xA9";
// al-ra'is al-amriki, al-ra'is al-faransi
constexpr char kUsPresident[] =
    "\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3 \xD8\xA7\xD9\x84\xD8"
    "\xA3\xD9\x85\xD8\xB1\xD9\x8A\xD9\x83\xD9\x8A";
constexpr char kFrenchPresident[] =
    "\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3 \xD8\xA7\xD9\x84\xD9"
    "\x81\xD8\xB1\xD9\x86\xD8\xB3\xD9\x8A";
constexpr char kAhmadHamza[] = "\xD8\xA3\xD8\xAD\xD9\x85\xD8\xAF";  // ahmad
constexpr char kAhmadBare[] = "\xD8\xA7\xD8\xAD\xD9\x85\xD8\xAF";
// sahifat "as" (the newspaper AS, its name in marks), and "as" alone
constexpr char kNewspaperAs[] =
    "\xD8\xB5\xD8\xAD\xD9\x8A\xD9\x81\xD8\xA9 \"\xD8\xA2\xD8\xB3\"";
constexpr char kAs[] = "\xD8\xA2\xD8\xB3";
// fulfjanj birnard (Wolfgang Bernhard) and the same with the fa- read as a
// conjunction and dropped: wulfjanj birnard.
constexpr char kWolfgang[] =
    "\xD9\x81\xD9\x88\xD9\x84\xD9\x81\xD8\xAC\xD8\xA7\xD9\x86\xD8\xAC "
    "\xD8\xA8\xD8\xB1\xD9\x86\xD8\xA7\xD8\xB1\xD8\xAF";
constexpr char kWolfgangNoFa[] =
    "\xD9\x88\xD9\x84\xD9\x81\xD8\xAC\xD8\xA7\xD9\x86\xD8\xAC "
    "\xD8\xA8\xD8\xB1\xD9\x86\xD8\xA7\xD8\xB1\xD8\xAF";
// 'ulama' suwisriyyun (Swiss scientists), and "wisriyyun" (the sa- dropped
// as if it were the future prefix): not the same word.
constexpr char kSwissScientists[] =
    "\xD8\xB9\xD9\x84\xD9\x85\xD8\xA7\xD8\xA1 \xD8\xB3\xD9\x88\xD9\x8A\xD8\xB3"
    "\xD8\xB1\xD9\x8A\xD9\x88\xD9\x86";
constexpr char kWisriyyun[] =
    "\xD9\x88\xD9\x8A\xD8\xB3\xD8\xB1\xD9\x8A\xD9\x88\xD9\x86";

Quote System(Quote::Kind kind, uint32_t begin, uint32_t end,
             std::string speaker = "", std::string entity = "") {
  Quote q;
  q.kind = kind;
  q.span = {begin, end};
  q.speaker_text = std::move(speaker);
  q.entity_name = std::move(entity);
  return q;
}

QuoteGoldItem Gold(Quote::Kind kind, uint32_t begin, uint32_t end,
                   std::string speaker = "",
                   std::vector<std::string> alt = {}) {
  QuoteGoldItem g;
  g.kind = kind;
  g.span = {begin, end};
  g.speaker = std::move(speaker);
  g.speaker_alt = std::move(alt);
  return g;
}

constexpr Quote::Kind kDirect = Quote::Kind::kDirect;
constexpr Quote::Kind kPartial = Quote::Kind::kPartial;
constexpr Quote::Kind kReported = Quote::Kind::kReported;

TEST(QuoteScoreTest, RatiosAndEmptyCounts) {
  QuoteScore s;
  EXPECT_EQ(s.precision(), 0);
  EXPECT_EQ(s.recall(), 0);
  EXPECT_EQ(s.f1(), 0);
  EXPECT_EQ(s.speaker_accuracy(), 0);
  s.gold = 4;
  s.system = 5;
  s.matched = 2;
  s.exact = 1;
  s.speaker_gold = 2;
  s.speaker_right = 1;
  EXPECT_DOUBLE_EQ(s.precision(), 0.4);
  EXPECT_DOUBLE_EQ(s.recall(), 0.5);
  EXPECT_DOUBLE_EQ(s.f1(), 2 * 0.4 * 0.5 / 0.9);
  EXPECT_DOUBLE_EQ(s.exact_precision(), 0.2);
  EXPECT_DOUBLE_EQ(s.exact_recall(), 0.25);
  EXPECT_DOUBLE_EQ(s.speaker_accuracy(), 0.5);
  QuoteScore t = s;
  t.Add(s);
  EXPECT_EQ(t.gold, 8);
  EXPECT_EQ(t.speaker_right, 2);
}

// Four gold items and five system items on a 100-byte text, each count
// worked out by hand (see the comments).
TEST(ScoreQuoteArticleTest, HandComputedArticle) {
  std::string text(100, 'a');
  text[10] = '"';  // G0 starts with a mark and a space: trimmed for exact
  text[11] = ' ';
  const std::vector<QuoteGoldItem> gold = {
      Gold(kDirect, 10, 30, kJohnKerry),       // G0, 20 chars
      Gold(kReported, 40, 80, "White House"),  // G1, 40 chars
      Gold(kPartial, 50, 60, "White House"),   // G2, 10 chars
      Gold(kDirect, 90, 100),                  // G3, no speaker
  };
  const std::vector<Quote> system = {
      // S0 ~ G0: 18/20 = 0.9; exact once G0 loses '" '.
      System(kDirect, 12, 30, kKerry),
      // S1 ~ G1: 40/55 = 0.73; no speaker.
      System(kReported, 40, 95),
      // S2 vs G2: 4/10 = 0.4, below 0.5: both unmatched.
      System(kPartial, 50, 54, "White House"),
      // S3: no direct gold item there (G1 is reported): extra.
      System(kDirect, 60, 70),
      // S4 = G3's span but reported: no same-kind match; any-kind match.
      System(kReported, 90, 100),
  };
  QuoteScores scores;
  StatusOr<QuoteArticleMatch> m =
      ScoreQuoteArticle(text, gold, system, &scores);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->gold_to_system, (std::vector<int>{0, 1, -1, -1}));
  EXPECT_EQ(m->system_to_gold, (std::vector<int>{0, 1, -1, -1, -1}));
  EXPECT_EQ(m->exact, (std::vector<bool>{true, false, false, false}));
  EXPECT_EQ(m->speaker, (std::vector<int>{1, 0, -1, -1}));

  const QuoteScore& d = scores.kind(kDirect);
  EXPECT_EQ(d.gold, 2);
  EXPECT_EQ(d.system, 2);
  EXPECT_EQ(d.matched, 1);
  EXPECT_EQ(d.exact, 1);
  EXPECT_DOUBLE_EQ(d.precision(), 0.5);
  EXPECT_DOUBLE_EQ(d.recall(), 0.5);
  EXPECT_EQ(d.speaker_gold, 1);
  EXPECT_EQ(d.speaker_right, 1);

  const QuoteScore& p = scores.kind(kPartial);
  EXPECT_EQ(p.gold, 1);
  EXPECT_EQ(p.system, 1);
  EXPECT_EQ(p.matched, 0);
  EXPECT_EQ(p.f1(), 0);

  const QuoteScore& r = scores.kind(kReported);
  EXPECT_EQ(r.gold, 1);
  EXPECT_EQ(r.system, 2);
  EXPECT_EQ(r.matched, 1);
  EXPECT_EQ(r.exact, 0);
  EXPECT_DOUBLE_EQ(r.f1(), 2 * 0.5 * 1.0 / 1.5);
  EXPECT_EQ(r.speaker_gold, 1);
  EXPECT_EQ(r.speaker_right, 0);

  EXPECT_EQ(scores.overall.gold, 4);
  EXPECT_EQ(scores.overall.system, 5);
  EXPECT_EQ(scores.overall.matched, 2);
  EXPECT_DOUBLE_EQ(scores.overall.precision(), 0.4);
  EXPECT_DOUBLE_EQ(scores.overall.speaker_accuracy(), 0.5);

  // Ignoring kinds: G0-S0, G1-S1, G3-S4 (G3-S4 exact, no gold speaker).
  EXPECT_EQ(scores.any_kind.matched, 3);
  EXPECT_EQ(scores.any_kind.exact, 2);
  EXPECT_EQ(scores.any_kind.speaker_gold, 2);
  EXPECT_EQ(scores.any_kind.speaker_right, 1);
  EXPECT_EQ(scores.articles, 1);

  // A second article adds to the same counts.
  ASSERT_TRUE(ScoreQuoteArticle(text, gold, system, &scores).ok());
  EXPECT_EQ(scores.overall.gold, 8);
  EXPECT_EQ(scores.kind(kDirect).matched, 2);
  EXPECT_EQ(scores.articles, 2);
}

TEST(ScoreQuoteArticleTest, LargerOverlapsMatchFirst) {
  const std::string text(40, 'a');
  // A [0,20) and B [0,16); S1 [0,16) and S2 [0,20). In index order A
  // would take S1 (16/20) and B S2 (16/20); by overlap A-S2 and B-S1 pair
  // exactly.
  const std::vector<QuoteGoldItem> gold = {Gold(kDirect, 0, 20),
                                           Gold(kDirect, 0, 16)};
  const std::vector<Quote> system = {System(kDirect, 0, 16),
                                     System(kDirect, 0, 20)};
  QuoteScores scores;
  StatusOr<QuoteArticleMatch> m =
      ScoreQuoteArticle(text, gold, system, &scores);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->gold_to_system, (std::vector<int>{1, 0}));
  EXPECT_EQ(scores.kind(kDirect).exact, 2);
}

TEST(ScoreQuoteArticleTest, OverlapIsCountedInCharactersNotBytes) {
  // "abcd" + three Arabic letters (two bytes each): 7 characters, 10 bytes.
  const std::string text = "abcd\xD9\x82\xD8\xA7\xD9\x84";
  EXPECT_EQ(QuoteOverlapChars(text, {0, 10}, {4, 10}), 3u);
  EXPECT_EQ(QuoteOverlapChars(text, {0, 4}, {4, 10}), 0u);
  // 3 of 7 characters (0.43) is no match, though 6 of 10 bytes would be.
  QuoteScores scores;
  StatusOr<QuoteArticleMatch> m = ScoreQuoteArticle(
      text, {Gold(kDirect, 0, 10)}, {System(kDirect, 4, 10)}, &scores);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(scores.kind(kDirect).matched, 0);
  // With a lower threshold it matches.
  QuoteMatchOptions loose;
  loose.min_overlap = 0.4;
  m = ScoreQuoteArticle(text, {Gold(kDirect, 0, 10)}, {System(kDirect, 4, 10)},
                        &scores, loose);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(scores.kind(kDirect).matched, 1);
}

TEST(ScoreQuoteArticleTest, ExactlyHalfOfTheLongerMatches) {
  const std::string text(20, 'a');
  QuoteScores scores;
  ASSERT_TRUE(ScoreQuoteArticle(text, {Gold(kPartial, 0, 10)},
                                {System(kPartial, 5, 10)}, &scores)
                  .ok());
  EXPECT_EQ(scores.kind(kPartial).matched, 1);
}

TEST(ScoreQuoteArticleTest, BadSpansAndOptionsAreErrors) {
  const std::string text(10, 'a');
  QuoteScores scores;
  StatusOr<QuoteArticleMatch> m = ScoreQuoteArticle(
      text, {Gold(kDirect, 0, 11)}, {System(kDirect, 0, 5)}, &scores);
  EXPECT_EQ(m.status().code(), StatusCode::kInvalidArgument);
  m = ScoreQuoteArticle(text, {Gold(kDirect, 0, 5)}, {System(kDirect, 6, 4)},
                        &scores);
  EXPECT_EQ(m.status().code(), StatusCode::kInvalidArgument);
  QuoteMatchOptions zero;
  zero.min_overlap = 0;
  m = ScoreQuoteArticle(text, {}, {}, &scores, zero);
  EXPECT_EQ(m.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(scores.overall.gold, 0);
  EXPECT_EQ(scores.articles, 0);
}

TEST(TrimQuoteSpanTest, DropsMarksSpacesAndPunctuation) {
  const std::string text = "x \"hello, world.\" y";
  EXPECT_EQ(TrimQuoteSpan(text, {2, 18}), (ByteSpan{3, 15}));
  EXPECT_EQ(TrimQuoteSpan(text, {3, 15}), (ByteSpan{3, 15}));
  // <<na'am,>> (guillemets and an Arabic comma) -> na'am.
  const std::string arabic = "\xC2\xAB\xD9\x86\xD8\xB9\xD9\x85\xD8\x8C\xC2\xBB";
  EXPECT_EQ(TrimQuoteSpan(arabic, {0, 12}), (ByteSpan{2, 8}));
  // Only punctuation: empty, at the end.
  EXPECT_TRUE(TrimQuoteSpan("..., ", {0, 5}).empty());
  // Parentheses stay.
  EXPECT_EQ(TrimQuoteSpan("(a)", {0, 3}), (ByteSpan{0, 3}));
}

TEST(QuoteSpeakerMatchesTest, NestedWordSetsAfterFolding) {
  const QuoteGoldItem kerry = Gold(kDirect, 0, 1, kJohnKerry);
  EXPECT_TRUE(QuoteSpeakerMatches(kerry, kKerry, ""));
  EXPECT_TRUE(QuoteSpeakerMatches(kerry, kForeignMinisterKerry, ""));
  EXPECT_TRUE(QuoteSpeakerMatches(kerry, "", kJohnKerry));  // the entity
  EXPECT_FALSE(QuoteSpeakerMatches(kerry, kForeignMinister, ""));
  EXPECT_FALSE(QuoteSpeakerMatches(kerry, "", ""));
  // An alternative designation of the same speaker.
  const QuoteGoldItem with_title =
      Gold(kDirect, 0, 1, kJohnKerry, {kForeignMinisterKerry});
  EXPECT_TRUE(QuoteSpeakerMatches(with_title, kForeignMinister, ""));
  // Sharing a title word is not enough.
  EXPECT_FALSE(QuoteSpeakerMatches(Gold(kDirect, 0, 1, kUsPresident),
                                   kFrenchPresident, ""));
  // Hamza folded; quotation marks split words.
  EXPECT_TRUE(
      QuoteSpeakerMatches(Gold(kDirect, 0, 1, kAhmadHamza), kAhmadBare, ""));
  EXPECT_TRUE(
      QuoteSpeakerMatches(Gold(kDirect, 0, 1, kAs, {kNewspaperAs}), kAs, ""));
  EXPECT_TRUE(QuoteSpeakerMatches(Gold(kDirect, 0, 1, kNewspaperAs), kAs, ""));
  // A leading wa- or fa- is a conjunction; sa- is not.
  EXPECT_TRUE(
      QuoteSpeakerMatches(Gold(kDirect, 0, 1, kWolfgang), kWolfgangNoFa, ""));
  EXPECT_FALSE(QuoteSpeakerMatches(Gold(kDirect, 0, 1, kSwissScientists),
                                   kWisriyyun, ""));
  // No gold speaker: never right.
  EXPECT_FALSE(QuoteSpeakerMatches(Gold(kDirect, 0, 1), kKerry, kJohnKerry));
}

TEST(ParseQuoteGoldJsonlTest, ReadsArticlesAndItems) {
  const std::string jsonl =
      "{\"id\":\"a1\",\"corpus\":\"ant\",\"source\":\"x/y.txt\",\"title\":"
      "\"T\",\"text\":\"He said: \\\"yes\\\" and more.\",\"items\":[{\"kind\":"
      "\"direct\",\"begin\":10,\"end\":13,\"text\":\"yes\",\"cue\":\"said\","
      "\"speaker\":\"He\",\"speaker_alt\":[\"Him\",\"The man\"]}]}\n"
      "\n"
      "{\"id\":\"a2\",\"text\":\"nothing\",\"items\":[]}\n";
  StatusOr<std::vector<QuoteGoldArticle>> gold = ParseQuoteGoldJsonl(jsonl);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 2u);
  const QuoteGoldArticle& a = (*gold)[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.corpus, "ant");
  EXPECT_EQ(a.source, "x/y.txt");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.text, "He said: \"yes\" and more.");
  ASSERT_EQ(a.items.size(), 1u);
  EXPECT_EQ(a.items[0].kind, kDirect);
  EXPECT_EQ(a.items[0].span, (ByteSpan{10, 13}));
  EXPECT_EQ(a.items[0].cue, "said");
  EXPECT_EQ(a.items[0].speaker, "He");
  EXPECT_EQ(a.items[0].speaker_alt,
            (std::vector<std::string>{"Him", "The man"}));
  EXPECT_TRUE((*gold)[1].items.empty());
  EXPECT_TRUE((*gold)[1].corpus.empty());
}

TEST(ParseQuoteGoldJsonlTest, RejectsBadRecordsWithTheLine) {
  const std::map<std::string, std::string> cases = {
      {"{\"id\":\"a\",\"text\":\"abc\",\"items\":[]}\n{\"id\":", "line 2"},
      {"{\"text\":\"abc\",\"items\":[]}", "missing \"id\""},
      {"{\"id\":\"a\",\"items\":[]}", "missing \"text\""},
      {"{\"id\":\"a\",\"text\":\"abc\"}", "missing \"items\""},
      {"{\"id\":\"a\",\"text\":\"abc\",\"items\":[{\"kind\":\"quote\","
       "\"begin\":0,\"end\":1,\"text\":\"a\"}]}",
       "unknown kind"},
      {"{\"id\":\"a\",\"text\":\"abc\",\"items\":[{\"kind\":\"direct\","
       "\"begin\":1,\"end\":9,\"text\":\"bc\"}]}",
       "not a span of the text"},
      {"{\"id\":\"a\",\"text\":\"abc\",\"items\":[{\"kind\":\"direct\","
       "\"begin\":1,\"end\":3,\"text\":\"bx\"}]}",
       "item text differs"},
      {"{\"id\":\"a\",\"text\":\"abc\",\"items\":[{\"kind\":\"direct\","
       "\"begin\":-1,\"end\":3,\"text\":\"abc\"}]}",
       "non-negative integer \"begin\""},
      // A span that cuts an Arabic letter in two.
      {"{\"id\":\"a\",\"text\":\"\xD9\x82\",\"items\":[{\"kind\":\"direct\","
       "\"begin\":1,\"end\":2,\"text\":\"x\"}]}",
       "not a span of the text"},
  };
  for (const auto& [jsonl, want] : cases) {
    StatusOr<std::vector<QuoteGoldArticle>> gold = ParseQuoteGoldJsonl(jsonl);
    ASSERT_FALSE(gold.ok()) << jsonl;
    EXPECT_EQ(gold.status().code(), StatusCode::kDataLoss) << jsonl;
    EXPECT_NE(gold.status().message().find(want), std::string::npos)
        << gold.status().message() << " (want " << want << ")";
  }
}

// The committed gold set: its shape, as tests/data/quotes_gold/README.md
// describes it.
TEST(QuoteGoldSetTest, CommittedGoldSetReadsBack) {
  const std::string path = std::string(KHABAR_SOURCE_DIR) +
                           "/tests/data/quotes_gold/quotes_gold.jsonl";
  StatusOr<std::string> bytes = golden::ReadFile(path);
  ASSERT_TRUE(bytes.ok()) << path;
  StatusOr<std::vector<QuoteGoldArticle>> gold = ParseQuoteGoldJsonl(*bytes);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  std::map<std::string, int> per_corpus;
  std::map<Quote::Kind, int> per_kind;
  int without_items = 0;
  for (const QuoteGoldArticle& a : *gold) {
    ++per_corpus[a.corpus];
    if (a.items.empty()) ++without_items;
    for (const QuoteGoldItem& item : a.items) {
      ++per_kind[item.kind];
      EXPECT_FALSE(item.span.empty()) << a.id;
    }
    // Scoring the gold against itself is perfect.
    std::vector<Quote> same;
    for (const QuoteGoldItem& item : a.items) {
      same.push_back(
          System(item.kind, item.span.begin, item.span.end, item.speaker));
    }
    QuoteScores scores;
    ASSERT_TRUE(ScoreQuoteArticle(a.text, a.items, same, &scores).ok());
    EXPECT_EQ(scores.overall.exact, scores.overall.gold) << a.id;
    EXPECT_EQ(scores.overall.speaker_right, scores.overall.speaker_gold)
        << a.id;
  }
  EXPECT_GE(gold->size(), 30u);
  EXPECT_GE(per_corpus["saudinewsnet"], 15);
  EXPECT_GE(per_corpus["ant"], 15);
  EXPECT_GE(without_items, 3);
  EXPECT_GT(per_kind[kDirect], 0);
  EXPECT_GT(per_kind[kPartial], 0);
  EXPECT_GT(per_kind[kReported], 0);
}

}  // namespace
}  // namespace khabar
