// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Religious formulas (src/ner/ner_consistency.h, DropReligiousFormulas):
// the rule in the tagger on SaudiNewsNet sentences (2015), with the
// committed models.

#include <string>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/ner.h"
#include "tag_text.h"

namespace khabar::ner {
namespace {

const std::string k_prophet_text =
    "\u0648\u0647\u062c\u0648\u0645\u060c \u0642\u0628\u0644 "
    "\u062b\u0644\u0627\u062b\u0629 \u0634\u0647\u0648\u0631\u060c "
    "\u0641\u064a \u062f\u0627\u0644\u0627\u0633 "
    "(\u0648\u0644\u0627\u064a\u0629 "
    "\u062a\u0643\u0633\u0627\u0633) \u0642\u0627\u0645 "
    "\u0628\u0647 \u0645\u062a\u0637\u0631\u0641\u0648\u0646 "
    "\u0639\u0644\u0649 \u0645\u0639\u0631\u0636 "
    "\u0644\u0635\u0648\u0631 "
    "\u0643\u0627\u0631\u064a\u0643\u0627\u062a\u064a\u0631\u064a\u0629 "
    "\u0644\u0644\u0646\u0628\u064a \u0645\u062d\u0645\u062f "
    "\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 "
    "\u0639\u0644\u064a\u0647 \u0648\u0633\u0644\u0645.";
const std::string k_muhammad = "\u0645\u062d\u0645\u062f";
const std::string k_ibn_umar_text =
    "\u0639\u0646 \u0627\u0628\u0646 \u0639\u0645\u0631 "
    "\u0631\u0636\u064a \u0627\u0644\u0644\u0647 "
    "\u0639\u0646\u0647\u0645\u0627 \u0642\u0627\u0644: "
    "\u00ab\u0641\u0631\u0636 \u0631\u0633\u0648\u0644 "
    "\u0627\u0644\u0644\u0647 \u0635\u0644\u0649 "
    "\u0627\u0644\u0644\u0647 \u0639\u0644\u064a\u0647 "
    "\u0648\u0633\u0644\u0645 \u0632\u0643\u0627\u0629 "
    "\u0627\u0644\u0641\u0637\u0631 \u0635\u0627\u0639\u0627\u064b "
    "\u0645\u0646 \u062a\u0645\u0631\u060c \u0623\u0648 "
    "\u0635\u0627\u0639\u0627\u064b \u0645\u0646 "
    "\u0634\u0639\u064a\u0631.";
const std::string k_ibn_umar = "\u0627\u0628\u0646 \u0639\u0645\u0631";

std::vector<std::string> Mentions(const std::string& text, bool drop) {
  NerTaggerOptions options;
  options.religious_formulas = drop;
  return testing::TagText(text, options);
}

std::string Per(const std::string& name) { return name + "\tPER"; }

// The Prophet's name, and Ibn Umar's, end where the blessing starts; the
// tagger alone took the formula into the name.
TEST(NerFormulasTest, ANameEndsWhereItsFormulaStarts) {
  const std::string salla = " \u0635\u0644\u0649 \u0627\u0644\u0644\u0647";
  const std::string radiya = " \u0631\u0636\u064A \u0627\u0644\u0644\u0647";
  for (const auto& [text, name, formula] :
       {std::tuple{k_prophet_text, k_muhammad, salla},
        std::tuple{k_ibn_umar_text, k_ibn_umar, radiya}}) {
    const std::vector<std::string> dropped = Mentions(text, true);
    EXPECT_TRUE(testing::HasMention(dropped, Per(name))) << name;
    for (const std::string& m : dropped) {
      EXPECT_EQ(m.find(formula.substr(1)), std::string::npos) << m;
    }
    const std::vector<std::string> kept = Mentions(text, false);
    EXPECT_FALSE(testing::HasMention(kept, Per(name))) << name;
  }
}

}  // namespace
}  // namespace khabar::ner
