// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/conll18_eval.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/conllu.h"

namespace khabar {
namespace {

// One CoNLL-U line: id, form, and optionally lemma, UPOS and FEATS.
std::string L(const std::string& id, const std::string& form,
              const std::string& upos = "NOUN", const std::string& lemma = "_",
              const std::string& feats = "_") {
  return id + "\t" + form + "\t" + lemma + "\t" + upos + "\tx\t" + feats +
         "\t0\troot\t_\t_\n";
}

// A multiword token range line.
std::string R(int first, int last, const std::string& form) {
  return std::to_string(first) + "-" + std::to_string(last) + "\t" + form +
         "\t_\t_\t_\t_\t_\t_\t_\t_\n";
}

std::vector<ConlluSentence> P(const std::string& text) {
  auto s = ParseConllu(text);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? *s : std::vector<ConlluSentence>();
}

Conll18Result Eval(const std::string& gold, const std::string& system,
                   const Conll18Options& options = {}) {
  auto r = EvaluateConll18(P(gold), P(system), options);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : Conll18Result();
}

void ExpectScore(const Conll18Score& s, int64_t gold, int64_t system,
                 int64_t correct) {
  EXPECT_EQ(s.gold, gold);
  EXPECT_EQ(s.system, system);
  EXPECT_EQ(s.correct, correct);
}

const std::string kGold = R(1, 2, "wbyt") + L("1", "w", "CCONJ", "wa") +
                          L("2", "byt", "NOUN", "bayt", "Case=Nom|Foo=1") +
                          L("3", "kbyr", "ADJ", "kabiir") + "\n" +
                          L("1", "qal", "VERB", "qaal") + L("2", ".", "PUNCT") +
                          "\n";

TEST(Conll18EvalTest, IdenticalFilesScoreOneHundred) {
  const Conll18Result r = Eval(kGold, kGold);
  for (const Conll18Score* s : {&r.tokens, &r.sentences, &r.words, &r.upos,
                                &r.xpos, &r.ufeats, &r.alltags, &r.lemmas}) {
    EXPECT_EQ(s->f1(), 1.0);
    EXPECT_EQ(s->precision(), 1.0);
    EXPECT_EQ(s->recall(), 1.0);
  }
  ExpectScore(r.tokens, 4, 4, 4);
  ExpectScore(r.sentences, 2, 2, 2);
  ExpectScore(r.words, 5, 5, 5);
}

TEST(Conll18EvalTest, MissedCliticSplitLowersWordsNotTokens) {
  const std::string system = L("1", "wbyt") + L("2", "kbyr", "ADJ", "kabiir") +
                             "\n" + L("1", "qal", "VERB", "qaal") +
                             L("2", ".", "PUNCT") + "\n";
  const Conll18Result r = Eval(kGold, system);
  ExpectScore(r.tokens, 4, 4, 4);
  EXPECT_EQ(r.tokens.f1(), 1.0);
  // wbyt (one system word) aligns with neither gold w nor byt.
  ExpectScore(r.words, 5, 4, 3);
  EXPECT_DOUBLE_EQ(r.words.precision(), 3.0 / 4);
  EXPECT_DOUBLE_EQ(r.words.recall(), 3.0 / 5);
  EXPECT_DOUBLE_EQ(r.words.f1(), 6.0 / 9);
  ExpectScore(r.upos, 5, 4, 3);
  EXPECT_EQ(r.upos.aligned, 3);
  EXPECT_EQ(r.upos.aligned_accuracy(), 1.0);
}

TEST(Conll18EvalTest, WrongUposLowersUposAndAllTagsOnly) {
  std::string system = kGold;
  system.replace(system.find("ADJ"), 3, "NOUN");
  const Conll18Result r = Eval(kGold, system);
  ExpectScore(r.words, 5, 5, 5);
  ExpectScore(r.upos, 5, 5, 4);
  ExpectScore(r.alltags, 5, 5, 4);
  ExpectScore(r.xpos, 5, 5, 5);
  ExpectScore(r.ufeats, 5, 5, 5);
  ExpectScore(r.lemmas, 5, 5, 5);
  EXPECT_DOUBLE_EQ(r.upos.f1(), 0.8);
  EXPECT_DOUBLE_EQ(r.upos.aligned_accuracy(), 0.8);
}

TEST(Conll18EvalTest, UFeatsIgnoresOrderAndNonUniversalFeatures) {
  std::string system = kGold;
  system.replace(system.find("Case=Nom|Foo=1"), 14, "Foo=2|Case=Nom");
  ExpectScore(Eval(kGold, system).ufeats, 5, 5, 5);
  system.replace(system.find("Case=Nom"), 8, "Case=Acc");
  ExpectScore(Eval(kGold, system).ufeats, 5, 5, 4);
}

TEST(Conll18EvalTest, MisalignedTokensScoreNothing) {
  const std::string gold = L("1", "ab") + L("2", "cd") + "\n";
  const std::string system = L("1", "a") + L("2", "bcd") + "\n";
  const Conll18Result r = Eval(gold, system);
  ExpectScore(r.tokens, 2, 2, 0);
  ExpectScore(r.words, 2, 2, 0);
  ExpectScore(r.sentences, 1, 1, 1);
  EXPECT_EQ(r.tokens.f1(), 0.0);
  // One of two tokens right.
  const Conll18Result half =
      Eval(gold + L("1", "e") + "\n",
           L("1", "a") + L("2", "bcd") + L("3", "e") + "\n");
  ExpectScore(half.tokens, 3, 3, 1);
  ExpectScore(half.sentences, 2, 1, 0);
}

TEST(Conll18EvalTest, MultiwordTokensAlignByFormLcs) {
  const std::string same =
      R(1, 2, "wbyt") + L("1", "w") + L("2", "byt") + L("3", "kbyr") + "\n";
  const std::string other_split =
      R(1, 2, "wbyt") + L("1", "wb") + L("2", "yt") + L("3", "kbyr") + "\n";
  const std::string one_right =
      R(1, 2, "wbyt") + L("1", "w") + L("2", "yt") + L("3", "kbyr") + "\n";
  ExpectScore(Eval(same, same).words, 3, 3, 3);
  ExpectScore(Eval(same, other_split).words, 3, 3, 1);
  ExpectScore(Eval(same, one_right).words, 3, 3, 2);
  // Case-insensitive FORM comparison.
  const std::string upper =
      R(1, 2, "wbyt") + L("1", "W") + L("2", "BYT") + L("3", "kbyr") + "\n";
  ExpectScore(Eval(same, upper).words, 3, 3, 3);
}

TEST(Conll18EvalTest, SpacesInsideFormsAreIgnored) {
  const Conll18Result r =
      Eval(L("1", "new york") + "\n", L("1", "new") + L("2", "york") + "\n");
  ExpectScore(r.tokens, 1, 2, 0);
  ExpectScore(r.words, 1, 2, 0);
}

TEST(Conll18EvalTest, LemmasHonourUnderscoreAndDiacriticOption) {
  const std::string kataba = "\u0643\u064E\u062A\u064E\u0628\u064E";
  const std::string ktb = "\u0643\u062A\u0628";
  const std::string gold = L("1", ktb, "VERB", kataba) + L("2", "x") + "\n";
  const std::string system =
      L("1", ktb, "VERB", ktb) + L("2", "x", "NOUN", "anything") + "\n";
  ExpectScore(Eval(gold, system).lemmas, 2, 2, 1);  // gold "_" accepts all
  Conll18Options options;
  options.lemma_ignore_diacritics = true;
  ExpectScore(Eval(gold, system, options).lemmas, 2, 2, 2);
}

TEST(Conll18EvalTest, DifferentTextIsAnError) {
  auto r = EvaluateConll18(P(L("1", "abc") + "\n"), P(L("1", "abd") + "\n"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(),
            "the concatenated tokens of gold and system differ at character "
            "2");
  r = EvaluateConll18(P(L("1", "abc") + "\n"), P(L("1", "ab") + "\n"));
  EXPECT_FALSE(r.ok());
}

TEST(Conll18EvalTest, EmptyInputsScoreZeroWithoutDividingByZero) {
  auto r = EvaluateConll18({}, {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->words.f1(), 0.0);
  EXPECT_EQ(r->words.precision(), 0.0);
}

}  // namespace
}  // namespace khabar
