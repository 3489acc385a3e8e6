// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/ner_trainer.h"

#include <algorithm>
#include <chrono>
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
#include "train/model_average.h"
#include "train/perceptron.h"
#include "train/word_clusters.h"
#include "train/word_contexts.h"
#include "train/word_types.h"

namespace khabar {
namespace {

using ner::NerEncoding;
using ner::NerModelData;
using ner::NerToken;
using train::BuildRawProfiles;
using train::ClassCounts;
using train::ClassifyWords;
using train::Perceptron;
using train::RawProfiles;

constexpr int kJackknifeFolds = 4;
const char* const kTypes[] = {"PER", "LOC", "ORG", "MISC"};

// Label ids of a sentence's "O", "B-T", "I-T" labels in the model's
// encoding (a stray I-T after O or another type starts a mention, as in
// conlleval); false for an unknown type (its label in *bad).
bool LabelIds(const NerModelData& m, const std::vector<std::string>& labels,
              std::vector<uint16_t>* ids, std::string* bad) {
  ids->clear();
  std::vector<int> type(labels.size(), -1);
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == "O") continue;
    for (size_t t = 0; t < m.types.size(); ++t) {
      if (labels[i].substr(2) == m.types[t]) type[i] = static_cast<int>(t);
    }
    if (type[i] < 0) {
      *bad = labels[i];
      return false;
    }
  }
  for (size_t i = 0; i < labels.size(); ++i) {
    if (type[i] < 0) {
      ids->push_back(0);
      continue;
    }
    const bool starts = labels[i][0] == 'B' || i == 0 || type[i - 1] != type[i];
    const bool continues = i + 1 < labels.size() && labels[i + 1][0] == 'I' &&
                           type[i + 1] == type[i];
    size_t role = starts ? 0 : 1;  // B, I
    if (m.encoding == NerEncoding::kBioes && !continues) {
      role = starts ? 3 : 2;  // S, E
    }
    ids->push_back(m.Label(static_cast<size_t>(type[i]), role));
  }
  return true;
}

struct Example {
  std::vector<NerToken> tokens;
  std::vector<uint16_t> gold;
};

// One structured-perceptron step on a sentence: decode (Viterbi) with the
// current weights, plus `margin` on every wrong label if it is not 0
// (cost-augmented decoding), and, if the path is wrong, move the weights
// toward the gold path's features and away from the guess's. Returns the
// number of wrong labels of that path.
int64_t TrainSentence(const NerModelData& m, const Example& e,
                      const std::vector<uint16_t>* pass1, float margin,
                      Perceptron* model, ner::NerScratch* scratch,
                      std::vector<uint16_t>* guess) {
  ner::DecodeNer(m, *model, e.tokens, pass1, guess, scratch,
                 margin > 0 ? &e.gold : nullptr, margin);
  int64_t errors = 0;
  std::vector<uint64_t>& f = scratch->features;
  for (size_t i = 0; i < e.tokens.size(); ++i) {
    const uint16_t want = e.gold[i], got = (*guess)[i];
    errors += want != got;
    if (want != got) {
      f.clear();
      ner::NerBaseFeatures(m, e.tokens, i, pass1, &f);
      for (uint64_t x : f) {
        model->Update(x, want, 1.0f);
        model->Update(x, got, -1.0f);
      }
    }
    const int want_prev = i > 0 ? e.gold[i - 1] : -1;
    const int got_prev = i > 0 ? (*guess)[i - 1] : -1;
    if (want != got || want_prev != got_prev) {
      f.clear();
      ner::NerPrevFeatures(m, e.tokens, i, want_prev, pass1, &f);
      for (uint64_t x : f) model->Update(x, want, 1.0f);
      f.clear();
      ner::NerPrevFeatures(m, e.tokens, i, got_prev, pass1, &f);
      for (uint64_t x : f) model->Update(x, got, -1.0f);
    }
  }
  model->Tick();
  return errors;
}

// The words of the first `max_bytes` of `raw` (cut at a line end) as the
// analysis gives them, clitics apart: StringKey of each word's folded form
// (as NerToken::host), 0 after each sentence.
Status RawWordCorpus(std::string_view raw, size_t max_bytes,
                     std::shared_ptr<const MorphModel> morph,
                     std::vector<uint64_t>* corpus) {
  if (raw.size() > max_bytes) {
    const size_t cut = raw.rfind('\n', max_bytes);
    raw = raw.substr(0, cut == std::string_view::npos ? 0 : cut + 1);
  }
  MorphAnalyzerOptions options;
  options.features = false;  // forms only
  MorphAnalyzer analyzer(std::move(morph), options);
  MorphAnalysis a;
  std::string fold;
  corpus->clear();
  size_t pos = 0;
  while (pos < raw.size()) {
    size_t end = std::min(raw.size(), pos + (size_t{1} << 16));
    while (end < raw.size() && raw[end - 1] != '\n') ++end;
    KHABAR_RETURN_IF_ERROR(analyzer.Analyze(raw.substr(pos, end - pos), &a));
    for (const MorphSentence& s : a.sentences) {
      for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
        const MorphToken& token = a.tokens[t];
        for (uint32_t k = 0; k < token.word_count; ++k) {
          fold.clear();
          morph::AppendFoldForm(a.words[token.first_word + k].form, &fold);
          const uint64_t key = morph::StringKey(fold);
          corpus->push_back(key == 0 ? 1 : key);
        }
      }
      corpus->push_back(0);
    }
    pos = end;
  }
  return Status::Ok();
}

// Trains one member's taggers on `examples` with `seed`: four jackknife
// first-pass taggers whose labels give the second pass its inputs (and the
// history features, written into the examples' tokens), then the first and
// second taggers on all examples.
Status TrainMember(const NerModelData& m, const NerTrainOptions& options,
                   uint64_t seed,
                   const std::unordered_map<uint64_t, uint32_t>& host_counts,
                   std::vector<Example>* examples, morph::LinearModel* first,
                   morph::LinearModel* second, NerTrainReport* report,
                   const std::string& log_prefix) {
  std::vector<Example>& ex = *examples;
  const size_t n_examples = ex.size();
  auto fold_of = [&](size_t s) {
    return static_cast<int>(s * kJackknifeFolds / n_examples);
  };
  // Word dropout: in each pass a token's identity features are left out
  // with probability alpha / (alpha + its count in the training data), so
  // the weights learn what context says of words never seen, as most names
  // of new text are.
  std::mt19937_64 drop_rng(seed ^ 0x5DEECE66Dull);
  auto drop_words = [&](Example* e) {
    if (options.word_dropout <= 0) return;
    for (NerToken& t : e->tokens) {
      const auto it = host_counts.find(t.host_key);
      const double count = it == host_counts.end() ? 0 : it->second;
      const double p = options.word_dropout / (options.word_dropout + count);
      t.dropped = static_cast<double>(drop_rng() >> 11) * 0x1.0p-53 < p;
    }
  };
  auto undrop_words = [](Example* e) {
    for (NerToken& t : e->tokens) t.dropped = false;
  };
  ner::NerScratch scratch;
  std::vector<uint16_t> guess;
  const auto margin = static_cast<float>(options.margin);
  const uint32_t labels = static_cast<uint32_t>(m.labels());
  // First-pass labels from taggers that did not see the sentence (only for
  // the optional second pass).
  std::vector<std::vector<uint16_t>> pass1(n_examples);
  for (int fold = 0; fold < kJackknifeFolds && options.second_pass; ++fold) {
    Perceptron tagger(labels);
    std::vector<size_t> order;
    for (size_t i = 0; i < n_examples; ++i) {
      if (fold_of(i) != fold) order.push_back(i);
    }
    std::mt19937_64 rng(seed + static_cast<uint64_t>(fold) + 1);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (size_t i : order) {
        drop_words(&ex[i]);
        TrainSentence(m, ex[i], nullptr, margin, &tagger, &scratch, &guess);
      }
    }
    StatusOr<morph::LinearModel> frozen = tagger.Freeze();
    if (!frozen.ok()) return frozen.status();
    for (size_t i = 0; i < n_examples; ++i) {
      if (fold_of(i) != fold) continue;
      undrop_words(&ex[i]);
      ner::DecodeNer(m, *frozen, ex[i].tokens, nullptr, &pass1[i], &scratch);
    }
  }
  if (options.second_pass) {
    // What the first pass said of the same word in the sentences around.
    std::vector<ner::NerHistoryItem> items;
    for (size_t s = 0; s < n_examples; ++s) {
      for (size_t i = 0; i < ex[s].tokens.size(); ++i) {
        items.push_back(ner::NerHistoryItem{
            ex[s].tokens[i].host_key, static_cast<uint32_t>(s), pass1[s][i]});
      }
    }
    std::vector<uint32_t> history;
    std::vector<std::pair<uint64_t, uint32_t>> history_scratch;
    ner::NerHistory(m, items, &history, &history_scratch);
    size_t k = 0;
    for (Example& e : ex) {
      for (NerToken& t : e.tokens) t.history = history[k++];
    }
  }
  Perceptron tagger(labels);
  Perceptron tagger2(labels);
  std::vector<size_t> order(n_examples);
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(seed);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    int64_t errors = 0, total = 0;
    for (size_t i : order) {
      drop_words(&ex[i]);
      errors +=
          TrainSentence(m, ex[i], nullptr, margin, &tagger, &scratch, &guess);
      if (options.second_pass) {
        TrainSentence(m, ex[i], &pass1[i], margin, &tagger2, &scratch, &guess);
      }
      total += static_cast<int64_t>(ex[i].tokens.size());
    }
    report->log.push_back(
        log_prefix + "epoch " + std::to_string(epoch + 1) +
        ": token accuracy " +
        std::to_string(100.0 * static_cast<double>(total - errors) /
                       static_cast<double>(std::max<int64_t>(1, total))) +
        "% (first pass, training data, during the pass" +
        (margin > 0 ? ", decoded with the margin)" : ")"));
  }
  StatusOr<morph::LinearModel> frozen1 = tagger.Freeze();
  if (!frozen1.ok()) return frozen1.status();
  *first = std::move(frozen1.value());
  StatusOr<morph::LinearModel> frozen2 = tagger2.Freeze();
  if (!frozen2.ok()) return frozen2.status();
  *second = std::move(frozen2.value());
  return Status::Ok();
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
  m.encoding = options.bioes ? NerEncoding::kBioes : NerEncoding::kBio;
  if (options.char_trigrams) m.feature_set |= ner::kNerFeatureCharTrigrams;
  if (options.second_pass) m.feature_set |= ner::kNerFeatureHistory;
  if (options.morph_features) m.feature_set |= ner::kNerFeatureMorph;
  if (options.token_views) m.feature_set |= ner::kNerFeatureTokenViews;
  m.data_description = options.data_description;
  m.license = options.license;
  m.training_config =
      "epochs=" + std::to_string(options.epochs) +
      " seed=" + std::to_string(options.seed) +
      " jackknife_folds=" + std::to_string(kJackknifeFolds) +
      " context_words=" + std::to_string(options.context_words) +
      " min_context_count=" + std::to_string(options.min_context_count) +
      " encoding=" + (options.bioes ? "bioes" : "bio") +
      " word_dropout=" + std::to_string(options.word_dropout) +
      " second_pass=" + (options.second_pass ? "1" : "0") +
      " word_types=" + (options.word_types ? "1" : "0") +
      " char_trigrams=" + (options.char_trigrams ? "1" : "0") +
      " morph_features=" + (options.morph_features ? "1" : "0") +
      " token_views=" + (options.token_views ? "1" : "0") +
      " word_type_min_count=" + std::to_string(options.word_type_min_count) +
      " word_type_contexts=" + std::to_string(options.word_type_contexts) +
      " word_clusters=" + (options.word_clusters ? "1" : "0");
  if (options.ensemble > 1) {
    m.training_config += " ensemble=" + std::to_string(options.ensemble);
  }
  if (options.margin > 0) {
    m.training_config += " margin=" + std::to_string(options.margin);
  }
  if (options.word_type_soft_labels) {
    m.training_config += " word_type_soft_labels=1";
  }
  if (options.word_type_average) {
    m.training_config += " word_type_average=1";
  }
  if (options.word_clusters) {
    m.training_config +=
        " cluster_classes=" + std::to_string(options.cluster_classes) +
        " cluster_min_count=" + std::to_string(options.cluster_min_count) +
        " cluster_raw_bytes=" + std::to_string(options.cluster_raw_bytes) +
        " cluster_passes=" + std::to_string(options.cluster_passes) +
        " cluster_window=" + (options.cluster_window ? "1" : "0") +
        " cluster_labels=" + (options.cluster_labels ? "1" : "0");
    if (!options.cluster_extra_text.empty()) {
      m.training_config += " cluster_extra_bytes=" +
                           std::to_string(options.cluster_extra_text.size());
    }
  }
  MorphAnalyzer analyzer(morph);
  std::string text;
  MorphAnalysis analysis;
  RawProfiles profiles;
  if (!raw_text.empty()) {
    KHABAR_RETURN_IF_ERROR(train::BuildWordContexts(
        raw_text, options.min_context_count, options.context_words,
        options.seed, &m.contexts, options.clusters ? &m.clusters : nullptr));
    report->context_words = static_cast<int64_t>(m.contexts.size());
    if (options.word_clusters) {
      const auto start = std::chrono::steady_clock::now();
      std::vector<uint64_t> corpus;
      std::string joined;
      std::string_view cluster_text = raw_text;
      if (!options.cluster_extra_text.empty()) {
        joined.reserve(raw_text.size() + 2 + options.cluster_extra_text.size());
        joined.append(raw_text).append("\n\n").append(
            options.cluster_extra_text);
        cluster_text = joined;
      }
      KHABAR_RETURN_IF_ERROR(RawWordCorpus(
          cluster_text, options.cluster_raw_bytes, morph, &corpus));
      const auto analyzed = std::chrono::steady_clock::now();
      train::WordClusterOptions co;
      co.classes = options.cluster_classes;
      co.min_count = options.cluster_min_count;
      co.passes = options.cluster_passes;
      std::vector<train::WordCluster> clusters;
      train::WordClusterReport cr;
      KHABAR_RETURN_IF_ERROR(
          train::BuildWordClusters(corpus, co, &clusters, &cr));
      for (const train::WordCluster& c : clusters) {
        m.word_clusters.Insert(c.key, ner::PackClusterPath(c.path, c.bits));
      }
      m.feature_set |= ner::kNerFeatureWordClusters;
      if (options.cluster_window) {
        m.feature_set |= ner::kNerFeatureClusterWindow;
      }
      if (options.cluster_labels) {
        m.feature_set |= ner::kNerFeatureClusterLabels;
      }
      report->cluster_words = static_cast<int64_t>(clusters.size());
      const auto done = std::chrono::steady_clock::now();
      auto secs = [](auto a, auto b) {
        return std::to_string(std::chrono::duration<double>(b - a).count());
      };
      report->log.push_back(
          "word clusters: " + std::to_string(cr.words) + " words, " +
          std::to_string(cr.tokens) + " of " + std::to_string(corpus.size()) +
          " corpus items, " + std::to_string(cr.passes) +
          " exchange passes (last moved " + std::to_string(cr.last_moves) +
          "), depth " + std::to_string(cr.max_depth) + "; analysis " +
          secs(start, analyzed) + " s, clustering " + secs(analyzed, done) +
          " s");
    }
    if (options.word_types) {
      KHABAR_RETURN_IF_ERROR(
          BuildRawProfiles(raw_text, options.word_type_min_count,
                           options.word_type_contexts, &profiles));
    }
  }

  // The gazetteer: hosts of the tokens inside the other corpus' mentions.
  if (!gazetteer.empty()) {
    KHABAR_RETURN_IF_ERROR(
        AnalyzeNerSentences(&analyzer, gazetteer, &text, &analysis));
    size_t token = 0;
    std::vector<uint16_t> ids;
    std::string bad;
    for (const NerSentence& s : gazetteer) {
      const bool known = LabelIds(m, s.labels, &ids, &bad);
      for (size_t i = 0; i < s.tokens.size(); ++i, ++token) {
        if (!known || ids[i] == 0) continue;
        const MorphToken& t = analysis.tokens[token];
        for (uint32_t k = 0; k < t.word_count; ++k) {
          const MorphWord& w = analysis.words[t.first_word + k];
          if (w.role == MorphRole::kProclitic ||
              w.role == MorphRole::kEnclitic ||
              !morph::HasArabicLetter(w.form)) {
            continue;
          }
          const uint64_t key = morph::StringKey(morph::FoldForm(w.form));
          const uint32_t bit = 1u << m.LabelType(ids[i]);
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
    std::string bad;
    if (!LabelIds(m, train[s].labels, &examples[s].gold, &bad)) {
      return InvalidArgumentError("train ner: unknown label '" + bad + "'");
    }
    for (size_t i = 0; i < train[s].labels.size(); ++i) {
      const uint16_t id = examples[s].gold[i];
      report->mentions += id != 0 && m.LabelStarts(id);
      data_hash = XXH3_64bits_withSeed(train[s].tokens[i].data(),
                                       train[s].tokens[i].size(), data_hash);
    }
    report->tokens += static_cast<int64_t>(train[s].tokens.size());
  }
  report->sentences = static_cast<int64_t>(train.size());

  // The training lexicon: for the model, from all sentences; for training,
  // each sentence gets the counts of the sentences outside its fold, so the
  // feature is as reliable as on new text. Folds are contiguous blocks of
  // sentences: ANERcorp's sentences come article by article, and a name
  // seen in the next sentence of the same article is not "known" the way a
  // name of another article is.
  const size_t n_examples = examples.size();
  auto fold_of = [&](size_t s) {
    return static_cast<int>(s * kJackknifeFolds / n_examples);
  };
  std::unordered_map<uint64_t, uint32_t> host_counts;
  std::vector<morph::HashIndex> folds, fold_types;
  {
    struct Counts {
      uint32_t bits = 0;
      uint32_t inside = 0;
      uint32_t total = 0;
    };
    auto build = [&](int skip_fold,
                     std::vector<std::pair<uint64_t, ClassCounts>>* classes) {
      std::unordered_map<uint64_t, Counts> counts;
      std::unordered_map<uint64_t, ClassCounts> class_counts;
      for (size_t s = 0; s < n_examples; ++s) {
        if (fold_of(s) == skip_fold) continue;
        const Example& e = examples[s];
        for (size_t i = 0; i < e.tokens.size(); ++i) {
          Counts& c = counts[e.tokens[i].host_key];
          ++c.total;
          const uint16_t l = e.gold[i];
          auto [it, added] = class_counts.try_emplace(e.tokens[i].host_key);
          if (added) it->second.fill(0);
          ++it->second[l == 0 ? 0 : 1 + m.LabelType(l)];
          if (l == 0) continue;
          ++c.inside;
          c.bits |= (m.LabelStarts(l) ? 1u : 16u) << m.LabelType(l);
        }
      }
      std::vector<std::pair<uint64_t, uint32_t>> items;
      for (const auto& [key, c] : counts) {
        const uint32_t ratio = (5 * c.inside) / (c.total + 1);
        uint32_t freq = 0;
        while (freq < 7 && (c.total >> (freq + 1)) != 0) ++freq;
        items.emplace_back(key, c.bits | std::min<uint32_t>(ratio, 4) << 8 |
                                    1u << 11 | freq << 12);
      }
      std::sort(items.begin(), items.end());
      classes->assign(class_counts.begin(), class_counts.end());
      std::sort(classes->begin(), classes->end());
      morph::HashIndex index;
      for (const auto& [key, value] : items) index.Insert(key, value);
      return index;
    };
    // The word types: a classifier of raw-news profiles trained on the
    // words of the training data, out of fold as the lexicon.
    std::vector<std::pair<uint64_t, ClassCounts>> classes;
    m.lexicon = build(-1, &classes);
    const bool word_types = options.word_types && !profiles.keys.empty();
    if (word_types) {
      m.word_types = ClassifyWords(profiles, classes, options.seed + 7,
                                   options.word_type_soft_labels,
                                   options.word_type_average);
    }
    for (int f = 0; f < kJackknifeFolds; ++f) {
      folds.push_back(build(f, &classes));
      fold_types.push_back(
          word_types ? ClassifyWords(profiles, classes, options.seed + 7,
                                     options.word_type_soft_labels,
                                     options.word_type_average)
                     : morph::HashIndex());
    }
    for (size_t s = 0; s < n_examples; ++s) {
      for (NerToken& t : examples[s].tokens) {
        t.lexicon = ner::LexiconValue(folds[fold_of(s)], t.host);
        t.word_type = ner::WordTypeValue(fold_types[fold_of(s)], t);
        if ((m.feature_set & ner::kNerFeatureTokenViews) != 0 &&
            t.token_fold_key != t.host_key) {
          const uint32_t* tw = fold_types[fold_of(s)].Find(t.token_fold_key);
          t.token_word_type = tw == nullptr ? 0 : *tw;
          const uint32_t* tl = folds[fold_of(s)].Find(t.token_fold_key);
          t.token_lexicon = tl == nullptr ? 0 : *tl;
        }
        ++host_counts[t.host_key];
      }
    }
  }
  // The taggers: one member per seed, averaged (NerTrainOptions::ensemble).
  const int members = std::max(1, options.ensemble);
  std::vector<morph::LinearModel> firsts, seconds;
  for (int k = 0; k < members; ++k) {
    const uint64_t seed = k == 0 ? options.seed
                                 : options.seed + 0x9E3779B97F4A7C15ull *
                                                      static_cast<uint64_t>(k);
    morph::LinearModel first, second;
    KHABAR_RETURN_IF_ERROR(TrainMember(
        m, options, seed, host_counts, &examples, &first, &second, report,
        members == 1 ? std::string()
                     : "member " + std::to_string(k + 1) + ": "));
    firsts.push_back(std::move(first));
    seconds.push_back(std::move(second));
  }
  if (members == 1) {
    m.tagger = std::move(firsts[0]);
    m.tagger2 = std::move(seconds[0]);
  } else {
    std::vector<const morph::LinearModel*> a, b;
    for (int k = 0; k < members; ++k) {
      a.push_back(&firsts[k]);
      b.push_back(&seconds[k]);
    }
    StatusOr<morph::LinearModel> first = train::AverageLinearModels(a);
    if (!first.ok()) return first.status();
    m.tagger = std::move(first.value());
    StatusOr<morph::LinearModel> second = train::AverageLinearModels(b);
    if (!second.ok()) return second.status();
    m.tagger2 = std::move(second.value());
  }
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx",
                static_cast<unsigned long long>(data_hash));
  m.data_hash = hex;
  return ner::SerializeNerModel(m);
}

}  // namespace khabar
