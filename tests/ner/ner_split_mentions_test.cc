// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Names cut in two (src/ner/ner_split_mentions.h, JoinSplitMentions, under
// NerTaggerOptions::split_mentions): the rule in the tagger on an ANT corpus
// article (Jawhara FM, Tunisia, 2017; Apache 2.0, citation requested), with
// the committed models, and the rule alone on labels set by hand.

#include "ner/ner_split_mentions.h"

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

// JA-internationalNews-944-20170527 (title, blank line, text): "dayr
// al-zur" five times; the tagger cuts the fourth ("muhafazat dayr al-zur
// al-hududiya") in two.
const std::string k_dayr_text =
    "\u0633\u0648\u0631\u064a\u0627 : \u0641\u0631\u0627\u0631 "
    "\u0645\u0626\u0627\u062a "
    "\u0627\u0644\u0645\u062f\u0646\u064a\u064a\u0646 \u0645\u0646 "
    "\u0645\u0646\u0627\u0637\u0642 \u062a\u062d\u062a "
    "\u0633\u064a\u0637\u0631\u0629 \"\u062f\u0627\u0639\u0634\" "
    "\u0627\u0644\u0625\u0631\u0647\u0627\u0628\u064a\n"
    "\n"
    "\u062a\u0645\u0643\u0646 \u0645\u0626\u0627\u062a "
    "\u0627\u0644\u0645\u062f\u0646\u064a\u064a\u0646 \u0645\u0646 "
    "\u0627\u0644\u0641\u0631\u0627\u0631 \u0645\u0646 "
    "\u0645\u062f\u064a\u0646\u062a\u064a "
    "\"\u0627\u0644\u0628\u0648\u0643\u0645\u0627\u0644\" "
    "\u0648\"\u0627\u0644\u0645\u064a\u0627\u062f\u064a\u0646\" "
    "\u0641\u064a \u0645\u062d\u0627\u0641\u0638\u0629 "
    "\u062f\u064a\u0631 \u0627\u0644\u0632\u0648\u0631 "
    "\u0634\u0631\u0642 \u0633\u0648\u0631\u064a\u0627 \u0648 "
    "\u0627\u0644\u062a\u064a \u064a\u0633\u064a\u0637\u0631 "
    "\u0639\u0644\u064a\u0647\u0645\u0627 "
    "\u062a\u0646\u0638\u064a\u0645 \u062f\u0627\u0639\u0634 "
    "\u0627\u0644\u0625\u0631\u0647\u0627\u0628\u064a\u060c \u0648 "
    "\u0630\u0644\u0643 \u0628\u0639\u062f "
    "\u063a\u0627\u0631\u0627\u062a \u0646\u0641\u0630\u0647\u0627 "
    "\u0627\u0644\u0637\u064a\u0631\u0627\u0646 "
    "\u0627\u0644\u0631\u0648\u0633\u064a \u0648 "
    "\u0627\u0644\u0633\u0648\u0631\u064a \u0641\u064a "
    "\u0647\u0630\u0647 "
    "\u0627\u0644\u0645\u062d\u0627\u0641\u0638\u0629 "
    "\u0627\u0644\u062d\u062f\u0648\u062f\u064a\u0629 "
    "\u0627\u0644\u0639\u0631\u0627\u0642.\n"
    "\u0648\u0630\u0643\u0631\u062a \u0645\u0635\u0627\u062f\u0631 "
    "\u0625\u0639\u0644\u0627\u0645\u064a\u0629 \u064a\u0648\u0645 "
    "\u0627\u0644\u0633\u0628\u062a \u0623\u0646 "
    "\u0645\u062f\u064a\u0646\u062a\u064a "
    "\u0627\u0644\u0628\u0648\u0643\u0645\u0627\u0644 "
    "\u0648\u0627\u0644\u0645\u064a\u0627\u062f\u064a\u0646 "
    "\u0641\u064a \u0645\u062d\u0627\u0641\u0638\u0629 "
    "\u062f\u064a\u0631 \u0627\u0644\u0632\u0648\u0631 "
    "\u062a\u0634\u0647\u062f\u0627\u0646 \u062d\u0631\u0643\u0629 "
    "\u0646\u0632\u0648\u062d \u0648\u0627\u0633\u0639\u0629 "
    "\u0634\u0645\u0644\u062a \u062d\u062a\u0649 "
    "\u0627\u0644\u0622\u0646 \u0645\u0626\u0627\u062a "
    "\u0627\u0644\u0645\u0648\u0627\u0637\u0646\u064a\u0646 "
    "\u0627\u0644\u0641\u0627\u0631\u064a\u0646 \u0625\u0644\u0649 "
    "\u0642\u0631\u0649 \u0641\u064a \u0631\u064a\u0641 "
    "\u0627\u0644\u0645\u062f\u064a\u0646\u062a\u064a\u0646 "
    "\u0627\u0644\u0644\u062a\u064a\u0646 "
    "\u062a\u0642\u0639\u0627\u0646 \u0641\u064a "
    "\u0627\u0644\u0631\u064a\u0641 "
    "\u0627\u0644\u0634\u0631\u0642\u064a "
    "\u0644\u0645\u062d\u0627\u0641\u0638\u0629 \u062f\u064a\u0631 "
    "\u0627\u0644\u0632\u0648\u0631 "
    "\u0627\u0644\u063a\u0646\u064a\u0629 "
    "\u0628\u0627\u0644\u0646\u0641\u0637. "
    "\u0648\u0623\u0648\u0636\u062d\u062a "
    "\u0627\u0644\u0645\u0635\u0627\u062f\u0631 \u0627\u0646 "
    "\u062d\u0631\u0643\u0629 \u0627\u0644\u0646\u0632\u0648\u062d "
    "\u0647\u0630\u0647 \u0628\u062f\u0623\u062a "
    "\u0627\u0644\u062c\u0645\u0639\u0629 "
    "\u0648\u062a\u062a\u0648\u0627\u0635\u0644 "
    "\u0635\u0628\u0627\u062d \u0627\u0644\u0633\u0628\u062a\u060c "
    "\u0648 \u0623\u0646 \u0645\u0646 \u0628\u064a\u0646 "
    "\u0627\u0644\u0646\u0627\u0632\u062d\u064a\u0646 "
    "\u0623\u0642\u0627\u0631\u0628 "
    "\u0644\u0645\u0633\u0644\u062d\u064a\u0646 \u0641\u064a "
    "\u0627\u0644\u062a\u0646\u0638\u064a\u0645 "
    "\u0627\u0644\u0625\u0631\u0647\u0627\u0628\u064a. "
    "\u064a\u0634\u0627\u0631 \u0625\u0644\u0649 \u0623\u0646 "
    "\u0637\u0627\u0626\u0631\u0627\u062a "
    "\u0627\u0644\u062a\u062d\u0627\u0644\u0641 "
    "\u0627\u0644\u062f\u0648\u0644\u064a \u0636\u062f "
    "\u062f\u0627\u0639\u0634 "
    "\u0648\u0627\u0644\u0637\u0627\u0626\u0631\u0627\u062a "
    "\u0627\u0644\u0633\u0648\u0631\u064a\u0629 "
    "\u0648\u0627\u0644\u0631\u0648\u0633\u064a\u0629 "
    "\u062a\u0633\u062a\u0647\u062f\u0641 "
    "\u0645\u0648\u0627\u0642\u0639 "
    "\u0627\u0644\u0625\u0631\u0647\u0627\u0628\u064a\u064a\u0646 "
    "\u0641\u064a \u0645\u062d\u0627\u0641\u0638\u0629 "
    "\u062f\u064a\u0631 \u0627\u0644\u0632\u0648\u0631 "
    "\u0627\u0644\u062d\u062f\u0648\u062f\u064a\u0629 \u0645\u0639 "
    "\u0627\u0644\u0639\u0631\u0627\u0642 "
    "\u0648\u0627\u0644\u062a\u064a \u064a\u0633\u064a\u0637\u0631 "
    "\u062a\u0646\u0638\u064a\u0645 \"\u062f\u0627\u0639\u0634\" "
    "\u0639\u0644\u0649 \u062c\u0632\u0621 "
    "\u0645\u0639\u062a\u0628\u0631 \u0645\u0646\u0647\u0627\u060c "
    "\u0628\u0627\u0633\u062a\u062b\u0646\u0627\u0621 "
    "\u0627\u062c\u0632\u0627\u0621 \u0645\u0646 "
    "\u0645\u062f\u064a\u0646\u0629 \u062f\u064a\u0631 "
    "\u0627\u0644\u0632\u0648\u0631 \u0645\u0631\u0643\u0632 "
    "\u0627\u0644\u0645\u062d\u0627\u0641\u0638\u0629 "
    "\u0648\u0645\u0637\u0627\u0631\u0647\u0627 "
    "\u0627\u0644\u0639\u0633\u0643\u0631\u064a\u060c "
    "\u0648\u0628\u0639\u0636 \u0627\u0644\u0642\u0631\u0649 "
    "\u0627\u0644\u0645\u062d\u062f\u0648\u062f\u0629 \u0641\u064a "
    "\u0631\u064a\u0641\u0647\u0627 "
    "\u0627\u0644\u063a\u0631\u0628\u064a.";
const std::string k_dayr_al_zur =
    "\u062f\u064a\u0631 \u0627\u0644\u0632\u0648\u0631";
const std::string k_dayr = "\u062f\u064a\u0631";
const std::string k_al_zur = "\u0627\u0644\u0632\u0648\u0631";

std::vector<std::string> Mentions(const std::string& text, bool join) {
  NerTaggerOptions options;
  options.split_mentions = join;
  return testing::TagText(text, options);
}

std::string Loc(const std::string& name) { return name + "\tLOC"; }

TEST(NerSplitMentionsTest, ANameCutInTwoIsWholeWhereTheTextNamesItWhole) {
  const std::vector<std::string> joined = Mentions(k_dayr_text, true);
  EXPECT_EQ(testing::CountMention(joined, Loc(k_dayr_al_zur)), 5u);
  EXPECT_FALSE(testing::HasMention(joined, Loc(k_dayr)));
  EXPECT_FALSE(testing::HasMention(joined, Loc(k_al_zur)));
  // Without the rule: the cut the rule mends.
  const std::vector<std::string> apart = Mentions(k_dayr_text, false);
  EXPECT_EQ(testing::CountMention(apart, Loc(k_dayr_al_zur)), 4u);
  EXPECT_TRUE(testing::HasMention(apart, Loc(k_dayr)));
  EXPECT_TRUE(testing::HasMention(apart, Loc(k_al_zur)));
}

// The rule alone. "khan shaykhun" (a Syrian town, ANT 2017): sentence 0
// names it in one mention, a later sentence cuts it in two.
const std::string k_khan = "\u062e\u0627\u0646";
const std::string k_shaykhun = "\u0634\u064a\u062e\u0648\u0646";
const std::string k_wa_shaykhun = "\u0648\u0634\u064a\u062e\u0648\u0646";
// "qusifat khan shaykhun." (Khan Shaykhun was bombed.)
const std::string k_bombed =
    "\u0642\u0635\u0641\u062a \u062e\u0627\u0646 "
    "\u0634\u064a\u062e\u0648\u0646.";
// "thumma zara khan shaykhun." (Then he visited Khan Shaykhun.)
const std::string k_visited =
    "\u062b\u0645 \u0632\u0627\u0631 \u062e\u0627\u0646 "
    "\u0634\u064a\u062e\u0648\u0646.";
// "thumma zara khan wa-shaykhun." (... Khan and Shaykhun.)
const std::string k_visited_wa =
    "\u062b\u0645 \u0632\u0627\u0631 \u062e\u0627\u0646 "
    "\u0648\u0634\u064a\u062e\u0648\u0646.";
// "thumma 'ada." (Then he came back.)
const std::string k_filler = "\u062b\u0645 \u0639\u0627\u062f. ";

// Labels `text` by hand: in its first sentence "khan" + the next token as
// one MISC mention when `whole_first`, in its last sentence "khan" an ORG
// mention and the next token a PER mention; runs the rule. Returns the
// labels of the last sentence's "khan" and the token after it (B = 1 + 2
// type, I = B + 1), and the mentions joined.
struct Result {
  uint16_t khan = 0;
  uint16_t next = 0;
  size_t joined = 0;
};

// The sentence of each token of h.
std::vector<uint32_t> Sentences(const testing::HandLabels& h) {
  std::vector<uint32_t> sentence(h.tokens.size(), 0);
  for (size_t s = 0; s < h.analysis.sentences.size(); ++s) {
    const MorphSentence& ms = h.analysis.sentences[s];
    for (uint32_t k = 0; k < ms.token_count; ++k) {
      sentence[ms.first_token + k] = static_cast<uint32_t>(s);
    }
  }
  return sentence;
}

// The tokens of `text` that are `word`, in order.
std::vector<size_t> TokensOf(const std::string& text,
                             const testing::HandLabels& h,
                             const std::string& word) {
  std::vector<size_t> at;
  for (size_t k = 0; k < h.tokens.size(); ++k) {
    const ByteSpan span = h.analysis.tokens[k].span;
    if (text.substr(span.begin, span.size()) == word) at.push_back(k);
  }
  return at;
}

Result JoinByHand(const std::string& text, bool whole_first) {
  testing::HandLabels h;
  Result r;
  if (!testing::LabelByHandWithTaggerTokens(text, &h)) return r;
  const std::vector<uint32_t> sentence = Sentences(h);
  std::vector<size_t> khans;
  for (size_t k = 0; k + 1 < h.tokens.size(); ++k) {
    const ByteSpan span = h.analysis.tokens[k].span;
    if (text.substr(span.begin, span.size()) == k_khan) khans.push_back(k);
  }
  if (khans.size() != 2) return r;
  const size_t first = khans.front(), last = khans.back();
  if (whole_first) {
    h.labels[first] = h.model.Label(3, 0);
    h.labels[first + 1] = h.model.Label(3, 1);
  }
  h.labels[last] = h.model.Label(2, 0);
  h.labels[last + 1] = h.model.Label(0, 0);
  r.joined =
      JoinSplitMentions(h.model, text, h.analysis, h.view, sentence, &h.labels);
  r.khan = h.labels[last];
  r.next = h.labels[last + 1];
  return r;
}

TEST(NerSplitMentionsTest, JoinsWithTheTypeOfTheWholeMention) {
  const Result r = JoinByHand(k_bombed + " " + k_visited, true);
  EXPECT_EQ(r.joined, 1u);
  EXPECT_EQ(r.khan, 7u);  // B-MISC, not B-ORG
  EXPECT_EQ(r.next, 8u);  // I-MISC, not B-PER
}

TEST(NerSplitMentionsTest, NoWholeMentionNoJoin) {
  const Result r = JoinByHand(k_bombed + " " + k_visited, false);
  EXPECT_EQ(r.joined, 0u);
  EXPECT_EQ(r.khan, 5u);  // B-ORG
  EXPECT_EQ(r.next, 1u);  // B-PER
}

TEST(NerSplitMentionsTest, TooFarAwayNoJoin) {
  std::string text = k_bombed + " ";
  for (size_t i = 1; i < kNerHistoryWindow; ++i) text += k_filler;
  // Exactly at the window's edge: joined; one sentence more: apart.
  EXPECT_EQ(JoinByHand(text + k_visited, true).joined, 1u);
  const Result far = JoinByHand(text + k_filler + k_visited, true);
  EXPECT_EQ(far.joined, 0u);
  EXPECT_EQ(far.next, 1u);
}

TEST(NerSplitMentionsTest, TheNearestOfManyWholeMentionsCounts) {
  // "khan shaykhun" whole in sentences 0-39, then fillers; cut in two in
  // sentence 60 (20 after the last whole one: joined) and in sentence 70
  // (30 after: apart).
  std::string text;
  for (int i = 0; i < 40; ++i) text += k_bombed + " ";
  for (int i = 40; i < 60; ++i) text += k_filler;
  text += k_visited + " ";
  for (int i = 61; i < 70; ++i) text += k_filler;
  text += k_visited;
  testing::HandLabels h;
  ASSERT_TRUE(testing::LabelByHandWithTaggerTokens(text, &h));
  const std::vector<size_t> khan = TokensOf(text, h, k_khan);
  ASSERT_EQ(khan.size(), 42u);
  for (size_t i = 0; i < 40; ++i) {
    h.labels[khan[i]] = h.model.Label(1, 0);
    h.labels[khan[i] + 1] = h.model.Label(1, 1);
  }
  for (size_t i = 40; i < 42; ++i) {
    h.labels[khan[i]] = h.model.Label(1, 0);
    h.labels[khan[i] + 1] = h.model.Label(2, 0);
  }
  const std::vector<uint32_t> sentence = Sentences(h);
  ASSERT_EQ(sentence[khan[40]], 60u);
  ASSERT_EQ(sentence[khan[41]], 70u);
  EXPECT_EQ(
      JoinSplitMentions(h.model, text, h.analysis, h.view, sentence, &h.labels),
      1u);
  EXPECT_EQ(h.labels[khan[40] + 1], h.model.Label(1, 1));  // joined
  EXPECT_EQ(h.labels[khan[41] + 1], h.model.Label(2, 0));  // apart
}

TEST(NerSplitMentionsTest, NamesCoordinatedByWaStayApart) {
  // Even where the pair is one mention nearby (the tagger's own mistake
  // there, "bilmukhtar wa-l-ansari" in SaudiNewsNet).
  const std::string text = k_visited_wa + " " + k_visited_wa;
  testing::HandLabels h;
  ASSERT_TRUE(testing::LabelByHandWithTaggerTokens(text, &h));
  std::vector<size_t> at;
  for (size_t k = 0; k < h.tokens.size(); ++k) {
    const ByteSpan span = h.analysis.tokens[k].span;
    const std::string word = text.substr(span.begin, span.size());
    if (word == k_khan || word == k_wa_shaykhun) at.push_back(k);
  }
  ASSERT_EQ(at.size(), 4u);
  ASSERT_FALSE(h.tokens[at[3]].proclitics.empty()) << "wa- not split off";
  h.labels[at[0]] = h.model.Label(1, 0);
  h.labels[at[1]] = h.model.Label(1, 1);
  h.labels[at[2]] = h.model.Label(1, 0);
  h.labels[at[3]] = h.model.Label(1, 0);
  std::vector<uint32_t> sentence(h.tokens.size(), 0);
  for (size_t k = at[2] - 2; k < h.tokens.size(); ++k) sentence[k] = 1;
  EXPECT_EQ(
      JoinSplitMentions(h.model, text, h.analysis, h.view, sentence, &h.labels),
      0u);
  EXPECT_EQ(h.labels[at[3]], h.model.Label(1, 0));
}

// "fi" (in), read as a preposition.
const std::string k_fi = "\u0641\u064a";

// Labels `text` (two sentences, "khan" and "shaykhun" in each) by hand:
// in the first, `first_word` + "shaykhun" one mention of type
// `whole_type` (first_word "khan" or "fi" before "shaykhun"); in the
// second, `second` LOC labels for "khan" and "shaykhun" (0: O). Runs
// ExtendToWholeMentions; returns the second sentence's labels of
// `first_word` and "shaykhun", then the mentions extended.
std::vector<size_t> ExtendByHand(const std::string& text,
                                 const std::string& first_word,
                                 size_t whole_type,
                                 std::vector<uint16_t> second) {
  testing::HandLabels h;
  if (!testing::LabelByHandWithTaggerTokens(text, &h)) return {};
  const std::vector<size_t> words = TokensOf(text, h, first_word);
  const std::vector<size_t> shaykhun = TokensOf(text, h, k_shaykhun);
  if (words.size() != 2 || shaykhun.size() != 2) return {};
  h.labels[words[0]] = h.model.Label(whole_type, 0);
  h.labels[shaykhun[0]] = h.model.Label(whole_type, 1);
  h.labels[words[1]] = second[0];
  h.labels[shaykhun[1]] = second[1];
  const size_t extended = ExtendToWholeMentions(
      h.model, text, h.analysis, h.view, Sentences(h), &h.labels);
  return {h.labels[words[1]], h.labels[shaykhun[1]], extended};
}

TEST(NerSplitMentionsTest, AMentionCutShortTakesTheWordsOfTheWholeMention) {
  const std::string text = k_bombed + " " + k_visited;
  // "khan" alone, then "shaykhun" alone: each takes the other.
  EXPECT_EQ(ExtendByHand(text, k_khan, 1, {3, 0}),
            (std::vector<size_t>{3, 4, 1}));
  EXPECT_EQ(ExtendByHand(text, k_khan, 1, {0, 3}),
            (std::vector<size_t>{3, 4, 1}));
}

TEST(NerSplitMentionsTest, AWholeMentionOfAnotherTypeExtendsNothing) {
  const std::string text = k_bombed + " " + k_visited;
  EXPECT_EQ(ExtendByHand(text, k_khan, 2, {3, 0}),
            (std::vector<size_t>{3, 0, 0}));
}

TEST(NerSplitMentionsTest, APrepositionIsNoNamesWord) {
  // "qusifat fi shaykhun. thumma zara fi shaykhun." with "fi shaykhun" a
  // LOC mention in the first sentence (the tagger's mistake there).
  const std::string text =
      "\u0642\u0635\u0641\u062a \u0641\u064a "
      "\u0634\u064a\u062e\u0648\u0646. \u062b\u0645 "
      "\u0632\u0627\u0631 \u0641\u064a "
      "\u0634\u064a\u062e\u0648\u0646.";
  EXPECT_EQ(ExtendByHand(text, k_fi, 1, {0, 3}),
            (std::vector<size_t>{0, 3, 0}));
}

}  // namespace
}  // namespace khabar::ner
