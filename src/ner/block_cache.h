// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a map from a string key to an index and a block of `width`
// floats (the scores NerTypeCache keeps per key). Indices are dense, in
// order of insertion, and stay valid until Clear; block pointers until the
// next Add. A look-up reads one slot of the table and, when the hash
// matches, the key's bytes: the keys are kept one after another, not as
// strings of their own.
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

  size_t size() const { return count_; }

  // Starts loading the table slot of `hash` into the cache (call for many
  // keys before looking them up).
  void Prefetch(uint64_t hash) const {
    __builtin_prefetch(&buckets_[hash & (buckets_.size() - 1)]);
  }

  // The index of `key` (whose hash is `hash`); adds it, with a block of
  // zeros, if absent, and then sets *added.
  uint32_t FindOrAdd(uint64_t hash, std::string_view key, bool* added) {
    *added = false;
    const size_t mask = buckets_.size() - 1;
    size_t b = hash & mask;
    for (; buckets_[b].index != 0; b = (b + 1) & mask) {
      const Bucket& e = buckets_[b];
      if (e.hash == hash && e.length == key.size() &&
          std::string_view(keys_).substr(e.offset, e.length) == key) {
        return e.index - 1;
      }
    }
    const auto i = static_cast<uint32_t>(count_++);
    buckets_[b] = {hash, static_cast<uint32_t>(keys_.size()),
                   static_cast<uint32_t>(key.size()), i + 1};
    keys_.append(key);
    blocks_.resize(blocks_.size() + width_, 0.0f);
    if (2 * count_ > buckets_.size()) Rehash(2 * buckets_.size());
    *added = true;
    return i;
  }

  float* Block(uint32_t i) { return &blocks_[size_t{i} * width_]; }
  const float* Block(uint32_t i) const { return &blocks_[size_t{i} * width_]; }

  // Forgets every key; memory beyond `keep` keys is given back.
  void Clear(size_t keep) {
    if (count_ > 2 * keep) {
      std::string().swap(keys_);
      std::vector<float>().swap(blocks_);
    }
    keys_.clear();
    blocks_.clear();
    buckets_.clear();
    count_ = 0;
    Rehash(16);
  }

  size_t MemoryBytes() const {
    return keys_.capacity() + blocks_.capacity() * sizeof(float) +
           buckets_.capacity() * sizeof(Bucket);
  }

 private:
  // A slot of the table: the key's hash, where its bytes are in keys_,
  // and its index + 1 (0: empty).
  struct Bucket {
    uint64_t hash = 0;
    uint32_t offset = 0;
    uint32_t length = 0;
    uint32_t index = 0;
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
  size_t count_ = 0;
  std::string keys_;  // every key's bytes, one after another
  std::vector<float> blocks_;
  std::vector<Bucket> buckets_;  // by hash, linear probing
};

}  // namespace khabar::ner

#endif  // KHABAR_NER_BLOCK_CACHE_H_
