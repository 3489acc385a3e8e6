// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/morph_analyzer.h"

#include <cstdint>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "golden_table.h"
#include "gtest/gtest.h"
#include "khabar/conll18_eval.h"
#include "khabar/conllu.h"
#include "khabar/model_file.h"
#include "khabar/morph_json.h"
#include "khabar/morph_trainer.h"
#include "morph/lemma_rescue.h"
#include "morph/morph_decode.h"
#include "morph/morph_text.h"

namespace khabar {
namespace {

const std::string kModelPath =
    std::string(KHABAR_SOURCE_DIR) + "/models/morph-padt.khm";

std::shared_ptr<const MorphModel> CommittedModel() {
  static const std::shared_ptr<const MorphModel> model = [] {
    StatusOr<std::shared_ptr<const MorphModel>> m =
        MorphModel::Load(kModelPath);
    return m.ok() ? *m : nullptr;
  }();
  return model;
}

// The seed article (data/samples/seed.txt) and its analysis by the
// committed model with the default options; null if either fails.
const std::string* SeedText() {
  static const std::string* const text = [] {
    auto t = golden::ReadFile(std::string(KHABAR_SOURCE_DIR) +
                              "/data/samples/seed.txt");
    return t.ok() ? new std::string(*t) : nullptr;
  }();
  return text;
}
const MorphAnalysis* SeedAnalysis() {
  static const MorphAnalysis* const analysis = []() -> MorphAnalysis* {
    if (SeedText() == nullptr || CommittedModel() == nullptr) return nullptr;
    MorphAnalyzer full(CommittedModel());
    auto* a = new MorphAnalysis();
    return full.Analyze(*SeedText(), a).ok() ? a : nullptr;
  }();
  return analysis;
}

// A tiny model trained from the five PADT sentences of the fixture.
StatusOr<std::string> TinyModelBytes() {
  auto text = golden::ReadFile(golden::GoldenPath("morph/padt_sample.conllu"));
  if (!text.ok()) return text.status();
  StatusOr<std::vector<ConlluSentence>> sentences = ParseConllu(*text);
  if (!sentences.ok()) return sentences.status();
  MorphTrainOptions options;
  options.epochs = 3;
  return TrainMorphModel(*sentences, "", options, nullptr);
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

TEST(MorphAnalyzerTest, CommittedModelLoads) {
  ASSERT_NE(CommittedModel(), nullptr) << kModelPath;
  const MorphModelInfo& info = CommittedModel()->info();
  EXPECT_NE(info.license.find("CC BY-NC-SA"), std::string::npos);
  EXPECT_GT(info.file_bytes, 0u);
  EXPECT_LT(info.file_bytes, size_t{30} << 20);
}

TEST(MorphAnalyzerTest, GoldenSegmentationsOfNewsSentences) {
  ASSERT_NE(CommittedModel(), nullptr);
  MorphAnalyzer analyzer(CommittedModel());
  auto rows = golden::ReadTable("morph/analyses.tsv", 4);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_GE(rows->size(), 20u);
  MorphAnalysis a;
  for (const golden::Row& row : *rows) {
    const std::string& text = row.cells[0];
    ASSERT_TRUE(analyzer.Analyze(text, &a).ok());
    bool found = false;
    for (const MorphToken& t : a.tokens) {
      if (text.substr(t.span.begin, t.span.size()) != row.cells[1]) continue;
      found = true;
      std::vector<std::string> forms, tags;
      for (uint32_t k = 0; k < t.word_count; ++k) {
        forms.push_back(a.words[t.first_word + k].form);
        tags.push_back(a.words[t.first_word + k].upos);
      }
      EXPECT_EQ(forms, Split(row.cells[2]))
          << "token " << row.cells[1] << " (line " << row.line << ")";
      const std::vector<std::string> want_tags = Split(row.cells[3]);
      ASSERT_EQ(want_tags.size(), forms.size()) << "line " << row.line;
      for (size_t k = 0; k < want_tags.size(); ++k) {
        if (want_tags[k] == "-") continue;
        EXPECT_EQ(tags[k], want_tags[k])
            << row.cells[1] << " word " << k << " (line " << row.line << ")";
      }
    }
    EXPECT_TRUE(found) << row.cells[1] << " is not a token of " << text;
  }
}

TEST(MorphAnalyzerTest, OffsetsPointIntoTheOriginalText) {
  ASSERT_NE(CommittedModel(), nullptr);
  MorphAnalyzer analyzer(CommittedModel());
  // Diacritics, tatweel and a Latin word: spans keep the original bytes.
  const std::string text =
      "\xD9\x88\xD9\x8E\xD9\x82\xD9\x8E\xD8\xA7\xD9\x84\xD9\x8E "  // wa-qaala
      "\xD9\x84\xD9\x84\xD8\xB9\xD9\x80\xD8\xB1\xD8\xA7\xD9\x82 "  // llEr_aq
      "(CNN) 2014.";
  MorphAnalysis a;
  ASSERT_TRUE(analyzer.Analyze(text, &a).ok());
  ASSERT_EQ(a.sentences.size(), 1u);
  uint32_t expected_first_word = 0;
  for (const MorphToken& t : a.tokens) {
    ASSERT_LE(t.span.end, text.size());
    EXPECT_EQ(t.first_word, expected_first_word);
    ASSERT_GE(t.word_count, 1u);
    expected_first_word += t.word_count;
  }
  EXPECT_EQ(expected_first_word, a.words.size());
  ASSERT_GE(a.tokens.size(), 2u);
  // The vocalized wa-qaala splits like the plain one, and its span keeps
  // the harakat.
  EXPECT_EQ(a.tokens[0].span, (ByteSpan{0, 14}));
  ASSERT_EQ(a.tokens[0].word_count, 2u);
  EXPECT_EQ(a.words[0].form, "\xD9\x88");
  EXPECT_EQ(a.words[1].form, "\xD9\x82\xD8\xA7\xD9\x84");
  // li + al-Iraq with a tatweel inside: l + alEraq.
  ASSERT_EQ(a.tokens[1].word_count, 2u);
  EXPECT_EQ(a.words[a.tokens[1].first_word + 1].form,
            "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82");
  EXPECT_EQ(text.substr(a.tokens[1].span.begin, a.tokens[1].span.size()),
            "\xD9\x84\xD9\x84\xD8\xB9\xD9\x80\xD8\xB1\xD8\xA7\xD9\x82");
  // Words of a token point back to it.
  for (const MorphWord& w : a.words) ASSERT_LT(w.token, a.tokens.size());
}

TEST(MorphAnalyzerTest, EmptyAndInvalidInputAreHandled) {
  ASSERT_NE(CommittedModel(), nullptr);
  MorphAnalyzer analyzer(CommittedModel());
  MorphAnalysis a;
  ASSERT_TRUE(analyzer.Analyze("", &a).ok());
  EXPECT_TRUE(a.tokens.empty());
  EXPECT_TRUE(a.words.empty());
  EXPECT_TRUE(a.sentences.empty());
  ASSERT_TRUE(
      analyzer.Analyze("\xFF\xFE \xD9\x88\xD9\x84\xD9\x87 \x80", &a).ok());
  EXPECT_FALSE(a.tokens.empty());
  // Reusing the analysis object after a longer text leaves no stale words.
  ASSERT_TRUE(analyzer.Analyze("\xD9\x81\xD9\x8A", &a).ok());
  EXPECT_EQ(a.tokens.size(), 1u);
  EXPECT_EQ(a.words.size(), 1u);
  // Bad token spans for AnalyzeTokens are an error, not a crash.
  EXPECT_EQ(analyzer.AnalyzeTokens("abc", {{ByteSpan{2, 9}}}, &a).code(),
            StatusCode::kInvalidArgument);
}

TEST(MorphAnalyzerTest, ConlluOutputScoresPerfectlyAgainstItself) {
  ASSERT_NE(CommittedModel(), nullptr);
  MorphAnalyzer analyzer(CommittedModel());
  const std::string text =
      "\xD9\x88\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA "                  // wqAlt
      "\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3\xD8\xAA\xD9\x87\xD8\xA7 "  // r}ysthA
      "\xD8\xA5\xD9\x86\xD9\x87\xD8\xA7.";                         // <nhA.
  MorphAnalysis a;
  ASSERT_TRUE(analyzer.Analyze(text, &a).ok());
  const std::string conllu = MorphToConllu(text, a, "t-");
  StatusOr<std::vector<ConlluSentence>> parsed = ParseConllu(conllu);
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString() << "\n" << conllu;
  ASSERT_EQ(parsed->size(), 1u);
  EXPECT_FALSE((*parsed)[0].multiwords.empty()) << conllu;
  EXPECT_NE(conllu.find("TokenRange=0:10"), std::string::npos) << conllu;
  EXPECT_NE(conllu.find("SpaceAfter=No"), std::string::npos) << conllu;
  StatusOr<Conll18Result> r = EvaluateConll18(*parsed, *parsed);
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->words.f1(), 1.0);
  std::string json;
  AppendMorphJson(a, 100, &json);
  EXPECT_NE(json.find("\"begin\":100"), std::string::npos) << json;
  EXPECT_NE(json.find("\"upos\":"), std::string::npos);
}

// Without UD features the analysis is the same, feats aside.
// Names the model does not know are their own lemma: tagged X, as every X
// word of PADT is (nayif, nasir), and whatever their tag when the lemma
// rule chosen is a pronoun's (huwa written over the first letters: kamal
// had become huwal, yunaytid huwunaytid, nabuliyun huwbuliyun). A known
// word keeps its lemma (al-amir -> amir).
TEST(MorphAnalyzerTest, UnknownNamesAreTheirOwnLemma) {
  ASSERT_NE(CommittedModel(), nullptr);
  MorphAnalyzer analyzer(CommittedModel());
  const std::string k_names =
      "\u0648\u0623\u0643\u062f "
      "\u0627\u0644\u0623\u0645\u064a\u0631 "
      "\u0646\u0627\u064a\u0641 \u0628\u0646 "
      "\u0639\u0628\u062f\u0627\u0644\u0639\u0632\u064a\u0632 "
      "\u0623\u0646 \u0646\u0627\u0635\u0631 "
      "\u0627\u0644\u062d\u0631\u0628\u064a "
      "\u0648\u0643\u0645\u0627\u0644 "
      "\u0627\u0644\u062c\u0646\u062f\u0648\u0628\u064a "
      "\u0648\u0646\u0627\u0628\u0644\u064a\u0648\u0646 "
      "\u062d\u0636\u0631\u0648\u0627 "
      "\u0645\u0628\u0627\u0631\u0627\u0629 "
      "\u0645\u0627\u0646\u0634\u0633\u062a\u0631 "
      "\u064a\u0648\u0646\u0627\u064a\u062a\u062f.";
  MorphAnalysis a;
  ASSERT_TRUE(analyzer.Analyze(k_names, &a).ok());
  size_t names = 0;
  for (const MorphWord& w : a.words) {
    for (const std::string_view name :
         {"\u0646\u0627\u064a\u0641", "\u0646\u0627\u0635\u0631",
          "\u0643\u0645\u0627\u0644",
          "\u0646\u0627\u0628\u0644\u064a\u0648\u0646",
          "\u064a\u0648\u0646\u0627\u064a\u062a\u062f"}) {
      if (w.form != name) continue;
      ++names;
      EXPECT_EQ(w.lemma, w.form) << w.upos;
    }
    if (w.form == "\u0627\u0644\u0623\u0645\u064a\u0631") {
      EXPECT_EQ(w.lemma, "\u0623\u0645\u064a\u0631");
    }
  }
  EXPECT_EQ(names, 5u);
}

// Plurals and verb forms whose best lemma rule writes no word ("bundi",
// "jawaza", "ahawil") take the best rule that gives a treebank lemma; a
// word whose lemma is a word keeps it (morph/lemma_rescue.h).
TEST(MorphAnalyzerTest, LemmasThatAreNoWordFallBackToTreebankLemmas) {
  ASSERT_NE(CommittedModel(), nullptr);
  const morph::MorphModelData& m = CommittedModel()->data();
  // "The students try to renew the passports after reviewing the clauses
  // and the files at the embassies."
  const std::string text =
      "\u0648\u0642\u0627\u0644 \u0625\u0646 "
      "\u0627\u0644\u0637\u0644\u0627\u0628 "
      "\u064a\u062d\u0627\u0648\u0644\u0648\u0646 "
      "\u062a\u062c\u062f\u064a\u062f "
      "\u0627\u0644\u062c\u0648\u0627\u0632\u0627\u062a \u0628\u0639\u062f "
      "\u0645\u0631\u0627\u062c\u0639\u0629 "
      "\u0627\u0644\u0628\u0646\u0648\u062f "
      "\u0648\u0627\u0644\u0645\u0644\u0641\u0627\u062a \u0641\u064a "
      "\u0627\u0644\u0633\u0641\u0627\u0631\u0627\u062a.";
  const std::pair<std::string_view, std::string_view> kWant[] = {
      {"\u064a\u062d\u0627\u0648\u0644\u0648\u0646",
       "\u062d\u0627\u0648\u0644"},
      {"\u0627\u0644\u062c\u0648\u0627\u0632\u0627\u062a",
       "\u062c\u0648\u0627\u0632"},
      {"\u0627\u0644\u0628\u0646\u0648\u062f", "\u0628\u0646\u062f"},
      {"\u0627\u0644\u0645\u0644\u0641\u0627\u062a", "\u0645\u0644\u0641"},
      {"\u0627\u0644\u0633\u0641\u0627\u0631\u0627\u062a",
       "\u0633\u0641\u0627\u0631\u0629"},
      {"\u062a\u062c\u062f\u064a\u062f", "\u062a\u062c\u062f\u064a\u062f"}};
  MorphAnalyzer analyzer(CommittedModel());
  MorphAnalysis a;
  ASSERT_TRUE(analyzer.Analyze(text, &a).ok());
  std::vector<uint64_t> features;
  std::vector<float> scores;
  size_t rescued = 0;
  for (const auto& [form, lemma] : kWant) {
    const MorphWord* word = nullptr;
    for (const MorphWord& w : a.words) {
      if (w.form == form) word = &w;
    }
    ASSERT_NE(word, nullptr) << form;
    EXPECT_EQ(word->lemma, lemma) << form;
    EXPECT_TRUE(morph::IsKnownWord(m, word->lemma)) << form;
    // What the lemmatizer alone would have written.
    const std::string key = morph::KeyForm(word->form);
    const uint32_t best = morph::DecodeLemmaRule(
        m, m.lemmatizer, key, word->upos, &features, &scores);
    std::string first;
    ASSERT_TRUE(morph::ApplyLemmaRule(m.lemma_rules[best], key, &first));
    const uint32_t rule = morph::RescueLemmaRule(m, key, scores, best);
    if (rule != best) {
      ++rescued;
      EXPECT_FALSE(morph::IsKnownWord(m, first)) << form << " " << first;
    } else {
      EXPECT_EQ(first, lemma) << form;
    }
  }
  // All but the last, whose lemma is the lemmatizer's own.
  EXPECT_EQ(rescued, std::size(kWant) - 1);
}

TEST(MorphAnalyzerTest, FeaturesOffLeavesFeatsEmptyAndTheRestEqual) {
  ASSERT_NE(SeedAnalysis(), nullptr);
  const MorphAnalysis& a = *SeedAnalysis();
  MorphAnalyzerOptions options;
  options.features = false;
  MorphAnalyzer lean(CommittedModel(), options);
  MorphAnalysis b;
  ASSERT_TRUE(lean.Analyze(*SeedText(), &b).ok());
  ASSERT_EQ(a.words.size(), b.words.size());
  size_t with_feats = 0;
  for (size_t i = 0; i < a.words.size(); ++i) {
    EXPECT_EQ(a.words[i].form, b.words[i].form);
    EXPECT_EQ(a.words[i].upos, b.words[i].upos);
    EXPECT_EQ(a.words[i].lemma, b.words[i].lemma);
    EXPECT_EQ(a.words[i].stem, b.words[i].stem);
    EXPECT_TRUE(b.words[i].feats.empty());
    with_feats += !a.words[i].feats.empty();
  }
  EXPECT_GT(with_feats, a.words.size() / 2);
}

// Without lemmas (the entity chain) the words and tags are the same, and
// lemma, root and stem are empty; with the UD features still on, they are
// unchanged too.
TEST(MorphAnalyzerTest, LemmasOffLeavesLemmasEmptyAndTheRestEqual) {
  ASSERT_NE(SeedAnalysis(), nullptr);
  const MorphAnalysis& a = *SeedAnalysis();
  const std::string* text = SeedText();
  for (const bool features : {false, true}) {
    SCOPED_TRACE(features ? "features on" : "features off");
    MorphAnalyzerOptions options;
    options.features = features;
    options.lemmas = false;
    MorphAnalyzer lean(CommittedModel(), options);
    MorphAnalysis b;
    // Twice: a word seen before comes from the caches.
    ASSERT_TRUE(lean.Analyze(*text, &b).ok());
    ASSERT_TRUE(lean.Analyze(*text, &b).ok());
    ASSERT_EQ(a.tokens.size(), b.tokens.size());
    ASSERT_EQ(a.words.size(), b.words.size());
    size_t with_lemma = 0;
    for (size_t i = 0; i < a.words.size(); ++i) {
      EXPECT_EQ(a.words[i].form, b.words[i].form);
      EXPECT_EQ(a.words[i].upos, b.words[i].upos);
      EXPECT_TRUE(b.words[i].lemma.empty());
      EXPECT_TRUE(b.words[i].lemma_vocalized.empty());
      EXPECT_TRUE(b.words[i].root.empty());
      EXPECT_TRUE(b.words[i].stem.empty());
      if (features) {
        EXPECT_EQ(a.words[i].feats, b.words[i].feats);
      } else {
        EXPECT_TRUE(b.words[i].feats.empty());
      }
      with_lemma += !a.words[i].lemma.empty();
    }
    EXPECT_GT(with_lemma, a.words.size() / 2);
  }
}

// The size of the analyzer's type caches changes its speed, not its
// output: an analyzer whose caches hold four types (one set each, so
// nearly every word evicts another) analyzes the seed article, twice,
// exactly as the default one does.
TEST(MorphAnalyzerTest, CacheSizeDoesNotChangeTheAnalysis) {
  ASSERT_NE(SeedAnalysis(), nullptr);
  const MorphAnalysis& a = *SeedAnalysis();
  MorphAnalyzerOptions options;
  options.cache_types = 4;
  MorphAnalyzer small(CommittedModel(), options);
  EXPECT_LT(small.MemoryBytes(), MorphAnalyzer(CommittedModel()).MemoryBytes());
  for (int round = 0; round < 2; ++round) {
    MorphAnalysis b;
    ASSERT_TRUE(small.Analyze(*SeedText(), &b).ok());
    ASSERT_EQ(a.tokens.size(), b.tokens.size());
    ASSERT_EQ(a.words.size(), b.words.size());
    for (size_t i = 0; i < a.words.size(); ++i) {
      EXPECT_EQ(a.words[i].form, b.words[i].form);
      EXPECT_EQ(a.words[i].upos, b.words[i].upos);
      EXPECT_EQ(a.words[i].lemma, b.words[i].lemma);
      EXPECT_EQ(a.words[i].root, b.words[i].root);
      EXPECT_EQ(a.words[i].stem, b.words[i].stem);
      EXPECT_EQ(a.words[i].feats, b.words[i].feats);
    }
  }
}

// The analyzer's caches hold each word's context-free scores; the UPOS it
// assigns must be what the trainer's uncached decoder assigns to the same
// words, and must not depend on what the analyzer saw before.
TEST(MorphAnalyzerTest, CachedTaggingEqualsUncachedDecoding) {
  ASSERT_NE(CommittedModel(), nullptr);
  auto text = golden::ReadFile(std::string(KHABAR_SOURCE_DIR) +
                               "/data/samples/seed.txt");
  ASSERT_TRUE(text.ok());
  MorphAnalyzer fresh(CommittedModel());
  MorphAnalysis a;
  ASSERT_TRUE(fresh.Analyze(*text, &a).ok());
  const std::string first = MorphToConllu(*text, a, "");
  // Warm: the same text after itself and other text.
  MorphAnalyzer warm(CommittedModel());
  MorphAnalysis scratch;
  ASSERT_TRUE(warm.Analyze(*text, &scratch).ok());
  ASSERT_TRUE(warm.Analyze(text->substr(text->size() / 2), &scratch).ok());
  MorphAnalysis b;
  ASSERT_TRUE(warm.Analyze(*text, &b).ok());
  EXPECT_EQ(MorphToConllu(*text, b, ""), first);

  const morph::MorphModelData& m = CommittedModel()->data();
  std::vector<morph::TokenInfo> tokens;
  std::vector<morph::WordInfo> words;
  std::vector<uint16_t> upos;
  std::vector<uint64_t> features;
  std::vector<float> scores;
  size_t compared = 0;
  for (const MorphSentence& s : a.sentences) {
    tokens.assign(s.token_count, morph::TokenInfo());
    words.clear();
    std::vector<const MorphWord*> out;
    for (uint32_t t = 0; t < s.token_count; ++t) {
      const MorphToken& token = a.tokens[s.first_token + t];
      morph::MakeTokenInfo(
          std::string_view(*text).substr(token.span.begin, token.span.size()),
          &tokens[t]);
      for (uint32_t k = 0; k < token.word_count; ++k) {
        const MorphWord& w = a.words[token.first_word + k];
        morph::WordInfo& wi = words.emplace_back();
        wi.key = w.form;
        wi.token = t;
        wi.role = static_cast<morph::WordRole>(w.role);
        if (wi.role == morph::kWhole) {
          wi.fold = tokens[t].fold;
          wi.shape = tokens[t].shape;
        } else {
          morph::AppendFoldForm(wi.key, &wi.fold);
          wi.shape = 'a';
        }
        out.push_back(&w);
      }
    }
    morph::DecodeUpos(m, m.tagger, tokens, words, nullptr, &upos, &features,
                      &scores);
    for (size_t j = 0; j < words.size(); ++j) {
      EXPECT_EQ(m.upos[upos[j]], out[j]->upos) << out[j]->form;
      ++compared;
    }
  }
  EXPECT_GT(compared, 500u);
}

TEST(MorphModelTest, TrainingIsDeterministicAndRoundTrips) {
  StatusOr<std::string> a = TinyModelBytes();
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  StatusOr<std::string> b = TinyModelBytes();
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*a, *b) << "same data and seed must give the same bytes";
  StatusOr<std::shared_ptr<const MorphModel>> model = MorphModel::FromBytes(*a);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  MorphAnalyzer analyzer(*model);
  MorphAnalysis analysis;
  ASSERT_TRUE(
      analyzer.Analyze("\xD9\x88\xD9\x82\xD8\xA7\xD9\x84", &analysis).ok());
  EXPECT_FALSE(analysis.words.empty());
  EXPECT_GT(analyzer.MemoryBytes(), 0u);
  EXPECT_GT((*model)->info().memory_bytes, 0u);
}

TEST(MorphModelTest, CorruptAndWrongVersionModelsGiveDistinctErrors) {
  StatusOr<std::string> bytes = TinyModelBytes();
  ASSERT_TRUE(bytes.ok());
  // A flipped byte in the last section: corrupt.
  std::string corrupt = *bytes;
  corrupt[corrupt.size() - 3] ^= 0x55;
  StatusOr<std::shared_ptr<const MorphModel>> m =
      MorphModel::FromBytes(corrupt);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kDataLoss) << m.status().ToString();
  // Truncated: corrupt.
  m = MorphModel::FromBytes(bytes->substr(0, bytes->size() / 2));
  EXPECT_EQ(m.status().code(), StatusCode::kDataLoss);
  // Another container major version: unsupported, with both versions named.
  std::string newer = *bytes;
  newer[kModelMagic.size()] = static_cast<char>(kModelFormatMajor + 1);
  newer[kModelMagic.size() + 1] = 0;
  m = MorphModel::FromBytes(newer);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kUnsupportedVersion)
      << m.status().ToString();
  // A valid container of another kind: not a morphology model.
  ModelWriter other("ner");
  ASSERT_TRUE(other.AddSection("weights", "x").ok());
  StatusOr<std::string> other_bytes = other.Serialize();
  ASSERT_TRUE(other_bytes.ok());
  m = MorphModel::FromBytes(*other_bytes);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(m.status().message().find("not a morphology model"),
            std::string::npos);
  // Missing file.
  m = MorphModel::Load("/nonexistent/khabar/model.khm");
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
}

TEST(MorphModelTest, ReadsTheOldestSupportedLayout) {
  // Written by 'khabar train morph --padt-dir DIR --epochs 3' with the PADT
  // fixture as both files (layout 2, container 1.0); see
  // tests/golden/morph/README.md.
  StatusOr<std::shared_ptr<const MorphModel>> model =
      MorphModel::Load(golden::GoldenPath("morph/tiny-morph-v2.khm"));
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  MorphAnalyzer analyzer(*model);
  MorphAnalysis a;
  ASSERT_TRUE(analyzer.Analyze("\xD9\x88\xD9\x82\xD8\xA7\xD9\x84", &a).ok());
  EXPECT_EQ(a.tokens.size(), 1u);
}

TEST(MorphModelTest, OlderLayoutIsUnsupportedNotCorrupt) {
  // Layout 1 (string-keyed lexicon, no second tagging pass): a valid
  // container whose morphology layout this build no longer reads.
  StatusOr<std::shared_ptr<const MorphModel>> model =
      MorphModel::Load(golden::GoldenPath("morph/tiny-morph-layout1.khm"));
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.status().code(), StatusCode::kUnsupportedVersion)
      << model.status().ToString();
  EXPECT_NE(model.status().message().find("layout version 1"),
            std::string::npos)
      << model.status().ToString();
}

TEST(MorphTrainerTest, SplitsPadtByDocumentHalves) {
  auto sentence = [](const std::string& doc, int n) {
    ConlluSentence s;
    s.comments.push_back("# orig_file_sentence " + doc + "#" +
                         std::to_string(n));
    return s;
  };
  std::vector<ConlluSentence> dev = {sentence("A", 1), sentence("B", 1)};
  std::vector<ConlluSentence> test = {sentence("C", 1), sentence("C", 2),
                                      sentence("D", 1), sentence("E", 1),
                                      sentence("E", 2)};
  PadtSplit split = SplitPadt(dev, test);
  EXPECT_EQ(split.train_documents, 3);  // A, B and C (floor(3 / 2) = 1)
  EXPECT_EQ(split.heldout_documents, 2);
  ASSERT_EQ(split.train.size(), 4u);
  ASSERT_EQ(split.heldout.size(), 3u);
  EXPECT_EQ(PadtDocumentId(split.heldout[0]), "D");
  EXPECT_EQ(PadtDocumentId(split.train.back()), "C");
}

TEST(MorphTrainerTest, RejectsEmptyTrainingData) {
  EXPECT_EQ(TrainMorphModel({}, "", {}, nullptr).status().code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace khabar
