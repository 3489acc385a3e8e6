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
// Retain keeps some keys and forgets the rest.
//
// Thread safety: none.

#ifndef KHABAR_NER_BLOCK_CACHE_H_
#define KHABAR_NER_BLOCK_CACHE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
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
    entries_.push_back({hash, static_cast<uint32_t>(keys_.size())});
    keys_.append(key);
    blocks_.resize(blocks_.size() + width_, 0.0f);
    if (2 * count_ > buckets_.size()) Rehash(2 * buckets_.size());
    *added = true;
    return i;
  }

  float* Block(uint32_t i) { return &blocks_[size_t{i} * width_]; }
  const float* Block(uint32_t i) const { return &blocks_[size_t{i} * width_]; }

  // The key of index i.
  std::string_view Key(uint32_t i) const {
    const size_t end =
        size_t{i} + 1 < count_ ? entries_[size_t{i} + 1].offset : keys_.size();
    return std::string_view(keys_).substr(entries_[i].offset,
                                          end - entries_[i].offset);
  }

  // Keeps the keys i with keep[i] and forgets the others, in place; the
  // keys kept are renumbered 0, 1, ... in their order, and
  // (*renumbered)[i] is key i's new index (~0u: forgotten).
  void Retain(const std::vector<uint8_t>& keep,
              std::vector<uint32_t>* renumbered) {
    renumbered->assign(count_, ~0u);
    size_t key_at = 0;
    uint32_t next = 0;
    for (uint32_t i = 0; i < count_; ++i) {
      if (keep[i] == 0) continue;
      // Everything moves towards the front: next <= i, key_at <= offset.
      const std::string_view key = Key(i);
      std::memmove(keys_.data() + key_at, key.data(), key.size());
      if (width_ > 0 && next != i) {
        std::copy(Block(i), Block(i) + width_, Block(next));
      }
      entries_[next] = {entries_[i].hash, static_cast<uint32_t>(key_at)};
      key_at += key.size();
      (*renumbered)[i] = next++;
    }
    keys_.resize(key_at);
    blocks_.resize(size_t{next} * width_);
    entries_.resize(next);
    count_ = next;
    // What a much larger past took (one text of many types) is given back.
    if (entries_.capacity() > 4 * count_ + 64) {
      keys_.shrink_to_fit();
      blocks_.shrink_to_fit();
      entries_.shrink_to_fit();
    }
    size_t slots = 16;
    while (slots < 2 * count_) slots <<= 1;
    Rehash(buckets_.size() > 4 * slots ? slots : buckets_.size());
  }

  // Forgets every key; memory beyond `keep` keys is given back.
  void Clear(size_t keep) {
    if (count_ > 2 * keep) {
      std::string().swap(keys_);
      std::vector<float>().swap(blocks_);
      std::vector<Entry>().swap(entries_);
    }
    keys_.clear();
    blocks_.clear();
    entries_.clear();
    count_ = 0;
    Rehash(16);
  }

  size_t MemoryBytes() const {
    return keys_.capacity() + blocks_.capacity() * sizeof(float) +
           entries_.capacity() * sizeof(Entry) +
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
  // By index: the key's hash and where its bytes start in keys_ (they end
  // where the next index's start).
  struct Entry {
    uint64_t hash = 0;
    uint32_t offset = 0;
  };

  // A table of `size` slots (a power of two) holding every key, built
  // from entries_.
  void Rehash(size_t size) {
    std::vector<Bucket>(size).swap(buckets_);
    const size_t mask = size - 1;
    for (uint32_t j = 0; j < count_; ++j) {
      size_t b = entries_[j].hash & mask;
      while (buckets_[b].index != 0) b = (b + 1) & mask;
      buckets_[b] = {entries_[j].hash, entries_[j].offset,
                     static_cast<uint32_t>(Key(j).size()), j + 1};
    }
  }

  size_t width_;
  size_t count_ = 0;
  std::string keys_;  // every key's bytes, one after another
  std::vector<float> blocks_;
  std::vector<Entry> entries_;
  std::vector<Bucket> buckets_;  // by hash, linear probing
};

}  // namespace khabar::ner

#endif  // KHABAR_NER_BLOCK_CACHE_H_
