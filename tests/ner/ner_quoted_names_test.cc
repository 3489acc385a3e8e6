// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Quoted names after a noun that says what they name (src/ner/
// ner_quoted_names.h): the rule in the tagger on sentences of SaudiNewsNet
// articles (shortened), with the committed models.

#include "ner/ner_quoted_names.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/ner.h"
#include "tag_text.h"

namespace khabar::ner {
namespace {

// The mentions of `text`, with the rule on or off.
std::vector<std::string> Mentions(const std::string& text, bool quoted) {
  NerTaggerOptions options;
  options.quoted_names = quoted;
  return testing::TagText(text, options);
}

bool Has(const std::vector<std::string>& mentions, const std::string& m) {
  return testing::HasMention(mentions, m);
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
