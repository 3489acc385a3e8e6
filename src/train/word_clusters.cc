// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/word_clusters.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "khabar/status.h"
#include "morph/hash_index.h"

namespace khabar::train {
namespace {

// f(x) = x log x, from a table for small counts.
class XLogX {
 public:
  XLogX() : table_(kTable, 0.0) {
    for (int64_t i = 1; i < kTable; ++i) {
      table_[static_cast<size_t>(i)] =
          static_cast<double>(i) * std::log(static_cast<double>(i));
    }
  }
  double operator()(int64_t x) const {
    if (x < kTable) return table_[static_cast<size_t>(x)];
    const double d = static_cast<double>(x);
    return d * std::log(d);
  }

 private:
  static constexpr int64_t kTable = 1 << 15;
  std::vector<double> table_;
};

// Word bigrams in compressed rows: the words after (or before) each word,
// with counts; a word's bigrams with itself apart.
struct Bigrams {
  std::vector<uint32_t> offsets;  // words + 1
  std::vector<uint32_t> words;
  std::vector<int64_t> counts;
};

Bigrams RowsOf(std::vector<uint64_t>* pairs, size_t vocabulary) {
  std::sort(pairs->begin(), pairs->end());
  Bigrams b;
  b.offsets.assign(vocabulary + 1, 0);
  for (size_t i = 0; i < pairs->size();) {
    size_t j = i;
    while (j < pairs->size() && (*pairs)[j] == (*pairs)[i]) ++j;
    const uint32_t row = static_cast<uint32_t>((*pairs)[i] >> 32);
    b.words.push_back(static_cast<uint32_t>((*pairs)[i] & 0xFFFFFFFFu));
    b.counts.push_back(static_cast<int64_t>(j - i));
    ++b.offsets[row + 1];
    i = j;
  }
  for (size_t w = 0; w < vocabulary; ++w) b.offsets[w + 1] += b.offsets[w];
  return b;
}

// The exchange algorithm's state: class bigram counts (and their
// transpose, for row-wise scans of both sides) and class counts.
class Exchange {
 public:
  Exchange(size_t classes, const std::vector<int64_t>& unigrams,
           const Bigrams& after, const Bigrams& before,
           const std::vector<int64_t>& self, std::vector<uint32_t>* cls)
      : k_(classes),
        unigrams_(unigrams),
        after_(after),
        before_(before),
        self_(self),
        cls_(*cls),
        m_(k_ * k_, 0),
        mt_(k_ * k_, 0),
        n_(k_, 0),
        sc_(k_, 0),
        pc_(k_, 0),
        delta_(k_, 0.0) {
    for (size_t w = 0; w < cls_.size(); ++w) {
      const size_t c = cls_[w];
      n_[c] += unigrams_[w];
      m_[c * k_ + c] += self_[w];
      for (uint32_t i = after_.offsets[w]; i < after_.offsets[w + 1]; ++i) {
        m_[c * k_ + cls_[after_.words[i]]] += after_.counts[i];
      }
    }
    for (size_t c = 0; c < k_; ++c) {
      for (size_t d = 0; d < k_; ++d) mt_[d * k_ + c] = m_[c * k_ + d];
    }
  }

  // Moves word w to its best class; true if it changed class.
  bool Step(uint32_t w) {
    Gather(w);
    const uint32_t from = cls_[w];
    Apply(w, from, -1);
    std::fill(delta_.begin(), delta_.end(), 0.0);
    for (uint32_t c : touched_after_) {
      const int64_t y = sc_[c];
      const int64_t* row = &mt_[c * k_];  // N(k, c) for every k
      for (size_t k = 0; k < k_; ++k) delta_[k] += f_(row[k] + y) - f_(row[k]);
    }
    for (uint32_t c : touched_before_) {
      const int64_t y = pc_[c];
      const int64_t* row = &m_[c * k_];  // N(c, k) for every k
      for (size_t k = 0; k < k_; ++k) delta_[k] += f_(row[k] + y) - f_(row[k]);
    }
    const int64_t own = unigrams_[w];
    for (size_t k = 0; k < k_; ++k) {
      // The loops above counted the bigrams with class k itself as if k
      // were another class: they go on the diagonal.
      const int64_t d = m_[k * k_ + k];
      double& v = delta_[k];
      if (sc_[k] != 0) v -= f_(d + sc_[k]) - f_(d);
      if (pc_[k] != 0) v -= f_(d + pc_[k]) - f_(d);
      v += f_(d + sc_[k] + pc_[k] + self_[w]) - f_(d);
      v -= 2 * (f_(n_[k] + own) - f_(n_[k]));
    }
    // Stay unless another class is better by more than rounding.
    uint32_t best = from;
    double best_delta = delta_[from];
    for (size_t k = 0; k < k_; ++k) {
      if (delta_[k] > best_delta + 1e-9 * (1.0 + std::abs(best_delta))) {
        best_delta = delta_[k];
        best = static_cast<uint32_t>(k);
      }
    }
    Apply(w, best, +1);
    cls_[w] = best;
    Scatter();
    return best != from;
  }

  double LogLikelihood() const {
    double s = 0;
    for (int64_t v : m_) s += f_(v);
    for (int64_t v : n_) s -= 2 * f_(v);
    return s;
  }

  const std::vector<int64_t>& matrix() const { return m_; }
  const std::vector<int64_t>& class_counts() const { return n_; }

 private:
  // sc_ / pc_: w's bigram counts with each class after / before it.
  void Gather(uint32_t w) {
    touched_after_.clear();
    touched_before_.clear();
    for (uint32_t i = after_.offsets[w]; i < after_.offsets[w + 1]; ++i) {
      const uint32_t c = cls_[after_.words[i]];
      if (sc_[c] == 0) touched_after_.push_back(c);
      sc_[c] += after_.counts[i];
    }
    for (uint32_t i = before_.offsets[w]; i < before_.offsets[w + 1]; ++i) {
      const uint32_t c = cls_[before_.words[i]];
      if (pc_[c] == 0) touched_before_.push_back(c);
      pc_[c] += before_.counts[i];
    }
    // Fixed order, whatever the order of the rows.
    std::sort(touched_after_.begin(), touched_after_.end());
    std::sort(touched_before_.begin(), touched_before_.end());
  }
  void Scatter() {
    for (uint32_t c : touched_after_) sc_[c] = 0;
    for (uint32_t c : touched_before_) pc_[c] = 0;
  }

  // Adds (sign 1) or removes (-1) word w's counts to / from class k.
  void Apply(uint32_t w, uint32_t k, int64_t sign) {
    for (uint32_t c : touched_after_) {
      if (c == k) continue;
      m_[k * k_ + c] += sign * sc_[c];
      mt_[c * k_ + k] += sign * sc_[c];
    }
    for (uint32_t c : touched_before_) {
      if (c == k) continue;
      m_[c * k_ + k] += sign * pc_[c];
      mt_[k * k_ + c] += sign * pc_[c];
    }
    const int64_t diagonal = sign * (sc_[k] + pc_[k] + self_[w]);
    m_[k * k_ + k] += diagonal;
    mt_[k * k_ + k] += diagonal;
    n_[k] += sign * unigrams_[w];
  }

  const size_t k_;
  const std::vector<int64_t>& unigrams_;
  const Bigrams& after_;
  const Bigrams& before_;
  const std::vector<int64_t>& self_;
  std::vector<uint32_t>& cls_;
  std::vector<int64_t> m_, mt_, n_;
  std::vector<int64_t> sc_, pc_;
  std::vector<uint32_t> touched_after_, touched_before_;
  std::vector<double> delta_;
  XLogX f_;
};

// Brown's agglomerative merging of the k classes of the class bigram
// counts `m` (k x k) and class counts `n`: the merge tree's children
// (internal node k + i has children left[i], right[i]; nodes under k are
// the classes); returns the root.
uint32_t MergeTree(size_t k, std::vector<int64_t> m, std::vector<int64_t> n,
                   std::vector<uint32_t>* left, std::vector<uint32_t>* right) {
  const XLogX f;
  std::vector<uint32_t> active(k);
  for (size_t c = 0; c < k; ++c) active[c] = static_cast<uint32_t>(c);
  std::vector<uint32_t> node = active;
  auto at = [&](size_t a, size_t b) { return m[a * k + b]; };
  // What merging c and d changes in the terms of class e (e not c, d).
  auto h = [&](size_t c, size_t d, size_t e) {
    return f(at(c, e)) + f(at(e, c)) + f(at(d, e)) + f(at(e, d)) -
           f(at(c, e) + at(d, e)) - f(at(e, c) + at(e, d));
  };
  auto full = [&](size_t c, size_t d) {
    double s = 0;
    for (uint32_t e : active) {
      if (e != c && e != d) s += h(c, d, e);
    }
    s += f(at(c, c)) + f(at(c, d)) + f(at(d, c)) + f(at(d, d)) -
         f(at(c, c) + at(c, d) + at(d, c) + at(d, d));
    s += 2 * (f(n[c] + n[d]) - f(n[c]) - f(n[d]));
    return s;
  };
  std::vector<double> loss(k * k, 0.0);  // loss[c * k + d], c < d
  for (size_t i = 0; i < k; ++i) {
    for (size_t j = i + 1; j < k; ++j) loss[i * k + j] = full(i, j);
  }
  left->clear();
  right->clear();
  while (active.size() > 1) {
    size_t ba = 0, bb = 1;
    double best = loss[active[0] * k + active[1]];
    for (size_t i = 0; i < active.size(); ++i) {
      for (size_t j = i + 1; j < active.size(); ++j) {
        const double v = loss[active[i] * k + active[j]];
        if (v < best) {
          best = v;
          ba = i;
          bb = j;
        }
      }
    }
    const size_t a = active[ba], b = active[bb];
    // Pairs apart from a and b: take out what a and b contributed ...
    for (size_t i = 0; i < active.size(); ++i) {
      const size_t c = active[i];
      if (c == a || c == b) continue;
      for (size_t j = i + 1; j < active.size(); ++j) {
        const size_t d = active[j];
        if (d == a || d == b) continue;
        loss[c * k + d] -= h(c, d, a) + h(c, d, b);
      }
    }
    // ... merge b into a ...
    for (size_t e = 0; e < k; ++e) m[a * k + e] += m[b * k + e];
    for (size_t e = 0; e < k; ++e) m[e * k + a] += m[e * k + b];
    n[a] += n[b];
    active.erase(active.begin() + static_cast<std::ptrdiff_t>(bb));
    left->push_back(node[a]);
    right->push_back(node[b]);
    node[a] = static_cast<uint32_t>(k + left->size() - 1);
    // ... and add what the merged class contributes.
    for (size_t i = 0; i < active.size(); ++i) {
      const size_t c = active[i];
      if (c == a) continue;
      for (size_t j = i + 1; j < active.size(); ++j) {
        const size_t d = active[j];
        if (d == a) continue;
        loss[c * k + d] += h(c, d, a);
      }
    }
    for (uint32_t d : active) {
      if (d == a) continue;
      const size_t lo = std::min<size_t>(a, d), hi = std::max<size_t>(a, d);
      loss[lo * k + hi] = full(lo, hi);
    }
  }
  return node[active[0]];
}

}  // namespace

Status BuildWordClusters(const std::vector<uint64_t>& corpus,
                         const WordClusterOptions& options,
                         std::vector<WordCluster>* out,
                         WordClusterReport* report) {
  out->clear();
  WordClusterReport local;
  if (report == nullptr) report = &local;
  *report = WordClusterReport();
  if (options.classes < 2) {
    return InvalidArgumentError("word clusters: fewer than 2 classes");
  }
  // The vocabulary: the most frequent words, by count then key.
  morph::HashIndex counts;
  for (uint64_t key : corpus) {
    if (key != 0) counts.Add(key, 1);
  }
  std::vector<std::pair<uint32_t, uint64_t>> by_count;
  for (const auto& [key, count] : counts.Items()) {
    if (count >= options.min_count) by_count.emplace_back(count, key);
  }
  std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (by_count.size() > options.max_words) by_count.resize(options.max_words);
  const size_t v = by_count.size();
  report->words = v;
  if (v == 0) return Status::Ok();
  morph::HashIndex id;
  std::vector<int64_t> unigrams(v, 0);
  for (size_t w = 0; w < v; ++w) {
    id.Insert(by_count[w].second, static_cast<uint32_t>(w));
  }
  // Bigrams of vocabulary words (a word outside it breaks the chain).
  std::vector<uint64_t> after_pairs, before_pairs;
  std::vector<int64_t> self(v, 0);
  int64_t prev = -1;
  for (uint64_t key : corpus) {
    const uint32_t* w = key == 0 ? nullptr : id.Find(key);
    if (w == nullptr) {
      prev = -1;
      continue;
    }
    ++unigrams[*w];
    ++report->tokens;
    if (prev >= 0) {
      const uint64_t p = static_cast<uint64_t>(prev);
      if (p == *w) {
        ++self[*w];
      } else {
        after_pairs.push_back(p << 32 | *w);
        before_pairs.push_back(uint64_t{*w} << 32 | p);
      }
    }
    prev = *w;
  }
  const Bigrams after = RowsOf(&after_pairs, v);
  std::vector<uint64_t>().swap(after_pairs);
  const Bigrams before = RowsOf(&before_pairs, v);
  std::vector<uint64_t>().swap(before_pairs);

  const size_t k = std::min(options.classes, v);
  std::vector<uint32_t> cls(v);
  for (size_t w = 0; w < v; ++w) cls[w] = static_cast<uint32_t>(w % k);
  std::vector<uint32_t> left, right;
  uint32_t root = 0;
  if (k >= 2) {
    Exchange exchange(k, unigrams, after, before, self, &cls);
    for (int pass = 0; pass < options.passes; ++pass) {
      size_t moves = 0;
      for (uint32_t w = 0; w < v; ++w) moves += exchange.Step(w);
      ++report->passes;
      report->last_moves = moves;
      if (moves == 0) break;
    }
    report->log_likelihood = exchange.LogLikelihood();
    root =
        MergeTree(k, exchange.matrix(), exchange.class_counts(), &left, &right);
  }
  // Paths of the classes: depth-first from the root.
  std::vector<uint64_t> path(k, 0);
  std::vector<uint32_t> depth(k, 0);
  struct Item {
    uint32_t node;
    uint64_t path;
    uint32_t depth;
  };
  std::vector<Item> stack;
  if (k >= 2) stack.push_back(Item{root, 0, 0});
  while (!stack.empty()) {
    const Item it = stack.back();
    stack.pop_back();
    if (it.node < k) {
      path[it.node] = it.path;
      depth[it.node] = it.depth;
      report->max_depth = std::max(report->max_depth, it.depth);
      continue;
    }
    const size_t i = it.node - k;
    const bool room = it.depth < 64;
    const uint32_t d = room ? it.depth + 1 : it.depth;
    const uint64_t p = room ? it.path << 1 : it.path;
    stack.push_back(Item{right[i], room ? p | 1 : p, d});
    stack.push_back(Item{left[i], p, d});
  }
  out->reserve(v);
  for (size_t w = 0; w < v; ++w) {
    out->push_back(WordCluster{by_count[w].second, path[cls[w]],
                               std::min<uint32_t>(depth[cls[w]], 64), cls[w]});
  }
  std::sort(
      out->begin(), out->end(),
      [](const WordCluster& a, const WordCluster& b) { return a.key < b.key; });
  return Status::Ok();
}

}  // namespace khabar::train
