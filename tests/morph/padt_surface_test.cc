// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "morph/padt_surface.h"

#include <map>
#include <string>
#include <vector>

#include "golden_table.h"
#include "gtest/gtest.h"
#include "khabar/conllu.h"

namespace khabar {
namespace {

// Vocalized PADT-style forms, written as escapes (sources stay ASCII).
constexpr char kLi[] = "\u0644\u0650";
constexpr char kWa[] = "\u0648\u064E";
constexpr char kSa[] = "\u0633\u064E";
constexpr char kAlHazr[] = "\u0627\u064E\u0644\u062D\u064E\u0638\u0631\u0650";
constexpr char kAllah[] = "\u0627\u064E\u0644\u0644\u0651\u064E\u0647\u0650";
constexpr char kHi[] = "\u0647\u0650";
constexpr char kHu[] = "\u0647\u064F";

struct W {
  const char* form;
  const char* upos;
  const char* xpos;
};

ConlluSentence Sentence(const std::vector<W>& words) {
  ConlluSentence s;
  int id = 0;
  for (const W& w : words) {
    ConlluWord word;
    word.id = ++id;
    word.form = w.form;
    word.lemma = "_";
    word.upos = w.upos;
    word.xpos = w.xpos;
    s.words.push_back(word);
  }
  return s;
}

// The rebuilt tokens joined by spaces, each followed by its word range.
std::string Tokens(const std::vector<W>& words) {
  std::string out;
  for (const PadtToken& t : RebuildPadtTokens(Sentence(words))) {
    if (!out.empty()) out += ' ';
    out += t.form + "[" + std::to_string(t.first) + "-" +
           std::to_string(t.last) + "]";
  }
  return out;
}

const W kPunct = {".", "PUNCT", "G---------"};

TEST(PadtSurfaceTest, RemovesDiacriticsKeepsLettersAndTatweel) {
  EXPECT_EQ(RemoveArabicDiacritics(kAlHazr), "\u0627\u0644\u062D\u0638\u0631");
  EXPECT_EQ(RemoveArabicDiacritics("\u0630\u0670\u0644\u0650\u0643\u064E"),
            "\u0630\u0644\u0643");
  EXPECT_EQ(RemoveArabicDiacritics("\u0640 a\u064B"), "\u0640 a");
}

TEST(PadtSurfaceTest, LiPlusArticleDropsTheAlef) {
  EXPECT_EQ(Tokens({{kLi, "ADP", "P---------"},
                    {kAlHazr, "NOUN", "N------S2D"},
                    kPunct}),
            "\u0644\u0644\u062D\u0638\u0631[1-2] .[3-3]");
}

TEST(PadtSurfaceTest, LiPlusArticlePlusLamDropsAlefAndOneLam) {
  EXPECT_EQ(
      Tokens({{kLi, "ADP", "P---------"}, {kAllah, "NOUN", "N------S2D"}}),
      "\u0644\u0644\u0647[1-2]");
}

TEST(PadtSurfaceTest, ProcliticChainAndEncliticJoinOneToken) {
  // wa + sa + yazuuru + haa -> wsyzwrhA
  EXPECT_EQ(Tokens({{kWa, "CONJ", "C---------"},
                    {kSa, "PART", "F---------"},
                    {"\u064A\u064E\u0632\u064F\u0648\u0631\u064F", "VERB",
                     "VIIA-3MS--"},
                    {"\u0647\u064E\u0627", "PRON", "SP---3FS4-"}}),
            "\u0648\u0633\u064A\u0632\u0648\u0631\u0647\u0627[1-4]");
}

TEST(PadtSurfaceTest, TaMarbutaIsWrittenTaBeforeASuffix) {
  EXPECT_EQ(Tokens({{"\u0639\u064E\u0648\u062F\u064E\u0629\u0650", "NOUN",
                     "N------S2R"},
                    {"\u0646\u064E\u0627", "PRON", "SP---1MP2-"}}),
            "\u0639\u0648\u062F\u062A\u0646\u0627[1-2]");
}

TEST(PadtSurfaceTest, AlefMaksuraBeforeASuffix) {
  // Ealaa + hi -> Elyh (preposition: ya).
  EXPECT_EQ(Tokens({{"\u0639\u064E\u0644\u064E\u0649", "ADP", "P---------"},
                    {kHi, "PRON", "SP---3MS2-"}}),
            "\u0639\u0644\u064A\u0647[1-2]");
  // mustawaa + hu -> mstwAh (noun: alef).
  EXPECT_EQ(Tokens({{"\u0645\u064F\u0633\u062A\u064E\u0648\u064E\u0649", "NOUN",
                     "N------S2R"},
                    {kHu, "PRON", "SP---3MS2-"}}),
            "\u0645\u0633\u062A\u0648\u0627\u0647[1-2]");
}

TEST(PadtSurfaceTest, FinalHamzaTakesTheSeatOfItsCaseVowel) {
  const char* nom = "\u0623\u064E\u0628\u0646\u064E\u0627\u0621\u064F";
  const char* gen = "\u0623\u064E\u0628\u0646\u064E\u0627\u0621\u0650";
  const char* acc = "\u0623\u064E\u0628\u0646\u064E\u0627\u0621\u064E";
  EXPECT_EQ(Tokens({{nom, "NOUN", "N------P1R"}, {kHu, "PRON", "SP---3MS2-"}}),
            "\u0623\u0628\u0646\u0627\u0624\u0647[1-2]");
  EXPECT_EQ(Tokens({{gen, "NOUN", "N------P2R"}, {kHu, "PRON", "SP---3MS2-"}}),
            "\u0623\u0628\u0646\u0627\u0626\u0647[1-2]");
  EXPECT_EQ(Tokens({{acc, "NOUN", "N------P4R"}, {kHu, "PRON", "SP---3MS2-"}}),
            "\u0623\u0628\u0646\u0627\u0621\u0647[1-2]");
}

TEST(PadtSurfaceTest, IndependentPronounsAbbreviationsAndEdgesStayApart) {
  const W huwa = {"\u0647\u064F\u0648\u064E", "PRON", "SP---3MS1-"};
  const W verb = {"\u0642\u064E\u0627\u0644\u064E", "VERB", "VP-A-3MS--"};
  EXPECT_EQ(Tokens({verb, huwa}), "\u0642\u0627\u0644[1-1] \u0647\u0648[2-2]");
  // The unvocalized abbreviation letter b is not the proclitic bi.
  EXPECT_EQ(Tokens({{"\u0628", "X", "Y---------"}, verb}),
            "\u0628[1-1] \u0642\u0627\u0644[2-2]");
  // A proclitic before punctuation or at the end stays a token; an enclitic
  // after punctuation or first in the sentence stays a token.
  EXPECT_EQ(Tokens({{kWa, "CONJ", "C---------"}, kPunct, {kWa, "CONJ", "C"}}),
            "\u0648[1-1] .[2-2] \u0648[3-3]");
  EXPECT_EQ(
      Tokens(
          {{kHu, "PRON", "SP---3MS2-"}, kPunct, {kHu, "PRON", "SP---3MS2-"}}),
      "\u0647[1-1] .[2-2] \u0647[3-3]");
  // li + hu: a proclitic directly before an enclitic.
  EXPECT_EQ(Tokens({{"\u0644\u064E", "ADP", "P---------"},
                    {kHu, "PRON", "SP---3MS2-"}}),
            "\u0644\u0647[1-2]");
}

TEST(PadtSurfaceTest, ToPadtSurfaceAddsRangesTextAndComparesGold) {
  ConlluSentence s = Sentence(
      {{kLi, "ADP", "P---------"}, {kAlHazr, "NOUN", "N------S2D"}, kPunct});
  ConlluMultiword gold;
  gold.first = 1;
  gold.last = 2;
  gold.form = "\u0644\u0650\u0644\u062D\u064E\u0638\u0631\u0650";
  s.multiwords.push_back(gold);
  PadtSurfaceStats stats;
  const ConlluSentence out = ToPadtSurface(s, &stats);
  EXPECT_EQ(stats.sentences, 1);
  EXPECT_EQ(stats.words, 3);
  EXPECT_EQ(stats.tokens, 2);
  EXPECT_EQ(stats.multiwords, 1);
  EXPECT_EQ(stats.gold_multiwords, 1);
  EXPECT_EQ(stats.matched_ranges, 1);
  EXPECT_EQ(stats.matched_multiwords, 1);
  ASSERT_EQ(out.multiwords.size(), 1u);
  EXPECT_EQ(out.multiwords[0].form, "\u0644\u0644\u062D\u0638\u0631");
  EXPECT_EQ(out.words[1].form, "\u0627\u0644\u062D\u0638\u0631");
  EXPECT_EQ(ConlluCommentValue(out, "text"),
            "\u0644\u0644\u062D\u0638\u0631 .");
  // The result is valid CoNLL-U.
  auto reparsed = ParseConllu(WriteConllu({out}));
  ASSERT_TRUE(reparsed.ok()) << reparsed.status().ToString();
  EXPECT_EQ(WriteConllu(*reparsed), WriteConllu({out}));

  s.multiwords[0].form = "x";
  PadtSurfaceStats other;
  ToPadtSurface(s, &other);
  EXPECT_EQ(other.matched_ranges, 1);
  EXPECT_EQ(other.matched_multiwords, 0);
}

TEST(PadtSurfaceTest, GoldenPadtSentences) {
  auto text = golden::ReadFile(golden::GoldenPath("morph/padt_sample.conllu"));
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  auto sentences = ParseConllu(*text);
  ASSERT_TRUE(sentences.ok()) << sentences.status().ToString();
  std::map<std::string, std::string> rebuilt;
  for (const ConlluSentence& s : *sentences) {
    const ConlluSentence out = ToPadtSurface(s, nullptr);
    rebuilt[std::string(ConlluCommentValue(s, "orig_file_sentence"))] =
        std::string(ConlluCommentValue(out, "text"));
  }
  auto rows = golden::ReadTable("morph/padt_surface.tsv", 2);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 5u);
  for (const golden::Row& row : *rows) {
    EXPECT_EQ(rebuilt[row.cells[0]], row.cells[1]) << row.Where();
  }
}

}  // namespace
}  // namespace khabar

namespace khabar {
namespace {

ConlluWord PadtWord(int id, const std::string& form, const std::string& lemma,
                    const std::string& upos, const std::string& xpos) {
  ConlluWord w;
  w.id = id;
  w.form = form;
  w.lemma = lemma;
  w.upos = upos;
  w.xpos = xpos;
  return w;
}

TEST(PadtSurfaceTest, RepeatedUnanalyzedFormIsOneToken) {
  // PADT writes bynhmA (byn + hmA), which it could not analyze, once per
  // word; the surface has it once.
  const std::string bynhma = "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x87\xD9\x85\xD8\xA7";
  ConlluSentence s;
  s.words.push_back(PadtWord(1, bynhma, bynhma, "X", "U---------"));
  s.words.push_back(PadtWord(2, bynhma, bynhma, "X", "U---------"));
  s.words.push_back(PadtWord(3, ".", ".", "PUNCT", "G---------"));
  const std::vector<PadtToken> tokens = RebuildPadtTokens(s);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].first, 1);
  EXPECT_EQ(tokens[0].last, 2);
  EXPECT_EQ(tokens[0].form, bynhma);
}

TEST(PadtSurfaceTest, PrepositionBeforePronounGetsAlefMaksuraBack) {
  // Ealay + hi (PADT) -> token Elyh, words ElY + h.
  ConlluSentence s;
  s.words.push_back(PadtWord(1, "\xD8\xB9\xD9\x8E\xD9\x84\xD9\x8E\xD9\x8A",
                             "\xD8\xB9\xD9\x8E\xD9\x84\xD9\x8E\xD9\x89", "ADP",
                             "PI------2-"));
  s.words.push_back(PadtWord(2, "\xD9\x87\xD9\x90",
                             "\xD9\x87\xD9\x8F\xD9\x88\xD9\x8E", "PRON",
                             "SP---3MS2-"));
  const ConlluSentence out = ToPadtSurface(s, nullptr);
  ASSERT_EQ(out.multiwords.size(), 1u);
  EXPECT_EQ(out.multiwords[0].form, "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x87");
  EXPECT_EQ(out.words[0].form, "\xD8\xB9\xD9\x84\xD9\x89");
  EXPECT_EQ(out.words[1].form, "\xD9\x87");
}

}  // namespace
}  // namespace khabar
