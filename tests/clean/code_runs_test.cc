// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Style and script code in the text of an article (src/clean/code_runs.cc).
// The code is the poll widget that SaudiNewsNet (CC BY-NC-SA 4.0; tests
// quote it for research) pasted into 8 articles of 2015 between a poll's
// question and its options (2015-07-21/1393, shortened).

#include "clean/code_runs.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "khabar/cleaner.h"

namespace khabar {
namespace {

const std::string k_question =
    "\u0623\u0645 \u0647\u0646\u0627\u0643 "
    "\u0627\u0639\u062a\u0631\u0627\u0636 \u0639\u0644\u0649 "
    "\u0645\u0627 \u062a\u0641\u0636\u0644\u0647 "
    "\u0648\u0644\u0627 \u062a\u0633\u062a\u0637\u064a\u0639 "
    "\u0625\u0646\u0643\u0627\u0631\u0647\u061f.";
const std::string k_poll =
    "\u0643\u064a\u0641 \u062a\u062a\u0646\u0627\u0648\u0644 "
    "\u0625\u0641\u0637\u0627\u0631\u0643 \u0641\u064a "
    "\u0631\u0645\u0636\u0627\u0646\u061f "
    "\u062a\u0646\u0627\u0648\u0644 \u062c\u0645\u064a\u0639 "
    "\u0627\u0644\u0623\u0637\u0639\u0645\u0629 \u0645\u0639 "
    "\u0648\u0642\u062a \u0623\u0630\u0627\u0646 "
    "\u0627\u0644\u0645\u063a\u0631\u0628";
const std::string k_wait =
    "jQuery('#vote_area2').html('\u0627\u0646\u062a\u0638\u0631 "
    "\u0644\u062d\u0638\u0627\u062a\u2026'); ";
const std::string k_quran =
    "\u0642\u0627\u0644 \u0633\u0628\u062d\u0627\u0646\u0647 "
    "\u0648\u062a\u0639\u0627\u0644\u0649: "
    "{\u0648\u0643\u0644\u0648\u0627 "
    "\u0648\u0627\u0634\u0631\u0628\u0648\u0627 "
    "\u0648\u0644\u0627 \u062a\u0633\u0631\u0641\u0648\u0627 "
    "\u0625\u0646\u0647 \u0644\u0627 \u064a\u062d\u0628 "
    "\u0627\u0644\u0645\u0633\u0631\u0641\u064a\u0646}\u060c "
    "\u0648\u0643\u0630\u0644\u0643 \u0642\u0648\u0644\u0647 "
    "\u062a\u0639\u0627\u0644\u0649 {\u0648\u0644\u0627 "
    "\u062a\u0632\u0631 \u0648\u0627\u0632\u0631\u0629 "
    "\u0648\u0632\u0631 \u0623\u062e\u0631\u0649}; "
    "\u0648\u0642\u0627\u0644: {\u0643\u064f\u0646 "
    "\u0641\u064e\u064a\u064e\u0643\u064f\u0648\u0646\u064f};";
const std::string k_jihad =
    "\u0648\u0633\u0631\u0627\u064a\u0627 "
    "\u0627\u0644\u0642\u062f\u0633 "
    "\u0627\u0644\u062a\u0627\u0628\u0639\u0629 "
    "\u0644\u0640{\u0627\u0644\u062c\u0647\u0627\u062f "
    "\u0627\u0644\u0625\u0633\u0644\u0627\u0645\u064a}\u060c "
    "\u0648\u0623\u0633\u0641\u0631\u062a \u0639\u0646 "
    "\u062a\u062f\u0645\u064a\u0631 \u062e\u0645\u0633 "
    "\u0633\u064a\u0627\u0631\u0627\u062a "
    "{\u0646\u0642\u0637\u0629: \u0623\u0648\u0644\u0649; "
    "\u062b\u0627\u0646\u064a\u0629; "
    "\u062b\u0627\u0644\u062b\u0629}";

const std::string k_css =
    "#vote_area2 ul { padding: 0; margin: 0; } .box_vote { zborder:solid 1px "
    "#ccc; padding:18px; margin-bottom:10px; overflow: hidden; } "
    "jQuery.noConflict(); jQuery(document).ready(function(){ "
    "jQuery('#vote_form2').submit(function() { ";
const std::string k_css_end = "return false; }); });";

std::string Code() { return k_css + k_wait + k_css_end; }

std::string Slice(const std::string& text, const CodeRun& r) {
  return text.substr(r.begin, r.end - r.begin);
}

// The run is the whole widget: from the selector after the question's
// marks to the script's last brace, Arabic string inside included.
TEST(CodeRunsTest, AWidgetsStyleAndScriptAreOneRun) {
  const std::string text = k_question + " " + Code() + " " + k_poll;
  const std::optional<CodeRun> run = FindCodeRun(text, 0);
  ASSERT_TRUE(run.has_value());
  EXPECT_EQ(Slice(text, *run), Code());
  EXPECT_FALSE(FindCodeRun(text, run->end).has_value());
  // Prose after the code ends it, though a brace and a semicolon follow.
  const std::string verse = k_question + " " + Code() + " " + k_quran;
  const std::optional<CodeRun> before_verse = FindCodeRun(verse, 0);
  ASSERT_TRUE(before_verse.has_value());
  EXPECT_EQ(Slice(verse, *before_verse), Code());
}

// Braces as quotation marks around Arabic words (a Quran verse, a name),
// even with ':' and ';' near them, are no code.
TEST(CodeRunsTest, BracesAroundArabicWordsAreNoCode) {
  EXPECT_FALSE(FindCodeRun(k_quran, 0).has_value());
  EXPECT_FALSE(FindCodeRun(k_jihad, 0).has_value());
  // A short brace block in Latin letters is too little to be code.
  EXPECT_FALSE(FindCodeRun("{ a: 1; }", 0).has_value());
}

// The cleaner keeps the question and the options as two paragraphs with
// their offsets and drops the code between them, saying why.
TEST(CodeRunsTest, TheCleanerDropsTheCodeAndKeepsTheWordsAround) {
  auto cleaner = Cleaner::Create({});
  ASSERT_TRUE(cleaner.ok());
  const std::string text = k_question + " " + Code() + " " + k_poll;
  NewsRecord r;
  r.id = "2015-07-21/1393";
  r.title = k_poll.substr(0, k_poll.find(' '));
  r.text = text;
  auto a = (*cleaner)->CleanRecord(r);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_GE(a->title, 0);
  ASSERT_EQ(a->body.size(), 2u);
  const Block& question = a->blocks[a->body[0]];
  const Block& options = a->blocks[a->body[1]];
  EXPECT_EQ(a->input.substr(question.span.begin, question.span.size()),
            k_question);
  EXPECT_EQ(a->input.substr(options.span.begin, options.span.size()), k_poll);
  int code = -1;
  for (uint32_t i : a->dropped) {
    if (a->blocks[i].note == "style or script code") code = static_cast<int>(i);
  }
  ASSERT_GE(code, 0);
  const Block& b = a->blocks[code];
  EXPECT_EQ(b.reason, DropReason::kBoilerplate);
  EXPECT_EQ(a->input.substr(b.span.begin, b.span.size()), Code());
  EXPECT_EQ(b.line, question.line);
}

// Text without code comes through whole, as one block.
TEST(CodeRunsTest, TextWithoutCodeIsOneBlock) {
  std::vector<Block> blocks(1);
  blocks[0].span = {0, static_cast<uint32_t>(k_quran.size())};
  SplitCodeRuns(k_quran, &blocks);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].span.end, k_quran.size());
  EXPECT_EQ(blocks[0].role, PartRole::kParagraph);
}

}  // namespace
}  // namespace khabar
