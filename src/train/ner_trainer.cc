// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/ner_trainer.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "khabar/ner_eval.h"
#include "khabar/status.h"
#include "morph/hash_index.h"
#include "morph/morph_text.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"
#include "train/perceptron.h"
#include "train/word_contexts.h"

namespace khabar {
namespace {

using ner::NerModelData;
using ner::NerToken;
using train::Perceptron;

constexpr int kJackknifeFolds = 4;
const char* const kTypes[] = {"PER", "LOC", "ORG", "MISC"};

// Label id of "O", "B-T", "I-T"; -1 for an unknown type.
int LabelId(const NerModelData& m, const std::string& label) {
  if (label == "O") return 0;
  for (size_t t = 0; t < m.types.size(); ++t) {
    if (label.substr(2) == m.types[t]) {
      return static_cast<int>(2 * t + (label[0] == 'B' ? 1 : 2));
    }
  }
  return -1;
}

struct Example {
  std::vector<NerToken> tokens;
  std::vector<uint16_t> gold;
};

// One structured-perceptron step on a sentence: decode (Viterbi) with the
// current weights and, if the path is wrong, move the weights toward the
// gold path's features and away from the guess's. Returns the number of
// wrong labels.
int64_t TrainSentence(const NerModelData& m, const Example& e,
                      const std::vector<uint16_t>* pass1, Perceptron* model,
                      ner::NerScratch* scratch, std::vector<uint16_t>* guess) {
  ner::DecodeNer(m, *model, e.tokens, pass1, guess, scratch);
  int64_t errors = 0;
  std::vector<uint64_t>& f = scratch->features;
  for (size_t i = 0; i < e.tokens.size(); ++i) {
    const uint16_t want = e.gold[i], got = (*guess)[i];
    errors += want != got;
    if (want != got) {
      f.clear();
      ner::NerBaseFeatures(e.tokens, i, pass1, &f);
      for (uint64_t x : f) {
        model->Update(x, want, 1.0f);
        model->Update(x, got, -1.0f);
      }
    }
    const int want_prev = i > 0 ? e.gold[i - 1] : -1;
    const int got_prev = i > 0 ? (*guess)[i - 1] : -1;
    if (want != got || want_prev != got_prev) {
      f.clear();
      ner::NerPrevFeatures(e.tokens, i, want_prev, pass1, &f);
      for (uint64_t x : f) model->Update(x, want, 1.0f);
      f.clear();
      ner::NerPrevFeatures(e.tokens, i, got_prev, pass1, &f);
      for (uint64_t x : f) model->Update(x, got, -1.0f);
    }
  }
  model->Tick();
  return errors;
}

}  // namespace

StatusOr<std::string> TrainNerModel(const std::vector<NerSentence>& train,
                                    const std::vector<NerSentence>& gazetteer,
                                    std::string_view raw_text,
                                    std::shared_ptr<const MorphModel> morph,
                                    const NerTrainOptions& options,
                                    NerTrainReport* report) {
  NerTrainReport local;
  if (report == nullptr) report = &local;
  if (train.empty()) {
    return InvalidArgumentError("train ner: no training sentences");
  }
  if (morph == nullptr) {
    return InvalidArgumentError("train ner: no morphology model");
  }
  NerModelData m;
  for (const char* t : kTypes) m.types.emplace_back(t);
  m.data_description = options.data_description;
  m.license = options.license;
  m.training_config =
      "epochs=" + std::to_string(options.epochs) +
      " seed=" + std::to_string(options.seed) +
      " jackknife_folds=" + std::to_string(kJackknifeFolds) +
      " context_words=" + std::to_string(options.context_words) +
      " min_context_count=" + std::to_string(options.min_context_count);
  MorphAnalyzer analyzer(morph);
  std::string text;
  MorphAnalysis analysis;
  if (!raw_text.empty()) {
    KHABAR_RETURN_IF_ERROR(train::BuildWordContexts(
        raw_text, options.min_context_count, options.context_words,
        options.seed, &m.contexts, options.clusters ? &m.clusters : nullptr));
    report->context_words = static_cast<int64_t>(m.contexts.size());
  }

  // The gazetteer: hosts of the tokens inside the other corpus' mentions.
  if (!gazetteer.empty()) {
    KHABAR_RETURN_IF_ERROR(
        AnalyzeNerSentences(&analyzer, gazetteer, &text, &analysis));
    size_t token = 0;
    for (const NerSentence& s : gazetteer) {
      for (size_t i = 0; i < s.tokens.size(); ++i, ++token) {
        const int id = LabelId(m, s.labels[i]);
        if (id <= 0) continue;
        const MorphToken& t = analysis.tokens[token];
        for (uint32_t k = 0; k < t.word_count; ++k) {
          const MorphWord& w = analysis.words[t.first_word + k];
          if (w.role == MorphRole::kProclitic ||
              w.role == MorphRole::kEnclitic ||
              !morph::HasArabicLetter(w.form)) {
            continue;
          }
          const uint64_t key = morph::StringKey(morph::FoldForm(w.form));
          const uint32_t bit = 1u << ((id - 1) / 2);
          const uint32_t* old = m.gazetteer.Find(key);
          if (old == nullptr) {
            m.gazetteer.Insert(key, bit);
          } else if ((*old & bit) == 0) {
            m.gazetteer.Add(key, bit);
          }
        }
      }
    }
    report->gazetteer_words = static_cast<int64_t>(m.gazetteer.size());
  }

  // Training examples.
  KHABAR_RETURN_IF_ERROR(
      AnalyzeNerSentences(&analyzer, train, &text, &analysis));
  std::vector<Example> examples(train.size());
  uint64_t data_hash = 0;
  for (size_t s = 0; s < train.size(); ++s) {
    const MorphSentence& ms = analysis.sentences[s];
    ner::MakeNerTokens(morph->data(), m, text, analysis, ms.first_token,
                       ms.token_count, &examples[s].tokens);
    for (size_t i = 0; i < train[s].labels.size(); ++i) {
      const int id = LabelId(m, train[s].labels[i]);
      if (id < 0) {
        return InvalidArgumentError("train ner: unknown label '" +
                                    train[s].labels[i] + "'");
      }
      examples[s].gold.push_back(static_cast<uint16_t>(id));
      report->mentions += id % 2 == 1;
      data_hash = XXH3_64bits_withSeed(train[s].tokens[i].data(),
                                       train[s].tokens[i].size(), data_hash);
    }
    report->tokens += static_cast<int64_t>(train[s].tokens.size());
  }
  report->sentences = static_cast<int64_t>(train.size());

  // The training lexicon: for the model, from all sentences; for training,
  // each sentence gets the counts of the sentences outside its fold (the
  // jackknife folds), so the feature is as reliable as on new text.
  {
    struct Counts {
      uint32_t bits = 0;
      uint32_t inside = 0;
      uint32_t total = 0;
    };
    auto build = [&](int skip_fold) {
      std::unordered_map<uint64_t, Counts> counts;
      for (size_t s = 0; s < examples.size(); ++s) {
        if (static_cast<int>(s % kJackknifeFolds) == skip_fold) continue;
        const Example& e = examples[s];
        for (size_t i = 0; i < e.tokens.size(); ++i) {
          Counts& c = counts[morph::StringKey(e.tokens[i].host)];
          ++c.total;
          const uint16_t l = e.gold[i];
          if (l == 0) continue;
          ++c.inside;
          c.bits |= l % 2 == 1 ? 1u << ((l - 1) / 2) : 16u << ((l - 2) / 2);
        }
      }
      morph::HashIndex index;
      for (const auto& [key, c] : counts) {
        if (c.inside == 0) continue;
        const uint32_t ratio = (5 * c.inside) / (c.total + 1);
        index.Insert(key, c.bits | std::min<uint32_t>(ratio, 4) << 8);
      }
      return index;
    };
    m.lexicon = build(-1);
    std::vector<morph::HashIndex> folds;
    for (int f = 0; f < kJackknifeFolds; ++f) folds.push_back(build(f));
    for (size_t s = 0; s < examples.size(); ++s) {
      for (NerToken& t : examples[s].tokens) {
        t.lexicon = ner::LexiconValue(folds[s % kJackknifeFolds], t.host);
      }
    }
  }
  ner::NerScratch scratch;
  std::vector<uint16_t> guess;
  const uint32_t labels = static_cast<uint32_t>(m.labels());
  // First-pass labels from taggers that did not see the sentence.
  std::vector<std::vector<uint16_t>> pass1(examples.size());
  for (int fold = 0; fold < kJackknifeFolds; ++fold) {
    Perceptron tagger(labels);
    std::vector<size_t> order;
    for (size_t i = 0; i < examples.size(); ++i) {
      if (static_cast<int>(i % kJackknifeFolds) != fold) order.push_back(i);
    }
    std::mt19937_64 rng(options.seed + static_cast<uint64_t>(fold) + 1);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (size_t i : order) {
        TrainSentence(m, examples[i], nullptr, &tagger, &scratch, &guess);
      }
    }
    StatusOr<morph::LinearModel> frozen = tagger.Freeze();
    if (!frozen.ok()) return frozen.status();
    for (size_t i = static_cast<size_t>(fold); i < examples.size();
         i += kJackknifeFolds) {
      ner::DecodeNer(m, *frozen, examples[i].tokens, nullptr, &pass1[i],
                     &scratch);
    }
  }
  Perceptron tagger(labels);
  Perceptron tagger2(labels);
  std::vector<size_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    int64_t errors = 0, total = 0;
    for (size_t i : order) {
      TrainSentence(m, examples[i], nullptr, &tagger, &scratch, &guess);
      errors +=
          TrainSentence(m, examples[i], &pass1[i], &tagger2, &scratch, &guess);
      total += static_cast<int64_t>(examples[i].tokens.size());
    }
    report->log.push_back(
        "epoch " + std::to_string(epoch + 1) + ": token accuracy " +
        std::to_string(100.0 * static_cast<double>(total - errors) /
                       static_cast<double>(std::max<int64_t>(1, total))) +
        "% (second pass, training data, during the pass)");
  }
  StatusOr<morph::LinearModel> first = tagger.Freeze();
  if (!first.ok()) return first.status();
  m.tagger = std::move(first.value());
  StatusOr<morph::LinearModel> second = tagger2.Freeze();
  if (!second.ok()) return second.status();
  m.tagger2 = std::move(second.value());
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx",
                static_cast<unsigned long long>(data_hash));
  m.data_hash = hex;
  return ner::SerializeNerModel(m);
}

}  // namespace khabar
