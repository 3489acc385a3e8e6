// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Month names (src/ner/ner_months.h, DropMonthNames): the rule in the
// tagger on ANT corpus sentences (Jawhara FM, Tunisia; Apache 2.0, citation
// requested) and SaudiNewsNet sentences (2015; CC BY-NC-SA 4.0,
// non-commercial; both in data/licences/README.md), with the committed
// models; and the rule alone on labels set by hand.

#include "ner/ner_months.h"

#include <cstdint>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"
#include "tag_text.h"

namespace khabar::ner {
namespace {

const std::string k_who_text =
    "\u0648\u0631\u0641\u0639\u062a \u0645\u0646\u0638\u0645\u0629 "
    "\u0627\u0644\u0635\u062d\u0629 "
    "\u0627\u0644\u0639\u0627\u0644\u0645\u064a\u0629\u060c "
    "\u0628\u0645\u0646\u0627\u0633\u0628\u0629 "
    "\u0627\u0644\u064a\u0648\u0645 "
    "\u0627\u0644\u0639\u0627\u0644\u0645\u064a "
    "\u0644\u0627\u0644\u062a\u0647\u0627\u0628 "
    "\u0627\u0644\u0643\u0628\u062f \u0627\u0644\u0630\u064a "
    "\u064a\u0635\u0627\u062f\u0641 "
    "\u0627\u0644\u062b\u0627\u0645\u0646 "
    "\u0648\u0627\u0644\u0639\u0634\u0631\u064a\u0646 \u0645\u0646 "
    "\u062c\u0648\u064a\u0644\u064a\u0629\u060c "
    "\u0644\u0631\u0627\u0633\u0645\u064a "
    "\u0627\u0644\u0633\u064a\u0627\u0633\u0627\u062a "
    "\u0648\u0627\u0644\u0639\u0627\u0645\u0644\u064a\u0646 "
    "\u0627\u0644\u0635\u062d\u064a\u064a\u0646 "
    "\u0648\u0639\u0627\u0645\u0629 "
    "\u0627\u0644\u062c\u0645\u0647\u0648\u0631 "
    "\u0634\u0639\u0627\u0631 "
    "\"\u0627\u0639\u0631\u0641\u0648\u0627 "
    "\u0627\u0644\u062a\u0647\u0627\u0628 "
    "\u0627\u0644\u0643\u0628\u062f-\u0627\u0641\u0639\u0644\u0648\u0627 "
    "\u0634\u064a\u0626\u0627 \u0627\u0644\u0622\u0646\".";
const std::string k_july = "\u062c\u0648\u064a\u0644\u064a\u0629";
const std::string k_deposits_text =
    "\u0648\u0644\u0641\u062a \u0625\u0644\u0649 \u0623\u0646 "
    "\u0627\u0644\u0648\u062f\u0627\u0626\u0639 "
    "\u0627\u0644\u062d\u0643\u0648\u0645\u064a\u0629 "
    "\u0628\u0644\u063a\u062a \u0646\u062d\u0648 5.4 "
    "\u0645\u0644\u064a\u0627\u0631 \u062f\u064a\u0646\u0627\u0631 "
    "\u0641\u064a \u0623\u064a\u0627\u0631 "
    "(\u0645\u0627\u064a\u0648) "
    "\u0644\u064a\u0631\u062a\u0641\u0639 "
    "\u0646\u0645\u0648\u0647\u0627 "
    "\u0627\u0644\u0634\u0647\u0631\u064a "
    "\u0628\u0646\u0633\u0628\u0629 3.3 \u0641\u064a "
    "\u0627\u0644\u0645\u0627\u0626\u0629 "
    "\u0648\u0628\u0646\u062d\u0648 172 "
    "\u0645\u0644\u064a\u0648\u0646 \u062f\u064a\u0646\u0627\u0631 "
    "\u0645\u0642\u0627\u0631\u0646\u0629 \u0628\u0640 5.2 "
    "\u0645\u0644\u064a\u0627\u0631 \u062f\u064a\u0646\u0627\u0631 "
    "\u0641\u064a \u0646\u064a\u0633\u0627\u0646 "
    "(\u0623\u0628\u0631\u064a\u0644) \u062d\u064a\u0646 "
    "\u0634\u0647\u062f \u062a\u0631\u0627\u062c\u0639\u0627 "
    "\u0637\u0641\u064a\u0641\u0627 \u0644\u0645 "
    "\u064a\u062a\u062c\u0627\u0648\u0632 \u0646\u0635\u0641 "
    "\u0641\u064a \u0627\u0644\u0645\u0627\u0626\u0629.";
const std::string k_nissan_text =
    "\u0648\u0642\u0627\u0644\u062a "
    "\u00ab\u0646\u064a\u0633\u0627\u0646\u00bb\u060c \u0625\u0646 "
    "\u0647\u0630\u0647 "
    "\u0627\u0644\u0645\u0628\u064a\u0639\u0627\u062a "
    "\u062c\u0627\u0621\u062a \u0623\u0642\u0644 \u0645\u0646 "
    "\u0627\u0644\u062a\u0648\u0642\u0639\u0627\u062a\u060c "
    "\u0644\u0643\u0646\u0647\u0627 \u062a\u062a\u0648\u0642\u0639 "
    "\u0646\u0645\u0648 \u0627\u0644\u0637\u0644\u0628 "
    "\u0639\u0644\u0649 "
    "\u0627\u0644\u0633\u064a\u0627\u0631\u0627\u062a "
    "\u0627\u0644\u0643\u0647\u0631\u0628\u0627\u0626\u064a\u0629 "
    "\u0628\u0634\u0643\u0644 \u0639\u0627\u0645 "
    "\u062e\u0644\u0627\u0644 "
    "\u0627\u0644\u0633\u0646\u0648\u0627\u062a "
    "\u0627\u0644\u0645\u0642\u0628\u0644\u0629.";
const std::string k_nisan = "\u0646\u064a\u0633\u0627\u0646";
const std::string k_may_text =
    "\u0648\u0642\u0627\u0644 \u0634\u0648\u0646 "
    "\u0633\u0628\u0627\u064a\u0633\u0631 "
    "\u0627\u0644\u0645\u062a\u062d\u062f\u062b "
    "\u0628\u0627\u0633\u0645 \u0627\u0644\u0628\u064a\u062a "
    "\u0627\u0644\u0623\u0628\u064a\u0636 \u064a\u0648\u0645 "
    "\u0627\u0644\u0633\u0628\u062a \u0625\u0646 "
    "\"\u0627\u0644\u0631\u0626\u064a\u0633 "
    "\u0633\u064a\u0633\u062a\u0642\u0628\u0644 \u0623\u0648\u0644 "
    "\u0645\u0633\u0624\u0648\u0644 "
    "\u062e\u0627\u0631\u062c\u064a\" "
    "\u0639\u0646\u062f\u0645\u0627 \u062a\u0623\u062a\u064a "
    "\u0645\u0627\u064a \"\u0627\u0644\u062c\u0645\u0639\u0629 "
    "\u0625\u0644\u0649 \u0648\u0627\u0634\u0646\u0637\u0646\". "
    "\u0648\u0643\u0627\u0646\u062a \u0645\u0627\u064a \u0642\u062f "
    "\u0635\u0631\u062d\u062a \u0641\u064a \u0648\u0642\u062a "
    "\u0633\u0627\u0628\u0642 \u0641\u064a \u0625\u0637\u0627\u0631 "
    "\u0645\u0642\u0627\u0628\u0644\u0629 \u0645\u0639 "
    "\u0635\u062d\u064a\u0641\u0629 "
    "\u0641\u0627\u064a\u0646\u0646\u0634\u0627\u0644 "
    "\u062a\u0627\u064a\u0645\u0632 \u0628\u0623\u0646\u0647\u0627 "
    "\u0648\u0627\u062b\u0642\u0629 \u0645\u0646 \u0623\u0646 "
    "\u0627\u0644\u0631\u0626\u064a\u0633 "
    "\u0627\u0644\u0623\u0645\u0631\u064a\u0643\u064a "
    "\"\u0633\u064a\u0639\u062a\u0631\u0641 "
    "\u0628\u0623\u0647\u0645\u064a\u0629 \u062d\u0644\u0641 "
    "\u0634\u0645\u0627\u0644 "
    "\u0627\u0644\u0623\u0637\u0644\u0633\u064a\".";
const std::string k_may = "\u0645\u0627\u064a";
const std::string k_tammuz_text =
    "\u064a\u0633\u0639\u0649 \u0644\u0643\u0633\u0628 "
    "\u062a\u0627\u064a\u064a\u062f "
    "\u0627\u0644\u062c\u0646\u0627\u062d "
    "\u0627\u0644\u0645\u062d\u0627\u0641\u0638 "
    "\u0644\u0644\u062d\u0632\u0628 "
    "\u0627\u0644\u062f\u064a\u0645\u0648\u0642\u0631\u0627\u0637\u064a "
    "(2 \u062a\u0645\u0648\u0632/\u064a\u0648\u0644\u064a\u0648).";
const std::string k_tammuz = "\u062a\u0645\u0648\u0632";
const std::string k_yulyu = "\u064a\u0648\u0644\u064a\u0648";
const std::string k_morsi_text =
    "\u063a\u064a\u0631 \u0623\u0646 \u0645\u0648\u062c\u0629 "
    "\u0627\u0644\u0639\u0646\u0641 \u062a\u0644\u0643 "
    "\u0628\u0627\u062a\u062a \u0641\u064a "
    "\u0648\u062a\u064a\u0631\u0629 "
    "\u0645\u062a\u0632\u0627\u064a\u062f\u0629 \u0639\u0642\u0628 "
    "\u0639\u0632\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 "
    "\u0627\u0644\u0623\u0633\u0628\u0642 "
    "\u00ab\u0627\u0644\u0625\u062e\u0648\u0627\u0646\u064a\u00bb "
    "\u0645\u062d\u0645\u062f \u0645\u0631\u0633\u064a "
    "\u0645\u0637\u0644\u0639 \u064a\u0648\u0644\u064a\u0648 2013.";
const std::string k_airport_text =
    "\u0648\u062a\u0623\u0645\u0644 "
    "\u0627\u0644\u0633\u0644\u0637\u0627\u062a "
    "\u0628\u0627\u0644\u0639\u062b\u0648\u0631 \u0639\u0644\u0649 "
    "\u0645\u0634\u062a\u0631 \u064a\u062f\u0641\u0639 "
    "\u0627\u0644\u062d\u062f \u0627\u0644\u0623\u062f\u0646\u0649 "
    "\u0627\u0644\u0645\u0637\u0644\u0648\u0628 "
    "\u0644\u0633\u0639\u0631 \u0627\u0644\u0645\u0637\u0627\u0631 "
    "\u0648\u0647\u0648 28 \u0645\u0644\u064a\u0648\u0646 "
    "\u064a\u0648\u0631\u0648 \u0648\u0630\u0644\u0643 "
    "\u0642\u0628\u0644 \u0625\u063a\u0644\u0627\u0642 "
    "\u0627\u0644\u0639\u0645\u0644\u064a\u0629 \u0641\u064a "
    "\u0646\u0647\u0627\u064a\u0629 \u0634\u0647\u0631 "
    "\u0633\u0628\u062a\u0645\u0628\u0631.";
const std::string k_september = "\u0633\u0628\u062a\u0645\u0628\u0631";

std::vector<std::string> Mentions(const std::string& text, bool months) {
  NerTaggerOptions options;
  options.month_names = months;
  return testing::TagText(text, options);
}

// "al-thamin wa-l-'ishrin min juwiliya" (July 28th): the tagger alone
// reads a place; a Maghreb month is none anywhere.
TEST(NerMonthsTest, AMaghrebMonthIsNoPlace) {
  EXPECT_TRUE(
      testing::HasMention(Mentions(k_who_text, false), k_july + "\tLOC"));
  EXPECT_EQ(testing::CountMention(Mentions(k_who_text, true), k_july + "\tLOC"),
            0u);
}

// "fi nisan (abril)": April in both calendars, not a place; the carmaker
// Nissan stays an organization.
TEST(NerMonthsTest, NisanInADateButNotNissan) {
  EXPECT_TRUE(
      testing::HasMention(Mentions(k_deposits_text, false), k_nisan + "\tLOC"));
  EXPECT_EQ(
      testing::CountMention(Mentions(k_deposits_text, true), k_nisan + "\tLOC"),
      0u);
  EXPECT_TRUE(
      testing::HasMention(Mentions(k_nissan_text, true), k_nisan + "\tORG"));
}

// Theresa May ("ta'ti may", "wa-kanat may") is no month.
TEST(NerMonthsTest, ThePrimeMinisterMayStays) {
  EXPECT_EQ(testing::CountMention(Mentions(k_may_text, true), k_may + "\tPER"),
            2u);
}

// The rule alone on `text`, each word of `words` labelled by hand as a
// one-token LOC mention (a tagger's possible mistake): the labels after.
std::vector<uint16_t> DropLabelledByHand(const std::string& text,
                                         const std::vector<std::string>& words,
                                         size_t* dropped) {
  std::vector<std::pair<std::string, size_t>> by_word;
  for (const std::string& w : words) by_word.emplace_back(w, 1);  // LOC
  testing::HandLabels h;
  if (!testing::LabelByHand(text, by_word, &h)) return {};
  *dropped = DropMonthNames(h.model, text, h.analysis, h.view, &h.labels);
  return h.labels;
}

// "(2 tammuz/yulyu)": tammuz after a number, yulyu after the slash and the
// other calendar's name; "matla' yulyu 2013": before a year; "shahr
// sabtambir".
TEST(NerMonthsTest, MonthsInADateLabelledByHand) {
  size_t dropped = 0;
  std::vector<uint16_t> labels =
      DropLabelledByHand(k_tammuz_text, {k_tammuz, k_yulyu}, &dropped);
  ASSERT_FALSE(labels.empty());
  EXPECT_EQ(dropped, 2u);
  for (uint16_t l : labels) EXPECT_EQ(l, 0);
  labels = DropLabelledByHand(k_morsi_text, {k_yulyu}, &dropped);
  EXPECT_EQ(dropped, 1u);
  for (uint16_t l : labels) EXPECT_EQ(l, 0);
  // "nihayat shahr sabtambir": after "shahr" (month).
  labels = DropLabelledByHand(k_airport_text, {k_september}, &dropped);
  EXPECT_EQ(dropped, 1u);
  // "wa-qalat may" with no date: the label stays.
  labels = DropLabelledByHand(k_may_text, {k_may}, &dropped);
  EXPECT_EQ(dropped, 0u);
}

}  // namespace
}  // namespace khabar::ner
