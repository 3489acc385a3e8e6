// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/conllu.h"

#include <string>
#include <vector>

#include "golden_table.h"
#include "gtest/gtest.h"

namespace khabar {
namespace {

constexpr char kTwoSentences[] =
    "# sent_id = 1\n"
    "# text = del mundo\n"
    "1-2\tdel\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "1\tde\tde\tADP\t_\t_\t3\tcase\t_\t_\n"
    "2\tel\tel\tDET\t_\tDefinite=Def\t3\tdet\t_\t_\n"
    "3\tmundo\tmundo\tNOUN\t_\tNumber=Sing\t0\troot\t_\t_\n"
    "\n"
    "# sent_id s-p2\n"
    "1\thola\thola\tINTJ\t_\t_\t0\troot\t_\t_\n"
    "1.1\tx\tx\tX\t_\t_\t_\t_\t1:dep\t_\n"
    "\n";

StatusOr<std::vector<ConlluSentence>> Parse(const std::string& text) {
  return ParseConllu(text);
}

TEST(ConlluTest, ParsesWordsRangesCommentsAndEmptyNodes) {
  auto s = Parse(kTwoSentences);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 2u);
  const ConlluSentence& a = (*s)[0];
  ASSERT_EQ(a.comments.size(), 2u);
  EXPECT_EQ(a.comments[1], "# text = del mundo");
  ASSERT_EQ(a.words.size(), 3u);
  EXPECT_EQ(a.words[1].id, 2);
  EXPECT_EQ(a.words[1].form, "el");
  EXPECT_EQ(a.words[1].feats, "Definite=Def");
  EXPECT_EQ(a.words[2].deprel, "root");
  ASSERT_EQ(a.multiwords.size(), 1u);
  EXPECT_EQ(a.multiwords[0].first, 1);
  EXPECT_EQ(a.multiwords[0].last, 2);
  EXPECT_EQ(a.multiwords[0].form, "del");
  EXPECT_EQ(a.multiwords[0].misc, "SpaceAfter=No");
  const ConlluSentence& b = (*s)[1];
  ASSERT_EQ(b.empty_nodes.size(), 1u);
  EXPECT_EQ(b.empty_nodes[0].id, 1);
  EXPECT_EQ(b.empty_nodes[0].empty_index, 1);
  EXPECT_EQ(b.empty_nodes[0].deps, "1:dep");
}

TEST(ConlluTest, WriteRoundTripsExactly) {
  auto s = Parse(kTwoSentences);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(WriteConllu(*s), kTwoSentences);
}

TEST(ConlluTest, AcceptsCrlfAndMissingFinalBlankLine) {
  auto s = Parse(
      "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\r\n\r\n\n"
      "1\tb\tb\tX\t_\t_\t0\troot\t_\t_");
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 2u);
  EXPECT_EQ((*s)[0].words[0].misc, "_");
  EXPECT_EQ((*s)[1].words[0].form, "b");
}

TEST(ConlluTest, EmptyInputHasNoSentences) {
  auto s = Parse("");
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s->empty());
  s = Parse("\n\n");
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s->empty());
}

TEST(ConlluTest, CommentValueReadsBothStyles) {
  auto s = Parse(kTwoSentences);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(ConlluCommentValue((*s)[0], "sent_id"), "1");
  EXPECT_EQ(ConlluCommentValue((*s)[0], "text"), "del mundo");
  EXPECT_EQ(ConlluCommentValue((*s)[1], "sent_id"), "s-p2");
  EXPECT_EQ(ConlluCommentValue((*s)[1], "sent"), "");
  EXPECT_FALSE(ConlluHasComment((*s)[0], "newdoc"));
  ConlluSentence with_doc = (*s)[0];
  with_doc.comments.push_back("# newdoc");
  EXPECT_TRUE(ConlluHasComment(with_doc, "newdoc"));
}

struct BadCase {
  const char* text;
  StatusCode code;
  const char* message;
};

TEST(ConlluTest, RejectsMalformedInputWithLineNumber) {
  const BadCase cases[] = {
      {"1\ta\ta\tX\t_\t_\t0\troot\t_\n", StatusCode::kDataLoss,
       "line 1: expected 10 TAB-separated columns, got 9"},
      {"1\ta\ta\tX\t_\t_\t0\troot\t_\t_\t_\n", StatusCode::kDataLoss,
       "line 1: more than 10 columns"},
      {"# c\n2\ta\ta\tX\t_\t_\t0\troot\t_\t_\n", StatusCode::kDataLoss,
       "line 2: word id out of order: expected 1"},
      {"x\ta\ta\tX\t_\t_\t0\troot\t_\t_\n", StatusCode::kDataLoss,
       "line 1: malformed word id"},
      {"1-\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", StatusCode::kDataLoss,
       "line 1: malformed range id"},
      {"2-1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", StatusCode::kDataLoss,
       "line 1: malformed range id"},
      {"1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n\n",
       StatusCode::kDataLoss, "line 3: range id ends past the last word"},
      {"1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n2.1\ta\ta\tX\t_\t_\t_\t_\t_\t_\n",
       StatusCode::kDataLoss, "line 2: empty node id out of order"},
      {"1\t\xFF\ta\tX\t_\t_\t0\troot\t_\t_\n", StatusCode::kDataLoss,
       "line 1: invalid UTF-8"},
      {"-1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n", StatusCode::kDataLoss,
       "line 1: malformed range id"},
  };
  for (const BadCase& c : cases) {
    auto s = ParseConllu(c.text);
    ASSERT_FALSE(s.ok()) << c.text;
    EXPECT_EQ(s.status().code(), c.code) << c.text;
    EXPECT_EQ(s.status().message(), c.message) << c.text;
  }
}

TEST(ConlluTest, RejectsLinesLongerThanOneMebibyte) {
  std::string text = "1\t" + std::string(kConlluMaxLineBytes, 'a') +
                     "\ta\tX\t_\t_\t0\troot\t_\t_\n";
  auto s = ParseConllu(text);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(s.status().message(), "line 1: longer than 1 MiB");
}

TEST(ConlluTest, ParsesThePadtSample) {
  auto text = golden::ReadFile(golden::GoldenPath("morph/padt_sample.conllu"));
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  auto s = ParseConllu(*text);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 5u);
  EXPECT_EQ((*s)[0].words.size(), 13u);
  EXPECT_EQ(ConlluCommentValue((*s)[0], "orig_file_sentence"),
            "AFP_ARB_20000815.0042#14");
  EXPECT_TRUE((*s)[0].multiwords.empty());
  EXPECT_EQ(WriteConllu(*s), *text);
}

}  // namespace
}  // namespace khabar
