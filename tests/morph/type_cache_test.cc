// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "morph/type_cache.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "morph/hash_index.h"

namespace khabar::morph {
namespace {

// Word types of the seed article, and a token longer than the inline key
// bytes (48): a link pasted into an article.
const std::vector<std::string> kWords = {
    "\u062e\u0627\u0645\u0646\u0626\u064a",                   // khamenei
    "\u0643\u064a\u0631\u064a",                               // kiri
    "\u0627\u0644\u0648\u0644\u0627\u064a\u0627\u062a",       // al-wilayat
    "\u0627\u0644\u0645\u062a\u062d\u062f\u0629",             // al-muttahida
    "\u062a\u0646\u0638\u064a\u0645",                         // tanzim
    "\u0627\u0644\u0625\u0633\u0644\u0627\u0645\u064a\u0629"  // al-islamiya
};
const std::string kLink =
    "https://www.alriyadh.com/1070632/2015/08/06/article-page.html";

// The type cache keeps the types that are used: in a set of four slots a
// frequently hit key survives a stream of one-off keys.
TEST(TypeCacheTest, FrequentTypesSurviveAndEvictedOnesAreGone) {
  TypeCache cache(4);  // one set of four slots
  ASSERT_EQ(cache.slots(), 4u);
  uint32_t slot = 0;
  EXPECT_FALSE(cache.Find(1, "hot", &slot));
  const uint32_t hot = cache.Insert(1, "hot");
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(cache.Find(1, "hot", &slot));
  EXPECT_EQ(slot, hot);
  for (uint64_t k = 2; k < 12; ++k) {
    cache.Insert(k, "cold" + std::to_string(k));
  }
  EXPECT_TRUE(cache.Find(1, "hot", &slot));
  EXPECT_EQ(slot, hot);
  // Only the last three one-off keys fit beside it.
  EXPECT_TRUE(cache.Find(11, "cold11", &slot));
  EXPECT_FALSE(cache.Find(2, "cold2", &slot));
  // Same hash, other key: not found.
  EXPECT_FALSE(cache.Find(1, "other", &slot));
}

TEST(TypeCacheTest, FindsWhatItHoldsShortAndLongKeys) {
  TypeCache cache(64);
  EXPECT_EQ(cache.slots(), 64u);
  std::vector<std::string> keys = kWords;
  keys.push_back(kLink);
  ASSERT_GT(kLink.size(), 48u);
  std::set<uint32_t> slots;
  for (const std::string& k : keys) {
    uint32_t slot = 0;
    EXPECT_FALSE(cache.Find(StringKey(k), k, &slot)) << k;
    slots.insert(cache.Insert(StringKey(k), k));
  }
  EXPECT_EQ(slots.size(), keys.size());
  for (const std::string& k : keys) {
    uint32_t slot = cache.slots();
    ASSERT_TRUE(cache.Find(StringKey(k), k, &slot)) << k;
    EXPECT_LT(slot, cache.slots());
  }
  // Same hash, other key: not found.
  uint32_t slot = 0;
  EXPECT_FALSE(cache.Find(StringKey(kLink), kLink + "x", &slot));
  EXPECT_FALSE(cache.Find(StringKey(kWords[0]), kWords[1], &slot));
}

// A set of one cache holds four types: a fifth evicts the least-hit one,
// and a long key evicted by a short one (and the other way round) leaves
// only the new key findable in that slot.
TEST(TypeCacheTest, EvictionReplacesLongAndShortKeys) {
  TypeCache cache(4);  // one set
  ASSERT_EQ(cache.slots(), 4u);
  const uint32_t long_slot = cache.Insert(StringKey(kLink), kLink);
  for (size_t i = 0; i < 3; ++i) {
    cache.Insert(StringKey(kWords[i]), kWords[i]);
  }
  uint32_t slot = 0;
  // Hits keep the three short words; the link is the least hit.
  for (int round = 0; round < 3; ++round) {
    for (size_t i = 0; i < 3; ++i) {
      ASSERT_TRUE(cache.Find(StringKey(kWords[i]), kWords[i], &slot));
    }
  }
  const uint32_t taken = cache.Insert(StringKey(kWords[3]), kWords[3]);
  EXPECT_EQ(taken, long_slot);
  EXPECT_FALSE(cache.Find(StringKey(kLink), kLink, &slot));
  ASSERT_TRUE(cache.Find(StringKey(kWords[3]), kWords[3], &slot));
  EXPECT_EQ(slot, long_slot);
  // Now a long key takes a short key's slot back.
  for (int round = 0; round < 5; ++round) {
    for (size_t i = 0; i < 3; ++i) {
      ASSERT_TRUE(cache.Find(StringKey(kWords[i]), kWords[i], &slot));
    }
  }
  EXPECT_EQ(cache.Insert(StringKey(kLink), kLink), long_slot);
  ASSERT_TRUE(cache.Find(StringKey(kLink), kLink, &slot));
  EXPECT_EQ(slot, long_slot);
  EXPECT_FALSE(cache.Find(StringKey(kWords[3]), kWords[3], &slot));
  EXPECT_GT(cache.MemoryBytes(), 4 * 48u);
}

}  // namespace
}  // namespace khabar::morph
