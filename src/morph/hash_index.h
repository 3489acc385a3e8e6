// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a map from 64-bit string hashes to 32-bit values, open
// addressing, for the analyzer's lexicon and word counts. Strings are not
// stored: a key is XXH3 of the string (see StringKey, LexiconKey), so two
// strings collide with probability about n^2 / 2^65 (1e-10 for 100,000
// keys), which only ever changes a feature or a lemma, never memory safety.
//
//   HashIndex counts;
//   counts.Add(StringKey("ktb"), 1);
//   if (const uint32_t* c = counts.Find(StringKey("ktb"))) Use(*c);
//
// Thread safety: const methods are safe from any thread once built.

#ifndef KHABAR_MORPH_HASH_INDEX_H_
#define KHABAR_MORPH_HASH_INDEX_H_

#include <xxhash.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace khabar::morph {

inline uint64_t StringKey(std::string_view s) {
  return XXH3_64bits(s.data(), s.size());
}

// The key of (form, UPOS) in the lexicon.
inline uint64_t LexiconKey(std::string_view form, std::string_view upos) {
  return XXH3_64bits_withSeed(upos.data(), upos.size(), StringKey(form));
}

class HashIndex {
 public:
  size_t size() const { return size_; }

  const uint32_t* Find(uint64_t key) const {
    if (keys_.empty()) return nullptr;
    if (key == 0) key = 1;
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (keys_[i] == key) return &values_[i];
      if (keys_[i] == 0) return nullptr;
    }
  }

  // Starts loading what Find(key) reads first (its key's slot and value).
  void Prefetch(uint64_t key) const {
    if (keys_.empty()) return;
    if (key == 0) key = 1;
    const size_t i = Slot(key);
    __builtin_prefetch(&keys_[i]);
    __builtin_prefetch(&values_[i]);
  }

  // Inserts key -> value unless the key is present; returns whether it
  // was inserted.
  bool Insert(uint64_t key, uint32_t value) {
    uint32_t* v = FindOrAdd(key, value);
    return v == nullptr;
  }

  // value(key) += delta, inserting 0 first.
  void Add(uint64_t key, uint32_t delta) {
    if (uint32_t* v = FindOrAdd(key, delta)) *v += delta;
  }

  // All entries sorted by key (for deterministic serialization).
  std::vector<std::pair<uint64_t, uint32_t>> Items() const {
    std::vector<std::pair<uint64_t, uint32_t>> out;
    out.reserve(size_);
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] != 0) out.emplace_back(keys_[i], values_[i]);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  void Reserve(size_t n) {
    size_t capacity = 16;
    while (capacity < n * 2) capacity *= 2;
    if (capacity > keys_.size()) Rehash(capacity);
  }

  size_t MemoryBytes() const {
    return keys_.capacity() * sizeof(uint64_t) +
           values_.capacity() * sizeof(uint32_t);
  }

 private:
  size_t Slot(uint64_t key) const {
    return static_cast<size_t>(key ^ (key >> 31)) & mask_;
  }

  // Returns the existing value, or inserts `value` and returns nullptr.
  uint32_t* FindOrAdd(uint64_t key, uint32_t value) {
    if (key == 0) key = 1;
    if ((size_ + 1) * 2 > keys_.size()) {
      Rehash(keys_.empty() ? 16 : keys_.size() * 2);
    }
    size_t i = Slot(key);
    for (; keys_[i] != 0; i = (i + 1) & mask_) {
      if (keys_[i] == key) return &values_[i];
    }
    keys_[i] = key;
    values_[i] = value;
    ++size_;
    return nullptr;
  }

  void Rehash(size_t capacity) {
    std::vector<uint64_t> old_keys(capacity, 0);
    std::vector<uint32_t> old_values(capacity, 0);
    old_keys.swap(keys_);
    old_values.swap(values_);
    mask_ = capacity - 1;
    size_ = 0;
    for (size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] != 0) FindOrAdd(old_keys[i], old_values[i]);
    }
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_HASH_INDEX_H_
