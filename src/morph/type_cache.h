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
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
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
    slots_ = slots;
    sets_.assign(slots / kWays, Set{});
    // Not initialized: a slot's key is read only once a type took it, so
    // a large cache costs memory only as it fills.
    key_bytes_ =
        std::make_unique_for_overwrite<char[]>(size_t{slots} * kInlineKeyBytes);
  }

  uint32_t slots() const { return slots_; }

  // Sets *slot to the slot holding `key` (whose hash is `hash`) and
  // returns true, or returns false.
  bool Find(uint64_t hash, std::string_view key, uint32_t* slot) {
    Set& set = sets_[hash & set_mask_];
    for (uint32_t w = 0; w < kWays; ++w) {
      if (set.used[w] && set.hashes[w] == hash && set.sizes[w] == key.size() &&
          KeyOf(set, w) == key) {
        if (set.hits[w] < kMaxHits) ++set.hits[w];
        *slot = SlotOf(hash, w);
        return true;
      }
    }
    return false;
  }

  // Starts loading the set of `hash` (what Find reads first), for a caller
  // that knows a batch of keys before it looks them up.
  void Prefetch(uint64_t hash) const {
    __builtin_prefetch(&sets_[hash & set_mask_]);
  }

  // Once the set of `hash` is loaded: starts loading the key of the slot
  // whose type has this hash and returns the slot, or returns slots(). A
  // guess for prefetching the caller's entry: the key is not compared.
  uint32_t PrefetchKey(uint64_t hash) const {
    const Set& set = sets_[hash & set_mask_];
    for (uint32_t w = 0; w < kWays; ++w) {
      if (set.used[w] && set.hashes[w] == hash) {
        const uint32_t slot = SlotOf(hash, w);
        __builtin_prefetch(key_bytes_.get() + size_t{slot} * kInlineKeyBytes);
        return slot;
      }
    }
    return slots();
  }

  // Puts `key` (absent) in a slot of its set and returns the slot; the
  // caller refills the slot's entry.
  uint32_t Insert(uint64_t hash, std::string_view key) {
    Set& set = sets_[hash & set_mask_];
    uint32_t victim = 0;
    for (uint32_t w = 0; w < kWays; ++w) {
      if (!set.used[w]) {
        victim = w;
        break;
      }
      if (set.hits[w] < set.hits[victim]) victim = w;
    }
    for (uint32_t w = 0; w < kWays; ++w) {
      if (w != victim && set.hits[w] > 0) --set.hits[w];
    }
    const uint32_t slot = SlotOf(hash, victim);
    if (set.used[victim] && set.sizes[victim] > kInlineKeyBytes) {
      long_keys_.erase(slot);
    }
    set.used[victim] = 1;
    set.hits[victim] = 1;
    set.hashes[victim] = hash;
    set.sizes[victim] = static_cast<uint32_t>(key.size());
    if (key.size() <= kInlineKeyBytes) {
      key.copy(key_bytes_.get() + size_t{slot} * kInlineKeyBytes, key.size());
    } else {
      long_keys_[slot].assign(key);
    }
    return slot;
  }

  size_t MemoryBytes() const {
    size_t b = sets_.capacity() * sizeof(Set) +
               size_t{slots_} * kInlineKeyBytes +
               long_keys_.bucket_count() * sizeof(void*);
    for (const auto& [slot, k] : long_keys_) {
      b += sizeof(slot) + sizeof(k) + 2 * sizeof(void*);
      if (k.capacity() > 15) b += k.capacity();
    }
    return b;
  }

 private:
  static constexpr uint8_t kMaxHits = 255;
  // Keys up to this size (most word types) live in one flat array, so a
  // look-up reads the set's line and the key's, and follows no pointer.
  static constexpr size_t kInlineKeyBytes = 48;

  // A set's bookkeeping in one cache line: what a look-up compares first.
  struct alignas(64) Set {
    uint64_t hashes[kWays] = {};
    uint32_t sizes[kWays] = {};
    uint8_t hits[kWays] = {};
    uint8_t used[kWays] = {};
  };

  uint32_t SlotOf(uint64_t hash, uint32_t way) const {
    return static_cast<uint32_t>(hash & set_mask_) * kWays + way;
  }
  std::string_view KeyOf(const Set& set, uint32_t way) const {
    const uint32_t slot =
        static_cast<uint32_t>(&set - sets_.data()) * kWays + way;
    if (set.sizes[way] > kInlineKeyBytes) {
      const auto it = long_keys_.find(slot);  // always there (Insert)
      return it == long_keys_.end() ? std::string_view() : it->second;
    }
    return std::string_view(key_bytes_.get() + size_t{slot} * kInlineKeyBytes,
                            set.sizes[way]);
  }

  uint32_t set_mask_ = 0;
  uint32_t slots_ = 0;
  std::vector<Set> sets_;
  std::unique_ptr<char[]> key_bytes_;  // kInlineKeyBytes per slot
  // By slot, for the few longer keys.
  std::unordered_map<uint32_t, std::string> long_keys_;
};

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_TYPE_CACHE_H_
