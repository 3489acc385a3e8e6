// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Institutions named by a head noun (src/entities/institution_names.h,
// data/entities/institution_nouns.tsv) as EntityResolver::AddKnownNames
// adds them, on SaudiNewsNet sentences (2015; CC BY-NC-SA 4.0,
// non-commercial: data/licences/README.md); and the file's errors.

#include "entities/institution_names.h"

#include <memory>
#include <string>
#include <vector>

#include "entities/entity_test_util.h"
#include "gtest/gtest.h"
#include "khabar/entities.h"

namespace khabar {
namespace {

using entity_test::DefaultResolver;
using entity_test::SpanOf;
using entity_test::SpanText;

const std::string k_interior_text =
    "\u0648\u0623\u0641\u0627\u062f \u0628\u064a\u0627\u0646 "
    "\u0644\u0648\u0632\u0627\u0631\u0629 "
    "\u0627\u0644\u062f\u0627\u062e\u0644\u064a\u0629 "
    "\u0627\u0644\u062a\u0648\u0646\u0633\u064a\u0629 "
    "\u0627\u0644\u064a\u0648\u0645 \u0623\u0646\u0647 \u062a\u0645 "
    "\u0627\u0644\u0627\u062d\u062a\u0641\u0627\u0638 "
    "\u0639\u0644\u0649 12 \u0634\u062e\u0635\u0627 \u062a\u0645 "
    "\u0627\u0639\u062a\u0642\u0627\u0644\u0647\u0645 "
    "\u062e\u0644\u0627\u0644 \u0627\u0644\u062d\u0645\u0644\u0629.";
const std::string k_interior =
    "\u0648\u0632\u0627\u0631\u0629 "
    "\u0627\u0644\u062f\u0627\u062e\u0644\u064a\u0629 "
    "\u0627\u0644\u062a\u0648\u0646\u0633\u064a\u0629";
const std::string k_board_text =
    "\u0648\u0642\u0627\u0644 \u0631\u0626\u064a\u0633 "
    "\u0645\u062c\u0644\u0633 "
    "\u0627\u0644\u0625\u062f\u0627\u0631\u0629 \u0641\u064a "
    "\u00ab\u0633\u0648\u0627\u0633\u00bb \u062a\u064a\u0645 "
    "\u0645\u064a\u0644\u0631 "
    "\u0644\u0640\u00ab\u0627\u0644\u0634\u0631\u0642 "
    "\u0627\u0644\u0623\u0648\u0633\u0637\u00bb: "
    "\u00ab\u0641\u0627\u0644\u064a\u0631\u064a "
    "\u0622\u0645\u0648\u0633 \u0627\u0645\u0631\u0623\u0629 "
    "\u0645\u0647\u0645\u0629 \u0641\u064a "
    "\u0627\u0644\u0633\u064a\u0627\u0633\u0629 "
    "\u0627\u0644\u062f\u0648\u0644\u064a\u0629.";
const std::string k_amana_text =
    "\u0623\u0639\u0644\u0646\u062a \u0623\u0645\u0627\u0646\u0629 "
    "\u0627\u0644\u0645\u0646\u0637\u0642\u0629 "
    "\u0627\u0644\u0634\u0631\u0642\u064a\u0629 \u0639\u0646 "
    "\u0639\u0632\u0645\u0647\u0627 \u0625\u063a\u0644\u0627\u0642 "
    "\u0637\u0631\u064a\u0642 \u0627\u0644\u0645\u0644\u0643 "
    "\u0639\u0628\u062f\u0627\u0644\u0639\u0632\u064a\u0632 "
    "\u0639\u0646\u062f \u062a\u0642\u0627\u0637\u0639\u0647 "
    "\u0645\u0639 \u0627\u0644\u0634\u0627\u0631\u0639 "
    "\u0627\u0644\u0639\u0627\u0634\u0631 \u0641\u064a "
    "\u0645\u062d\u0627\u0641\u0638\u0629 "
    "\u0627\u0644\u062e\u0628\u0631 \u064a\u0648\u0645 "
    "\u063a\u062f\u0627 "
    "\u0627\u0644\u0623\u0631\u0628\u0639\u0627\u0621.";
const std::string k_amana =
    "\u0623\u0645\u0627\u0646\u0629 "
    "\u0627\u0644\u0645\u0646\u0637\u0642\u0629 "
    "\u0627\u0644\u0634\u0631\u0642\u064a\u0629";
const std::string k_ahli_text =
    "\u0648\u0643\u0627\u0646 \u0645\u062c\u0644\u0633 "
    "\u0627\u0644\u0623\u0647\u0644\u064a "
    "\u0628\u0631\u0626\u0627\u0633\u0629 "
    "\u0627\u0644\u0645\u0647\u0646\u062f\u0633 "
    "\u0645\u062d\u0645\u0648\u062f \u0637\u0627\u0647\u0631 "
    "\u0642\u0631\u0631 \u0641\u062a\u062d "
    "\u0627\u0628\u0648\u0627\u0628 "
    "\u0627\u0644\u0646\u0627\u062f\u064a \u0623\u0645\u0627\u0645 "
    "\u0627\u0644\u062c\u0645\u0627\u0647\u064a\u0631 "
    "\u0642\u0628\u0644 \u0645\u0628\u0627\u0631\u0627\u0629 "
    "\u0627\u0644\u0642\u0645\u0629.";
const std::string k_ahli = "\u0627\u0644\u0623\u0647\u0644\u064a";

std::vector<EntityMention> Found(const std::string& text,
                                 std::vector<EntityMention> mentions = {}) {
  EXPECT_TRUE(DefaultResolver().AddKnownNames(text, &mentions).ok());
  return mentions;
}

// "li-wizarat al-dakhiliya al-tunisiya al-yawm": after the proclitic, with
// the adjective, without the time word.
TEST(InstitutionNamesTest, AMinistryWithItsAdjective) {
  const std::vector<EntityMention> found = Found(k_interior_text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(SpanText(k_interior_text, found[0]), k_interior);
  EXPECT_EQ(found[0].type, EntityType::kOrganization);
}

// "majlis al-idara" is any company's board: no name.
TEST(InstitutionNamesTest, ABoardIsNoName) {
  for (const EntityMention& m : Found(k_board_text)) {
    EXPECT_EQ(SpanText(k_board_text, m).find("\u0645\u062c\u0644\u0633"),
              std::string::npos);
  }
}

// "amanat al-mintaqa al-sharqiya": a common noun made a place's by its
// adjective, over the known name of the province.
TEST(InstitutionNamesTest, TheMunicipalityCoversTheProvince) {
  const std::vector<EntityMention> found = Found(k_amana_text);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(SpanText(k_amana_text, found[0]), k_amana);
  EXPECT_EQ(found[0].type, EntityType::kOrganization);
}

// "majlis al-ahli" with the tagger's club: the club stays, no council.
TEST(InstitutionNamesTest, AClubsBoardLeavesTheClub) {
  const std::vector<EntityMention> found =
      Found(k_ahli_text,
            {{SpanOf(k_ahli_text, k_ahli), EntityType::kOrganization, ""}});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(SpanText(k_ahli_text, found[0]), k_ahli);
}

TEST(InstitutionNamesTest, OffLeavesThemOut) {
  EntityResolverOptions options;
  options.institution_names = false;
  auto resolver = EntityResolver::Create(options);
  ASSERT_TRUE(resolver.ok());
  std::vector<EntityMention> mentions;
  ASSERT_TRUE((*resolver)->AddKnownNames(k_interior_text, &mentions).ok());
  EXPECT_TRUE(mentions.empty());
}

TEST(InstitutionNamesTest, BadRowsAreErrorsWithTheirLine) {
  InstitutionNouns nouns;
  const Status s =
      nouns.Add("# heads\n\u0648\u0632\u0627\u0631\u0629\tBOSS\n", "test");
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("test line 2"), std::string::npos) << s.message();
  EntityResolverOptions options;
  options.extra_institution_nouns_tsv = "\xFF\tHEAD\n";
  auto resolver = EntityResolver::Create(options);
  ASSERT_FALSE(resolver.ok());
  EXPECT_EQ(resolver.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(resolver.status().message().find("extra institution nouns"),
            std::string::npos);
}

}  // namespace
}  // namespace khabar
