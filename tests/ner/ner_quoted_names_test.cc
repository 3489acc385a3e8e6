// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Quoted names after a noun that says what they name (src/ner/
// ner_quoted_names.h): the noun table, and the rule in the tagger on
// sentences of SaudiNewsNet articles (shortened), with the committed models.

#include "ner/ner_quoted_names.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "morph/morph_text.h"

namespace khabar::ner {
namespace {

const std::string kSourceDir = KHABAR_SOURCE_DIR;

std::string Folded(const std::string& word) {
  std::string out;
  morph::AppendFoldForm(morph::KeyForm(word), &out);
  return out;
}

TEST(QuotedNameNounsTest, EmbeddedTableHoldsTheNounsWithTheirTypes) {
  const QuotedNameNouns& nouns = QuotedNameNouns::Embedded();
  EXPECT_GE(nouns.size(), 15u);
  // sahifa (newspaper), barnamaj (programme), madina (city).
  EXPECT_EQ(nouns.TypeOf(Folded("\u0635\u062D\u064A\u0641\u0629")), "ORG");
  EXPECT_EQ(nouns.TypeOf(Folded("\u0628\u0631\u0646\u0627\u0645\u062C")),
            "MISC");
  EXPECT_EQ(nouns.TypeOf(Folded("\u0645\u062F\u064A\u0646\u0629")), "LOC");
  // musalsal (series) is left out: ANERcorp annotates its titles unevenly.
  EXPECT_EQ(nouns.TypeOf(Folded("\u0645\u0633\u0644\u0633\u0644")), "");
}

TEST(QuotedNameNounsTest, ErrorsNameTheLine) {
  auto twice = QuotedNameNouns::Parse(
      "# comment\n\u0635\u062D\u064A\u0641\u0629\tORG\n"
      "\u0635\u062D\u064A\u0641\u0629\tMISC\n");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(twice.status().message().find("line 3"), std::string::npos)
      << twice.status().message();
  auto columns = QuotedNameNouns::Parse("\u0635\u062D\u064A\u0641\u0629\n");
  ASSERT_FALSE(columns.ok());
  EXPECT_NE(columns.status().message().find("line 1"), std::string::npos);
  auto bytes = QuotedNameNouns::Parse("\xFF\tORG\n");
  ASSERT_FALSE(bytes.ok());
  EXPECT_EQ(bytes.status().code(), StatusCode::kDataLoss);
  auto fine = QuotedNameNouns::Parse(
      "\u0641\u064A\u0644\u0645\tMISC\tfilms\n\u0641\u064A\u0644\u0645\tMISC"
      "\n");
  ASSERT_TRUE(fine.ok()) << fine.status().ToString();
  EXPECT_EQ(fine->size(), 1u);
}

// The mentions of `text` (surface TAB type), with the rule on or off.
std::vector<std::string> Mentions(const std::string& text, bool quoted) {
  auto morph = MorphModel::Load(kSourceDir + "/models/morph-padt.khm");
  auto ner = NerModel::Load(kSourceDir + "/models/ner-anercorp.khm");
  if (!morph.ok() || !ner.ok()) return {"models did not load"};
  MorphAnalyzer analyzer(*morph);
  MorphAnalysis analysis;
  if (!analyzer.Analyze(text, &analysis).ok()) return {"analysis failed"};
  NerTaggerOptions options;
  options.quoted_names = quoted;
  NerTagger tagger(*ner, *morph, options);
  std::vector<NerMention> mentions;
  if (!tagger.Tag(text, analysis, &mentions).ok()) return {"tagging failed"};
  std::vector<std::string> out;
  for (const NerMention& m : mentions) {
    out.push_back(text.substr(m.span.begin, m.span.end - m.span.begin) + "\t" +
                  m.type);
  }
  return out;
}

bool Has(const std::vector<std::string>& mentions, const std::string& m) {
  for (const std::string& x : mentions) {
    if (x == m) return true;
  }
  return false;
}

TEST(NerQuotedNamesTest, QuotedNamesAfterTheirNounAreMentionsOfItsType) {
  // "... jaridat <<iqdam>> al-turkiyya ... jaridat <<kurdistan>> ...": two
  // newspapers; "'an filmihi <<'umar>>": a film (the noun with a pronoun);
  // "sharikat "aswaq"": a company; "bi-'unwan "la"": a play's title.
  const std::string text =
      "\u0648\u0644\u0645\u0627 \u0647\u0627\u062C\u0645\u062A "
      "\u062C\u0631\u064A\u062F\u0629 "
      "\u00AB\u0625\u0642\u062F\u0627\u0645\u00BB "
      "\u0627\u0644\u062A\u0631\u0643\u064A\u0629 "
      "\u0627\u0644\u0639\u0631\u0628\u060C \u0623\u0635\u062F\u0631 "
      "\u0627\u0644\u0633\u064A\u062F \u0639\u0628\u062F "
      "\u0627\u0644\u0642\u0627\u062F\u0631 \u062C\u0631\u064A\u062F\u0629 "
      "\u00AB\u0643\u0631\u062F\u0633\u062A\u0627\u0646\u00BB "
      "\u0627\u0644\u062A\u064A \u0638\u0647\u0631\u062A "
      "\u0628\u0627\u0644\u0644\u063A\u062A\u064A\u0646. "
      "\u0630\u0647\u0628\u062A \u0627\u0644\u062C\u0627\u0626\u0632\u0629 "
      "\u0625\u0644\u0649 "
      "\u0627\u0644\u0641\u0644\u0633\u0637\u064A\u0646\u064A "
      "\u0647\u0627\u0646\u064A \u0623\u0628\u0648 "
      "\u0623\u0633\u0639\u062F \u0639\u0646 "
      "\u0641\u064A\u0644\u0645\u0647 \u00AB\u0639\u0645\u0631\u00BB. "
      "\u0648\u0642\u0639\u062A \u0634\u0631\u0643\u0629 "
      "\"\u0623\u0633\u0648\u0627\u0642\" "
      "\u0627\u0644\u062A\u0627\u0628\u0639\u0629 "
      "\u0644\u0645\u0624\u0633\u0633\u0629 \u062F\u0628\u064A "
      "\u0644\u0644\u0627\u0633\u062A\u062B\u0645\u0627\u0631. "
      "\u0648\u0639\u0631\u0636\u062A "
      "\u0627\u0644\u062C\u0627\u0645\u0639\u0629 "
      "\u0645\u0633\u0631\u062D\u064A\u0629 "
      "\u0628\u0639\u0646\u0648\u0627\u0646 \"\u0644\u0627\" \u0645\u0646 "
      "\u0628\u0637\u0648\u0644\u0629 \u0627\u0644\u0641\u0646\u0627\u0646 "
      "\u0646\u0627\u064A\u0641.";
  const std::vector<std::string> on = Mentions(text, true);
  EXPECT_TRUE(Has(on, "\u0625\u0642\u062F\u0627\u0645\tORG"));
  EXPECT_TRUE(Has(on, "\u0643\u0631\u062F\u0633\u062A\u0627\u0646\tORG"));
  EXPECT_TRUE(Has(on, "\u0639\u0645\u0631\tMISC"));
  EXPECT_TRUE(Has(on, "\u0623\u0633\u0648\u0627\u0642\tORG"));
  EXPECT_TRUE(Has(on, "\u0644\u0627\tMISC"));
  // No mention holds a quotation mark or the noun before it.
  for (const std::string& m : on) {
    EXPECT_EQ(m.find("\u00AB"), std::string::npos) << m;
    EXPECT_EQ(m.find('"'), std::string::npos) << m;
  }
  // The tagger alone reads Kurdistan as the place.
  EXPECT_FALSE(Has(Mentions(text, false),
                   "\u0643\u0631\u062F\u0633\u062A\u0627\u0646\tORG"));
}

TEST(NerQuotedNamesTest, OtherQuotesAreLeftAsTheTaggerReadsThem) {
  // A quotation after a speech verb and its subject; a newspaper's name
  // whose closing mark never comes ("naqalat sahifat <<al-hayat 'an masadir
  // ..."); a quotation of seven words after sahifa (what it wrote, not its
  // name).
  const std::string text =
      "\u0648\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 "
      "\u00AB\u0646\u062D\u0646 \u0644\u0627 \u0646\u0631\u064A\u062F "
      "\u0627\u0644\u062D\u0631\u0628\u00BB. "
      "\u0648\u0646\u0642\u0644\u062A \u0635\u062D\u064A\u0641\u0629 "
      "\u00AB\u0627\u0644\u062D\u064A\u0627\u0629 \u0639\u0646 "
      "\u0645\u0635\u0627\u062F\u0631 \u0645\u0637\u0644\u0639\u0629 "
      "\u0623\u0646 \u0627\u0644\u0627\u062C\u062A\u0645\u0627\u0639 "
      "\u062A\u0623\u062C\u0644. "
      "\u0648\u0643\u062A\u0628\u062A \u0635\u062D\u064A\u0641\u0629 "
      "\u00AB\u0625\u0646 \u0627\u0644\u062D\u0643\u0648\u0645\u0629 "
      "\u0644\u0646 \u062A\u062A\u0631\u0627\u062C\u0639 \u0639\u0646 "
      "\u0642\u0631\u0627\u0631\u0647\u0627 \u0623\u0628\u062F\u0627\u00BB "
      "\u0641\u064A "
      "\u0627\u0641\u062A\u062A\u0627\u062D\u064A\u062A\u0647\u0627.";
  EXPECT_EQ(Mentions(text, true), Mentions(text, false));
}

}  // namespace
}  // namespace khabar::ner
