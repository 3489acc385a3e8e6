// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The extractive summarizer on the seed article (the raw page, cleaned by
// khabar's cleaner) and on real sentences: k sentences in article order,
// never the caption, the headline or dropped boilerplate, no near
// duplicates.

#include <memory>
#include <string>
#include <vector>

#include "golden_table.h"
#include "gtest/gtest.h"
#include "khabar/article.h"
#include "khabar/cleaner.h"
#include "khabar/keywords.h"
#include "khabar/morph_analyzer.h"
#include "khabar/summary.h"

namespace khabar {
namespace {

const std::string kSource = KHABAR_SOURCE_DIR;

std::shared_ptr<const MorphModel> Morph() {
  static const std::shared_ptr<const MorphModel> kModel = [] {
    auto m = MorphModel::Load(kSource + "/models/morph-padt.khm");
    return m.ok() ? *m : nullptr;
  }();
  return kModel;
}

std::shared_ptr<const DocFrequencies> Df() {
  static const std::shared_ptr<const DocFrequencies> kDf = [] {
    auto d = DocFrequencies::Load(kSource + "/models/df-saudinewsnet.khm");
    return d.ok() ? *d : nullptr;
  }();
  return kDf;
}

bool Overlaps(ByteSpan a, ByteSpan b) {
  return a.begin < b.end && b.begin < a.end;
}

// The raw seed page, analyzed whole; the cleaner's captions and dropped
// blocks are excluded, its title is the headline.
TEST(SummarizerTest, SeedSummaryAvoidsCaptionTitleAndDroppedBlocks) {
  ASSERT_NE(Morph(), nullptr);
  ASSERT_NE(Df(), nullptr);
  auto text = golden::ReadFile(kSource + "/data/samples/seed.txt");
  ASSERT_TRUE(text.ok());
  auto cleaner = Cleaner::Create({});
  ASSERT_TRUE(cleaner.ok());
  auto article = (*cleaner)->CleanText(*text);
  ASSERT_TRUE(article.ok());
  ASSERT_EQ(article->captions.size(), 1u);
  ASSERT_GE(article->title, 0);

  MorphAnalyzer analyzer(Morph());
  MorphAnalysis analysis;
  ASSERT_TRUE(analyzer.Analyze(*text, &analysis).ok());
  SummaryOptions options;
  options.df = Df().get();
  options.title = article->blocks[article->title].span;
  for (uint32_t i : article->captions) {
    options.exclude.push_back(article->blocks[i].span);
  }
  for (uint32_t i : article->dropped) {
    options.exclude.push_back(article->blocks[i].span);
  }
  std::vector<SummarySentence> summary;
  ASSERT_TRUE(Summarize(*text, analysis, options, &summary).ok());
  ASSERT_EQ(summary.size(), 3u);
  for (size_t i = 0; i < summary.size(); ++i) {
    if (i > 0) {
      EXPECT_LT(summary[i - 1].span.end, summary[i].span.begin);
    }
    EXPECT_FALSE(Overlaps(summary[i].span, options.title));
    for (const ByteSpan& e : options.exclude) {
      EXPECT_FALSE(Overlaps(summary[i].span, e))
          << text->substr(summary[i].span.begin, summary[i].span.size());
    }
    // Every chosen sentence lies in a body paragraph.
    bool in_body = false;
    for (uint32_t b : article->body) {
      in_body |= Overlaps(summary[i].span, article->blocks[b].span);
    }
    EXPECT_TRUE(in_body);
  }
  // The lead paragraph (line 9: Kerry says the US will not coordinate
  // militarily with Iran) is the article's gist and is chosen.
  const std::string first =
      text->substr(summary[0].span.begin, summary[0].span.size());
  EXPECT_NE(first.find("\xd9\x83\xd9\x8a\xd8\xb1\xd9\x8a"), std::string::npos)
      << first;  // kiri
}

// Three real-style news sentences, the second repeated word for word: the
// repeat is never chosen next to its original.
TEST(SummarizerTest, SkipsNearDuplicateSentences) {
  ASSERT_NE(Morph(), nullptr);
  // "The Saudi cabinet approved the new budget of the kingdom for next year."
  const std::string a =
      "\xd9\x88\xd8\xa7\xd9\x81\xd9\x82 \xd9\x85\xd8\xac\xd9\x84\xd8\xb3 "
      "\xd8\xa7\xd9\x84\xd9\x88\xd8\xb2\xd8\xb1\xd8\xa7\xd8\xa1 "
      "\xd8\xa7\xd9\x84\xd8\xb3\xd8\xb9\xd9\x88\xd8\xaf\xd9\x8a "
      "\xd8\xb9\xd9\x84\xd9\x89 \xd8\xa7\xd9\x84\xd9\x85\xd9\x8a\xd8\xb2\xd8"
      "\xa7\xd9\x86\xd9\x8a\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xac\xd8\xaf\xd9\x8a"
      "\xd8\xaf\xd8\xa9 \xd9\x84\xd9\x84\xd9\x85\xd9\x85\xd9\x84\xd9\x83\xd8"
      "\xa9 \xd9\x84\xd9\x84\xd8\xb9\xd8\xa7\xd9\x85 "
      "\xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xa8\xd9\x84.";
  // "The budget increases spending on education and health in the regions."
  const std::string b =
      "\xd9\x88\xd8\xaa\xd8\xb1\xd9\x81\xd8\xb9 \xd8\xa7\xd9\x84\xd9\x85\xd9"
      "\x8a\xd8\xb2\xd8\xa7\xd9\x86\xd9\x8a\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xa5"
      "\xd9\x86\xd9\x81\xd8\xa7\xd9\x82 \xd8\xb9\xd9\x84\xd9\x89 "
      "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x85 "
      "\xd9\x88\xd8\xa7\xd9\x84\xd8\xb5\xd8\xad\xd8\xa9 \xd9\x81\xd9\x8a "
      "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xa7\xd8\xb7\xd9\x82 "
      "\xd9\x88\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd9\x86.";
  // "The minister of finance said the budget supports growth and jobs."
  const std::string c =
      "\xd9\x88\xd9\x82\xd8\xa7\xd9\x84 \xd9\x88\xd8\xb2\xd9\x8a\xd8\xb1 "
      "\xd8\xa7\xd9\x84\xd9\x85\xd8\xa7\xd9\x84\xd9\x8a\xd8\xa9 \xd8\xa5\xd9"
      "\x86 \xd8\xa7\xd9\x84\xd9\x85\xd9\x8a\xd8\xb2\xd8\xa7\xd9\x86\xd9\x8a"
      "\xd8\xa9 \xd8\xaa\xd8\xaf\xd8\xb9\xd9\x85 \xd8\xa7\xd9\x84\xd9\x86\xd9"
      "\x85\xd9\x88 \xd9\x88\xd8\xa7\xd9\x84\xd9\x88\xd8\xb8\xd8\xa7\xd8\xa6"
      "\xd9\x81 \xd9\x81\xd9\x8a \xd8\xa7\xd9\x84\xd9\x82\xd8\xb7\xd8\xa7\xd8"
      "\xb9 \xd8\xa7\xd9\x84\xd8\xae\xd8\xa7\xd8\xb5.";
  const std::string text = a + "\n" + a + "\n" + b + "\n" + c;
  MorphAnalyzer analyzer(Morph());
  MorphAnalysis analysis;
  ASSERT_TRUE(analyzer.Analyze(text, &analysis).ok());
  ASSERT_EQ(analysis.sentences.size(), 4u);
  SummaryOptions options;
  options.df = Df().get();
  options.max_sentences = 3;
  std::vector<SummarySentence> summary;
  ASSERT_TRUE(Summarize(text, analysis, options, &summary).ok());
  ASSERT_EQ(summary.size(), 3u);
  EXPECT_EQ(summary[0].index, 0u);  // the lead, not its repeat
  EXPECT_EQ(summary[1].index, 2u);
  EXPECT_EQ(summary[2].index, 3u);

  // One sentence asked: the lead. None: nothing.
  options.max_sentences = 1;
  ASSERT_TRUE(Summarize(text, analysis, options, &summary).ok());
  ASSERT_EQ(summary.size(), 1u);
  options.max_sentences = 0;
  ASSERT_TRUE(Summarize(text, analysis, options, &summary).ok());
  EXPECT_TRUE(summary.empty());
}

TEST(SummarizerTest, EmptyTextAndMismatchedAnalysis) {
  std::vector<SummarySentence> summary;
  EXPECT_TRUE(Summarize("", MorphAnalysis{}, {}, &summary).ok());
  EXPECT_TRUE(summary.empty());
  MorphAnalysis bad;
  bad.sentences.push_back({{0, 50}, 0, 0});
  EXPECT_EQ(Summarize("short", bad, {}, &summary).code(),
            StatusCode::kInvalidArgument);
}

TEST(SummarizerTest, JsonCarriesOffsetsAndText) {
  std::vector<SummarySentence> s(1);
  s[0].span = {2, 5};
  s[0].score = 0.25;
  std::string out;
  AppendSummaryJson("a bcd e", s, 100, &out);
  EXPECT_EQ(out,
            "[{\"begin\":102,\"end\":105,\"text\":\"bcd\",\"score\":0.2500}]");
}

}  // namespace
}  // namespace khabar
