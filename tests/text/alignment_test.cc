// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/alignment.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace khabar {
namespace {

TEST(AlignmentMapTest, IdentityMapsEveryOffsetToItself) {
  const AlignmentMap map = AlignmentMap::Identity(10);
  EXPECT_EQ(map.normalized_size(), 10u);
  EXPECT_EQ(map.original_size(), 10u);
  ASSERT_EQ(map.segments().size(), 1u);  // unchanged text costs one segment
  for (uint32_t b = 0; b <= 10; ++b) {
    for (uint32_t e = b + 1; e <= 10; ++e) {
      EXPECT_EQ(map.ToOriginal({b, e}), (ByteSpan{b, e}));
      EXPECT_EQ(map.FromOriginal(ByteSpan{b, e}), (ByteSpan{b, e}));
    }
    EXPECT_EQ(map.ToOriginalBegin(b), b);
    EXPECT_EQ(map.FromOriginal(b), b);
  }
}

TEST(AlignmentMapTest, EmptyIdentity) {
  const AlignmentMap map = AlignmentMap::Identity(0);
  EXPECT_EQ(map.normalized_size(), 0u);
  EXPECT_EQ(map.ToOriginal({0, 0}), (ByteSpan{0, 0}));
  EXPECT_EQ(map.FromOriginal(0), 0u);
}

TEST(AlignmentMapTest, DeletionLeavesAGapAndKeepsOffsets) {
  // Original "ab_cd" with '_' (byte 2) deleted: normalized "abcd".
  AlignmentMap map;
  map.Reset(5);
  map.AddDeletion(2, 2, 1);
  map.Finish(4);
  ASSERT_EQ(map.segments().size(), 2u);
  EXPECT_EQ(map.segments()[0].original_end, 2u);
  EXPECT_EQ(map.segments()[1].original_begin, 3u);
  EXPECT_EQ(map.ToOriginal({0, 2}), (ByteSpan{0, 2}));  // "ab"
  EXPECT_EQ(map.ToOriginal({2, 4}), (ByteSpan{3, 5}));  // "cd"
  EXPECT_EQ(map.ToOriginal({1, 3}), (ByteSpan{1, 4}));  // "b_c"
  EXPECT_EQ(map.ToOriginal({0, 4}), (ByteSpan{0, 5}));
  EXPECT_EQ(map.FromOriginal(2), 2u);  // the deleted byte: next position
  EXPECT_EQ(map.FromOriginal(3), 2u);
  EXPECT_EQ(map.FromOriginal(5), 4u);
  EXPECT_EQ(map.FromOriginal(ByteSpan{3, 5}), (ByteSpan{2, 4}));
}

TEST(AlignmentMapTest, ShrinkingReplacementMapsToWholeRun) {
  // Original "a   b" (three spaces collapsed to one): normalized "a b".
  AlignmentMap map;
  map.Reset(5);
  map.AddReplacement(1, 1, 3, 1);
  map.Finish(3);
  EXPECT_EQ(map.ToOriginal({1, 2}), (ByteSpan{1, 4}));
  EXPECT_EQ(map.ToOriginal({2, 3}), (ByteSpan{4, 5}));
  EXPECT_EQ(map.ToOriginal({0, 3}), (ByteSpan{0, 5}));
  EXPECT_EQ(map.ToOriginalBegin(2), 4u);
  EXPECT_EQ(map.FromOriginal(2), 1u);  // inside the run: its start
  EXPECT_EQ(map.FromOriginal(4), 2u);
  EXPECT_EQ(map.FromOriginal(ByteSpan{2, 3}), (ByteSpan{1, 2}));
}

TEST(AlignmentMapTest, GrowingReplacementMapsEveryPartToTheWhole) {
  // "x" + a 3-byte lam-alef ligature + "y": the ligature becomes 4 bytes.
  AlignmentMap map;
  map.Reset(5);
  map.AddReplacement(1, 1, 3, 4);
  map.Finish(6);
  EXPECT_EQ(map.ToOriginal({1, 3}), (ByteSpan{1, 4}));  // lam alone
  EXPECT_EQ(map.ToOriginal({3, 5}), (ByteSpan{1, 4}));  // alef alone
  EXPECT_EQ(map.ToOriginal({0, 6}), (ByteSpan{0, 5}));
  EXPECT_EQ(map.ToOriginal({5, 6}), (ByteSpan{4, 5}));
  EXPECT_EQ(map.FromOriginal(4), 5u);
  EXPECT_EQ(map.FromOriginal(ByteSpan{1, 4}), (ByteSpan{1, 5}));
}

TEST(AlignmentMapTest, LeadingAndTrailingDeletions) {
  // Original "__ab__": normalized "ab".
  AlignmentMap map;
  map.Reset(6);
  map.AddDeletion(0, 0, 2);
  map.AddDeletion(2, 4, 2);
  map.Finish(2);
  EXPECT_EQ(map.ToOriginal({0, 2}), (ByteSpan{2, 4}));
  EXPECT_EQ(map.ToOriginalBegin(0), 2u);
  // The end of the normalized text maps to the end of the last kept byte.
  EXPECT_EQ(map.ToOriginalBegin(2), 4u);
  EXPECT_EQ(map.FromOriginal(0), 0u);
  EXPECT_EQ(map.FromOriginal(5), 2u);
  EXPECT_EQ(map.FromOriginal(6), 2u);
}

TEST(AlignmentMapTest, EmptySpanStaysEmpty) {
  AlignmentMap map;
  map.Reset(5);
  map.AddDeletion(2, 2, 1);
  map.Finish(4);
  const ByteSpan s = map.ToOriginal({2, 2});
  EXPECT_TRUE(s.empty());
  EXPECT_LE(s.end, 5u);
}

TEST(AlignmentMapTest, EverythingDeletedStaysInBounds) {
  AlignmentMap map;
  map.Reset(3);
  map.AddDeletion(0, 0, 3);
  map.Finish(0);
  EXPECT_EQ(map.normalized_size(), 0u);
  const ByteSpan s = map.ToOriginal({0, 0});
  EXPECT_LE(s.begin, s.end);
  EXPECT_LE(s.end, 3u);
  EXPECT_EQ(map.FromOriginal(1), 0u);
}

TEST(AlignmentMapTest, ResetReusesTheMap) {
  AlignmentMap map;
  map.Reset(5);
  map.AddDeletion(2, 2, 1);
  map.Finish(4);
  map.Reset(3);
  map.Finish(3);
  EXPECT_EQ(map.original_size(), 3u);
  EXPECT_EQ(map.normalized_size(), 3u);
  ASSERT_EQ(map.segments().size(), 1u);
  EXPECT_EQ(map.ToOriginal({0, 3}), (ByteSpan{0, 3}));
}

// A random sequence of edits, with the expected map computed alongside.
struct Edit {
  enum Kind { kKeep, kDelete, kReplace } kind;
  uint32_t original_len;
  uint32_t normalized_len;
};

TEST(AlignmentMapTest, RandomEditsKeepEveryInvariant) {
  std::mt19937 rng(20260101);
  auto random = [&rng](uint32_t n) { return static_cast<uint32_t>(rng() % n); };
  for (int round = 0; round < 300; ++round) {
    std::vector<Edit> edits;
    const int n = 1 + static_cast<int>(random(12));
    for (int i = 0; i < n; ++i) {
      switch (random(3)) {
        case 0:
          edits.push_back({Edit::kKeep, 1 + random(5), 0});
          break;
        case 1:
          edits.push_back({Edit::kDelete, 1 + random(3), 0});
          break;
        default: {
          const uint32_t o = 1 + random(4);
          uint32_t m = 1 + random(4);
          if (m == o) ++m;
          edits.push_back({Edit::kReplace, o, m});
        }
      }
    }
    // Build the map, and per normalized byte the expected original span;
    // per original byte the expected normalized position.
    AlignmentMap map;
    uint32_t original_size = 0;
    for (const Edit& e : edits) original_size += e.original_len;
    map.Reset(original_size);
    std::vector<ByteSpan> expected_span;  // per normalized byte
    std::vector<uint32_t> expected_from;  // per original byte
    uint32_t o = 0, p = 0;
    uint32_t first_kept = UINT32_MAX, last_kept_end = 0;
    for (const Edit& e : edits) {
      if (e.kind == Edit::kKeep) {
        for (uint32_t k = 0; k < e.original_len; ++k) {
          expected_span.push_back({o + k, o + k + 1});
          expected_from.push_back(p + k);
        }
        first_kept = std::min(first_kept, o);
        last_kept_end = o + e.original_len;
        p += e.original_len;
      } else if (e.kind == Edit::kDelete) {
        map.AddDeletion(p, o, e.original_len);
        for (uint32_t k = 0; k < e.original_len; ++k) {
          expected_from.push_back(p);
        }
      } else {
        map.AddReplacement(p, o, e.original_len, e.normalized_len);
        for (uint32_t k = 0; k < e.normalized_len; ++k) {
          expected_span.push_back({o, o + e.original_len});
        }
        for (uint32_t k = 0; k < e.original_len; ++k) {
          expected_from.push_back(p);
        }
        first_kept = std::min(first_kept, o);
        last_kept_end = o + e.original_len;
        p += e.normalized_len;
      }
      o += e.original_len;
    }
    map.Finish(p);
    SCOPED_TRACE("round " + std::to_string(round));
    ASSERT_EQ(map.normalized_size(), p);
    ASSERT_EQ(map.original_size(), original_size);

    // Segments are sorted and disjoint in both texts.
    const auto& segs = map.segments();
    for (size_t i = 1; i < segs.size(); ++i) {
      EXPECT_LT(segs[i - 1].normalized_begin, segs[i].normalized_begin);
      EXPECT_LE(segs[i - 1].original_end, segs[i].original_begin);
    }
    for (const auto& s : segs) {
      EXPECT_LE(s.original_begin, s.original_end);
      EXPECT_LE(s.original_end, original_size);
    }

    // Every normalized byte maps to what produced it.
    for (uint32_t i = 0; i < p; ++i) {
      EXPECT_EQ(map.ToOriginal({i, i + 1}), expected_span[i]) << "at " << i;
    }
    // ToOriginalBegin is monotone.
    for (uint32_t i = 1; i <= p; ++i) {
      EXPECT_LE(map.ToOriginalBegin(i - 1), map.ToOriginalBegin(i));
    }
    // The whole text maps to first kept byte .. end of last kept byte.
    if (p > 0) {
      EXPECT_EQ(map.ToOriginal({0, p}), (ByteSpan{first_kept, last_kept_end}));
    }
    // Every original byte maps back (deleted ones to the next position).
    for (uint32_t i = 0; i < original_size; ++i) {
      EXPECT_EQ(map.FromOriginal(i), expected_from[i]) << "from " << i;
    }
    EXPECT_EQ(map.FromOriginal(original_size), p);
  }
}

}  // namespace
}  // namespace khabar
