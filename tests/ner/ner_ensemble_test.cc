// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The NER trainer's ensemble of seeds and averaged word types
// (NerTrainOptions::ensemble, word_type_average).

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "khabar/ner_eval.h"
#include "khabar/ner_trainer.h"
#include "morph/morph_text.h"
#include "ner/ner_model.h"
#include "tag_text.h"
#include "tiny_ner_data.h"

namespace khabar {
namespace {

TEST(NerEnsembleTest, AnEnsembleWithAveragedWordTypesIsOneModel) {
  const std::shared_ptr<const MorphModel> morph = testing::CommittedMorph();
  ASSERT_NE(morph, nullptr);
  StatusOr<std::vector<NerSentence>> data = ParseNerConll(testing::kTinyNer);
  ASSERT_TRUE(data.ok());
  NerTrainOptions options;
  options.epochs = 3;
  options.word_type_min_count = 1;
  options.min_context_count = 1;
  options.word_type_average = true;
  StatusOr<std::string> single =
      TrainNerModel(*data, {}, testing::kTinyRaw, morph, options, nullptr);
  ASSERT_TRUE(single.ok()) << single.status().ToString();
  options.ensemble = 3;
  NerTrainReport report;
  StatusOr<std::string> a =
      TrainNerModel(*data, {}, testing::kTinyRaw, morph, options, &report);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  StatusOr<std::string> b =
      TrainNerModel(*data, {}, testing::kTinyRaw, morph, options, nullptr);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*a, *b);  // deterministic
  EXPECT_NE(*a, *single);
  // Each member logs its epochs.
  EXPECT_EQ(std::count_if(report.log.begin(), report.log.end(),
                          [](const std::string& line) {
                            return line.starts_with("member 3: epoch");
                          }),
            3);
  StatusOr<std::shared_ptr<const NerModel>> model = NerModel::FromBytes(*a);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  const ner::NerModelData& m = (*model)->data();
  // The members' weights averaged: rows of any member, other weights than
  // the first member's (the single model).
  StatusOr<std::shared_ptr<const NerModel>> one = NerModel::FromBytes(*single);
  ASSERT_TRUE(one.ok());
  EXPECT_GT(m.tagger.rows(), (*one)->data().tagger.rows());
  EXPECT_GT(m.tagger2.rows(), (*one)->data().tagger2.rows());
  EXPECT_NE(m.tagger.values(), (*one)->data().tagger.values());
  EXPECT_NE(m.training_config.find(" ensemble=3"), std::string::npos);
  EXPECT_NE(m.training_config.find(" word_type_average=1"), std::string::npos);
  // The averaged word types still put lAfrwf (never in the training
  // sentences) with Kerry (PER, class 1), and fy with O.
  auto type = [&](const char* word) -> uint32_t {
    const uint32_t* v = m.word_types.Find(morph::StringKey(word));
    return v == nullptr ? 99 : (*v >> 12 & 7);
  };
  EXPECT_EQ(type("\xD9\x84\xD8\xA7\xD9\x81\xD8\xB1\xD9\x88\xD9\x81"), 1u);
  EXPECT_EQ(type("\xD9\x81\xD9\x8A"), 0u);
  // The mean of the members tags their training sentences as they do.
  MorphAnalyzer analyzer(morph);
  NerTagger tagger(*model, morph);
  std::string text;
  MorphAnalysis analysis;
  ASSERT_TRUE(AnalyzeNerSentences(&analyzer, *data, &text, &analysis).ok());
  std::vector<std::string> labels;
  ASSERT_TRUE(tagger.TagTokens(text, analysis, &labels).ok());
  EXPECT_EQ(labels,
            (std::vector<std::string>{"O", "B-PER", "I-PER", "O", "B-LOC", "O",
                                      "B-PER", "O", "B-LOC"}));
}

}  // namespace
}  // namespace khabar
