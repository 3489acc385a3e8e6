// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Currency units as ANERcorp annotates them (src/ner/ner_currencies.h): the
// rule in the tagger on market-report sentences of the kind ANERcorp and
// SaudiNewsNet carry, with the committed models.

#include "ner/ner_currencies.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/ner.h"
#include "tag_text.h"

namespace khabar::ner {
namespace {

std::vector<std::string> Mentions(const std::string& text, bool currencies) {
  NerTaggerOptions options;
  options.currencies = currencies;
  return testing::TagText(text, options);
}

TEST(NerCurrenciesTest, UnitsAreMiscPluralsAndTheClubAreNot) {
  // Sentences of SaudiNewsNet articles (shortened): the dollar against the
  // yen (al-yan); revenue of "152 million dinar"; "one dollar" (dularan,
  // accusative) and "10 dollars" (dularat, plural: ANERcorp leaves plurals
  // O); then the club Real Madrid.
  const std::string text =
      "\u0648\u0633\u062C\u0644 \u0627\u0644\u062F\u0648\u0644\u0627\u0631 "
      "\u0630\u0631\u0648\u062A\u0647 \u0641\u064A "
      "\u0623\u0631\u0628\u0639\u0629 \u0623\u0633\u0627\u064A\u064A\u0639 "
      "\u0648\u0646\u0635\u0641 \u0645\u0642\u0627\u0628\u0644 "
      "\u0627\u0644\u064A\u0646 \u062E\u0644\u0627\u0644 "
      "\u0627\u0644\u0645\u0639\u0627\u0645\u0644\u0627\u062A "
      "\u0627\u0644\u0623\u0648\u0631\u0648\u0628\u064A\u0629 "
      "\u0642\u0628\u0644 \u0623\u0646 "
      "\u064A\u062A\u0631\u0627\u062C\u0639. "
      "\u0648\u0628\u0644\u063A\u062A "
      "\u0625\u064A\u0631\u0627\u062F\u0627\u062A "
      "\u062F\u0627\u0626\u0631\u0629 "
      "\u0627\u0644\u0623\u0631\u0627\u0636\u064A "
      "\u0648\u0627\u0644\u0645\u0633\u0627\u062D\u0629 "
      "\u062E\u0644\u0627\u0644 \u0627\u0644\u0623\u0634\u0647\u0631 "
      "\u0627\u0644\u062E\u0645\u0633\u0629 "
      "\u0627\u0644\u0623\u0648\u0644\u0649 \u0645\u0646 "
      "\u0627\u0644\u0639\u0627\u0645 \u0627\u0644\u062D\u0627\u0644\u064A "
      "\u0646\u062D\u0648 152 \u0645\u0644\u064A\u0648\u0646 "
      "\u062F\u064A\u0646\u0627\u0631\u060C "
      "\u0628\u0627\u0646\u062E\u0641\u0627\u0636 \u0628\u0644\u063A\u062A "
      "\u0646\u0633\u0628\u062A\u0647 11 \u0641\u064A "
      "\u0627\u0644\u0645\u0627\u0626\u0629. "
      "\u0648\u062A\u0643\u0644\u0641 \u0627\u0644\u062E\u062F\u0645\u0629 "
      "\u0639\u0644\u0649 \u062A\u0637\u0628\u064A\u0642 "
      "\u0633\u0628\u0648\u062A\u064A\u0641\u0627\u064A "
      "\u062F\u0648\u0644\u0627\u0631\u0627 \u0648\u0627\u062D\u062F\u0627 "
      "\u0645\u0642\u0627\u0628\u0644 "
      "\u0627\u0644\u0627\u0634\u062A\u0631\u0627\u0643 "
      "\u0644\u0645\u062F\u0629 3 \u0634\u0647\u0648\u0631\u060C "
      "\u0648\u0628\u0639\u062F \u0630\u0644\u0643 "
      "\u062A\u062F\u0641\u0639 10 "
      "\u062F\u0648\u0644\u0627\u0631\u0627\u062A \u0643\u0644 "
      "\u0634\u0647\u0631. \u0648\u0641\u0627\u0632 "
      "\u0631\u064A\u0627\u0644 \u0645\u062F\u0631\u064A\u062F "
      "\u0639\u0644\u0649 \u0628\u0631\u0634\u0644\u0648\u0646\u0629.";
  const std::string yen = "\u0627\u0644\u064A\u0646\tMISC";
  const std::string dinar = "\u062F\u064A\u0646\u0627\u0631\tMISC";
  const std::string dollar = "\u062F\u0648\u0644\u0627\u0631\u0627\tMISC";
  const std::vector<std::string> on = Mentions(text, true);
  EXPECT_TRUE(testing::HasMention(on, yen));
  EXPECT_TRUE(testing::HasMention(on, dinar));
  EXPECT_TRUE(testing::HasMention(on, dollar));
  for (const std::string& m : on) {
    EXPECT_EQ(m.find("\u062F\u0648\u0644\u0627\u0631\u0627\u062A"),
              std::string::npos)
        << m;
    // Real Madrid is not cut to a currency.
    EXPECT_NE(m, "\u0631\u064A\u0627\u0644\tMISC");
  }
  // The tagger alone leaves some of these units out (which ones depends on
  // the model: the committed one finds the dinar, not the yen).
  const std::vector<std::string> off = Mentions(text, false);
  EXPECT_FALSE(testing::HasMention(off, yen) &&
               testing::HasMention(off, dinar) &&
               testing::HasMention(off, dollar));
}

}  // namespace
}  // namespace khabar::ner
