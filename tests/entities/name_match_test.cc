// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/name_match.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "golden_table.h"
#include "gtest/gtest.h"
#include "khabar/entities.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

std::vector<std::string> Units(std::string_view name) {
  std::vector<NameWord> words;
  SplitNameWords(name, {0, static_cast<uint32_t>(name.size())}, &words);
  return NameUnits(words, 0);
}

TEST(NameMatchTest, FoldGoldenTable) {
  auto rows = golden::ReadTable("entities/fold.tsv", 3);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  for (const golden::Row& row : *rows) {
    EXPECT_TRUE(golden::SameText(FoldNameWord(row.cells[0]), row.cells[1]))
        << row.Where() << " (" << row.cells[2] << ")";
  }
}

// Merges that must happen and merges that must not, in both orders.
TEST(NameMatchTest, NamePairsGoldenTable) {
  auto rows = golden::ReadTable("entities/name_pairs.tsv", 4);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  size_t same = 0, different = 0;
  for (const golden::Row& row : *rows) {
    ASSERT_TRUE(row.cells[2] == "same" || row.cells[2] == "different")
        << row.Where();
    const bool want = row.cells[2] == "same";
    (want ? same : different)++;
    const std::vector<std::string> a = Units(row.cells[0]);
    const std::vector<std::string> b = Units(row.cells[1]);
    EXPECT_EQ(UnitsMatch(a, b), want) << row.Where() << " " << row.cells[3];
    EXPECT_EQ(UnitsMatch(b, a), want) << row.Where() << " reversed";
    if (want) {
      // Bucket keys must agree for every pair the rules merge.
      ASSERT_EQ(a.size(), b.size()) << row.Where();
      for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(WordSkeleton(a[i]), WordSkeleton(b[i])) << row.Where();
      }
    }
  }
  EXPECT_GE(same, 15u);
  EXPECT_GE(different, 15u);
}

TEST(NameMatchTest, ShortNamesGoldenTable) {
  auto rows = golden::ReadTable("entities/short_names.tsv", 4);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  for (const golden::Row& row : *rows) {
    EXPECT_EQ(IsShortNameOf(Units(row.cells[0]), Units(row.cells[1])),
              row.cells[2] == "yes")
        << row.Where() << " " << row.cells[3];
  }
}

TEST(NameMatchTest, CliticCandidatesGoldenTable) {
  auto rows = golden::ReadTable("entities/clitics.tsv", 3);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  std::vector<CliticCandidate> candidates;
  for (const golden::Row& row : *rows) {
    NameWord word;
    word.display = row.cells[0];
    word.key = FoldNameWord(word.display);
    CliticCandidates(word, row.cells[1], &candidates);
    std::string got;
    for (const CliticCandidate& c : candidates) {
      if (!got.empty()) got += "|";
      got += c.kind == CliticCandidate::kLlRestored    ? "ll:"
             : c.kind == CliticCandidate::kPrepArticle ? "art:"
                                                       : "pro:";
      got += c.display;
      // What is skipped is a prefix of the word, and the rest is kept.
      ASSERT_LE(c.skip, word.display.size()) << row.Where();
    }
    if (got.empty()) got = "-";
    EXPECT_TRUE(golden::SameText(got, row.cells[2])) << row.Where();
  }
}

TEST(NameMatchTest, SplitsWordsAtPunctuationKeepingOffsets) {
  // tnZym "Aldwlp AlAslAmyp" with curly quotes, as in the seed article.
  const std::string text =
      "x \xD8\xAA\xD9\x86\xD8\xB8\xD9\x8A\xD9\x85 \xE2\x80\x9C\xD8\xA7\xD9\x84"
      "\xD8\xAF\xD9\x88\xD9\x84\xD8\xA9\xE2\x80\x9D.";
  std::vector<NameWord> words;
  SplitNameWords(text, {2, static_cast<uint32_t>(text.size())}, &words);
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[0].span, (ByteSpan{2, 12}));
  EXPECT_EQ(words[1].span.begin, 16u);  // after the 3-byte opening quote
  EXPECT_EQ(text.substr(words[1].span.begin, words[1].span.size()),
            words[1].display);
  EXPECT_EQ(words[1].display,
            "\xD8\xA7\xD9\x84\xD8\xAF\xD9\x88\xD9\x84\xD8\xA9");
}

TEST(NameMatchTest, IllFormedUtf8BecomesReplacementCharacter) {
  const std::string text = "ab\xFF\xC3 cd";
  std::vector<NameWord> words;
  SplitNameWords(text, {0, static_cast<uint32_t>(text.size())}, &words);
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[0].display, "ab\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(words[1].display, "cd");
  // Two distinct ill-formed words compare by their U+FFFD reading.
  EXPECT_TRUE(WordsClose("a\xFF", "a\xFE"));
}

TEST(NameMatchTest, SeparatorsOnlyGiveNoWords) {
  const std::string text =
      " \xE2\x80\x9C\xE2\x80\x9D , \xD9\x80 ";  // "" , tatweel
  std::vector<NameWord> words;
  SplitNameWords(text, {0, static_cast<uint32_t>(text.size())}, &words);
  EXPECT_TRUE(words.empty());
}

TEST(NameMatchTest, SplitNameKeysGivesSplitNameWordsKeysInOneBuffer) {
  // A tatweel-only word (dropped), the yeh + heh ending (swryh -> swryA),
  // ill-formed bytes and a quoted name, in a part of the text.
  const std::string text =
      "x \xD9\x80 \xD8\xB3\xD9\x88\xD8\xB1\xD9\x8A\xD9\x87 ab\xFF\xC3 "
      "\xE2\x80\x9C\xD8\xA7\xD9\x84\xD8\xAF\xD9\x88\xD9\x84\xD8\xA9"
      "\xE2\x80\x9D.";
  const ByteSpan span{2, static_cast<uint32_t>(text.size())};
  std::vector<NameWord> words;
  SplitNameWords(text, span, &words);
  std::string keys = "left over";
  std::vector<NameKeySpan> spans(3);
  SplitNameKeys(text, span, &keys, &spans);
  ASSERT_EQ(words.size(), 3u);
  ASSERT_EQ(spans.size(), words.size());
  size_t at = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(spans[i].span, words[i].span) << i;
    EXPECT_EQ(spans[i].key_begin, at) << i;
    EXPECT_EQ(
        keys.substr(spans[i].key_begin, spans[i].key_end - spans[i].key_begin),
        words[i].key)
        << i;
    at = spans[i].key_end;
  }
  EXPECT_EQ(at, keys.size());
  EXPECT_EQ(words[0].key,
            FoldNameWord("\xD8\xB3\xD9\x88\xD8\xB1\xD9\x8A\xD8\xA7"));  // swryA
  EXPECT_EQ(words[1].display, "ab\xEF\xBF\xBD\xEF\xBF\xBD");
}

// SplitNameKeys folds the characters below U+0800 through a table
// (name_match.cc, FoldTable): every word of the fold table, and every one
// of those characters between two letters, gets FoldNameWord's key.
TEST(NameMatchTest, SplitNameKeysFoldsAsFoldNameWord) {
  auto rows = golden::ReadTable("entities/fold.tsv", 3);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  std::vector<NameWord> words;
  for (const golden::Row& row : *rows) {
    const std::string& word = row.cells[0];
    SplitNameWords(word, {0, static_cast<uint32_t>(word.size())}, &words);
    ASSERT_EQ(words.size(), 1u) << row.Where();
    EXPECT_EQ(words[0].key, FoldNameWord(word)) << row.Where();
    EXPECT_TRUE(golden::SameText(words[0].key, row.cells[1])) << row.Where();
  }
  // Kaf, the character, lam ("k?l"): one word with the character folded
  // into it, or (a separator) two words.
  size_t separators = 0;
  for (char32_t c = 1; c < 0x800; ++c) {
    std::string word = "\xD9\x83";  // kaf
    AppendUtf8(c, &word);
    word += "\xD9\x84";  // lam
    SplitNameWords(word, {0, static_cast<uint32_t>(word.size())}, &words);
    ASSERT_TRUE(words.size() == 1 || words.size() == 2) << uint32_t{c};
    if (words.size() == 2) {
      ++separators;
      continue;
    }
    EXPECT_EQ(words[0].key, FoldNameWord(word)) << uint32_t{c};
  }
  // ASCII punctuation, controls (not NUL) and space, no-break space,
  // guillemets, the Arabic comma, semicolon, question mark, percent sign,
  // star and full stop.
  EXPECT_EQ(separators, 127u - 62u + 9u);
}

TEST(NameMatchTest, TokenPrefixBeforeStopsAtSeparators) {
  // "x wll" + ...: the two letters before position 7 in the same token.
  const std::string text = "x \xD9\x88\xD9\x84\xD9\x84\xD8\xB9";
  EXPECT_EQ(TokenPrefixBefore(text, 6, 8), "\xD9\x88\xD9\x84");
  EXPECT_EQ(TokenPrefixBefore(text, 2, 8), "");
  EXPECT_EQ(TokenPrefixBefore(text, 6, 2), "\xD9\x84");
  EXPECT_EQ(TokenPrefixBefore("\xFF\xD9\x84", 3, 8), "\xD9\x84");
}

// The id scheme is a promise to users: these values must never change.
TEST(NameMatchTest, StableIdsAreFnv1aOfTypeAndKey) {
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(StableEntityId(EntityType::kLocation, "x"), "28e713d3cdf9bdcc");
  EXPECT_NE(StableEntityId(EntityType::kPerson, "x"),
            StableEntityId(EntityType::kLocation, "x"));
  EXPECT_EQ(StableEntityId(EntityType::kPerson, "x").size(), 16u);
}

}  // namespace
}  // namespace khabar
