// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/extraction_eval.h"

#include "gtest/gtest.h"

namespace khabar {
namespace {

TEST(ExtractionEvalTest, NormalizesAllWhitespace) {
  EXPECT_EQ(NormalizeEvalWhitespace("  a \t\n b\u00A0\u00A0c\u3000 "), "a b c");
  EXPECT_EQ(NormalizeEvalWhitespace(""), "");
}

TEST(ExtractionEvalTest, CountsSnippetsAsTrafilaturaDoes) {
  ExtractionScores s;
  ScoreExtraction("The first paragraph.\nThe   second\u00A0one.",
                  {"first paragraph", "second one", "missing"},
                  {"Cookie notice", "paragraph. The second"}, &s);
  EXPECT_EQ(s.tp, 2u);
  EXPECT_EQ(s.fn, 1u);
  EXPECT_EQ(s.fp, 1u);  // spans the line break: found
  EXPECT_EQ(s.tn, 1u);
  s.Finish();
  EXPECT_DOUBLE_EQ(s.precision, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.recall, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.f1, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.accuracy, 3.0 / 5.0);
}

TEST(ExtractionEvalTest, EmptyCountsGiveZeroRatios) {
  ExtractionScores s;
  s.Finish();
  EXPECT_EQ(s.f1, 0.0);
  ExtractionScores t;
  t.tp = 3;
  s.Add(t);
  s.Finish();
  EXPECT_EQ(s.precision, 1.0);
  EXPECT_EQ(s.recall, 1.0);
}

}  // namespace
}  // namespace khabar
