// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The word tables of the tagger's rules (src/ner/ner_word_table.h): the
// embedded tables and the errors of a bad one.

#include "ner/ner_word_table.h"

#include <string>

#include "gtest/gtest.h"
#include "morph/morph_text.h"

namespace khabar::ner {
namespace {

std::string Folded(const std::string& word) {
  std::string out;
  morph::AppendFoldForm(morph::KeyForm(word), &out);
  return out;
}

TEST(NerWordTableTest, QuotedNameNounsHoldTheNounsWithTheirTypes) {
  const NerWordTable& nouns = NerWordTable::QuotedNameNouns();
  EXPECT_GE(nouns.size(), 15u);
  // sahifa (newspaper), barnamaj (programme), madina (city).
  EXPECT_EQ(nouns.TypeOf(Folded("\u0635\u062D\u064A\u0641\u0629")), "ORG");
  EXPECT_EQ(nouns.TypeOf(Folded("\u0628\u0631\u0646\u0627\u0645\u062C")),
            "MISC");
  EXPECT_EQ(nouns.TypeOf(Folded("\u0645\u062F\u064A\u0646\u0629")), "LOC");
  // musalsal (series) is left out: ANERcorp annotates its titles unevenly.
  EXPECT_EQ(nouns.TypeOf(Folded("\u0645\u0633\u0644\u0633\u0644")), "");
}

TEST(NerWordTableTest, ErrorsNameTheSourceAndLine) {
  auto twice = NerWordTable::Parse(
      "# comment\n\u0635\u062D\u064A\u0641\u0629\tORG\n"
      "\u0635\u062D\u064A\u0641\u0629\tMISC\n",
      "my table");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(twice.status().message().find("my table line 3"), std::string::npos)
      << twice.status().message();
  auto columns = NerWordTable::Parse("\u0635\u062D\u064A\u0641\u0629\n", "t");
  ASSERT_FALSE(columns.ok());
  EXPECT_NE(columns.status().message().find("line 1"), std::string::npos);
  auto bytes = NerWordTable::Parse("\xFF\tORG\n", "t");
  ASSERT_FALSE(bytes.ok());
  EXPECT_EQ(bytes.status().code(), StatusCode::kDataLoss);
  auto fine = NerWordTable::Parse(
      "\u0641\u064A\u0644\u0645\tMISC\tfilms\n\u0641\u064A\u0644\u0645\tMISC"
      "\n",
      "t");
  ASSERT_TRUE(fine.ok()) << fine.status().ToString();
  EXPECT_EQ(fine->size(), 1u);
}

TEST(NerWordTableTest, CurrencyUnitsAreMiscInTheFormsAnercorpMarks) {
  const NerWordTable& units = NerWordTable::CurrencyUnits();
  EXPECT_GE(units.size(), 15u);
  // dular, dularan (accusative), al-yuru.
  EXPECT_EQ(units.TypeOf(Folded("\u062F\u0648\u0644\u0627\u0631")), "MISC");
  EXPECT_EQ(units.TypeOf(Folded("\u062F\u0648\u0644\u0627\u0631\u0627")),
            "MISC");
  EXPECT_EQ(units.TypeOf(Folded("\u0627\u0644\u064A\u0648\u0631\u0648")),
            "MISC");
  // Not the plural al-dularat (ANERcorp leaves it O), nor riyal (the club
  // Real) or yuan (a given name).
  EXPECT_EQ(units.TypeOf(Folded(
                "\u0627\u0644\u062F\u0648\u0644\u0627\u0631\u0627\u062A")),
            "");
  EXPECT_EQ(units.TypeOf(Folded("\u0631\u064A\u0627\u0644")), "");
  EXPECT_EQ(units.TypeOf(Folded("\u064A\u0648\u0627\u0646")), "");
}

TEST(NerWordTableTest, OrgHeadsAreOrganizationNouns) {
  const NerWordTable& heads = NerWordTable::OrgHeads();
  EXPECT_GE(heads.size(), 20u);
  // jami'a, hizb, munazzama (ta marbuta folded).
  EXPECT_EQ(heads.TypeOf(Folded("\u062C\u0627\u0645\u0639\u0629")), "ORG");
  EXPECT_EQ(heads.TypeOf(Folded("\u062D\u0632\u0628")), "ORG");
  EXPECT_EQ(heads.TypeOf(Folded("\u0645\u0646\u0638\u0645\u0647")), "ORG");
  // Not a head of a place's or a person's name: madina, 'abd.
  EXPECT_EQ(heads.TypeOf(Folded("\u0645\u062F\u064A\u0646\u0629")), "");
  EXPECT_EQ(heads.TypeOf(Folded("\u0639\u0628\u062F")), "");
}

}  // namespace
}  // namespace khabar::ner
