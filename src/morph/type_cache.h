// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a bounded map from a string (a word type) to a slot, the index
// of the caller's entry for it. The analyzer keeps what it computes for a
// word type independently of the word's context (the type's own share of
// the classifier scores, its lemma, ...) in arrays indexed by these slots,
// so a frequent word is scored from its own features once, not at every
// occurrence. News text is Zipfian: a few thousand types are most tokens.
//
//   TypeCache cache(1 << 14);
//   uint32_t slot;
//   if (!cache.Find(hash, key, &slot)) {
//     slot = cache.Insert(hash, key);  // may evict the slot's old type
//     Fill(slot);
//   }
//   Use(slot);
//
// The cache is 4-way set associative: a type can only live in the four
// slots of its set (chosen by its hash). Each slot counts its hits; a new
// type takes the set's empty or least-hit slot, and the other slots of the
// set lose a hit, so a type that stops being used is evicted in time while
// the frequent ones stay. Callers compute cached values exactly as uncached
// ones, so results do not depend on what the cache holds.
//
// Thread safety: none; one per analyzer.

#ifndef KHABAR_MORPH_TYPE_CACHE_H_
#define KHABAR_MORPH_TYPE_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace khabar::morph {

class TypeCache {
 public:
  static constexpr uint32_t kWays = 4;

  // At least `min_slots` slots (rounded up to a power of two, at least
  // kWays).
  explicit TypeCache(uint32_t min_slots) {
    uint32_t slots = kWays;
    while (slots < min_slots) slots <<= 1;
    set_mask_ = slots / kWays - 1;
    hashes_.assign(slots, 0);
    hits_.assign(slots, 0);
    used_.assign(slots, 0);
    keys_.resize(slots);
  }

  uint32_t slots() const { return static_cast<uint32_t>(keys_.size()); }

  // Sets *slot to the slot holding `key` (whose hash is `hash`) and
  // returns true, or returns false.
  bool Find(uint64_t hash, std::string_view key, uint32_t* slot) {
    const uint32_t first = static_cast<uint32_t>(hash & set_mask_) * kWays;
    for (uint32_t s = first; s < first + kWays; ++s) {
      if (used_[s] && hashes_[s] == hash && keys_[s] == key) {
        if (hits_[s] < kMaxHits) ++hits_[s];
        *slot = s;
        return true;
      }
    }
    return false;
  }

  // Puts `key` (absent) in a slot of its set and returns the slot; the
  // caller refills the slot's entry.
  uint32_t Insert(uint64_t hash, std::string_view key) {
    const uint32_t first = static_cast<uint32_t>(hash & set_mask_) * kWays;
    uint32_t victim = first;
    for (uint32_t s = first; s < first + kWays; ++s) {
      if (!used_[s]) {
        victim = s;
        break;
      }
      if (hits_[s] < hits_[victim]) victim = s;
    }
    for (uint32_t s = first; s < first + kWays; ++s) {
      if (s != victim && hits_[s] > 0) --hits_[s];
    }
    used_[victim] = 1;
    hits_[victim] = 1;
    hashes_[victim] = hash;
    keys_[victim].assign(key);
    return victim;
  }

  size_t MemoryBytes() const {
    size_t b = hashes_.capacity() * sizeof(uint64_t) + hits_.capacity() +
               used_.capacity() + keys_.capacity() * sizeof(std::string);
    for (const std::string& k : keys_) {
      if (k.capacity() > 15) b += k.capacity();
    }
    return b;
  }

 private:
  static constexpr uint8_t kMaxHits = 255;

  uint32_t set_mask_ = 0;
  std::vector<uint64_t> hashes_;
  std::vector<uint8_t> hits_;
  std::vector<uint8_t> used_;
  std::vector<std::string> keys_;
};

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_TYPE_CACHE_H_
