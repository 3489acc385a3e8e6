// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/block_cache.h"

#include <cstdint>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "morph/hash_index.h"

namespace khabar::ner {
namespace {

TEST(BlockCacheTest, AddsEachKeyOnceWithAZeroBlock) {
  BlockCache cache(3);
  bool added = false;
  const std::string kerry = "\u0643\u064a\u0631\u064a";
  const uint32_t a = cache.FindOrAdd(morph::StringKey(kerry), kerry, &added);
  EXPECT_TRUE(added);
  EXPECT_EQ(cache.Block(a)[0], 0.0f);
  EXPECT_EQ(cache.Block(a)[2], 0.0f);
  cache.Block(a)[1] = 2.5f;
  const uint32_t again =
      cache.FindOrAdd(morph::StringKey(kerry), kerry, &added);
  EXPECT_FALSE(added);
  EXPECT_EQ(again, a);
  EXPECT_EQ(cache.Block(again)[1], 2.5f);
  EXPECT_EQ(cache.size(), 1u);
}

// Keys are compared, not only hashes: two keys with one hash are two
// entries.
TEST(BlockCacheTest, KeysWithTheSameHashStayApart) {
  BlockCache cache(1);
  bool added = false;
  const uint32_t a = cache.FindOrAdd(42, "a", &added);
  const uint32_t b = cache.FindOrAdd(42, "b", &added);
  EXPECT_TRUE(added);
  EXPECT_NE(a, b);
  cache.Block(a)[0] = 1.0f;
  cache.Block(b)[0] = 2.0f;
  EXPECT_EQ(cache.FindOrAdd(42, "a", &added), a);
  EXPECT_EQ(cache.FindOrAdd(42, "b", &added), b);
  EXPECT_EQ(cache.Block(a)[0], 1.0f);
}

// Indices are dense and survive the table's growth; Clear forgets all.
TEST(BlockCacheTest, IndicesSurviveGrowthUntilClear) {
  BlockCache cache(2);
  bool added = false;
  for (uint32_t i = 0; i < 5000; ++i) {
    const std::string key = "w" + std::to_string(i);
    ASSERT_EQ(cache.FindOrAdd(morph::StringKey(key), key, &added), i);
    cache.Block(i)[1] = static_cast<float>(i);
  }
  for (uint32_t i = 0; i < 5000; i += 97) {
    const std::string key = "w" + std::to_string(i);
    EXPECT_EQ(cache.FindOrAdd(morph::StringKey(key), key, &added), i);
    EXPECT_FALSE(added);
    EXPECT_EQ(cache.Block(i)[1], static_cast<float>(i));
  }
  cache.Clear(16);
  EXPECT_EQ(cache.size(), 0u);
  const std::string key = "w4999";
  EXPECT_EQ(cache.FindOrAdd(morph::StringKey(key), key, &added), 0u);
  EXPECT_TRUE(added);
  EXPECT_EQ(cache.Block(0)[1], 0.0f);
}

// Retain keeps the chosen keys with their blocks, renumbered in order, and
// forgets the others; the table still finds keys that share a hash.
TEST(BlockCacheTest, RetainKeepsTheChosenKeysInOrder) {
  BlockCache cache(2);
  bool added = false;
  std::vector<uint8_t> keep;
  for (uint32_t i = 0; i < 300; ++i) {
    const std::string key = "w" + std::to_string(i);
    // Every tenth key shares one hash.
    const uint64_t hash = i % 10 == 0 ? 42 : morph::StringKey(key);
    ASSERT_EQ(cache.FindOrAdd(hash, key, &added), i);
    cache.Block(i)[0] = static_cast<float>(i);
    cache.Block(i)[1] = -static_cast<float>(i);
    keep.push_back(i % 3 == 0 ? 1 : 0);
  }
  std::vector<uint32_t> renumbered;
  cache.Retain(keep, &renumbered);
  ASSERT_EQ(renumbered.size(), 300u);
  EXPECT_EQ(cache.size(), 100u);
  for (uint32_t i = 0; i < 300; ++i) {
    const std::string key = "w" + std::to_string(i);
    const uint64_t hash = i % 10 == 0 ? 42 : morph::StringKey(key);
    if (i % 3 != 0) {
      EXPECT_EQ(renumbered[i], ~0u);
      continue;
    }
    ASSERT_EQ(renumbered[i], i / 3);
    EXPECT_EQ(cache.Key(i / 3), key);
    EXPECT_EQ(cache.FindOrAdd(hash, key, &added), i / 3);
    EXPECT_FALSE(added);
    EXPECT_EQ(cache.Block(i / 3)[0], static_cast<float>(i));
    EXPECT_EQ(cache.Block(i / 3)[1], -static_cast<float>(i));
  }
  // A forgotten key comes back as a new one, with a zero block.
  const uint32_t back = cache.FindOrAdd(42, "w10", &added);
  EXPECT_TRUE(added);
  EXPECT_EQ(back, 100u);
  EXPECT_EQ(cache.Block(back)[0], 0.0f);
  EXPECT_EQ(cache.Key(back), "w10");
  // Keys only (width 0), and keeping nothing.
  BlockCache keys(0);
  keys.FindOrAdd(7, "a", &added);
  keys.FindOrAdd(8, "b", &added);
  keys.Retain({0, 1}, &renumbered);
  EXPECT_EQ(renumbered, (std::vector<uint32_t>{~0u, 0}));
  EXPECT_EQ(keys.FindOrAdd(8, "b", &added), 0u);
  EXPECT_FALSE(added);
  keys.Retain({0}, &renumbered);
  EXPECT_EQ(keys.size(), 0u);
  EXPECT_EQ(keys.FindOrAdd(8, "b", &added), 0u);
  EXPECT_TRUE(added);
}

// Keeping a few keys of many gives the memory back, and the few are still
// found.
TEST(BlockCacheTest, RetainingFewKeysGivesMemoryBack) {
  BlockCache cache(18);
  bool added = false;
  std::vector<uint8_t> keep;
  for (uint32_t i = 0; i < 20000; ++i) {
    const std::string key = "w" + std::to_string(i);
    cache.FindOrAdd(morph::StringKey(key), key, &added);
    cache.Block(i)[17] = static_cast<float>(i);
    keep.push_back(i % 1000 == 0 ? 1 : 0);
  }
  const size_t before = cache.MemoryBytes();
  std::vector<uint32_t> renumbered;
  cache.Retain(keep, &renumbered);
  EXPECT_LT(cache.MemoryBytes(), before / 100);
  for (uint32_t i = 0; i < 20000; i += 1000) {
    const std::string key = "w" + std::to_string(i);
    EXPECT_EQ(cache.FindOrAdd(morph::StringKey(key), key, &added), i / 1000);
    EXPECT_FALSE(added);
    EXPECT_EQ(cache.Block(i / 1000)[17], static_cast<float>(i));
  }
}

}  // namespace
}  // namespace khabar::ner
