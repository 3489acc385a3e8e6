// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a disjoint-set forest over 0..n-1 (path halving; the smaller
// index becomes the root, so a group's root is its first member).
//
//   UnionFind uf(names.size());
//   uf.Union(a, b);
//   if (uf.Find(a) == uf.Find(c)) ...
//
// Thread safety: none (Find compresses paths).

#ifndef KHABAR_BASE_UNION_FIND_H_
#define KHABAR_BASE_UNION_FIND_H_

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace khabar {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), size_t{0});
  }
  size_t Find(size_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

}  // namespace khabar

#endif  // KHABAR_BASE_UNION_FIND_H_
