// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_cache.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "morph/hash_index.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {
namespace {

constexpr NerNeighbour kNeighbours[] = {
    NerNeighbour::kPrev, NerNeighbour::kNext, NerNeighbour::kPrev2,
    NerNeighbour::kNext2};

void AppendU32(uint32_t v, std::string* out) {
  out->append(reinterpret_cast<const char*>(&v), sizeof(v));
}
void AppendU64(uint64_t v, std::string* out) {
  out->append(reinterpret_cast<const char*>(&v), sizeof(v));
}

}  // namespace

NerTypeCache::NerTypeCache(const NerModelData& m,
                           const morph::MorphModelData& morph,
                           uint32_t capacity)
    : m_(m),
      morph_(morph),
      n_(m.labels()),
      capacity_(std::max<size_t>(capacity, 1)),
      own_(2 * m.labels()),
      host_own_(2 * m.labels()),
      neighbours_(2 * 4 * m.labels()),
      classes_(2 * (m.labels() + 1) * m.labels()),
      hosts_(0) {
  filter_.Build({&m.tagger, &m.tagger2});
  row_.assign(n_, 0.0f);
  memo_.assign(kMemoSlots, MemoSlot());
  BuildTables();
}

void NerTypeCache::BuildTables() {
  const size_t w = n_ + 1;
  fixed_.assign(2 * kFixedRows * n_, 0.0f);
  for (int model = 0; model < 2; ++model) {
    for (NerNeighbour which : kNeighbours) {
      features_.clear();
      NerNeighbourFeatures(m_, which, nullptr, &features_);
      Score(model, FixedRow(model, static_cast<size_t>(which)));
    }
    for (NerNeighbour which : {NerNeighbour::kPrev, NerNeighbour::kNext}) {
      features_.assign(1, NerNoWordClusterFeature(which));
      Score(model, FixedRow(model, 4 + static_cast<size_t>(which)));
    }
  }
  pass1_self_.assign(w * n_, 0.0f);
  pass1_next_.assign(w * w * n_, 0.0f);
  pass1_prev_.assign(w * w * w * n_, 0.0f);
  for (size_t a = 0; a < w; ++a) {
    features_.assign(1, NerPass1SelfFeature(a));
    Score(1, &pass1_self_[a * n_]);
    for (size_t b = 0; b < w; ++b) {
      features_.clear();
      NerPass1NextFeatures(a, b, &features_);
      Score(1, &pass1_next_[(a * w + b) * n_]);
      for (size_t c = 0; c < w; ++c) {
        features_.assign(1, NerPrevPass1Feature(static_cast<int>(a) - 1, b, c));
        Score(1, &pass1_prev_[((a * w + b) * w + c) * n_]);
      }
    }
  }
  history_rows_.assign(256 * n_, 0.0f);
  history_pass1_.assign(256 * w * n_, 0.0f);
  if ((m_.feature_set & kNerFeatureHistory) != 0) {
    for (uint32_t h = 0; h < 256; ++h) {
      features_.clear();
      NerHistoryFeatures(m_, h, &features_);
      Score(1, &history_rows_[size_t{h} * n_]);
      for (size_t self = 0; self < w; ++self) {
        features_.assign(1, NerHistoryPass1Feature(h, self));
        Score(1, &history_pass1_[(size_t{h} * w + self) * n_]);
      }
    }
  }
  // The word-cluster bigrams: most have no weight, and share row 0.
  window_index_.assign(4 * kNerWindowIds * kNerWindowIds, 0);
  window_rows_.assign(n_, 0.0f);
  if ((m_.feature_set & kNerFeatureClusterWindow) == 0) return;
  for (size_t table = 0; table < 4; ++table) {
    for (uint32_t a = 0; a < kNerWindowIds; ++a) {
      for (uint32_t b = 0; b < kNerWindowIds; ++b) {
        features_.assign(1, NerWindowBigramFeature(table % 2 == 1, a, b));
        Score(static_cast<int>(table / 2), row_.data());
        if (std::all_of(row_.begin(), row_.end(),
                        [](float v) { return v == 0.0f; })) {
          continue;
        }
        window_index_[(table * kNerWindowIds + a) * kNerWindowIds + b] =
            static_cast<uint32_t>(window_rows_.size() / n_);
        window_rows_.insert(window_rows_.end(), row_.begin(), row_.end());
      }
    }
  }
}

void NerTypeCache::Score(int model, float* row) {
  const morph::LinearModel& tagger = model == 0 ? m_.tagger : m_.tagger2;
  std::fill(row, row + n_, 0.0f);
  size_t kept = 0;
  for (uint64_t f : features_) {
    if (!filter_.MayHave(f)) continue;  // no weight: adds nothing
    tagger.Prefetch(f);
    features_[kept++] = f;
  }
  features_.resize(kept);
  for (uint64_t f : features_) {
    tagger.Accumulate(f, row, 0, static_cast<uint32_t>(n_));
  }
}

void NerTypeCache::ScoreBoth(float* row0, float* row1) {
  std::fill(row0, row0 + n_, 0.0f);
  std::fill(row1, row1 + n_, 0.0f);
  const size_t width = 2 * n_;
  if (2 * (memo_size_ + features_.size()) > memo_.size()) {
    // Full: start again (the frequent features come back at once).
    std::fill(memo_.begin(), memo_.end(), MemoSlot());
    memo_rows_.clear();
    memo_size_ = 0;
  }
  const size_t mask = memo_.size() - 1;
  auto slot = [&](uint64_t key) { return (key ^ (key >> 29)) & mask; };
  for (uint64_t f : features_) __builtin_prefetch(&memo_[slot(f | 1)]);
  constexpr size_t kAbsent = ~size_t{0};
  // Each feature's slot, its scores prefetched; the features not seen yet
  // are scored by both taggers (their table entries prefetched first).
  memo_at_.clear();
  for (uint64_t f : features_) {
    if (!filter_.MayHave(f)) {
      memo_at_.push_back(kAbsent);  // no weight: adds nothing
      continue;
    }
    const uint64_t key = f == 0 ? 1 : f;
    size_t b = slot(key);
    while (memo_[b].key != 0 && memo_[b].key != key) b = (b + 1) & mask;
    if (memo_[b].key == 0) {
      m_.tagger.Prefetch(f);
      m_.tagger2.Prefetch(f);
    } else {
      __builtin_prefetch(&memo_rows_[size_t{memo_[b].index} * width]);
    }
    memo_at_.push_back(b);
  }
  for (size_t k = 0; k < features_.size(); ++k) {
    const uint64_t f = features_[k];
    const size_t b = memo_at_[k];
    if (b == kAbsent) continue;
    if (memo_[b].key == 0) {
      memo_[b].key = f == 0 ? 1 : f;
      memo_[b].index = static_cast<uint32_t>(memo_rows_.size() / width);
      memo_rows_.resize(memo_rows_.size() + width, 0.0f);
      float* row = &memo_rows_[memo_rows_.size() - width];
      m_.tagger.Accumulate(f, row, 0, static_cast<uint32_t>(n_));
      m_.tagger2.Accumulate(f, row + n_, 0, static_cast<uint32_t>(n_));
      ++memo_size_;
    }
    const float* row = &memo_rows_[size_t{memo_[b].index} * width];
    for (size_t l = 0; l < n_; ++l) row0[l] += row[l];
    for (size_t l = 0; l < n_; ++l) row1[l] += row[n_ + l];
  }
}

void NerTypeCache::AppendSparse(int model, size_t p) {
  Score(model, row_.data());
  for (size_t l = 0; l < n_; ++l) {
    if (row_[l] != 0.0f) {
      host_weights_.push_back({static_cast<uint32_t>(p * n_ + l), row_[l]});
    }
  }
}

void NerTypeCache::KeepFrequent() {
  // The entries to keep: the most used, at most half the capacity, each
  // used at least once since it came (or since the last time); ties in
  // entry order.
  const size_t count = uses_.size();
  const size_t keep = capacity_ / 2;
  std::vector<uint32_t> order(uses_);
  uint32_t threshold = keep == 0 ? ~0u : 1;  // ~0u: none kept
  if (count > keep && keep > 0) {
    std::nth_element(order.begin(), order.begin() + (keep - 1), order.end(),
                     std::greater<>());
    threshold = std::max<uint32_t>(order[keep - 1], 1);
  }
  size_t above = 0;  // entries used more often: all kept
  for (uint32_t u : uses_) above += u > threshold ? 1 : 0;
  size_t ties = keep > above ? keep - above : 0;  // of those used as often
  keep_.assign(count, 0);
  for (size_t e = 0; e < count; ++e) {
    if (uses_[e] > threshold || (uses_[e] == threshold && ties > 0)) {
      ties -= uses_[e] == threshold ? 1 : 0;
      keep_[e] = 1;
    }
  }

  // The entries, in place, and what they share: the rows no kept entry
  // refers to go.
  own_.Retain(keep_, &renumbered_);
  size_t kept = 0;
  for (size_t e = 0; e < count; ++e) {
    if (keep_[e] == 0) continue;
    if (kept != e) {
      tokens_[kept] = std::move(tokens_[e]);
      hot_[kept] = hot_[e];
    }
    ++kept;
  }
  tokens_.resize(kept);
  hot_.resize(kept);
  uses_.assign(kept, 0);
  if (tokens_.capacity() > 2 * capacity_) {  // after a text of many types
    tokens_.shrink_to_fit();
    hot_.shrink_to_fit();
    uses_.shrink_to_fit();
  }
  auto retain = [&](BlockCache* cache, uint32_t NerTypeHot::*field) {
    keep_.assign(cache->size(), 0);
    for (const NerTypeHot& h : hot_) {
      if (h.*field != ~0u) keep_[h.*field] = 1;
    }
    cache->Retain(keep_, &renumbered_);
    for (NerTypeHot& h : hot_) {
      if (h.*field != ~0u) h.*field = renumbered_[h.*field];
    }
  };
  retain(&neighbours_, &NerTypeHot::neighbours);
  retain(&classes_, &NerTypeHot::classes);
  retain(&hosts_, &NerTypeHot::host);
  // The hosts' sparse scores move with them (keep_ still says which).
  const size_t hosts = keep_.size();
  size_t at = 0, next_host = 0;
  for (size_t h = 0; h < hosts; ++h) {
    if (keep_[h] == 0) continue;
    const HostRange from = host_ranges_[h];
    HostRange& to = host_ranges_[next_host++];
    for (size_t r = 0; r < 3; ++r) {
      to[r] = static_cast<uint32_t>(at);
      for (uint32_t k = from[r]; k < from[r + 1]; ++k) {
        host_weights_[at++] = host_weights_[k];
      }
    }
    to[3] = static_cast<uint32_t>(at);
  }
  host_ranges_.resize(next_host);
  host_weights_.resize(at);
  // Not referred to by entries: kept while it is no larger than the
  // entries are.
  if (host_own_.size() > capacity_) host_own_.Clear(capacity_);
}

void NerTypeCache::BeginText(size_t tokens) {
  if (!tokens_.empty() && tokens_.size() + tokens > capacity_) KeepFrequent();
}

uint32_t NerTypeCache::Entry(std::string_view text, const MorphAnalysis& a,
                             size_t k) {
  std::string key;
  AppendNerTypeKey(text, a, k, &key);
  return Find(morph::StringKey(key), key, text, a, k);
}

void NerTypeCache::Entries(std::string_view text, const MorphAnalysis& a,
                           std::vector<uint32_t>* entries) {
  // Every token's key and hash first, their table slots prefetched, then
  // the look-ups: they are mostly cache misses, and overlap this way.
  const size_t count = a.tokens.size();
  type_keys_.clear();
  key_ends_.resize(count);
  key_hashes_.resize(count);
  for (size_t k = 0; k < count; ++k) {
    const size_t begin = type_keys_.size();
    AppendNerTypeKey(text, a, k, &type_keys_);
    key_ends_[k] = type_keys_.size();
    key_hashes_[k] = morph::StringKey(
        std::string_view(type_keys_).substr(begin, key_ends_[k] - begin));
    own_.Prefetch(key_hashes_[k]);
  }
  entries->resize(count);
  for (size_t k = 0; k < count; ++k) {
    const size_t begin = k == 0 ? 0 : key_ends_[k - 1];
    (*entries)[k] =
        Find(key_hashes_[k],
             std::string_view(type_keys_).substr(begin, key_ends_[k] - begin),
             text, a, k);
  }
}

uint32_t NerTypeCache::Find(uint64_t hash, std::string_view type_key,
                            std::string_view text, const MorphAnalysis& a,
                            size_t k) {
  bool added = false;
  const uint32_t e = own_.FindOrAdd(hash, type_key, &added);
  if (!added) {
    ++uses_[e];
    return e;
  }
  uses_.push_back(0);
  NerToken& t = tokens_.emplace_back();
  NerTypeHot& hot = hot_.emplace_back();
  FillNerToken(morph_, m_, text, a, k, &t);
  t.trained = m_.lexicon.size() == 0 || m_.lexicon.Find(t.host_key) != nullptr;
  hot.host_feature = t.host_feature;
  hot.word_cluster = t.word_cluster;
  hot.window = static_cast<uint16_t>(NerWindowId(t.word_cluster));
  hot.trained = t.trained;

  // Its own scores: those of its host and analysis (shared by the types
  // that differ in clitics only), then those of the token.
  key_.assign(t.host);
  key_.push_back('\0');
  key_ += t.upos;
  key_.push_back('\0');
  key_.push_back(t.shape);
  for (uint32_t v : {t.raw, t.al_ratio, t.word_type}) AppendU32(v, &key_);
  for (uint64_t v : {t.lemma_key, t.stem_key, t.feats_key}) AppendU64(v, &key_);
  const uint32_t host_own =
      host_own_.FindOrAdd(morph::StringKey(key_), key_, &added);
  if (added) {
    features_.clear();
    NerOwnHostFeatures(m_, t, &features_);
    float* shared = host_own_.Block(host_own);
    ScoreBoth(shared, shared + n_);
  }
  features_.clear();
  NerOwnTokenFeatures(m_, t, &features_);
  float* own = own_.Block(e);
  ScoreBoth(own, own + n_);
  const float* shared = host_own_.Block(host_own);
  for (size_t l = 0; l < 2 * n_; ++l) own[l] += shared[l];

  // What it adds as a neighbour: everything NerNeighbourFeatures reads
  // (the host's word classes and profile follow from the host).
  key_.assign(t.host);
  key_.push_back('\0');
  key_ += t.upos;
  key_.push_back('\0');
  AppendU32(t.word_type, &key_);
  hot.neighbours = neighbours_.FindOrAdd(morph::StringKey(key_), key_, &added);
  if (added) {
    float* block = neighbours_.Block(hot.neighbours);
    for (NerNeighbour which : kNeighbours) {
      features_.clear();
      NerNeighbourFeatures(m_, which, &t, &features_);
      const size_t r = static_cast<size_t>(which);
      ScoreBoth(block + r * n_, block + (4 + r) * n_);
    }
  }

  // Its previous-label rows: of its classes, then of its host.
  const size_t rows = n_ + 1;
  key_.assign(1, t.shape);
  AppendU32(t.cluster, &key_);
  AppendU32(t.word_cluster, &key_);
  hot.classes = classes_.FindOrAdd(morph::StringKey(key_), key_, &added);
  if (added) {
    float* block = classes_.Block(hot.classes);
    for (size_t p = 0; p < rows; ++p) {
      features_.clear();
      NerPrevClassFeatures(m_, t, static_cast<int>(p) - 1, &features_);
      ScoreBoth(block + p * n_, block + (rows + p) * n_);
    }
  }
  if (t.trained) AddHost(t, &hot);
  return e;
}

void NerTypeCache::AddHost(const NerToken& t, NerTypeHot* hot) {
  bool added = false;
  hot->host = hosts_.FindOrAdd(t.host_key, t.host, &added);
  if (!added) return;
  // Most of a host's scores are 0: kept sparse.
  HostRange& range = host_ranges_.emplace_back();
  const size_t rows = n_ + 1;
  for (int model = 0; model < 2; ++model) {
    range[model] = static_cast<uint32_t>(host_weights_.size());
    for (size_t p = 0; p < rows; ++p) {
      features_.clear();
      NerPrevHostFeatures(t, static_cast<int>(p) - 1, &features_);
      AppendSparse(model, p);
    }
  }
  range[2] = static_cast<uint32_t>(host_weights_.size());
  for (size_t next = 0; next < rows; ++next) {
    features_.assign(1, NerPass1HostFeature(next, t.host_feature));
    AppendSparse(1, next);
  }
  range[3] = static_cast<uint32_t>(host_weights_.size());
}

const float* NerTypeCache::Prev(int model, const NerTypeHot& t,
                                float* scratch) const {
  const size_t size = (n_ + 1) * n_;
  const float* classes =
      classes_.Block(t.classes) + static_cast<size_t>(model) * size;
  if (t.host == ~0u) return classes;
  const HostRange& range = host_ranges_[t.host];
  if (range[model] == range[model + 1]) return classes;
  std::copy(classes, classes + size, scratch);
  for (uint32_t k = range[model]; k < range[model + 1]; ++k) {
    scratch[host_weights_[k].at] += host_weights_[k].weight;
  }
  return scratch;
}

void NerTypeCache::AddPass1Host(const NerTypeHot& t, uint64_t next,
                                float* scores) const {
  if (t.host == ~0u) return;
  const HostRange& range = host_ranges_[t.host];
  const size_t from = next * n_, to = from + n_;
  for (uint32_t k = range[2]; k < range[3]; ++k) {
    const HostWeight& w = host_weights_[k];
    if (w.at >= from && w.at < to) scores[w.at - from] += w.weight;
  }
}

size_t NerTypeCache::MemoryBytes() const {
  size_t b =
      sizeof(*this) + own_.MemoryBytes() + host_own_.MemoryBytes() +
      neighbours_.MemoryBytes() + classes_.MemoryBytes() +
      hosts_.MemoryBytes() + host_ranges_.capacity() * sizeof(HostRange) +
      host_weights_.capacity() * sizeof(HostWeight) +
      (fixed_.capacity() + pass1_self_.capacity() + pass1_next_.capacity() +
       history_rows_.capacity() + history_pass1_.capacity() +
       pass1_prev_.capacity() + window_rows_.capacity() + row_.capacity()) *
          sizeof(float) +
      window_index_.capacity() * sizeof(uint32_t) +
      memo_.capacity() * sizeof(MemoSlot) +
      memo_at_.capacity() * sizeof(size_t) +
      memo_rows_.capacity() * sizeof(float) +
      (uses_.capacity() + renumbered_.capacity()) * sizeof(uint32_t) +
      keep_.capacity() + tokens_.capacity() * sizeof(NerToken) +
      hot_.capacity() * sizeof(NerTypeHot) + key_.capacity() +
      features_.capacity() * sizeof(uint64_t);
  for (const NerToken& t : tokens_) {
    b += t.key.capacity() + t.host.capacity() + t.proclitics.capacity() +
         t.upos.capacity();
  }
  return b;
}

}  // namespace khabar::ner
