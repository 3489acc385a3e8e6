// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a map from a string key to an index and a block of `width`
// floats (the scores NerTypeCache keeps per key). Indices are dense, in
// order of insertion, and stay valid until Clear; block pointers until the
// next Add.
//
//   BlockCache cache(17);
//   bool added = false;
//   const uint32_t i = cache.FindOrAdd(hash, key, &added);
//   if (added) Fill(cache.Block(i));
//
// Thread safety: none.

#ifndef KHABAR_NER_BLOCK_CACHE_H_
#define KHABAR_NER_BLOCK_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khabar::ner {

class BlockCache {
 public:
  explicit BlockCache(size_t width) : width_(width) { Rehash(16); }

  size_t size() const { return keys_.size(); }

  // The index of `key` (whose hash is `hash`); adds it, with a block of
  // zeros, if absent, and then sets *added.
  uint32_t FindOrAdd(uint64_t hash, std::string_view key, bool* added) {
    *added = false;
    const size_t mask = buckets_.size() - 1;
    size_t b = hash & mask;
    for (; buckets_[b].index != 0; b = (b + 1) & mask) {
      if (buckets_[b].hash == hash && keys_[buckets_[b].index - 1] == key) {
        return buckets_[b].index - 1;
      }
    }
    const auto i = static_cast<uint32_t>(keys_.size());
    keys_.emplace_back(key);
    blocks_.resize(blocks_.size() + width_, 0.0f);
    buckets_[b] = {hash, i + 1};
    if (2 * keys_.size() > buckets_.size()) Rehash(2 * buckets_.size());
    *added = true;
    return i;
  }

  float* Block(uint32_t i) { return &blocks_[size_t{i} * width_]; }
  const float* Block(uint32_t i) const { return &blocks_[size_t{i} * width_]; }

  // Forgets every key; memory beyond `keep` keys is given back.
  void Clear(size_t keep) {
    keys_.clear();
    blocks_.clear();
    buckets_.clear();
    if (keys_.capacity() > 2 * keep) {
      keys_.shrink_to_fit();
      blocks_.shrink_to_fit();
    }
    Rehash(16);
  }

  size_t MemoryBytes() const {
    size_t b = keys_.capacity() * sizeof(std::string) +
               blocks_.capacity() * sizeof(float) +
               buckets_.capacity() * sizeof(Bucket);
    for (const std::string& k : keys_) {
      if (k.capacity() > 15) b += k.capacity();
    }
    return b;
  }

 private:
  struct Bucket {
    uint64_t hash = 0;
    uint32_t index = 0;  // index + 1 (0: empty)
  };

  void Rehash(size_t size) {
    std::vector<Bucket> old;
    old.swap(buckets_);
    buckets_.assign(size, Bucket());
    const size_t mask = size - 1;
    for (const Bucket& e : old) {
      if (e.index == 0) continue;
      size_t b = e.hash & mask;
      while (buckets_[b].index != 0) b = (b + 1) & mask;
      buckets_[b] = e;
    }
  }

  size_t width_;
  std::vector<std::string> keys_;
  std::vector<float> blocks_;
  std::vector<Bucket> buckets_;  // by hash, linear probing
};

}  // namespace khabar::ner

#endif  // KHABAR_NER_BLOCK_CACHE_H_
