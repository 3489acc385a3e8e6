// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Places and institutions named after a person (src/entities/
// facility_names.h): the resolver's rewrite of the person mentions that a
// facility's name holds, on SaudiNewsNet sentences, and the table's rows.

#include "entities/facility_names.h"

#include <string>
#include <vector>

#include "entities/entity_test_util.h"
#include "gtest/gtest.h"
#include "khabar/entities.h"

namespace khabar {
namespace {

using entity_test::DefaultResolver;
using entity_test::SpanOf;

// SaudiNewsNet sentences (2015).
const std::string k_hospital_text =
    "\u0627\u0644\u062f\u0643\u062a\u0648\u0631 "
    "\u0645\u0645\u062f\u0648\u062d \u0633\u0628\u062d\u064a "
    "\u0627\u0633\u062a\u0634\u0627\u0631\u064a "
    "\u0623\u0645\u0631\u0627\u0636 \u0627\u0644\u0642\u0644\u0628 "
    "\u0628\u0645\u0633\u062a\u0634\u0641\u0649 "
    "\u0627\u0644\u0645\u0644\u0643 \u0641\u0647\u062f "
    "\u0628\u062c\u062f\u0629 \u0627\u0644\u0630\u064a "
    "\u0623\u0648\u0636\u062d \u0623\u0646 "
    "\u0623\u0645\u0631\u0627\u0636 \u0627\u0644\u0642\u0644\u0628 "
    "\u0643\u062b\u064a\u0631\u0629";
const std::string k_hospital =
    "\u0645\u0633\u062a\u0634\u0641\u0649 "
    "\u0627\u0644\u0645\u0644\u0643 \u0641\u0647\u062f";
const std::string k_fahd = "\u0641\u0647\u062f";
const std::string k_mamduh =
    "\u0645\u0645\u062f\u0648\u062d \u0633\u0628\u062d\u064a";
const std::string k_jeddah = "\u062c\u062f\u0629";
const std::string k_airports_text =
    "\u0639\u0646 \u0643\u0644 \u0644\u062a\u0631 \u0641\u064a "
    "\u0643\u0644 \u0645\u0646 \u0645\u0637\u0627\u0631 "
    "\u0627\u0644\u0645\u0644\u0643 \u0639\u0628\u062f "
    "\u0627\u0644\u0639\u0632\u064a\u0632 "
    "\u0627\u0644\u062f\u0648\u0644\u064a "
    "\u0648\u0645\u0637\u0627\u0631 \u0627\u0644\u0645\u0644\u0643 "
    "\u062e\u0627\u0644\u062f \u0627\u0644\u062f\u0648\u0644\u064a";
const std::string k_airport1 =
    "\u0645\u0637\u0627\u0631 \u0627\u0644\u0645\u0644\u0643 "
    "\u0639\u0628\u062f \u0627\u0644\u0639\u0632\u064a\u0632 "
    "\u0627\u0644\u062f\u0648\u0644\u064a";
const std::string k_airport2 =
    "\u0645\u0637\u0627\u0631 \u0627\u0644\u0645\u0644\u0643 "
    "\u062e\u0627\u0644\u062f \u0627\u0644\u062f\u0648\u0644\u064a";
const std::string k_abdulaziz =
    "\u0639\u0628\u062f \u0627\u0644\u0639\u0632\u064a\u0632";
const std::string k_khalid = "\u062e\u0627\u0644\u062f";
const std::string k_university_text =
    "\u0623\u0633\u062a\u0627\u0630 \u0627\u0644\u0641\u0642\u0647 "
    "\u0641\u064a \u0642\u0633\u0645 "
    "\u0627\u0644\u062f\u0631\u0627\u0633\u0627\u062a "
    "\u0627\u0644\u0639\u0644\u064a\u0627 \u0641\u064a "
    "\u0643\u0644\u064a\u0629 "
    "\u0627\u0644\u0634\u0631\u064a\u0639\u0629 "
    "\u0628\u062c\u0627\u0645\u0639\u0629 "
    "\u0627\u0644\u0625\u0645\u0627\u0645 \u0645\u062d\u0645\u062f "
    "\u0628\u0646 \u0633\u0639\u0648\u062f "
    "\u0627\u0644\u0625\u0633\u0644\u0627\u0645\u064a\u0629";
const std::string k_university =
    "\u062c\u0627\u0645\u0639\u0629 "
    "\u0627\u0644\u0625\u0645\u0627\u0645 \u0645\u062d\u0645\u062f "
    "\u0628\u0646 \u0633\u0639\u0648\u062f "
    "\u0627\u0644\u0625\u0633\u0644\u0627\u0645\u064a\u0629";
const std::string k_university_head =
    "\u062c\u0627\u0645\u0639\u0629 "
    "\u0627\u0644\u0625\u0645\u0627\u0645";
const std::string k_ibn_saud =
    "\u0645\u062d\u0645\u062f \u0628\u0646 \u0633\u0639\u0648\u062f";
const std::string k_mosque_text =
    "\u0648\u0627\u0633\u062a\u0647\u062f\u0627\u0641 "
    "\u0627\u0644\u0645\u0635\u0644\u064a\u0646 "
    "\u0627\u0644\u0641\u0627\u0634\u0644 "
    "\u0628\u0645\u0633\u062c\u062f "
    "\u0627\u0644\u062d\u0633\u064a\u0646 \u0628\u0646 "
    "\u0639\u0644\u064a";
const std::string k_mosque =
    "\u0645\u0633\u062c\u062f \u0627\u0644\u062d\u0633\u064a\u0646 "
    "\u0628\u0646 \u0639\u0644\u064a";
const std::string k_husayn =
    "\u0627\u0644\u062d\u0633\u064a\u0646 \u0628\u0646 "
    "\u0639\u0644\u064a";
const std::string k_king_text =
    "\u0634\u062f\u062f \u062e\u0627\u062f\u0645 "
    "\u0627\u0644\u062d\u0631\u0645\u064a\u0646 "
    "\u0627\u0644\u0634\u0631\u064a\u0641\u064a\u0646 "
    "\u0627\u0644\u0645\u0644\u0643 \u0633\u0644\u0645\u0627\u0646 "
    "\u0628\u0646 \u0639\u0628\u062f "
    "\u0627\u0644\u0639\u0632\u064a\u0632";
const std::string k_king =
    "\u0627\u0644\u0645\u0644\u0643 \u0633\u0644\u0645\u0627\u0646 "
    "\u0628\u0646 \u0639\u0628\u062f "
    "\u0627\u0644\u0639\u0632\u064a\u0632";
const std::string k_salman =
    "\u0633\u0644\u0645\u0627\u0646 \u0628\u0646 \u0639\u0628\u062f "
    "\u0627\u0644\u0639\u0632\u064a\u0632";

std::vector<Entity> Resolve(const std::string& text,
                            const std::vector<EntityMention>& mentions) {
  std::vector<Entity> entities;
  const Status s = DefaultResolver().Resolve(text, mentions, &entities);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return entities;
}

std::string Text(const std::string& text, ByteSpan span) {
  return text.substr(span.begin, span.size());
}

TEST(FacilityNamesTest, APersonAfterANounAndATitleIsTheFacilitysName) {
  // bi-mustashfa al-malik fahd bi-jidda: the tagger's "fahd" (PER) is King
  // Fahd Hospital (ORG), after the proclitic; Jeddah stays a place.
  const std::vector<Entity> entities =
      Resolve(k_hospital_text,
              {{SpanOf(k_hospital_text, k_mamduh), EntityType::kPerson, ""},
               {SpanOf(k_hospital_text, k_fahd), EntityType::kPerson, ""},
               {SpanOf(k_hospital_text, k_jeddah), EntityType::kLocation, ""}});
  ASSERT_EQ(entities.size(), 3u);
  EXPECT_EQ(entities[0].canonical, k_mamduh);
  EXPECT_EQ(entities[0].type, EntityType::kPerson);
  EXPECT_EQ(entities[1].canonical, k_hospital);
  EXPECT_EQ(entities[1].type, EntityType::kOrganization);
  ASSERT_EQ(entities[1].mentions.size(), 1u);
  EXPECT_EQ(entities[1].mentions[0].span, SpanOf(k_hospital_text, k_hospital));
  EXPECT_TRUE(entities[1].mentions[0].role.empty());
  EXPECT_EQ(entities[2].canonical, k_jeddah);
}

TEST(FacilityNamesTest, NisbaAdjectivesAfterTheNameArePartOfIt) {
  // matar al-malik ... al-duwali, twice, the second after "wa-".
  const std::vector<Entity> entities =
      Resolve(k_airports_text,
              {{SpanOf(k_airports_text, k_abdulaziz), EntityType::kPerson, ""},
               {SpanOf(k_airports_text, k_khalid), EntityType::kPerson, ""}});
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].canonical, k_airport1);
  EXPECT_EQ(entities[0].type, EntityType::kLocation);
  EXPECT_EQ(entities[1].canonical, k_airport2);
  EXPECT_EQ(entities[1].mentions[0].span, SpanOf(k_airports_text, k_airport2));
}

TEST(FacilityNamesTest, TheNounsOwnMentionIsTakenIn) {
  // The tagger's "jami'at al-imam" (ORG) and "muhammad bin sa'ud" (PER)
  // become one university, with its adjective.
  const std::vector<Entity> entities = Resolve(
      k_university_text,
      {{SpanOf(k_university_text, k_university_head), EntityType::kOrganization,
        ""},
       {SpanOf(k_university_text, k_ibn_saud), EntityType::kPerson, ""}});
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].canonical, k_university);
  EXPECT_EQ(entities[0].type, EntityType::kOrganization);
  // The same with the title inside the person mention.
  const ByteSpan title_and_name{
      SpanOf(k_university_text, k_university_head).begin +
          static_cast<uint32_t>(k_university_head.find(' ') + 1),
      SpanOf(k_university_text, k_ibn_saud).end};
  const std::vector<Entity> inside =
      Resolve(k_university_text, {{title_and_name, EntityType::kPerson, ""}});
  ASSERT_EQ(inside.size(), 1u);
  EXPECT_EQ(inside[0].canonical, k_university);
}

TEST(FacilityNamesTest, ANounWithoutATitleNamesItToo) {
  const std::vector<Entity> entities =
      Resolve(k_mosque_text,
              {{SpanOf(k_mosque_text, k_husayn), EntityType::kPerson, ""}});
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].canonical, k_mosque);
  EXPECT_EQ(entities[0].type, EntityType::kLocation);
}

TEST(FacilityNamesTest, PersonsStayPersonsElsewhere) {
  // "khadim al-haramayn al-sharifayn al-malik salman": a title, no noun.
  for (const std::string& name : {k_king, k_salman}) {
    const std::vector<Entity> entities = Resolve(
        k_king_text, {{SpanOf(k_king_text, name), EntityType::kPerson, ""}});
    ASSERT_EQ(entities.size(), 1u) << name;
    EXPECT_EQ(entities[0].canonical, k_salman) << name;
    EXPECT_EQ(entities[0].type, EntityType::kPerson) << name;
  }
  // A comma between the noun and the name, and a place mention: unchanged.
  std::string comma = k_hospital_text;
  comma.insert(SpanOf(comma, k_fahd).begin - 1, "\u060c");
  std::vector<Entity> entities =
      Resolve(comma, {{SpanOf(comma, k_fahd), EntityType::kPerson, ""}});
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].canonical, k_fahd);
  entities =
      Resolve(k_hospital_text,
              {{SpanOf(k_hospital_text, k_fahd), EntityType::kLocation, ""}});
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].canonical, k_fahd);
}

TEST(FacilityNamesTest, AMentionAcrossTheNewSpanKeepsTheOldOne) {
  // A mention from before the noun into it: the person stays.
  const ByteSpan hospital = SpanOf(k_hospital_text, k_hospital);
  const ByteSpan heart =
      SpanOf(k_hospital_text, "\u0627\u0644\u0642\u0644\u0628");
  const ByteSpan across{heart.begin, hospital.begin + 4};
  const std::vector<Entity> entities =
      Resolve(k_hospital_text,
              {{across, EntityType::kOrganization, ""},
               {SpanOf(k_hospital_text, k_fahd), EntityType::kPerson, ""}});
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[1].canonical, k_fahd);
  EXPECT_EQ(entities[1].type, EntityType::kPerson);
}

TEST(FacilityNamesTest, UsersAddNounsAndTitles) {
  // "mukhayyam al-amir sultan" (a camp, not listed): a person until a user
  // lists the noun; a bad row names its line.
  const std::string text =
      "\u0641\u064a \u0645\u062e\u064a\u0645 "
      "\u0627\u0644\u0623\u0645\u064a\u0631 "
      "\u0633\u0644\u0637\u0627\u0646";
  const std::string sultan = "\u0633\u0644\u0637\u0627\u0646";
  const std::vector<EntityMention> mentions = {
      {SpanOf(text, sultan), EntityType::kPerson, ""}};
  std::vector<Entity> entities = Resolve(text, mentions);
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].type, EntityType::kPerson);
  EntityResolverOptions options;
  options.extra_facility_nouns_tsv = "\u0645\u062e\u064a\u0645\tLOC\n";
  auto resolver = EntityResolver::Create(options);
  ASSERT_TRUE(resolver.ok()) << resolver.status().ToString();
  ASSERT_TRUE((*resolver)->Resolve(text, mentions, &entities).ok());
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].type, EntityType::kLocation);
  EXPECT_EQ(entities[0].mentions[0].span.begin,
            SpanOf(text, "\u0645\u062e\u064a\u0645").begin);
  options.extra_facility_nouns_tsv = "\u0645\u062e\u064a\u0645\tHALL\n";
  const auto bad = EntityResolver::Create(options);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("extra facility nouns line 1"),
            std::string::npos)
      << bad.status().message();
}

TEST(FacilityNamesTest, TableRowsAndErrors) {
  FacilityNouns nouns;
  EXPECT_TRUE(nouns
                  .Add("# comment\n\u0645\u0637\u0627\u0631\tLOC\tairport\n"
                       "\u0627\u0644\u0645\u0644\u0643\tTITLE\n",
                       "t")
                  .ok());
  EXPECT_EQ(nouns.size(), 2u);
  const Status per = nouns.Add("x\ty\n\u0645\u0637\u0627\u0631\tPER\n", "t");
  EXPECT_EQ(per.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(per.message().find("t line 1"), std::string::npos) << per.message();
  const Status person = nouns.Add("\u0645\u0637\u0627\u0631\tPER\n", "t");
  EXPECT_NE(person.message().find("PER"), std::string::npos);
  EXPECT_EQ(nouns.Add("\xFF\tLOC\n", "t").code(), StatusCode::kDataLoss);
  EXPECT_EQ(nouns.Add("\u0645\u0637\u0627\u0631\n", "t").code(),
            StatusCode::kInvalidArgument);  // no type
  // Renames nothing without a person mention.
  const std::string text =
      "\u0645\u0637\u0627\u0631 \u0627\u0644\u0645\u0644"
      "\u0643 \u062e\u0627\u0644\u062f";
  std::vector<EntityMention> out;
  EXPECT_FALSE(nouns.Rename(text, {{{0, 8}, EntityType::kLocation, ""}}, &out));
  EXPECT_TRUE(nouns.Rename(
      text,
      {{{20, static_cast<uint32_t>(text.size())}, EntityType::kPerson, ""}},
      &out));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(Text(text, out[0].span), text);
  EXPECT_EQ(out[0].type, EntityType::kLocation);
}

}  // namespace
}  // namespace khabar
