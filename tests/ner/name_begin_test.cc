// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Where a name starts when the analysis split letters off its token
// (src/ner/name_begin.{h,cc}, NerMentionBegin): the committed models on
// news sentences.

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "tag_text.h"

namespace khabar {
namespace {

std::shared_ptr<const MorphModel> Morph() { return testing::CommittedMorph(); }
std::shared_ptr<const NerModel> Ner() { return testing::CommittedNer(); }
using testing::TagWithCommittedModels;

// The surfaces of the mentions the committed models tag in `text`.
void MentionSurfaces(const std::string& text, std::vector<std::string>* found) {
  MorphAnalysis a;
  std::vector<NerMention> mentions;
  ASSERT_NO_FATAL_FAILURE(TagWithCommittedModels(text, &a, &mentions));
  found->clear();
  for (const NerMention& m : mentions) {
    found->push_back(text.substr(m.span.begin, m.span.size()));
  }
}

// A name the analysis reads as a proclitic + the rest (kAmyrwn as k +
// Amyrwn, bngAzy as b + ngAzy) starts at the token: raw news has the whole
// token far more often than the rest. A real proclitic stays outside the
// mention (wa-bruksil, wa-awbama), also after a name's own first letter
// that the analysis split too.
TEST(NerTaggerTest, NamesTheAnalysisSplitStartAtTheToken) {
  // "British Prime Minister David Cameron said his country is ready.
  // Cameron added that the delegation reached Benghazi and Brussels, and
  // Obama said."
  const std::string text =
      "\u0642\u0627\u0644 \u0631\u0626\u064A\u0633 "
      "\u0627\u0644\u0648\u0632\u0631\u0627\u0621 "
      "\u0627\u0644\u0628\u0631\u064A\u0637\u0627\u0646\u064A "
      "\u062F\u064A\u0641\u064A\u062F "
      "\u0643\u0627\u0645\u064A\u0631\u0648\u0646 \u0625\u0646 "
      "\u0628\u0644\u0627\u062F\u0647 "
      "\u0645\u0633\u062A\u0639\u062F\u0629. "
      "\u0648\u0623\u0636\u0627\u0641 "
      "\u0643\u0627\u0645\u064A\u0631\u0648\u0646 \u0623\u0646 "
      "\u0627\u0644\u0648\u0641\u062F \u0648\u0635\u0644 "
      "\u0625\u0644\u0649 \u0628\u0646\u063A\u0627\u0632\u064A "
      "\u0648\u0628\u0631\u0648\u0643\u0633\u0644\u060C "
      "\u0648\u0642\u0627\u0644 "
      "\u0648\u0623\u0648\u0628\u0627\u0645\u0627.";
  std::vector<std::string> found;
  ASSERT_NO_FATAL_FAILURE(MentionSurfaces(text, &found));
  auto has = [&](const std::string& surface) {
    return std::find(found.begin(), found.end(), surface) != found.end();
  };
  const std::string cameron = "\u0643\u0627\u0645\u064A\u0631\u0648\u0646";
  EXPECT_TRUE(has(cameron)) << "Cameron alone";
  EXPECT_TRUE(has("\u0628\u0646\u063A\u0627\u0632\u064A")) << "Benghazi";
  EXPECT_TRUE(has("\u0628\u0631\u0648\u0643\u0633\u0644")) << "Brussels";
  EXPECT_TRUE(has("\u0623\u0648\u0628\u0627\u0645\u0627")) << "Obama";
  // None of them lost its first letter (the spans the analysis alone gave).
  EXPECT_FALSE(has("\u0627\u0645\u064A\u0631\u0648\u0646"));
  EXPECT_FALSE(has("\u0646\u063A\u0627\u0632\u064A"));
  EXPECT_FALSE(has("\u0631\u0648\u0643\u0633\u0644"));
}

// A name the analysis reads as a preposition + a word + a pronoun (the
// coach Boloni, bulunii, as bi + walaw "even if" + ni): the mention would
// be walawni, which raw news never has, against bulunii 301 times, so it
// starts at the token. SaudiNewsNet sentences (2015).
TEST(NerTaggerTest, NamesReadWithAPronounStartAtTheToken) {
  const std::string text =
      "\u0648\u0648\u0639\u062f \u0628\u0648\u0644\u0648\u0646\u064a "
      "\u0627\u0644\u062c\u0645\u0627\u0647\u064a\u0631 "
      "\u0627\u0644\u0627\u062a\u062d\u0627\u062f\u064a\u0629 "
      "\u0628\u0623\u0646\u0647 \u0633\u064a\u0628\u0630\u0644 "
      "\u0643\u0644 \u0627\u0644\u062c\u0647\u0648\u062f "
      "\u0644\u062a\u062d\u0642\u064a\u0642 "
      "\u0627\u0644\u0628\u0637\u0648\u0644\u0627\u062a "
      "\u0648\u0625\u0633\u0639\u0627\u062f\u0647\u0645. "
      "\u064a\u0630\u0643\u0631 \u0623\u0646 \u0622\u062e\u0631 "
      "\u0646\u0627\u062f\u064d \u062a\u0648\u0644\u0649 "
      "\u0628\u0648\u0644\u0648\u0646\u064a "
      "\u062a\u062f\u0631\u064a\u0628\u0647 \u0647\u0648 "
      "\u0627\u0644\u062e\u0648\u0631 "
      "\u0627\u0644\u0642\u0637\u0631\u064a.";
  std::vector<std::string> found;
  ASSERT_NO_FATAL_FAILURE(MentionSurfaces(text, &found));
  const std::string boloni = "\u0628\u0648\u0644\u0648\u0646\u064a";
  EXPECT_EQ(std::count(found.begin(), found.end(), boloni), 2) << boloni;
  EXPECT_EQ(std::count(found.begin(), found.end(), boloni.substr(2)), 0);
}

// Names that read as a preposition + the article (ka + al-yfurniya, bi +
// al-timur), which the analysis leaves whole and raw news has whole: the
// mention says so (NerMention::whole_token), so the entity resolver keeps
// the name as written. A real preposition + article (bil-'iraq) is split by
// the analysis, and its mention starts after it. SaudiNewsNet sentences.
TEST(NerTaggerTest, NamesThatReadAsAPrepositionAndTheArticleAreWhole) {
  const std::string text =
      "\u0648\u0641\u064a \u0639\u0627\u0645 2012 "
      "\u0639\u064a\u0646\u0647 \u062d\u0627\u0643\u0645 "
      "\u0648\u0644\u0627\u064a\u0629 "
      "\u0643\u0627\u0644\u064a\u0641\u0648\u0631\u0646\u064a\u0627 "
      "\u0634\u0627\u0639\u0631\u0627 \u0641\u062e\u0631\u064a\u0627 "
      "\u0644\u0644\u0648\u0644\u0627\u064a\u0629. "
      "\u0648\u0635\u0627\u0631\u062a \u0645\u062f\u064a\u0631\u0629 "
      "\u0645\u0643\u062a\u0628 \u062e\u062f\u0645\u0627\u062a "
      "\u0631\u0639\u0627\u064a\u0629 "
      "\u0627\u0644\u0637\u0641\u0648\u0644\u0629 \u0641\u064a "
      "\u0628\u0627\u0644\u062a\u064a\u0645\u0648\u0631. "
      "\u0648\u0642\u062a\u0644 \u062c\u0646\u062f\u064a\u0627\u0646 "
      "\u0628\u0627\u0644\u0639\u0631\u0627\u0642.";
  ASSERT_NE(Morph(), nullptr);
  ASSERT_NE(Ner(), nullptr);
  MorphAnalyzer analyzer(Morph());
  MorphAnalysis analysis;
  ASSERT_TRUE(analyzer.Analyze(text, &analysis).ok());
  NerTagger tagger(Ner(), Morph());
  std::vector<NerMention> mentions;
  ASSERT_TRUE(tagger.Tag(text, analysis, &mentions).ok());
  std::map<std::string, bool> whole;
  for (const NerMention& m : mentions) {
    whole[text.substr(m.span.begin, m.span.size())] = m.whole_token;
  }
  const std::string california =
      "\u0643\u0627\u0644\u064a\u0641\u0648\u0631\u0646\u064a\u0627";
  const std::string baltimore =
      "\u0628\u0627\u0644\u062a\u064a\u0645\u0648\u0631";
  const std::string iraq = "\u0627\u0644\u0639\u0631\u0627\u0642";
  ASSERT_EQ(whole.count(california), 1u);
  ASSERT_EQ(whole.count(baltimore), 1u);
  ASSERT_EQ(whole.count(iraq), 1u);
  EXPECT_TRUE(whole[california]);
  EXPECT_TRUE(whole[baltimore]);
  EXPECT_FALSE(whole[iraq]);
}

// The same for rare foreign names: the host the analysis leaves never
// occurs in raw news, the token does (SaudiNewsNet 2015-07-21/339, 555,
// 651, 654: Brighton as bi + rayitun, Lyndon as li + yndun, Lucian as li +
// usyan). A real conjunction before a name with a hamza on its alef
// (wa-ifanjilin) stays outside the mention.
TEST(NerTaggerTest, RareNamesTheAnalysisSplitStartAtTheToken) {
  const std::string text =
      "\u0643\u0630\u0644\u0643 \u0631\u0623\u0649 "
      "\u0645\u0646\u0638\u0645\u0648 \u0631\u0627\u0644\u064A "
      "\u0633\u0646\u0648\u064A \u064A\u0642\u0627\u0645 \u0628\u064A\u0646 "
      "\u0644\u0646\u062F\u0646 \u0648\u0645\u062F\u064A\u0646\u0629 "
      "\u0628\u0631\u0627\u064A\u062A\u0648\u0646 "
      "\u0627\u0644\u0633\u0627\u062D\u0644\u064A\u0629 "
      "\u0644\u0644\u0633\u064A\u0627\u0631\u0627\u062A "
      "\u0627\u0644\u0643\u0644\u0627\u0633\u064A\u0643\u064A\u0629. "
      "\u0645\u062B\u0644 \u0646\u064A\u0643\u0633\u0648\u0646\u060C "
      "\u0627\u0644\u0630\u064A \u062E\u0644\u0641 "
      "\u0644\u064A\u0646\u062F\u0648\u0646 "
      "\u062C\u0648\u0646\u0633\u0648\u0646 "
      "\u062D\u0627\u0645\u0644\u0627\u064B \u0645\u0639\u0647 "
      "\u0648\u0639\u0648\u062F\u064B\u0627 "
      "\u0628\u0625\u0646\u0647\u0627\u0621 \u0627\u0644\u062D\u0631\u0628 "
      "\u0627\u0644\u0628\u0627\u0647\u0638\u0629 \u0641\u064A "
      "\u0641\u064A\u062A\u0646\u0627\u0645\u060C \u062A\u0648\u0644\u0649 "
      "\u0623\u0648\u0628\u0627\u0645\u0627 "
      "\u0627\u0644\u0631\u0626\u0627\u0633\u0629 "
      "\u062E\u0644\u0641\u064B\u0627 \u0644\u062C\u0648\u0631\u062C "
      "\u0628\u0648\u0634. "
      "2011 - \u0648\u0641\u0627\u0629 \u0627\u0644\u0631\u0633\u0627\u0645 "
      "\u0627\u0644\u0628\u0631\u064A\u0637\u0627\u0646\u064A "
      "\u0644\u0648\u0633\u064A\u0627\u0646 \u0641\u0631\u0648\u064A\u062F. "
      "\u0634\u0627\u0631\u0643 \u0641\u064A "
      "\u0628\u0637\u0648\u0644\u062A\u0647 \u0643\u0644 \u0645\u0646 "
      "\u0628\u0648\u0644 \u0631\u0648\u062F "
      "\u0648\u0645\u0627\u064A\u0643\u0644 "
      "\u062F\u0648\u062C\u0644\u0627\u0633 "
      "\u0648\u0625\u064A\u0641\u0627\u0646\u062C\u0644\u064A\u0646 "
      "\u0644\u064A\u0644\u064A. ";
  std::vector<std::string> found;
  ASSERT_NO_FATAL_FAILURE(MentionSurfaces(text, &found));
  auto has = [&](const std::string& surface) {
    return std::find(found.begin(), found.end(), surface) != found.end();
  };
  EXPECT_TRUE(has("\u0628\u0631\u0627\u064A\u062A\u0648\u0646")) << "Brighton";
  EXPECT_TRUE(
      has("\u0644\u064A\u0646\u062F\u0648\u0646 "
          "\u062C\u0648\u0646\u0633\u0648\u0646"))
      << "Lyndon Johnson";
  EXPECT_TRUE(has(
      "\u0644\u0648\u0633\u064A\u0627\u0646 \u0641\u0631\u0648\u064A\u062F"))
      << "Lucian Freud";
  EXPECT_TRUE(
      has("\u0625\u064A\u0641\u0627\u0646\u062C\u0644\u064A\u0646 "
          "\u0644\u064A\u0644\u064A"))
      << "Evangeline Lilly";
}

// A token the analysis left whole that starts with the conjunction wa-
// (wqTr "and Qatar", wtl abyb "and Tel Aviv"): the name starts after it,
// since raw news makes the rest a name and the whole token not. A name
// whose own first letter is a w keeps it (washintun; wahid, whose rest
// raw news never has). SaudiNewsNet sentences (2015).
TEST(NerTaggerTest, AConjunctionTheAnalysisKeptIsNoPartOfTheName) {
  const std::string k_conj_text =
      "\u0648\u064a\u062d\u0627\u0648\u0644 \u0641\u0631\u064a\u0642 "
      "\u0634\u0645\u0633\u0627\u0646 "
      "\u062a\u0633\u0648\u064a\u0642\u0647 \u0639\u0644\u0649 "
      "\u0639\u062f\u062f \u0645\u0646 "
      "\u0627\u0644\u0623\u0646\u062f\u064a\u0629 "
      "\u0627\u0644\u0645\u062d\u0644\u064a\u0629 "
      "\u0648\u0627\u0644\u062e\u0644\u064a\u062c\u064a\u0629 "
      "\u0645\u0646 \u0627\u0644\u0625\u0645\u0627\u0631\u0627\u062a "
      "\u0648\u0642\u0637\u0631 "
      "\u0644\u0644\u0627\u0633\u062a\u0641\u0627\u062f\u0629 "
      "\u0645\u0646 \u0625\u0645\u0643\u0627\u0646\u0627\u062a "
      "\u0627\u0644\u0644\u0627\u0639\u0628. \u0648\u062a\u0645 "
      "\u062a\u0642\u062f\u064a\u0645 "
      "\u0627\u0644\u0645\u0634\u0631\u0648\u0639 "
      "\u0639\u0644\u0646\u0627 \u0645\u0646 \u0642\u0628\u0644 "
      "\u0648\u0627\u0634\u0646\u0637\u0646 \u0648\u062a\u0644 "
      "\u0623\u0628\u064a\u0628 \u0645\u0639 \u062a\u0648\u0642\u0639 "
      "\u0623\u0646 \u0644\u0628\u0646\u0627\u0646 "
      "\u0633\u064a\u0643\u0648\u0646 \u0646\u0642\u0637\u0629 "
      "\u0627\u0644\u0636\u063a\u0637. \u0648\u0645\u0646\u0647\u0645 "
      "\u0627\u0644\u0634\u064a\u062e \u00ab\u0623\u0628\u0648 "
      "\u0641\u0647\u062f \u0648\u062d\u064a\u062f "
      "\u0627\u0644\u0628\u0644\u0639\u0648\u0633\u00bb "
      "\u0627\u0644\u0630\u064a \u0623\u0635\u062f\u0631 "
      "\u0641\u062a\u0648\u0649 \u0628\u0639\u062f\u0645 "
      "\u062c\u0648\u0627\u0632 \u062a\u062c\u0646\u064a\u062f "
      "\u0634\u0628\u0627\u0628 "
      "\u0627\u0644\u0637\u0627\u0626\u0641\u0629.";
  const std::string k_qatar = "\u0642\u0637\u0631";
  const std::string k_tel_aviv = "\u062a\u0644 \u0623\u0628\u064a\u0628";
  const std::string k_washington = "\u0648\u0627\u0634\u0646\u0637\u0646";
  const std::string k_balous =
      "\u0623\u0628\u0648 \u0641\u0647\u062f \u0648\u062d\u064a\u062f "
      "\u0627\u0644\u0628\u0644\u0639\u0648\u0633";
  std::vector<std::string> found;
  ASSERT_NO_FATAL_FAILURE(MentionSurfaces(k_conj_text, &found));
  auto has = [&](const std::string& surface) {
    return std::find(found.begin(), found.end(), surface) != found.end();
  };
  EXPECT_TRUE(has(k_qatar)) << "Qatar";
  EXPECT_FALSE(has("\u0648" + k_qatar));
  EXPECT_TRUE(has(k_tel_aviv)) << "Tel Aviv";
  EXPECT_FALSE(has("\u0648" + k_tel_aviv));
  EXPECT_TRUE(has(k_washington)) << "Washington";
  EXPECT_TRUE(has(k_balous)) << "Abu Fahd Wahid al-Bal'us";
}

}  // namespace
}  // namespace khabar
