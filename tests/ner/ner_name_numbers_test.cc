// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Numbers in names (src/ner/ner_name_numbers.h, ExtendMiscOverNumbers,
// under NerTaggerOptions::name_numbers): the rule in the tagger on a
// SaudiNewsNet sentence (2015; CC BY-NC-SA 4.0, non-commercial), with the
// committed models, and the rule alone on labels set by hand.

#include "ner/ner_name_numbers.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/ner.h"
#include "ner/ner_model.h"
#include "tag_text.h"

namespace khabar::ner {
namespace {

// 2015-07-21/1776: "... li-itlaq nizam windouz 10 ka-tarqiya majjaniya
// ..." (to release Windows 10 as a free upgrade); the tagger stops the
// MISC mention before the number.
const std::string k_windows_text =
    "\u0648\u0643\u0627\u0646\u062a "
    "\u0627\u0644\u0634\u0631\u0643\u0629 "
    "\u0627\u0644\u0623\u0645\u064a\u0631\u0643\u064a\u0629 "
    "\u062d\u062f\u062f\u062a \u0641\u064a "
    "\u0627\u0644\u0623\u0648\u0644 \u0645\u0646 "
    "\u064a\u0648\u0646\u064a\u0648 "
    "(\u062d\u0632\u064a\u0631\u0627\u0646) "
    "\u0627\u0644\u0645\u0627\u0636\u064a "
    "\u062a\u0627\u0631\u064a\u062e 29 \u064a\u0648\u0644\u064a\u0648 "
    "(\u062a\u0645\u0648\u0632) \u0627\u0644\u062c\u0627\u0631\u064a "
    "\u0645\u0648\u0639\u062f\u0627\u064b "
    "\u0631\u0633\u0645\u064a\u0627\u064b "
    "\u0644\u0625\u0637\u0644\u0627\u0642 \u0646\u0638\u0627\u0645 "
    "\u0648\u064a\u0646\u062f\u0648\u0632 10 "
    "\u0643\u062a\u0631\u0642\u064a\u0629 "
    "\u0645\u062c\u0627\u0646\u064a\u0629 "
    "\u0644\u0645\u0633\u062a\u062e\u062f\u0645\u064a "
    "\u0623\u062d\u062f\u062b \u0646\u0638\u0645 "
    "\u062a\u0634\u063a\u064a\u0644\u0647\u0627.";
const std::string k_windows = "\u0648\u064a\u0646\u062f\u0648\u0632";
const std::string k_windows_10 = "\u0648\u064a\u0646\u062f\u0648\u0632 10";

std::vector<std::string> Mentions(const std::string& text, bool extend) {
  NerTaggerOptions options;
  options.name_numbers = extend;
  return testing::TagText(text, options);
}

TEST(NerNameNumbersTest, AMiscNameTakesTheNumberAfterIt) {
  EXPECT_TRUE(testing::HasMention(Mentions(k_windows_text, true),
                                  k_windows_10 + "\tMISC"));
  // Without the rule: the mention the rule extends.
  EXPECT_TRUE(testing::HasMention(Mentions(k_windows_text, false),
                                  k_windows + "\tMISC"));
}

// The rule alone: `word` labelled a one-token mention of type index
// `type` (0 PER .. 3 MISC) by hand in `text`; returns the label of the
// token after it once the rule ran (0: O; I-MISC is 8).
uint16_t LabelAfter(const std::string& text, const std::string& word,
                    size_t type) {
  testing::HandLabels h;
  if (!testing::LabelByHandWithTaggerTokens(text, &h)) return 99;
  size_t at = h.tokens.size();
  for (size_t k = 0; k < h.tokens.size(); ++k) {
    const ByteSpan span = h.analysis.tokens[k].span;
    if (text.substr(span.begin, span.size()) == word) at = k;
  }
  if (at + 1 >= h.tokens.size()) return 99;
  h.labels[at] = h.model.SingleLabel(type);
  const std::vector<uint32_t> sentence(h.tokens.size(), 0);
  ExtendMiscOverNumbers(h.model, text, h.analysis, h.view, sentence, &h.labels);
  return h.labels[at + 1];
}

TEST(NerNameNumbersTest, AnIntegerAfterAMiscName) {
  // "atlaqat windouz 10 al-jadid." (released the new Windows 10.)
  EXPECT_EQ(LabelAfter("\u0623\u0637\u0644\u0642\u062a " + k_windows +
                           " 10 \u0627\u0644\u062c\u062f\u064a\u062f.",
                       k_windows, 3),
            8u);
  // Not a place's: "zara landan 2012." (visited London in 2012).
  EXPECT_EQ(LabelAfter("\u0632\u0627\u0631 \u0644\u0646\u062f\u0646 2012.",
                       "\u0644\u0646\u062f\u0646", 1),
            0u);
}

TEST(NerNameNumbersTest, NoAmountCurrencyOrCount) {
  // An amount: "windouz 8.1".
  EXPECT_EQ(LabelAfter("\u0623\u0637\u0644\u0642\u062a " + k_windows +
                           " 8.1 \u0627\u0644\u062c\u062f\u064a\u062f.",
                       k_windows, 3),
            0u);
  // After a currency: "irtafa'a al-dular 10 bi-l-mi'a." (the dollar rose
  // ten per cent).
  EXPECT_EQ(LabelAfter("\u0627\u0631\u062a\u0641\u0639 "
                       "\u0627\u0644\u062f\u0648\u0644\u0627\u0631 10 "
                       "\u0628\u0627\u0644\u0645\u0626\u0629.",
                       "\u0627\u0644\u062f\u0648\u0644\u0627\u0631", 3),
            0u);
  // A count: "istakhdamat al-fitu 12 marra." (used the veto 12 times).
  EXPECT_EQ(LabelAfter("\u0627\u0633\u062a\u062e\u062f\u0645\u062a "
                       "\u0627\u0644\u0641\u064a\u062a\u0648 12 "
                       "\u0645\u0631\u0629.",
                       "\u0627\u0644\u0641\u064a\u062a\u0648", 3),
            0u);
}

}  // namespace
}  // namespace khabar::ner
