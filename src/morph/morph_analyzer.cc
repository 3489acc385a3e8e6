// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/morph_analyzer.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/model_file.h"
#include "khabar/sentence_splitter.h"
#include "khabar/status.h"
#include "khabar/tokenizer.h"
#include "morph/linear_model.h"
#include "morph/morph_cache.h"
#include "morph/morph_decode.h"
#include "morph/morph_model.h"
#include "morph/morph_text.h"

namespace khabar {

using morph::MorphModelData;
using morph::SegChoice;
using morph::TokenInfo;
using morph::WordInfo;

MorphModel::MorphModel(std::unique_ptr<MorphModelData> data, size_t file_bytes)
    : data_(std::move(data)) {
  info_.training_config = data_->training_config;
  info_.data_description = data_->data_description;
  info_.data_hash = data_->data_hash;
  info_.license = data_->license;
  info_.file_bytes = file_bytes;
  info_.memory_bytes = data_->MemoryBytes();
}

MorphModel::~MorphModel() = default;

namespace {

StatusOr<std::shared_ptr<const MorphModel>> FromFile(
    StatusOr<std::shared_ptr<const ModelFile>> file) {
  if (!file.ok()) return file.status();
  StatusOr<std::unique_ptr<MorphModelData>> data =
      morph::ParseMorphModel(**file);
  if (!data.ok()) return data.status();
  return std::make_shared<const MorphModel>(std::move(data.value()),
                                            (*file)->file_size());
}

}  // namespace

StatusOr<std::shared_ptr<const MorphModel>> MorphModel::Load(
    const std::string& path) {
  StatusOr<std::shared_ptr<const MorphModel>> model =
      FromFile(ModelFile::Open(path));
  if (!model.ok() && model.status().message().find(path) != 0) {
    return Status(model.status().code(),
                  path + ": " + model.status().message());
  }
  return model;
}

StatusOr<std::shared_ptr<const MorphModel>> MorphModel::FromBytes(
    std::string bytes) {
  return FromFile(ModelFile::FromBytes(std::move(bytes)));
}

struct MorphAnalyzer::Workspace {
  Workspace(const MorphModelData& m, uint32_t cache_types, bool with_features)
      : cache(m, cache_types, with_features) {}

  morph::MorphCache cache;
  Tokenizer tokenizer;
  SentenceSplitter splitter;
  std::vector<Token> raw_tokens;
  std::vector<Sentence> raw_sentences;
  std::vector<TokenInfo> tokens;
  std::vector<WordInfo> words;  // the first ones are the sentence's
  std::vector<uint64_t> features;
  std::vector<uint64_t> hashes;        // of type cache keys (for prefetching)
  std::vector<uint32_t> feature_ends;  // per word, into features
  std::vector<morph::LinearModel::Row> rows;  // of features
  std::vector<float> scores;
  std::vector<morph::UposLexicalParts> lexical;  // per word
  std::vector<float> neighbour_rows;             // (words + 4) x 4 x UPOS
  std::vector<uint16_t> upos;
  std::vector<uint16_t> pass1;
  std::vector<uint32_t> slot_begins;
  std::vector<ByteSpan> spans;
  size_t used_tokens = 0;  // of the MorphAnalysis being filled
  size_t used_words = 0;

  size_t MemoryBytes() const {
    size_t b = sizeof(*this);
    b += raw_tokens.capacity() * sizeof(Token);
    b += raw_sentences.capacity() * sizeof(Sentence);
    for (const TokenInfo& t : tokens) b += t.key.capacity() + t.fold.capacity();
    b += tokens.capacity() * sizeof(TokenInfo);
    for (const WordInfo& w : words) b += w.key.capacity() + w.fold.capacity();
    b += words.capacity() * sizeof(WordInfo);
    b += lexical.capacity() * sizeof(morph::UposLexicalParts) +
         hashes.capacity() * 8;
    b += features.capacity() * 8 + feature_ends.capacity() * 4 +
         rows.capacity() * sizeof(morph::LinearModel::Row);
    b += (scores.capacity() + neighbour_rows.capacity()) * 4 +
         (upos.capacity() + pass1.capacity()) * 2;
    b += cache.MemoryBytes() - sizeof(cache);
    return b;
  }
};

MorphAnalyzer::MorphAnalyzer(std::shared_ptr<const MorphModel> model,
                             const MorphAnalyzerOptions& options)
    : model_(std::move(model)),
      options_(options),
      ws_(std::make_unique<Workspace>(model_->data(), options.cache_types,
                                      options.features)) {
  morph::AttributeSlots(model_->data(), &ws_->slot_begins);
}

MorphAnalyzer::~MorphAnalyzer() = default;
MorphAnalyzer::MorphAnalyzer(MorphAnalyzer&&) noexcept = default;
MorphAnalyzer& MorphAnalyzer::operator=(MorphAnalyzer&&) noexcept = default;

size_t MorphAnalyzer::MemoryBytes() const { return ws_->MemoryBytes(); }

namespace {

// Reuses the element at `index` of `v` (keeping its string buffers).
template <typename T>
T& Slot(std::vector<T>* v, size_t index) {
  if (index >= v->size()) v->resize(index + 1);
  return (*v)[index];
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace

void MorphAnalyzer::AnalyzeSentence(std::string_view text,
                                    const ByteSpan* spans, size_t count,
                                    MorphAnalysis* out) {
  const MorphModelData& m = model_->data();
  Workspace& ws = *ws_;
  morph::MorphCache& cache = ws.cache;
  if (ws.tokens.size() < count) ws.tokens.resize(count);
  // The words of the sentence are words[0 .. word_count): the vector
  // keeps the string buffers of longer sentences' words.
  size_t word_count = 0;
  // Segmentation, token by token (a token's context is its neighbours'
  // key forms, so all keys first).
  std::vector<TokenInfo>& tokens = ws.tokens;
  ws.hashes.resize(count);
  for (size_t i = 0; i < count; ++i) {
    tokens[i].key.clear();
    morph::AppendKeyForm(text.substr(spans[i].begin, spans[i].size()),
                         &tokens[i].key);
    ws.hashes[i] = cache.PrefetchToken(tokens[i].key);
  }
  for (size_t i = 0; i < count; ++i) cache.PrefetchTokenEntry(ws.hashes[i]);
  const size_t ps = m.prefixes.size();
  const size_t ss = m.suffixes.size();
  const size_t first_token = ws.used_tokens;
  ws.scores.resize(morph::SegSlots(m));
  // The context features of every token (only a token with several
  // candidates uses them), their rows found and prefetched up front.
  ws.features.clear();
  ws.feature_ends.resize(count + 1);
  ws.feature_ends[0] = 0;
  for (size_t i = 0; i < count; ++i) {
    morph::SegContextFeatures(tokens, i, count, &ws.features);
    ws.feature_ends[i + 1] = static_cast<uint32_t>(ws.features.size());
  }
  m.seg.FindRows(ws.features, &ws.rows);
  for (size_t i = 0; i < count; ++i) {
    const std::span<const morph::ScoredChoice> choices =
        cache.Token(&tokens[i], ws.hashes[i]);
    SegChoice choice = choices[0].choice;
    if (choices.size() > 1) {
      // The candidates' own scores plus their context's.
      std::fill(ws.scores.begin(), ws.scores.end(), 0.0f);
      for (uint32_t k = ws.feature_ends[i]; k < ws.feature_ends[i + 1]; ++k) {
        m.seg.AddRow(ws.rows[k], ws.scores.data(), 0, m.seg.slots());
      }
      float best = -1e30f;
      for (const morph::ScoredChoice& c : choices) {
        const float score = c.score + (ws.scores[c.choice.prefix] +
                                       ws.scores[ps + c.choice.suffix] +
                                       ws.scores[ps + ss + c.choice.rewrite]);
        if (score > best) {
          best = score;
          choice = c.choice;
        }
      }
    }
    const size_t before = word_count;
    morph::PutSegWords(m, tokens[i], static_cast<uint32_t>(i), choice,
                       &ws.words, &word_count);
    MorphToken& t = Slot(&out->tokens, first_token + i);
    t.span = spans[i];
    t.first_word = static_cast<uint32_t>(ws.used_words + before);
    t.word_count = static_cast<uint32_t>(word_count - before);
    t.space_after = spans[i].end >= text.size() || IsSpace(text[spans[i].end]);
  }
  ws.used_tokens = first_token + count;

  // UPOS, greedy left to right. A word's scores are its own, what its four
  // neighbours add, what the previous tags add (all cached per type or
  // precomputed), and the few features of the previous tag with the word.
  // The neighbour rows are copied first: the cache may evict a type while
  // the sentence is decoded. A word's own row is used as soon as it is
  // looked up, before any other word's.
  const std::span<const WordInfo> words(ws.words.data(), word_count);
  const size_t nu = m.upos.size();
  const size_t n = words.size();
  // Row block i holds the neighbour rows of word i - 2; blocks 0-1 are the
  // sentence start and n + 2, n + 3 its end.
  ws.hashes.resize(2 * n);
  for (size_t j = 0; j < n; ++j) {
    ws.hashes[2 * j] = cache.PrefetchNeighbour(words[j].key);
    ws.hashes[2 * j + 1] = cache.PrefetchUpos(tokens, words[j]);
  }
  for (size_t j = 0; j < n; ++j) {
    cache.PrefetchNeighbourEntry(ws.hashes[2 * j]);
    cache.PrefetchUposEntry(ws.hashes[2 * j + 1]);
  }
  const size_t block = 4 * nu;
  ws.neighbour_rows.resize((n + 4) * block);
  auto put = [&](size_t i, const float* rows) {
    std::copy(rows, rows + block, ws.neighbour_rows.data() + i * block);
  };
  put(0, cache.NeighbourScores("<s>"));
  std::copy_n(ws.neighbour_rows.data(), block,
              ws.neighbour_rows.data() + block);
  for (size_t j = 0; j < n; ++j) {
    put(j + 2, cache.NeighbourScores(words[j].key, ws.hashes[2 * j]));
  }
  put(n + 2, cache.NeighbourScores("</s>"));
  std::copy_n(ws.neighbour_rows.data() + (n + 2) * block, block,
              ws.neighbour_rows.data() + (n + 3) * block);
  auto neighbour = [&](size_t i, morph::NeighbourSlot slot) {
    return ws.neighbour_rows.data() + i * block +
           static_cast<size_t>(slot) * nu;
  };
  // What of the lexical features the previous tag does not change, per
  // word, with the word pair's row found and prefetched up front.
  ws.lexical.resize(n);
  ws.rows.resize(n);
  for (size_t j = 0; j < n; ++j) {
    morph::UposLexicalWordParts(
        words[j].key,
        morph::UposNeighbourKey(words, j, morph::NeighbourSlot::kPrev1),
        &ws.lexical[j]);
    if (ws.lexical[j].has_pair) m.tagger.Prefetch(ws.lexical[j].pair);
  }
  for (size_t j = 0; j < n; ++j) {
    ws.rows[j] = ws.lexical[j].has_pair ? m.tagger.FindRow(ws.lexical[j].pair)
                                        : morph::LinearModel::Row{};
    m.tagger.PrefetchRow(ws.rows[j]);
  }
  ws.upos.assign(n, 0);
  ws.scores.resize(std::max<size_t>(nu, ws.slot_begins.back()));
  float* scores = ws.scores.data();
  for (size_t j = 0; j < n; ++j) {
    const int prev = j > 0 ? ws.upos[j - 1] : -1;
    const int prev2 = j > 1 ? ws.upos[j - 2] : -1;
    const std::string_view p1 =
        morph::UposNeighbourKey(words, j, morph::NeighbourSlot::kPrev1);
    // The lexical features are the tag-dependent ones, then the pair's
    // (UposLexicalTagFeatures's order).
    uint64_t tag_features[2];
    const size_t tag_count =
        morph::UposLexicalTagOnly(ws.lexical[j], prev, tag_features);
    for (size_t k = 0; k < tag_count; ++k) m.tagger.Prefetch(tag_features[k]);
    const float* own = cache.UposScores(tokens, words[j], ws.hashes[2 * j + 1]);
    const float* prev1_row = neighbour(j + 1, morph::NeighbourSlot::kPrev1);
    const float* prev2_row = neighbour(j, morph::NeighbourSlot::kPrev2);
    const float* next1_row = neighbour(j + 3, morph::NeighbourSlot::kNext1);
    const float* next2_row = neighbour(j + 4, morph::NeighbourSlot::kNext2);
    const float* tags = cache.TagScores(prev, prev2);
    const float* definite = cache.DefiniteScores(
        prev, morph::IsDefinite(words[j].key), morph::IsDefinite(p1));
    for (size_t t = 0; t < nu; ++t) {
      scores[t] = own[t] + prev1_row[t] + prev2_row[t] + next1_row[t] +
                  next2_row[t] + tags[t] + definite[t];
    }
    for (size_t k = 0; k < tag_count; ++k) {
      m.tagger.Accumulate(tag_features[k], scores, 0, nu);
    }
    m.tagger.AddRow(ws.rows[j], scores, 0, nu);
    ws.upos[j] =
        static_cast<uint16_t>(std::max_element(scores, scores + nu) - scores);
  }
  if (options_.second_tagging_pass && m.tagger2.rows() > 0) {
    ws.pass1.swap(ws.upos);
    morph::DecodeUpos(m, m.tagger2, tokens, words, &ws.pass1, &ws.upos,
                      &ws.features, &ws.scores);
  }

  // Features, lemmas, roots, stems.
  const size_t first_word = ws.used_words;
  const size_t na = options_.features ? m.attributes.size() : 0;
  const uint32_t feats_slots = ws.slot_begins.back();
  ws.scores.resize(std::max<size_t>(feats_slots, 1));
  // The word-and-tag analysis holds the lemmas and the features' own
  // scores: without either, no word needs it.
  const bool word_tags = options_.lemmas || na != 0;
  ws.hashes.resize(n);
  for (size_t j = 0; word_tags && j < n; ++j) {
    ws.hashes[j] = cache.PrefetchWordTag(words[j], ws.upos[j]);
  }
  for (size_t j = 0; word_tags && j < n; ++j) {
    cache.PrefetchWordTagEntry(ws.hashes[j]);
  }
  // The FEATS context features of all words first, their rows found and
  // prefetched before any is added (see LinearModel::FindRow).
  if (na != 0) {
    ws.features.clear();
    ws.feature_ends.resize(n + 1);
    ws.feature_ends[0] = 0;
    for (size_t j = 0; j < n; ++j) {
      morph::FeatsContextFeatures(words, j, ws.upos, &ws.features);
      ws.feature_ends[j + 1] = static_cast<uint32_t>(ws.features.size());
    }
    m.feats.FindRows(ws.features, &ws.rows);
  }
  for (size_t j = 0; j < words.size(); ++j) {
    const WordInfo& wi = words[j];
    MorphWord& w = Slot(&out->words, first_word + j);
    w.token = static_cast<uint32_t>(first_token + wi.token);
    w.role = static_cast<MorphRole>(wi.role);
    w.form = wi.key;
    w.upos = m.upos[ws.upos[j]];
    w.feats.clear();
    const morph::WordTagAnalysis* a =
        word_tags ? &cache.WordTag(wi, ws.upos[j], ws.hashes[j]) : nullptr;
    if (options_.lemmas) {
      w.lemma = a->lemma;
      w.lemma_vocalized = a->lemma_vocalized;
      w.root = a->root;
      w.stem = a->stem;
    } else {
      w.lemma.clear();
      w.lemma_vocalized.clear();
      w.root.clear();
      w.stem.clear();
    }
    if (na == 0) continue;
    const float* own = cache.FeatsScores(*a);
    float* feat_scores = ws.scores.data();
    std::copy(own, own + feats_slots, feat_scores);
    for (uint32_t k = ws.feature_ends[j]; k < ws.feature_ends[j + 1]; ++k) {
      m.feats.AddRow(ws.rows[k], feat_scores, 0, feats_slots);
    }
    for (size_t at = 0; at < na; ++at) {
      if (!m.allowed[size_t{ws.upos[j]} * na + at]) continue;
      const float* begin = feat_scores + ws.slot_begins[at];
      const float* end = feat_scores + ws.slot_begins[at + 1];
      const size_t value =
          static_cast<size_t>(std::max_element(begin, end) - begin);
      if (value == 0) continue;
      if (!w.feats.empty()) w.feats.push_back('|');
      w.feats += m.attributes[at].name;
      w.feats.push_back('=');
      w.feats += m.attributes[at].values[value];
    }
  }
  ws.used_words = first_word + words.size();
}

Status MorphAnalyzer::Analyze(std::string_view text, MorphAnalysis* out) {
  Workspace& ws = *ws_;
  ws.used_tokens = 0;
  ws.used_words = 0;
  out->sentences.clear();
  if (text.size() > kMorphMaxTextBytes) {
    return ResourceExhaustedError("morph: text of " +
                                  std::to_string(text.size()) +
                                  " bytes is over the limit");
  }
  KHABAR_RETURN_IF_ERROR(ws.tokenizer.Tokenize(text, &ws.raw_tokens));
  KHABAR_RETURN_IF_ERROR(
      ws.splitter.Split(text, ws.raw_tokens, &ws.raw_sentences));
  std::vector<ByteSpan>& spans = ws.spans;
  for (const Sentence& s : ws.raw_sentences) {
    spans.clear();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      spans.push_back(ws.raw_tokens[t].span);
    }
    MorphSentence& ms = out->sentences.emplace_back();
    ms.span = s.span;
    ms.first_token = static_cast<uint32_t>(ws.used_tokens);
    ms.token_count = static_cast<uint32_t>(spans.size());
    AnalyzeSentence(text, spans.data(), spans.size(), out);
  }
  out->tokens.resize(ws.used_tokens);
  out->words.resize(ws.used_words);
  return Status::Ok();
}

Status MorphAnalyzer::AnalyzeTokens(
    std::string_view text, const std::vector<std::vector<ByteSpan>>& sentences,
    MorphAnalysis* out) {
  Workspace& ws = *ws_;
  ws.used_tokens = 0;
  ws.used_words = 0;
  out->sentences.clear();
  uint32_t last_end = 0;
  for (const std::vector<ByteSpan>& s : sentences) {
    for (const ByteSpan& span : s) {
      if (span.begin < last_end || span.end <= span.begin ||
          span.end > text.size()) {
        return InvalidArgumentError(
            "morph: token spans must be non-empty, in order and inside the "
            "text");
      }
      last_end = span.end;
    }
  }
  for (const std::vector<ByteSpan>& s : sentences) {
    if (s.empty()) continue;
    MorphSentence& ms = out->sentences.emplace_back();
    ms.span = ByteSpan{s.front().begin, s.back().end};
    ms.first_token = static_cast<uint32_t>(ws.used_tokens);
    ms.token_count = static_cast<uint32_t>(s.size());
    AnalyzeSentence(text, s.data(), s.size(), out);
  }
  out->tokens.resize(ws.used_tokens);
  out->words.resize(ws.used_words);
  return Status::Ok();
}

}  // namespace khabar
