// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/ner.h"

#include <algorithm>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "golden_table.h"
#include "gtest/gtest.h"
#include "khabar/conllu.h"
#include "khabar/model_file.h"
#include "khabar/morph_analyzer.h"
#include "khabar/morph_trainer.h"
#include "khabar/ner_eval.h"
#include "khabar/ner_trainer.h"
#include "model/byte_io.h"
#include "morph/morph_text.h"
#include "ner/ner_cache.h"
#include "ner/ner_cached_decode.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"
#include "tag_text.h"
#include "tiny_ner_data.h"

namespace khabar {
namespace {

using testing::kTinyNer;
using testing::kTinyRaw;

const std::string kSourceDir = KHABAR_SOURCE_DIR;

std::shared_ptr<const MorphModel> Morph() { return testing::CommittedMorph(); }
std::shared_ptr<const NerModel> Ner() { return testing::CommittedNer(); }
// A model trained on kTinyNer with `options` (no raw text).
StatusOr<std::string> TrainTinyNer(const NerTrainOptions& options) {
  if (Morph() == nullptr) return InternalError("no morphology model");
  StatusOr<std::vector<NerSentence>> data = ParseNerConll(kTinyNer);
  if (!data.ok()) return data.status();
  return TrainNerModel(*data, {}, "", Morph(), options, nullptr);
}

TEST(NerEvalTest, ParsesConllAndNormalizesTypes) {
  StatusOr<std::vector<NerSentence>> s = ParseNerConll(kTinyNer);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->size(), 2u);
  EXPECT_EQ((*s)[0].labels[1], "B-PER");
  EXPECT_EQ((*s)[0].labels[2], "I-PER");
  EXPECT_EQ((*s)[1].tokens.size(), 4u);
  StatusOr<std::vector<NerSentence>> bad = ParseNerConll("a O\nb X-LOC\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(bad.status().message().find("line 2"), std::string::npos);
  EXPECT_FALSE(ParseNerConll("lonely\n").ok());
  EXPECT_FALSE(ParseNerConll("\xFF O\n").ok());
}

TEST(NerEvalTest, ScoresExactSpansLikeConlleval) {
  const std::vector<std::vector<std::string>> gold = {
      {"B-PER", "I-PER", "O", "B-LOC"}, {"B-ORG", "I-ORG", "I-ORG"}};
  const std::vector<std::vector<std::string>> system = {
      {"B-PER", "I-PER", "O", "B-ORG"},  // PER right, LOC typed wrong
      {"B-ORG", "I-ORG", "O"}};          // ORG too short
  StatusOr<NerScores> s = ScoreNerSpans(gold, system);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->overall.gold, 3);
  EXPECT_EQ(s->overall.system, 3);
  EXPECT_EQ(s->overall.correct, 1);
  EXPECT_DOUBLE_EQ(s->overall.f1(), 1.0 / 3);
  EXPECT_EQ(s->by_type["PER"].correct, 1);
  EXPECT_EQ(s->by_type["LOC"].system, 0);
  // A stray I- after O starts a mention, as in conlleval.
  StatusOr<NerScores> stray = ScoreNerSpans({{"O", "I-LOC"}}, {{"O", "B-LOC"}});
  ASSERT_TRUE(stray.ok());
  EXPECT_EQ(stray->overall.correct, 1);
  EXPECT_FALSE(ScoreNerSpans({{"O"}}, {}).ok());
}

TEST(NerModelTest, TrainingIsDeterministicAndErrorsAreDistinct) {
  ASSERT_NE(Morph(), nullptr);
  StatusOr<std::vector<NerSentence>> data = ParseNerConll(kTinyNer);
  ASSERT_TRUE(data.ok());
  NerTrainOptions options;
  options.epochs = 3;
  StatusOr<std::string> a =
      TrainNerModel(*data, {}, "", Morph(), options, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  StatusOr<std::string> b =
      TrainNerModel(*data, {}, "", Morph(), options, nullptr);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*a, *b);
  ASSERT_TRUE(NerModel::FromBytes(*a).ok());

  std::string corrupt = *a;
  corrupt[corrupt.size() - 5] ^= 0x11;
  EXPECT_EQ(NerModel::FromBytes(corrupt).status().code(),
            StatusCode::kDataLoss);
  std::string newer = *a;
  newer[kModelMagic.size()] = static_cast<char>(kModelFormatMajor + 1);
  EXPECT_EQ(NerModel::FromBytes(newer).status().code(),
            StatusCode::kUnsupportedVersion);
  auto morph_bytes =
      golden::ReadFile(golden::GoldenPath("morph/tiny-morph-v2.khm"));
  ASSERT_TRUE(morph_bytes.ok());
  StatusOr<std::shared_ptr<const NerModel>> wrong_kind =
      NerModel::FromBytes(*morph_bytes);
  ASSERT_FALSE(wrong_kind.ok());
  EXPECT_NE(wrong_kind.status().message().find("not an NER model"),
            std::string::npos);
  EXPECT_EQ(NerModel::Load("/nonexistent/ner.khm").status().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(
      TrainNerModel({}, {}, "", Morph(), options, nullptr).status().code(),
      StatusCode::kInvalidArgument);
}

// A margin (cost-augmented decoding in training) keeps training
// deterministic, changes the weights, and is recorded in the model's
// training configuration; without one (the plain perceptron of models
// trained before it) the configuration says nothing of it.
TEST(NerModelTest, MarginTrainingIsDeterministicAndRecorded) {
  NerTrainOptions options;
  options.epochs = 3;
  options.margin = 0;
  StatusOr<std::string> plain = TrainTinyNer(options);
  options.margin = 8;
  StatusOr<std::string> a = TrainTinyNer(options);
  StatusOr<std::string> b = TrainTinyNer(options);
  ASSERT_TRUE(plain.ok() && a.ok() && b.ok());
  EXPECT_EQ(*a, *b);
  EXPECT_NE(*a, *plain);
  StatusOr<std::shared_ptr<const NerModel>> with = NerModel::FromBytes(*a);
  StatusOr<std::shared_ptr<const NerModel>> without =
      NerModel::FromBytes(*plain);
  ASSERT_TRUE(with.ok() && without.ok());
  EXPECT_NE((*with)->info().training_config.find(" margin=8"),
            std::string::npos);
  EXPECT_EQ((*without)->info().training_config.find("margin"),
            std::string::npos);
  // The weights themselves differ, not just the configuration.
  EXPECT_NE((*with)->data().tagger.values(),
            (*without)->data().tagger.values());
}

// A model says whether it reads the analysis's lemmas, stems and UD
// features, so that a caller can leave them out of the analysis only when
// it does not (the entity chain runs the morphology without them).
TEST(NerModelTest, SaysWhetherItReadsMorphAttributes) {
  NerTrainOptions options;
  options.epochs = 1;
  for (const bool morph_features : {false, true}) {
    options.morph_features = morph_features;
    StatusOr<std::string> bytes = TrainTinyNer(options);
    ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
    StatusOr<std::shared_ptr<const NerModel>> model =
        NerModel::FromBytes(*bytes);
    ASSERT_TRUE(model.ok());
    EXPECT_EQ((*model)->reads_morph_attributes(), morph_features);
  }
}

TEST(NerLabelsTest, BioesTransitionsCloseEveryMention) {
  ner::NerModelData m;
  m.types = {"PER", "LOC"};
  m.encoding = ner::NerEncoding::kBioes;
  ASSERT_EQ(m.labels(), 9u);
  const int b_per = 1, i_per = 2, e_per = 3, s_per = 4, b_loc = 5;
  EXPECT_TRUE(m.LabelStarts(b_per));
  EXPECT_TRUE(m.LabelStarts(s_per));
  EXPECT_FALSE(m.LabelStarts(e_per));
  EXPECT_TRUE(m.LabelOpen(i_per));
  EXPECT_FALSE(m.LabelOpen(e_per));
  EXPECT_EQ(m.LabelType(b_loc), 1u);
  EXPECT_TRUE(ner::NerTransitionAllowed(m, -1, b_per));
  EXPECT_FALSE(ner::NerTransitionAllowed(m, -1, i_per));
  EXPECT_TRUE(ner::NerTransitionAllowed(m, b_per, e_per));
  EXPECT_FALSE(ner::NerTransitionAllowed(m, b_per, 0));      // unclosed
  EXPECT_FALSE(ner::NerTransitionAllowed(m, b_per, b_loc));  // unclosed
  EXPECT_FALSE(ner::NerTransitionAllowed(m, i_per, 6));      // I-LOC
  EXPECT_TRUE(ner::NerTransitionAllowed(m, e_per, s_per));
  EXPECT_TRUE(ner::NerTransitionAllowed(m, s_per, 0));
  EXPECT_FALSE(ner::NerFinalAllowed(m, i_per));
  EXPECT_TRUE(ner::NerFinalAllowed(m, e_per));
  m.encoding = ner::NerEncoding::kBio;
  ASSERT_EQ(m.labels(), 5u);
  EXPECT_TRUE(ner::NerTransitionAllowed(m, 1, 0));   // B-PER, O
  EXPECT_TRUE(ner::NerTransitionAllowed(m, 1, 2));   // B-PER, I-PER
  EXPECT_FALSE(ner::NerTransitionAllowed(m, 0, 2));  // O, I-PER
  EXPECT_FALSE(ner::NerTransitionAllowed(m, 3, 2));  // B-LOC, I-PER
  EXPECT_TRUE(ner::NerFinalAllowed(m, 1));
}

// Training with a margin decodes with a cost on every wrong label: with no
// weights at all, the path found then avoids the gold label wherever the
// BIO constraints let it, and without the cost it is all O.
TEST(NerLabelsTest, CostAugmentedDecodingAvoidsTheGoldLabels) {
  ner::NerModelData m;
  m.types = {"PER", "LOC"};
  const morph::LinearModel no_weights;
  std::vector<ner::NerToken> tokens(4);
  ner::NerScratch scratch;
  std::vector<uint16_t> labels;
  ner::DecodeNer(m, no_weights, tokens, nullptr, &labels, &scratch);
  EXPECT_EQ(labels, std::vector<uint16_t>(4, 0));
  const uint16_t b_per = m.Label(0, 0), i_per = m.Label(0, 1);
  const std::vector<uint16_t> gold = {b_per, i_per, 0, m.Label(1, 0)};
  ner::DecodeNer(m, no_weights, tokens, nullptr, &labels, &scratch, &gold,
                 1.0f);
  ASSERT_EQ(labels.size(), gold.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    EXPECT_NE(labels[i], gold[i]) << i;
    if (labels[i] != 0 && m.LabelRole(labels[i]) == 1) {  // I-T: after T
      ASSERT_GT(i, 0u);
      ASSERT_NE(labels[i - 1], 0);
      EXPECT_EQ(m.LabelType(labels[i - 1]), m.LabelType(labels[i])) << i;
    }
  }
}

TEST(NerLabelsTest, HistoryCountsTheSameWordInNearbySentencesOnly) {
  ner::NerModelData m;
  m.types = {"PER", "LOC", "ORG", "MISC"};
  m.encoding = ner::NerEncoding::kBio;
  const uint64_t kerry = 11, paris = 22;
  // kerry: B-PER in sentence 0, I-PER in sentence 3, B-PER in sentence 90
  // (too far); paris: O then B-LOC in sentence 3.
  const std::vector<ner::NerHistoryItem> items = {
      {kerry, 0, 1}, {paris, 0, 0},  {kerry, 3, 2},
      {paris, 3, 3}, {kerry, 90, 1}, {kerry, 91, 0}};
  std::vector<uint32_t> history;
  std::vector<std::pair<uint64_t, uint32_t>> scratch;
  ner::NerHistory(m, items, &history, &scratch);
  ASSERT_EQ(history.size(), items.size());
  EXPECT_EQ(history[0], 1u);       // one PER nearby (not itself)
  EXPECT_EQ(history[1], 1u << 2);  // one LOC
  EXPECT_EQ(history[2], 1u);
  EXPECT_EQ(history[3], 0u);  // its own label does not count
  EXPECT_EQ(history[4], 0u);  // sentence 3 is 87 sentences away
  EXPECT_EQ(history[5], 1u);  // sentence 90, next door
}

TEST(NerModelTest, BioesModelTagsItsTrainingSentencesWithBioLabels) {
  ASSERT_NE(Morph(), nullptr);
  StatusOr<std::vector<NerSentence>> data = ParseNerConll(kTinyNer);
  ASSERT_TRUE(data.ok());
  NerTrainOptions options;
  options.epochs = 5;
  options.bioes = true;
  StatusOr<std::string> bytes =
      TrainNerModel(*data, {}, "", Morph(), options, nullptr);
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  StatusOr<std::shared_ptr<const NerModel>> model = NerModel::FromBytes(*bytes);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ((*model)->data().encoding, ner::NerEncoding::kBioes);
  MorphAnalyzer analyzer(Morph());
  NerTagger tagger(*model, Morph());
  std::string text;
  MorphAnalysis a;
  ASSERT_TRUE(AnalyzeNerSentences(&analyzer, *data, &text, &a).ok());
  std::vector<std::string> labels;
  ASSERT_TRUE(tagger.TagTokens(text, a, &labels).ok());
  // qAl [jwn kyry]PER fy [bArys]LOC / wSl [kyry]PER <lY [bArys]LOC
  EXPECT_EQ(labels,
            (std::vector<std::string>{"O", "B-PER", "I-PER", "O", "B-LOC", "O",
                                      "B-PER", "O", "B-LOC"}));
  std::vector<NerMention> mentions;
  ASSERT_TRUE(tagger.Tag(text, a, &mentions).ok());
  ASSERT_EQ(mentions.size(), 4u);
  EXPECT_EQ(mentions[0].token_count, 2u);
  EXPECT_EQ(text.substr(mentions[0].span.begin, mentions[0].span.size()),
            "\xD8\xAC\xD9\x88\xD9\x86 \xD9\x83\xD9\x8A\xD8\xB1\xD9\x8A");
}

TEST(NerModelTest, WordTypesComeFromRawNewsNeighbours) {
  ASSERT_NE(Morph(), nullptr);
  StatusOr<std::vector<NerSentence>> data = ParseNerConll(kTinyNer);
  ASSERT_TRUE(data.ok());
  NerTrainOptions options;
  options.epochs = 3;
  options.word_type_min_count = 1;
  options.min_context_count = 1;
  StatusOr<std::string> a =
      TrainNerModel(*data, {}, kTinyRaw, Morph(), options, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  StatusOr<std::string> b =
      TrainNerModel(*data, {}, kTinyRaw, Morph(), options, nullptr);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*a, *b);  // deterministic with raw text and the second pass
  StatusOr<std::shared_ptr<const NerModel>> model = NerModel::FromBytes(*a);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  const ner::NerModelData& m = (*model)->data();
  EXPECT_GT(m.tagger2.rows(), 0u);
  // lAfrwf, never in the training sentences, has Kerry's neighbours: its
  // word type leans to PER (class 1) as kyry's does; fy does not.
  auto type = [&](const char* word) -> uint32_t {
    const uint32_t* v = m.word_types.Find(morph::StringKey(word));
    return v == nullptr ? 99 : (*v >> 12 & 7);
  };
  EXPECT_EQ(type("\xD9\x83\xD9\x8A\xD8\xB1\xD9\x8A"), 1u);
  EXPECT_EQ(type("\xD9\x84\xD8\xA7\xD9\x81\xD8\xB1\xD9\x88\xD9\x81"), 1u);
  EXPECT_EQ(type("\xD9\x81\xD9\x8A"), 0u);
}

TEST(NerModelTest, WordClustersComeFromRawNews) {
  ASSERT_NE(Morph(), nullptr);
  StatusOr<std::vector<NerSentence>> data = ParseNerConll(kTinyNer);
  ASSERT_TRUE(data.ok());
  NerTrainOptions options;
  options.epochs = 3;
  options.cluster_min_count = 1;
  options.cluster_classes = 4;
  StatusOr<std::string> bytes =
      TrainNerModel(*data, {}, kTinyRaw, Morph(), options, nullptr);
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  StatusOr<std::shared_ptr<const NerModel>> model = NerModel::FromBytes(*bytes);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  const ner::NerModelData& m = (*model)->data();
  EXPECT_NE(m.feature_set & ner::kNerFeatureWordClusters, 0u);
  auto cluster = [&](const char* word) -> uint32_t {
    const uint32_t* v =
        m.word_clusters.Find(morph::StringKey(morph::FoldForm(word)));
    return v == nullptr ? 0 : *v;
  };
  // The clusters are learned from the analyzed raw text, clitics apart.
  // fy and <lY stand between the same words (kyry or Afrwf _ bArys): one
  // cluster; qAl and wSl too (_ kyry, _ l); bArys is elsewhere.
  const char* fy = "\xD9\x81\xD9\x8A";
  const char* ily = "\xD8\xA7\xD9\x84\xD9\x89";
  const char* qal = "\xD9\x82\xD8\xA7\xD9\x84";
  const char* wsl = "\xD9\x88\xD8\xB5\xD9\x84";
  const char* barys = "\xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xB3";
  EXPECT_NE(cluster(fy), 0u);
  EXPECT_EQ(cluster(ily), cluster(fy));
  EXPECT_NE(cluster(qal), 0u);
  EXPECT_EQ(cluster(wsl), cluster(qal));
  EXPECT_NE(cluster(barys), 0u);
  EXPECT_NE(cluster(barys), cluster(fy));
  EXPECT_NE(cluster(qal), cluster(fy));

  options.word_clusters = false;
  bytes = TrainNerModel(*data, {}, kTinyRaw, Morph(), options, nullptr);
  ASSERT_TRUE(bytes.ok());
  model = NerModel::FromBytes(*bytes);
  ASSERT_TRUE(model.ok());
  EXPECT_EQ((*model)->data().feature_set & ner::kNerFeatureWordClusters, 0u);
  EXPECT_EQ((*model)->data().word_clusters.size(), 0u);
}

TEST(NerModelTest, Layout2StillLoads) {
  // A layout 3 model rewritten as layout 2: no word_clusters section.
  ASSERT_NE(Morph(), nullptr);
  StatusOr<std::vector<NerSentence>> data = ParseNerConll(kTinyNer);
  ASSERT_TRUE(data.ok());
  NerTrainOptions options;
  options.epochs = 3;
  options.word_clusters = false;
  StatusOr<std::string> bytes =
      TrainNerModel(*data, {}, kTinyRaw, Morph(), options, nullptr);
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  StatusOr<std::shared_ptr<const ModelFile>> file =
      ModelFile::FromBytes(*bytes);
  ASSERT_TRUE(file.ok());
  auto layout2 = [&](uint32_t features, uint32_t extra_types = 0) {
    ModelWriter writer{"ner"};
    ByteWriter inv;
    inv.U32(2);
    inv.U32(0);  // BIO
    inv.U32(features);
    inv.U32(4 + extra_types);
    for (const char* t : {"PER", "LOC", "ORG", "MISC"}) inv.String(t);
    for (uint32_t t = 0; t < extra_types; ++t) {
      inv.String("T" + std::to_string(t));
    }
    EXPECT_TRUE(writer.AddSection("inventory", std::move(inv).Finish()).ok());
    for (const char* name : {"gazetteer", "contexts", "clusters", "lexicon",
                             "word_types", "tagger", "tagger2"}) {
      StatusOr<std::string_view> section = (*file)->Section(name);
      EXPECT_TRUE(section.ok()) << name;
      EXPECT_TRUE(writer.AddSection(name, std::string(*section)).ok());
    }
    StatusOr<std::string> out = writer.Serialize();
    EXPECT_TRUE(out.ok());
    return *out;
  };
  StatusOr<std::shared_ptr<const NerModel>> model =
      NerModel::FromBytes(layout2(ner::kNerFeatureTokenViews));
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ((*model)->data().word_clusters.size(), 0u);
  MorphAnalyzer analyzer(Morph());
  NerTagger tagger(*model, Morph());
  std::string text;
  MorphAnalysis a;
  ASSERT_TRUE(AnalyzeNerSentences(&analyzer, *data, &text, &a).ok());
  std::vector<std::string> labels;
  EXPECT_TRUE(tagger.TagTokens(text, a, &labels).ok());
  EXPECT_EQ(labels.size(), 9u);
  // Layout 2 had no word-cluster feature group.
  EXPECT_EQ(NerModel::FromBytes(layout2(ner::kNerFeatureWordClusters))
                .status()
                .code(),
            StatusCode::kDataLoss);
  // More entity types than a tagger's tables allow.
  StatusOr<std::shared_ptr<const NerModel>> too_many =
      NerModel::FromBytes(layout2(ner::kNerFeatureTokenViews, 13));
  ASSERT_FALSE(too_many.ok());
  EXPECT_EQ(too_many.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(too_many.status().message().find("17 entity types"),
            std::string::npos);
}

TEST(NerModelTest, OlderLayoutIsAnUnsupportedVersion) {
  ModelWriter writer{"ner"};
  ByteWriter inv;
  inv.U32(1);  // layout 1: BIO, no encoding field
  inv.U32(1);
  inv.String("PER");
  ASSERT_TRUE(writer.AddSection("inventory", std::move(inv).Finish()).ok());
  StatusOr<std::string> bytes = writer.Serialize();
  ASSERT_TRUE(bytes.ok());
  StatusOr<std::shared_ptr<const NerModel>> model = NerModel::FromBytes(*bytes);
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.status().code(), StatusCode::kUnsupportedVersion);
  EXPECT_NE(model.status().message().find("layout version 1"),
            std::string::npos);
}

using testing::TagWithCommittedModels;

TEST(NerTaggerTest, FindsNewsEntitiesWithSpansAfterClitics) {
  // "The American Secretary of State John Kerry arrived in Paris and met
  // Lavrov" -- from the seed article's vocabulary.
  const std::string text =
      "\xD9\x88\xD8\xB5\xD9\x84 \xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 "
      "\xD8\xA7\xD9\x84\xD8\xAE\xD8\xA7\xD8\xB1\xD8\xAC\xD9\x8A\xD8\xA9 "
      "\xD8\xA7\xD9\x84\xD8\xA3\xD9\x85\xD9\x8A\xD8\xB1\xD9\x83\xD9\x8A "
      "\xD8\xAC\xD9\x88\xD9\x86 \xD9\x83\xD9\x8A\xD8\xB1\xD9\x8A "
      "\xD8\xA5\xD9\x84\xD9\x89 "
      "\xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xB3 "
      "\xD9\x88\xD9\x84\xD9\x86\xD8\xAF\xD9\x86.";
  MorphAnalysis a;
  std::vector<NerMention> mentions;
  ASSERT_NO_FATAL_FAILURE(TagWithCommittedModels(text, &a, &mentions));
  auto find = [&](const std::string& surface) -> const NerMention* {
    for (const NerMention& m : mentions) {
      if (text.substr(m.span.begin, m.span.size()) == surface) return &m;
    }
    return nullptr;
  };
  const NerMention* kerry =
      find("\xD8\xAC\xD9\x88\xD9\x86 \xD9\x83\xD9\x8A\xD8\xB1\xD9\x8A");
  ASSERT_NE(kerry, nullptr);
  EXPECT_EQ(kerry->type, "PER");
  const NerMention* paris = find("\xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xB3");
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->type, "LOC");
  // "wlndn" (and London): the mention starts after the conjunction.
  const NerMention* london = find("\xD9\x84\xD9\x86\xD8\xAF\xD9\x86");
  ASSERT_NE(london, nullptr);
  EXPECT_EQ(london->type, "LOC");
  for (const NerMention& m : mentions) {
    ASSERT_LE(m.span.end, text.size());
    ASSERT_LT(m.span.begin, m.span.end);
  }
  std::vector<std::string> labels;
  NerTagger tagger(Ner(), Morph());
  ASSERT_TRUE(tagger.TagTokens(text, a, &labels).ok());
  EXPECT_EQ(labels.size(), a.tokens.size());
}

// Tests on the seed article and its analysis (made once).
class NerSeedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static const std::string* const seed = [] {
      StatusOr<std::string> t =
          golden::ReadFile(kSourceDir + "/data/samples/seed.txt");
      return t.ok() ? new std::string(*t) : nullptr;
    }();
    static const MorphAnalysis* const analysis = []() -> MorphAnalysis* {
      if (seed == nullptr || Morph() == nullptr) return nullptr;
      MorphAnalyzer morph(Morph());
      auto* made = new MorphAnalysis();
      return morph.Analyze(*seed, made).ok() ? made : nullptr;
    }();
    ASSERT_NE(Ner(), nullptr);
    ASSERT_NE(analysis, nullptr);
    text = seed;
    a = *analysis;
  }

  const std::string* text = nullptr;
  MorphAnalysis a;
};

// The per-type cache gives the decoder the same scores as the features:
// decoding the seed article's sentences from the cache and from the
// features (both passes) gives the same labels, also when the cache is
// tiny and forgets its types at every sentence.
TEST_F(NerSeedTest, CachedDecodingEqualsUncachedDecoding) {
  const ner::NerModelData& m = Ner()->data();
  std::vector<ner::NerToken> tokens;
  ner::MakeNerTokens(Morph()->data(), m, *text, a, 0, a.tokens.size(), &tokens);
  ner::NerTypeCache big(m, Morph()->data(), 1 << 12);
  ner::NerTypeCache tiny(m, Morph()->data(), 4);
  big.BeginText(a.tokens.size());
  ner::NerScratch scratch;
  std::vector<uint16_t> plain, cached, forgetting;
  size_t labelled = 0, histories = 0;
  for (const MorphSentence& s : a.sentences) {
    const std::span<const ner::NerToken> sentence(tokens.data() + s.first_token,
                                                  s.token_count);
    tiny.BeginText(s.token_count);
    std::vector<uint32_t> in_big, in_tiny, history;
    for (uint32_t k = s.first_token; k < s.first_token + s.token_count; ++k) {
      in_big.push_back(big.Entry(*text, a, k));
      in_tiny.push_back(tiny.Entry(*text, a, k));
      // The cached type is the token, but for where it is.
      const ner::NerToken& t = big.token(in_big.back());
      EXPECT_EQ(t.key, tokens[k].key);
      EXPECT_EQ(t.host, tokens[k].host);
      EXPECT_EQ(t.upos, tokens[k].upos);
      EXPECT_EQ(ner::NerHostBegin(*text, a, k), tokens[k].host_begin);
      // Some history for the second pass, the same in both decoders.
      history.push_back(k % 7 == 0 ? 0 : (k * 37) & 255);
    }
    ner::DecodeNer(m, m.tagger, sentence, nullptr, &plain, &scratch);
    ner::DecodeNerCached(m, big, 0, in_big, nullptr, {}, &cached, &scratch);
    ner::DecodeNerCached(m, tiny, 0, in_tiny, nullptr, {}, &forgetting,
                         &scratch);
    EXPECT_EQ(plain, cached);
    EXPECT_EQ(plain, forgetting);
    const std::vector<uint16_t> pass1 = plain;
    std::vector<ner::NerToken> with_history(sentence.begin(), sentence.end());
    for (size_t k = 0; k < with_history.size(); ++k) {
      with_history[k].history = history[k];
      histories += history[k] != 0;
    }
    ner::DecodeNer(m, m.tagger2, std::span<const ner::NerToken>(with_history),
                   &pass1, &plain, &scratch);
    ner::DecodeNerCached(m, big, 1, in_big, &pass1, history, &cached, &scratch);
    ner::DecodeNerCached(m, tiny, 1, in_tiny, &pass1, history, &forgetting,
                         &scratch);
    EXPECT_EQ(plain, cached);
    EXPECT_EQ(plain, forgetting);
    for (uint16_t l : plain) labelled += l != 0;
  }
  EXPECT_GT(labelled, 20u);  // the seed names dozens of entities
  EXPECT_GT(histories, 100u);
  EXPECT_LT(big.types(), a.tokens.size());  // repeated types share entries
}

// The cache makes room at the start of a text when its types would pass
// its capacity, and grows for a text that has more types than that.
TEST_F(NerSeedTest, TypeCacheMakesRoomAtTextStartsOnly) {
  const ner::NerModelData& m = Ner()->data();
  ner::NerTypeCache cache(m, Morph()->data(), 50);
  cache.BeginText(a.tokens.size());
  std::vector<uint32_t> entries;
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    entries.push_back(cache.Entry(*text, a, k));
  }
  const size_t types = cache.types();
  EXPECT_GT(types, 50u);  // grew past its capacity within the text
  EXPECT_LT(types, a.tokens.size());
  // Every entry is still the token's type.
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    ner::NerToken t;
    ner::FillNerToken(Morph()->data(), m, *text, a, k, &t);
    EXPECT_EQ(cache.token(entries[k]).key, t.key);
    EXPECT_EQ(cache.token(entries[k]).host_key, t.host_key);
  }
  // Entries finds the same types, all at once.
  ner::NerTypeCache batch(m, Morph()->data(), 1 << 12);
  std::vector<uint32_t> all;
  batch.Entries(*text, a, &all);
  ASSERT_EQ(all.size(), entries.size());
  EXPECT_EQ(batch.types(), types);
  for (size_t k = 0; k < all.size(); ++k) {
    EXPECT_EQ(all[k], entries[k]);  // both number types in order of sight
    EXPECT_EQ(batch.token(all[k]).key, cache.token(entries[k]).key);
  }
  // A small text fits no more: the next text starts with the types used
  // most (at most half the capacity), each seen more than once.
  std::map<std::string, size_t> seen;  // tokens per type key
  std::string key, most, once;
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    key.clear();
    ner::AppendNerTypeKey(*text, a, k, &key);
    ++seen[key];
  }
  size_t most_k = 0, once_k = 0;
  for (size_t k = 0; k < a.tokens.size(); ++k) {
    key.clear();
    ner::AppendNerTypeKey(*text, a, k, &key);
    if (seen[key] > seen[most]) most = key, most_k = k;
    if (seen[key] == 1 && once.empty()) once = key, once_k = k;
  }
  ASSERT_GT(seen[most], 10u);  // a particle or "al-amrikiy"
  ASSERT_FALSE(once.empty());
  cache.BeginText(1);
  const size_t kept = cache.types();
  EXPECT_GT(kept, 10u);
  EXPECT_LE(kept, 25u);
  const uint32_t e = cache.Entry(*text, a, most_k);
  EXPECT_LT(e, kept);  // kept: found, not added
  ner::NerToken fresh;
  ner::FillNerToken(Morph()->data(), m, *text, a, most_k, &fresh);
  EXPECT_EQ(cache.token(e).key, fresh.key);
  EXPECT_EQ(cache.token(e).host_key, fresh.host_key);
  EXPECT_EQ(cache.types(), kept);
  EXPECT_EQ(cache.Entry(*text, a, once_k), kept);  // forgotten: added again
  cache.BeginText(1);
  EXPECT_EQ(cache.types(), kept + 1);  // room left: nothing forgotten
  // A cache of one type keeps none.
  ner::NerTypeCache one(m, Morph()->data(), 1);
  one.BeginText(a.tokens.size());
  for (size_t k = 0; k < a.tokens.size(); ++k) one.Entry(*text, a, k);
  EXPECT_EQ(one.types(), types);
  one.BeginText(1);
  EXPECT_EQ(one.types(), 0u);
}

// The types kept when the cache makes room keep their scores: across a
// cache that makes room at nearly every sentence of the seed article and
// one that never does, every token's own, neighbour and previous-label
// rows and its second-pass host scores are equal, under both taggers.
TEST_F(NerSeedTest, TypesKeptWhenMakingRoomKeepTheirScores) {
  const ner::NerModelData& m = Ner()->data();
  const size_t n = m.labels();
  ner::NerTypeCache big(m, Morph()->data(), 1 << 12);
  ner::NerTypeCache small(m, Morph()->data(), 48);
  big.BeginText(a.tokens.size());
  size_t made_room = 0, kept_and_used = 0;
  std::vector<float> prev_big((n + 1) * n), prev_small((n + 1) * n);
  std::vector<float> host_big(n), host_small(n);
  for (const MorphSentence& s : a.sentences) {
    const size_t before = small.types();
    small.BeginText(s.token_count);
    if (small.types() < before) ++made_room;
    const size_t kept = small.types();
    for (uint32_t k = s.first_token; k < s.first_token + s.token_count; ++k) {
      const uint32_t eb = big.Entry(*text, a, k);
      const uint32_t es = small.Entry(*text, a, k);
      if (es < kept) ++kept_and_used;
      ASSERT_EQ(small.token(es).key, big.token(eb).key);
      const ner::NerTypeHot& hb = big.hot(eb);
      const ner::NerTypeHot& hs = small.hot(es);
      EXPECT_EQ(hs.host_feature, hb.host_feature);
      EXPECT_EQ(hs.word_cluster, hb.word_cluster);
      EXPECT_EQ(hs.host == ~0u, hb.host == ~0u);
      for (int model = 0; model < 2; ++model) {
        const float* own_b = big.Own(model, eb);
        const float* own_s = small.Own(model, es);
        const float* nb_b = big.NeighbourRows(model, hb);
        const float* nb_s = small.NeighbourRows(model, hs);
        for (size_t l = 0; l < n; ++l) ASSERT_EQ(own_s[l], own_b[l]) << k;
        for (size_t l = 0; l < 4 * n; ++l) ASSERT_EQ(nb_s[l], nb_b[l]) << k;
        big.Prev(model, hb, prev_big.data());
        small.Prev(model, hs, prev_small.data());
        ASSERT_EQ(prev_small, prev_big) << k;
      }
      for (uint64_t next = 0; next <= n; ++next) {
        std::fill(host_big.begin(), host_big.end(), 0.0f);
        std::fill(host_small.begin(), host_small.end(), 0.0f);
        big.AddPass1Host(hb, next, host_big.data());
        small.AddPass1Host(hs, next, host_small.data());
        ASSERT_EQ(host_small, host_big) << k;
      }
    }
  }
  EXPECT_GT(made_room, 5u);
  EXPECT_GT(kept_and_used, 30u);  // tokens scored from kept types
}

// The tagger skips the features of a host's identity when the host is not
// in the model's lexicon (NerToken::trained): none of them has a weight.
// Checked on the seed article's words under both taggers.
TEST_F(NerSeedTest, UntrainedHostsHaveNoHostFeatures) {
  const ner::NerModelData& m = Ner()->data();
  ASSERT_GT(m.lexicon.size(), 0u);
  std::vector<ner::NerToken> tokens;
  ner::MakeNerTokens(Morph()->data(), m, *text, a, 0, a.tokens.size(), &tokens);
  const size_t n = m.labels();
  size_t untrained = 0, trained_with_weights = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const ner::NerToken& t = tokens[i];
    ASSERT_TRUE(t.trained);  // MakeNerTokens: every feature
    std::vector<uint64_t> features;
    for (int prev = -1; prev < static_cast<int>(n); ++prev) {
      ner::NerPrevHostFeatures(t, prev, &features);
    }
    for (uint64_t next = 0; next <= n; ++next) {
      features.push_back(ner::NerPass1HostFeature(next, t.host_feature));
    }
    const ner::NerHostView self{t.host_feature, true};
    for (const ner::NerToken& other : tokens) {
      const ner::NerHostView view{other.host_feature, true};
      ner::NerHostPairFeatures(self, &view, &view, &features);
    }
    std::vector<float> scores(n, 0.0f);
    for (uint64_t f : features) {
      m.tagger.Accumulate(f, scores.data(), 0, static_cast<uint32_t>(n));
      m.tagger2.Accumulate(f, scores.data(), 0, static_cast<uint32_t>(n));
    }
    bool any = false;
    for (float v : scores) any = any || v != 0.0f;
    if (m.lexicon.Find(t.host_key) == nullptr) {
      ++untrained;
      EXPECT_FALSE(any) << "token " << i << " " << t.host;
    } else {
      trained_with_weights += any;
    }
  }
  EXPECT_GT(untrained, 20u);
  EXPECT_GT(trained_with_weights, 100u);  // the check can see weights
}

TEST(NerTaggerTest, RejectsAnAnalysisOfAnotherText) {
  ASSERT_NE(Morph(), nullptr);
  ASSERT_NE(Ner(), nullptr);
  MorphAnalyzer morph(Morph());
  NerTagger tagger(Ner(), Morph());
  MorphAnalysis a;
  ASSERT_TRUE(
      morph
          .Analyze("\xD9\x81\xD9\x8A \xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xB3",
                   &a)
          .ok());
  std::vector<NerMention> mentions;
  EXPECT_EQ(tagger.Tag("x", a, &mentions).code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(morph.Analyze("", &a).ok());
  EXPECT_TRUE(tagger.Tag("", a, &mentions).ok());
  EXPECT_TRUE(mentions.empty());
}

}  // namespace
}  // namespace khabar
