// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Speakers named by a word that refers back (src/quotes/quote_referents.cc;
// docs/QUOTES.md, rule 5): a definite noun that heads organizations' names
// ("wa-qalat al-munazzama") is the one organization named before with it,
// and an honorific pronoun ("wa-akkada sumuwwuhu") the person it stands
// for. SaudiNewsNet sentences (2015; CC BY-NC-SA 4.0, non-commercial:
// data/licences/README.md), some shortened, read outside every gold and
// development set, through the whole chain with the committed models.

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/quotes.h"
#include "quotes/quote_chain.h"

namespace khabar {
namespace quotes_test {
namespace {

// The speaker's entity, or "" (the quotation of kind "reported" starting
// with `starts` must exist).
std::string EntityOf(const std::string& text, const std::vector<Quote>& quotes,
                     const std::string& starts) {
  const Quote* q = FindQuote(text, quotes, Quote::Kind::kReported, starts);
  EXPECT_NE(q, nullptr) << "reported speech starting " << starts;
  return q == nullptr ? std::string() : q->entity_name;
}

// Found as text in the name?
bool Names(const std::string& name, const std::string& part) {
  return !name.empty() &&
         FoldArabic(name).find(FoldArabic(part)) != std::string::npos;
}

TEST(QuoteReferentsTest, TheDefiniteHeadNounIsTheOrganizationNamedBefore) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string k_who =
      "\u0623\u0639\u0644\u0646\u062a "
      "\u0645\u0646\u0638\u0645\u0629 "
      "\u0627\u0644\u0635\u062d\u0629 "
      "\u0627\u0644\u0639\u0627\u0644\u0645\u064a\u0629\u060c "
      "\u0627\u0644\u064a\u0648\u0645 "
      "(\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621)\u060c "
      "\u0627\u0646 39 \u0634\u062e\u0635\u0627 "
      "\u0639\u0644\u0649 \u0627\u0644\u0627\u0642\u0644 "
      "\u062a\u0648\u0641\u0648\u0627 "
      "\u0628\u0648\u0628\u0627\u0621 "
      "\u0627\u0644\u0643\u0648\u0644\u064a\u0631\u0627 "
      "\u0627\u0644\u0630\u064a \u064a\u0646\u062a\u0634\u0631 "
      "\u0628\u0633\u0631\u0639\u0629 \u0641\u064a "
      "\u062c\u0646\u0648\u0628 "
      "\u0627\u0644\u0633\u0648\u062f\u0627\u0646 "
      "\u0627\u0644\u0630\u064a \u064a\u0634\u0647\u062f "
      "\u0646\u0632\u0627\u0639\u0627 "
      "\u0645\u062f\u0645\u0631\u0627 \u0645\u0646\u0630 19 "
      "\u0634\u0647\u0631\u0627.";
  const std::string k_who_says =
      "\u0648\u0642\u0627\u0644\u062a "
      "\u0627\u0644\u0645\u0646\u0638\u0645\u0629 \u0641\u064a "
      "\u0627\u0631\u0642\u0627\u0645\u0647\u0627 \u0627\u0646 "
      "\"1212 \u0627\u0635\u0627\u0628\u0629 "
      "\u0628\u0627\u0644\u0643\u0648\u0644\u064a\u0631\u0627\" "
      "\u0633\u062c\u0644\u062a\u060c "
      "\u0645\u0648\u0636\u062d\u0629 \u0627\u0646 "
      "\u0627\u0644\u0648\u0628\u0627\u0621 "
      "\u064a\u0646\u062a\u0642\u0644 \u0645\u0646 "
      "\u0627\u0644\u0639\u0627\u0635\u0645\u0629 "
      "\u062c\u0648\u0628\u0627 \u0627\u0644\u0649 "
      "\u0648\u0644\u0627\u064a\u0629 "
      "\u062c\u0648\u0646\u0642\u0644\u064a "
      "\u0627\u0644\u0645\u062c\u0627\u0648\u0631\u0629.";
  const std::string k_who_starts =
      "\u0627\u0646 \"1212 \u0627\u0635\u0627\u0628\u0629";
  const std::string k_who_name =
      "\u0627\u0644\u0635\u062d\u0629 "
      "\u0627\u0644\u0639\u0627\u0644\u0645\u064a\u0629";
  const std::string k_italy =
      "\u0623\u0639\u0644\u0646\u062a "
      "\u0648\u0632\u0627\u0631\u0629 "
      "\u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629 "
      "\u0627\u0644\u0627\u064a\u0637\u0627\u0644\u064a\u0629\u060c "
      "\u0627\u0644\u064a\u0648\u0645 "
      "(\u0627\u0644\u0627\u062b\u0646\u064a\u0646)\u060c "
      "\u0627\u0646 \u0627\u0631\u0628\u0639\u0629 "
      "\u0627\u064a\u0637\u0627\u0644\u064a\u064a\u0646 "
      "\u064a\u0639\u0645\u0644\u0648\u0646 \u0641\u064a "
      "\u0645\u062c\u0627\u0644 "
      "\u0627\u0644\u0628\u0646\u0627\u0621 "
      "\u062e\u0637\u0641\u0648\u0627 \u0641\u064a "
      "\u0644\u064a\u0628\u064a\u0627.";
  const std::string k_italy_says =
      "\u0648\u0642\u0627\u0644\u062a "
      "\u0627\u0644\u0648\u0632\u0627\u0631\u0629 \u0641\u064a "
      "\u0628\u064a\u0627\u0646 \u0627\u0646 "
      "\u0627\u0644\u0627\u064a\u0637\u0627\u0644\u064a\u064a\u0646 "
      "\u0627\u0644\u0627\u0631\u0628\u0639\u0629 "
      "\u0643\u0627\u0646\u0648\u0627 \u0639\u0646\u062f "
      "\u062e\u0637\u0641\u0647\u0645 \u0641\u064a "
      "\u0645\u062d\u064a\u0637 \u0645\u062c\u0645\u0639 "
      "\u0627\u0644\u0634\u0631\u0643\u0629 "
      "\u0627\u0644\u0646\u0641\u0637\u064a\u0629 "
      "\u0627\u0644\u0627\u064a\u0637\u0627\u0644\u064a\u0629 "
      "\u0627\u064a\u0646\u064a \u0641\u064a "
      "\u0645\u0646\u0637\u0642\u0629 "
      "\u0645\u0644\u064a\u062a\u0629 \u063a\u0631\u0628 "
      "\u0637\u0631\u0627\u0628\u0644\u0633.";
  const std::string k_italy_starts =
      "\u0627\u0646 "
      "\u0627\u0644\u0627\u064a\u0637\u0627\u0644\u064a\u064a\u0646 "
      "\u0627\u0644\u0627\u0631\u0628\u0639\u0629";
  const std::string k_foreign =
      "\u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629";
  const std::string k_interior =
      "\u0648\u0623\u0639\u0644\u0646\u062a "
      "\u0648\u0632\u0627\u0631\u0629 "
      "\u0627\u0644\u062f\u0627\u062e\u0644\u064a\u0629 "
      "\u0627\u0644\u0644\u064a\u0628\u064a\u0629 "
      "\u0627\u0639\u062a\u0642\u0627\u0644 "
      "\u0627\u062b\u0646\u064a\u0646 \u0645\u0646 "
      "\u0627\u0644\u0645\u0634\u062a\u0628\u0647 "
      "\u0628\u0647\u0645.";
  const std::string k_interior_name =
      "\u0627\u0644\u062f\u0627\u062e\u0644\u064a\u0629";
  const std::string k_oil =
      "\u0648\u0623\u0638\u0647\u0631\u062a "
      "\u0628\u064a\u0627\u0646\u0627\u062a "
      "\u0645\u0639\u0647\u062f "
      "\u0627\u0644\u0628\u062a\u0631\u0648\u0644 "
      "\u0627\u0644\u0623\u0645\u064a\u0631\u0643\u064a "
      "\u0623\u0648\u0644 \u0645\u0646 \u0623\u0645\u0633 "
      "\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621 "
      "\u0632\u064a\u0627\u062f\u0629 "
      "\u0642\u062f\u0631\u0647\u0627 3.2 "
      "\u0645\u0644\u064a\u0648\u0646 "
      "\u0628\u0631\u0645\u064a\u0644 \u0641\u064a "
      "\u0645\u062e\u0632\u0648\u0646\u0627\u062a "
      "\u0627\u0644\u062e\u0627\u0645 \u0641\u064a "
      "\u0627\u0644\u0648\u0644\u0627\u064a\u0627\u062a "
      "\u0627\u0644\u0645\u062a\u062d\u062f\u0629 "
      "\u0627\u0644\u0623\u0633\u0628\u0648\u0639 "
      "\u0627\u0644\u0645\u0627\u0636\u064a.";
  const std::string k_oil_says =
      "\u0648\u0623\u0634\u0627\u0631\u062a "
      "\u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a "
      "\u0625\u0644\u0649 \u0623\u0646 "
      "\u0645\u062e\u0632\u0648\u0646\u0627\u062a "
      "\u0627\u0644\u0628\u0646\u0632\u064a\u0646 "
      "\u062a\u0631\u0627\u062c\u0639\u062a.";
  const std::string k_oil_starts =
      "\u0623\u0646 \u0645\u062e\u0632\u0648\u0646\u0627\u062a";
  const std::string k_oil_name =
      "\u0645\u0639\u0647\u062f "
      "\u0627\u0644\u0628\u062a\u0631\u0648\u0644";
  // 2015-07-21/616: "wa-qalat al-munazzama" after "munazzamat al-sihha
  // al-'alamiyya" (the words were a speaker without an entity before).
  std::string text = k_who + "\n" + k_who_says;
  std::vector<Quote> quotes = Chain::Get().Run(text);
  EXPECT_TRUE(Names(EntityOf(text, quotes, k_who_starts), k_who_name));
  // 2015-07-21/4: "wa-qalat al-wizara" is the foreign ministry named in the
  // lead ...
  text = k_italy + "\n" + k_italy_says;
  quotes = Chain::Get().Run(text);
  EXPECT_TRUE(Names(EntityOf(text, quotes, k_italy_starts), k_foreign));
  // ... and, with a second ministry named before it (a sentence added),
  // neither.
  text = k_italy + " " + k_interior + "\n" + k_italy_says;
  quotes = Chain::Get().Run(text);
  const std::string both = EntityOf(text, quotes, k_italy_starts);
  EXPECT_FALSE(Names(both, k_foreign)) << both;
  EXPECT_FALSE(Names(both, k_interior_name)) << both;
  // 2015-07-23/90: "al-bayanat" (the data) does not head organizations'
  // names: not the institute whose data they were.
  text = k_oil + "\n" + k_oil_says;
  quotes = Chain::Get().Run(text);
  const std::string data = EntityOf(text, quotes, k_oil_starts);
  EXPECT_FALSE(Names(data, k_oil_name)) << data;
}

TEST(QuoteReferentsTest, AnHonorificIsThePersonItStandsFor) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string k_prince =
      "\u0623\u0643\u062f \u0635\u0627\u062d\u0628 "
      "\u0627\u0644\u0633\u0645\u0648 "
      "\u0627\u0644\u0645\u0644\u0643\u064a "
      "\u0627\u0644\u0623\u0645\u064a\u0631 "
      "\u0645\u062d\u0645\u062f \u0628\u0646 \u0639\u0628\u062f "
      "\u0627\u0644\u0631\u062d\u0645\u0646 \u0628\u0646 "
      "\u0639\u0628\u062f \u0627\u0644\u0639\u0632\u064a\u0632 "
      "\u0622\u0644 \u0633\u0639\u0648\u062f\u060c \u0623\u0646 "
      "\u0627\u0644\u0623\u0647\u0645\u064a\u0629 "
      "\u0627\u0644\u062a\u064a \u062a\u0646\u0637\u0648\u064a "
      "\u0639\u0644\u064a\u0647\u0627 "
      "\u062c\u0627\u0626\u0632\u0629 "
      "\u0627\u0644\u0623\u0645\u064a\u0631 "
      "\u0646\u0627\u064a\u0641 \u0628\u0646 \u0639\u0628\u062f "
      "\u0627\u0644\u0639\u0632\u064a\u0632 "
      "\u0644\u0644\u0633\u0646\u0629 "
      "\u0627\u0644\u0646\u0628\u0648\u064a\u0629 "
      "\u0627\u0644\u0634\u0631\u064a\u0641\u0629 "
      "\u0627\u0644\u062a\u064a "
      "\u064a\u0634\u0631\u0641\u0647\u0627 "
      "\u062e\u0627\u062f\u0645 "
      "\u0627\u0644\u062d\u0631\u0645\u064a\u0646 "
      "\u0627\u0644\u0634\u0631\u064a\u0641\u064a\u0646 "
      "\u0627\u0644\u0645\u0644\u0643 "
      "\u0633\u0644\u0645\u0627\u0646 \u0628\u0646 "
      "\u0639\u0628\u062f \u0627\u0644\u0639\u0632\u064a\u0632 "
      "\u2013 \u062d\u0641\u0638\u0647 \u0627\u0644\u0644\u0647 "
      "\u0648\u0631\u0639\u0627\u0647 \u2013 "
      "\u0628\u062a\u0633\u0644\u064a\u0645 "
      "\u0627\u0644\u062c\u0627\u0626\u0632\u0629 "
      "\u0644\u0644\u0641\u0627\u0626\u0632\u064a\u0646 "
      "\u064a\u0648\u0645 "
      "\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621 13 "
      "\u0631\u0645\u0636\u0627\u0646 1436\u0647\u0640.";
  const std::string k_prince_says =
      "\u0648\u0623\u0643\u062f \u0633\u0645\u0648\u0647 "
      "\u0623\u0646 \u0627\u0644\u062c\u0627\u0626\u0632\u0629 "
      "\u0627\u0644\u062a\u064a \u0623\u0633\u0633\u0647\u0627 "
      "\u0635\u0627\u062d\u0628 \u0627\u0644\u0633\u0645\u0648 "
      "\u0627\u0644\u0645\u0644\u0643\u064a "
      "\u0627\u0644\u0623\u0645\u064a\u0631 "
      "\u0646\u0627\u064a\u0641 \u0628\u0646 \u0639\u0628\u062f "
      "\u0627\u0644\u0639\u0632\u064a\u0632 \u2013 "
      "\u0631\u062d\u0645\u0647 \u0627\u0644\u0644\u0647 \u2013 "
      "\u0644\u062e\u062f\u0645\u0629 "
      "\u0645\u0635\u062f\u0631\u064a "
      "\u0627\u0644\u062a\u0634\u0631\u064a\u0639 "
      "\u0643\u062a\u0627\u0628 \u0627\u0644\u0644\u0647 "
      "\u0648\u0633\u0646\u0629 "
      "\u0627\u0644\u0631\u0633\u0648\u0644 "
      "\u062a\u0645\u062b\u0644 "
      "\u062a\u062c\u0633\u064a\u062f\u064b\u0627 "
      "\u0648\u0627\u0642\u0639\u064a\u064b\u0627 "
      "\u0644\u0627\u0647\u062a\u0645\u0627\u0645 "
      "\u0627\u0644\u0645\u0645\u0644\u0643\u0629 "
      "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 "
      "\u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629 "
      "\u0628\u0627\u0644\u0642\u0631\u0622\u0646 "
      "\u0648\u0627\u0644\u0633\u0646\u0629.";
  const std::string k_prince_starts =
      "\u0623\u0646 \u0627\u0644\u062c\u0627\u0626\u0632\u0629 "
      "\u0627\u0644\u062a\u064a";
  const std::string k_prince_name =
      "\u0645\u062d\u0645\u062f \u0628\u0646 \u0639\u0628\u062f "
      "\u0627\u0644\u0631\u062d\u0645\u0646";
  const std::string k_king =
      "\u064a\u0634\u0631\u0641 \u062e\u0627\u062f\u0645 "
      "\u0627\u0644\u062d\u0631\u0645\u064a\u0646 "
      "\u0627\u0644\u0634\u0631\u064a\u0641\u064a\u0646 "
      "\u0627\u0644\u0645\u0644\u0643 "
      "\u0633\u0644\u0645\u0627\u0646 \u0628\u0646 "
      "\u0639\u0628\u062f \u0627\u0644\u0639\u0632\u064a\u0632 "
      "\u062d\u0641\u0644 \u062a\u0633\u0644\u064a\u0645 "
      "\u062c\u0627\u0626\u0632\u0629 "
      "\u0627\u0644\u0623\u0645\u064a\u0631 "
      "\u0646\u0627\u064a\u0641 \u0628\u0646 \u0639\u0628\u062f "
      "\u0627\u0644\u0639\u0632\u064a\u0632 "
      "\u0644\u0644\u0633\u0646\u0629 "
      "\u0627\u0644\u0646\u0628\u0648\u064a\u0629 "
      "\u0644\u0644\u0641\u0627\u0626\u0632\u064a\u0646 "
      "\u064a\u0648\u0645 "
      "\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621.";
  const std::string k_king_name = "\u0633\u0644\u0645\u0627\u0646";
  // 2015-07-21/1661: "wa-akkada sumuwwuhu" after the prince's statement
  // is the prince's, not the king's named in it.
  std::string text = k_prince + "\n" + k_prince_says;
  std::vector<Quote> quotes = Chain::Get().Run(text);
  const std::string prince = EntityOf(text, quotes, k_prince_starts);
  EXPECT_TRUE(Names(prince, k_prince_name)) << prince;
  // "sumuww" is a prince's (or a shaykh's) honorific: with only the king
  // named before (the lead shortened to him), no one.
  text = k_king + "\n" + k_prince_says;
  quotes = Chain::Get().Run(text);
  const std::string king = EntityOf(text, quotes, k_prince_starts);
  EXPECT_FALSE(Names(king, k_king_name)) << king;
}

// "The same source" (dhat al-masdar, al-masdar dhatuhu, nafs al-masdar,
// al-masdar nafsuhu: 512 speakers in ANT) names again the speaker of the
// statement before, if a person (ANT JA-localNews-3867-20170507: the
// civil protection colonel); not past an unnamed source named since
// (JA-localNews-2677-20170312, shortened: "wifqa ma akkadahu masdar tibbi
// mas'ul", after the fallen policeman's name).
TEST(QuoteReferentsTest, TheSameSourceIsTheSpeakerBefore) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string k_pilot =
      "\u0648\u0623\u0643\u062f "
      "\u0627\u0644\u0639\u0645\u064a\u062f "
      "\u0628\u0627\u0644\u062d\u0645\u0627\u064a\u0629 "
      "\u0627\u0644\u0645\u062f\u0646\u064a\u0629\u060c "
      "\u0645\u0627\u0644\u0643 \u0645\u064a\u0647\u0648\u0628 "
      "\u0644\u0645\u0631\u0627\u0633\u0644\u062a\u0646\u0627\u060c "
      "\u0623\u0646 \u062a\u0645 "
      "\u0627\u0644\u0639\u062b\u0648\u0631 \u0639\u0644\u0649 "
      "\u062c\u062b\u0629 \u0642\u0627\u0626\u062f "
      "\u0627\u0644\u0637\u0627\u0626\u0631\u0629 "
      "\u0627\u0644\u0630\u064a \u064a\u0628\u0644\u063a "
      "\u0645\u0646 \u0627\u0644\u0639\u0645\u0631 "
      "\u062d\u0648\u0627\u0644\u064a 30 \u0633\u0646\u0629\u060c "
      "\u0645\u0644\u0642\u0627\u0629 \u0639\u0644\u0649 "
      "\u0627\u0644\u0623\u0631\u0636 "
      "\u0628\u062c\u0627\u0646\u0628 "
      "\u0637\u0627\u0626\u0631\u062a\u0647 "
      "\u0627\u0644\u0635\u063a\u064a\u0631\u0629 "
      "\u0627\u0644\u062a\u064a \u062a\u0639\u0631\u0641 "
      "\u0628\u00ab\u0637\u0627\u0626\u0631\u0629 "
      "\u0627\u0644\u0633\u0627\u0626\u0642 "
      "\u0627\u0644\u0648\u0627\u062d\u062f\u00bb. "
      "\u0648\u0631\u062c\u062d "
      "\u0627\u0644\u0645\u0635\u062f\u0631 "
      "\u0630\u0627\u062a\u0647\u060c \u0623\u0646 "
      "\u0627\u0644\u0636\u062d\u064a\u0629 "
      "\u062d\u0627\u0648\u0644 \u0625\u0646\u0642\u0627\u0630 "
      "\u0646\u0641\u0633\u0647 \u0642\u0628\u0644 "
      "\u0627\u062d\u062a\u0631\u0627\u0642 "
      "\u0627\u0644\u0637\u0627\u0626\u0631\u0629 "
      "\u0628\u0627\u0644\u0642\u0641\u0632 "
      "\u062e\u0627\u0631\u062c\u0647\u0627.";
  const std::string k_pilot_starts =
      "\u0623\u0646 \u0627\u0644\u0636\u062d\u064a\u0629 "
      "\u062d\u0627\u0648\u0644";
  const std::string k_pilot_name =
      "\u0645\u0627\u0644\u0643 \u0645\u064a\u0647\u0648\u0628";
  const std::string k_guard =
      "\u0639\u0648\u0646 \u0623\u0645\u0646 "
      "\u0627\u0644\u0634\u0647\u064a\u062f \u0647\u0648 "
      "\u0645\u0646 \u0648\u062d\u062f\u0627\u062a "
      "\u0627\u0644\u062a\u062f\u062e\u0644 "
      "\u0627\u0644\u062a\u0627\u0628\u0639\u0629 "
      "\u0644\u0644\u0634\u0631\u0637\u0629\u060c "
      "\u0648\u064a\u062f\u0639\u0649 \u0645\u0638\u0641\u0631 "
      "\u0628\u0646 \u0639\u0644\u064a\u060c "
      "\u064a\u0628\u0644\u063a \u0645\u0646 "
      "\u0627\u0644\u0639\u0645\u0631 23 \u0633\u0646\u0629\u060c "
      "\u0648\u0642\u062f \u0648\u0627\u0641\u062a\u0647 "
      "\u0627\u0644\u0645\u0646\u064a\u0629 "
      "\u0645\u062a\u0623\u062b\u0631\u0627 "
      "\u0628\u0627\u0644\u0637\u0644\u0642\u0627\u062a "
      "\u0627\u0644\u062a\u064a \u0623\u0635\u064a\u0628 "
      "\u0628\u0647\u0627. \u0648\u0644\u0645 "
      "\u064a\u0646\u062c\u062d "
      "\u0627\u0644\u0625\u0637\u0627\u0631 "
      "\u0627\u0644\u0637\u0628\u064a "
      "\u0628\u0627\u0644\u0645\u0633\u062a\u0634\u0641\u0649 "
      "\u0627\u0644\u062c\u0647\u0648\u064a "
      "\u0628\u0642\u0628\u0644\u064a \u0641\u064a "
      "\u0625\u0646\u0642\u0627\u0630 "
      "\u062d\u064a\u0627\u062a\u0647 \u0646\u0638\u0631\u0627 "
      "\u0644\u062e\u0637\u0648\u0631\u0629 "
      "\u0627\u0644\u0625\u0635\u0627\u0628\u0629 "
      "\u0648\u0641\u0642 \u0645\u0627 \u0623\u0643\u062f\u0647 "
      "\u0645\u0635\u062f\u0631 \u0637\u0628\u064a "
      "\u0645\u0633\u0624\u0648\u0644 . "
      "\u0648\u0623\u0641\u0627\u062f "
      "\u0627\u0644\u0645\u0635\u062f\u0631 "
      "\u0630\u0627\u062a\u0647 \u0623\u0646 "
      "\u0627\u0644\u0639\u0648\u0646\u064a\u0646 "
      "\u0627\u0644\u0622\u062e\u0631\u064a\u0646\u060c "
      "\u0623\u0645\u064a\u0646 "
      "\u0627\u0644\u062c\u0644\u064a\u0644\u064a "
      "\u0648\u0639\u0631\u0641\u0627\u062a "
      "\u0633\u0644\u064a\u0645\u060c "
      "\u062a\u0639\u0631\u0636\u0627 \u0627\u0644\u0649 "
      "\u0625\u0635\u0627\u0628\u0627\u062a "
      "\u0645\u062a\u0641\u0627\u0648\u062a\u0629 "
      "\u0627\u0644\u062e\u0637\u0648\u0631\u0629.";
  const std::string k_guard_starts =
      "\u0623\u0646 \u0627\u0644\u0639\u0648\u0646\u064a\u0646 "
      "\u0627\u0644\u0622\u062e\u0631\u064a\u0646";

  std::vector<Quote> quotes = Chain::Get().Run(k_pilot);
  EXPECT_TRUE(Names(EntityOf(k_pilot, quotes, k_pilot_starts), k_pilot_name));
  quotes = Chain::Get().Run(k_guard);
  EXPECT_EQ(EntityOf(k_guard, quotes, k_guard_starts), "");
}

// A programme's guest ("dayf <<bulitika>>", 74 speakers in ANT) is the
// person who spoke before (ANT JA-localNews-4720-20170522, the first two
// sentences).
TEST(QuoteReferentsTest, TheGuestIsThePersonWhoSpokeBefore) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string k_guest =
      "\u0642\u0627\u0644 \u0639\u0645\u0631 "
      "\u0627\u0644\u0639\u0648\u0646\u064a\u060c "
      "\u0639\u0636\u0648 \u0627\u0644\u0645\u0643\u062a\u0628 "
      "\u0627\u0644\u0633\u064a\u0627\u0633\u064a "
      "\u0648\u0631\u0626\u064a\u0633 "
      "\u0627\u0644\u0644\u062c\u0646\u0629 "
      "\u0627\u0644\u0645\u0631\u0643\u0632\u064a\u0629 "
      "\u0644\u0627\u062a\u062d\u0627\u062f "
      "\u0627\u0644\u0634\u0639\u0628 "
      "\u0627\u0644\u062c\u0645\u0647\u0648\u0631\u064a\u060c "
      "\u0625\u0646 \u062a\u0633\u0641\u064a\u0631 "
      "\u0627\u0644\u0634\u0628\u0627\u0628 "
      "\u0627\u0644\u062a\u0648\u0646\u0633\u064a "
      "\u0625\u0644\u0649 \u0628\u0624\u0631 "
      "\u0627\u0644\u062a\u0648\u062a\u0651\u0631 \u062a\u0645 "
      "\u0628\u0625\u0645\u0643\u0627\u0646\u064a\u0627\u062a "
      "\u062f\u0648\u0644\u0629. \u0648\u0623\u0643\u062f "
      "\u0636\u064a\u0641 "
      "\u00ab\u0628\u0648\u0644\u064a\u062a\u064a\u0643\u0627\u00bb "
      "\u0639\u0644\u0649 "
      "\u00ab\u0627\u0644\u062c\u0648\u0647\u0631\u0629 "
      "\u0623\u0641 \u0623\u0645\u00bb \u0623\u0646 "
      "\u0627\u0644\u062a\u0633\u0641\u064a\u0631 \u0644\u0645 "
      "\u064a\u062a\u0645 "
      "\u0628\u0625\u0645\u0643\u0627\u0646\u064a\u0627\u062a "
      "\u0645\u062c\u0645\u0648\u0639\u0627\u062a "
      "\u0635\u063a\u064a\u0631\u0629 "
      "\u0644\u0644\u062a\u0633\u0641\u064a\u0631.";
  const std::string k_guest_starts =
      "\u0623\u0646 \u0627\u0644\u062a\u0633\u0641\u064a\u0631 "
      "\u0644\u0645";
  const std::string k_guest_name =
      "\u0639\u0645\u0631 \u0627\u0644\u0639\u0648\u0646\u064a";

  const std::vector<Quote> quotes = Chain::Get().Run(k_guest);
  EXPECT_TRUE(Names(EntityOf(k_guest, quotes, k_guest_starts), k_guest_name));
}

}  // namespace
}  // namespace quotes_test
}  // namespace khabar
