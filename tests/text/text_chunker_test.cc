// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/text_chunker.h"

#include <cstdint>
#include <random>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/status.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

struct Block {
  std::string text;
  uint64_t offset;
};

// Reads every block; fails the test on an error.
std::vector<Block> ReadAll(const std::string& input, size_t max) {
  std::istringstream in(input);
  TextChunker chunker(&in, max);
  std::vector<Block> blocks;
  std::string block;
  uint64_t offset = 0;
  while (true) {
    StatusOr<bool> more = chunker.Next(&block, &offset);
    EXPECT_TRUE(more.ok()) << more.status().ToString();
    if (!more.ok() || !*more) break;
    blocks.push_back({block, offset});
  }
  EXPECT_TRUE(block.empty());
  return blocks;
}

// Blocks are non-empty, at most `max` bytes, contiguous, and concatenate to
// the input.
void ExpectValidSplit(const std::string& input, size_t max,
                      const std::vector<Block>& blocks) {
  std::string joined;
  for (const Block& b : blocks) {
    EXPECT_FALSE(b.text.empty());
    EXPECT_LE(b.text.size(), max);
    EXPECT_EQ(b.offset, joined.size());
    joined += b.text;
  }
  EXPECT_EQ(joined, input);
}

TEST(TextChunkerTest, EmptyStreamHasNoBlocks) {
  std::istringstream in("");
  TextChunker chunker(&in, 64);
  std::string block = "stale";
  uint64_t offset = 99;
  StatusOr<bool> more = chunker.Next(&block, &offset);
  ASSERT_TRUE(more.ok());
  EXPECT_FALSE(*more);
  EXPECT_TRUE(block.empty());
  EXPECT_EQ(offset, 0u);
  // And stays at the end.
  more = chunker.Next(&block, &offset);
  ASSERT_TRUE(more.ok());
  EXPECT_FALSE(*more);
}

TEST(TextChunkerTest, SmallInputIsOneBlock) {
  const std::string input = "one two\nthree";
  const std::vector<Block> blocks = ReadAll(input, 64);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].text, input);
  EXPECT_EQ(blocks[0].offset, 0u);
}

TEST(TextChunkerTest, InputOfExactlyOneBlockIsNotCut) {
  const std::string input(64, 'x');
  const std::vector<Block> blocks = ReadAll(input, 64);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].text, input);
}

TEST(TextChunkerTest, PrefersParagraphBreak) {
  // A paragraph break early, a line break and spaces later: the block ends
  // after the paragraph break.
  const std::string input = "aaaa\n\nbbbb\ncccc dddd eeee ffff gggg hhhh iiii";
  const std::vector<Block> blocks = ReadAll(input, 32);
  ExpectValidSplit(input, 32, blocks);
  ASSERT_GE(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text, "aaaa\n\n");
}

TEST(TextChunkerTest, TreatsCrLfParagraphBreakAsParagraphBreak) {
  const std::string input = "aaaa\r\n\r\nbbbb\r\ncccc dddd eeee ffff gggg";
  const std::vector<Block> blocks = ReadAll(input, 32);
  ExpectValidSplit(input, 32, blocks);
  EXPECT_EQ(blocks[0].text, "aaaa\r\n\r\n");
}

TEST(TextChunkerTest, PrefersLineBreakOverSpace) {
  const std::string input = "aaaa bbbb\ncccc dddd eeee ffff gggg hhhh iiii";
  const std::vector<Block> blocks = ReadAll(input, 32);
  ExpectValidSplit(input, 32, blocks);
  EXPECT_EQ(blocks[0].text, "aaaa bbbb\n");
}

TEST(TextChunkerTest, CutsAfterTheLastSpaceOrTab) {
  const std::string input = "aaaa bbbb\tcccc dddd eeee ffff gggg hhhh iiii";
  const std::vector<Block> blocks = ReadAll(input, 32);
  ExpectValidSplit(input, 32, blocks);
  // The window is the first 32 bytes; its last blank is at 29.
  EXPECT_EQ(blocks[0].text, "aaaa bbbb\tcccc dddd eeee ffff ");
}

TEST(TextChunkerTest, CutsArabicWithoutBreaksAtCharacterBoundaries) {
  std::string input;
  for (int i = 0; i < 100; ++i) input += "\u0643\u062a\u0628";  // 2 bytes each
  for (size_t max : {16, 17, 31, 33}) {
    const std::vector<Block> blocks = ReadAll(input, max);
    ExpectValidSplit(input, max, blocks);
    for (const Block& b : blocks) {
      EXPECT_EQ(FindInvalidUtf8(b.text), std::string_view::npos)
          << "max " << max << " offset " << b.offset;
      // Boundaries lose at most one byte to the character boundary.
      if (b.offset + b.text.size() < input.size()) {
        EXPECT_GE(b.text.size(), max - 1);
      }
    }
  }
}

TEST(TextChunkerTest, CutsFourByteCharactersAtBoundaries) {
  std::string input;
  for (int i = 0; i < 50; ++i) input += "\U0001F600";
  const std::vector<Block> blocks = ReadAll(input, 18);
  ExpectValidSplit(input, 18, blocks);
  for (const Block& b : blocks) {
    EXPECT_EQ(FindInvalidUtf8(b.text), std::string_view::npos);
    EXPECT_EQ(b.text.size(),
              b.offset + b.text.size() < input.size() ? 16u : b.text.size());
  }
}

TEST(TextChunkerTest, IllFormedUtf8StillMakesProgress) {
  const std::string input(100, '\x80');  // continuation bytes only
  const std::vector<Block> blocks = ReadAll(input, 16);
  ExpectValidSplit(input, 16, blocks);
}

TEST(TextChunkerTest, SmallMaximumIsRaisedToSixteen) {
  const std::string input(40, 'x');
  const std::vector<Block> blocks = ReadAll(input, 1);
  ExpectValidSplit(input, 16, blocks);
  EXPECT_EQ(blocks.size(), 3u);
}

TEST(TextChunkerTest, RandomInputsSplitValidly) {
  std::mt19937 rng(7);
  const std::string pieces[] = {"a",         " ",    "\n",     "\n\n",
                                "\t",        "\r\n", "\u0645", "\u0644\u0627",
                                "\U0001F600"};
  for (int iteration = 0; iteration < 300; ++iteration) {
    std::string input;
    const size_t parts = rng() % 400;
    for (size_t i = 0; i < parts; ++i) {
      input += pieces[rng() % (sizeof(pieces) / sizeof(pieces[0]))];
    }
    const size_t max = 16 + rng() % 100;
    const std::vector<Block> blocks = ReadAll(input, max);
    ExpectValidSplit(input, max, blocks);
    for (const Block& b : blocks) {
      EXPECT_TRUE(IsUtf8Boundary(input, b.offset));
    }
  }
}

// A streambuf that yields some bytes and then fails.
class FailingStreambuf : public std::streambuf {
 public:
  explicit FailingStreambuf(std::string data) : data_(std::move(data)) {
    setg(data_.data(), data_.data(), data_.data() + data_.size());
  }

 protected:
  int_type underflow() override { throw std::runtime_error("disk on fire"); }

 private:
  std::string data_;
};

TEST(TextChunkerTest, ReadErrorIsDataLoss) {
  FailingStreambuf buf(std::string(40, 'x'));
  std::istream in(&buf);
  TextChunker chunker(&in, 16);
  std::string block;
  uint64_t offset = 0;
  StatusOr<bool> more = chunker.Next(&block, &offset);
  while (more.ok() && *more) more = chunker.Next(&block, &offset);
  ASSERT_FALSE(more.ok());
  EXPECT_EQ(more.status().code(), StatusCode::kDataLoss);
}

// 100 MB of Arabic words on one line, generated in memory: every block is at
// most the maximum, ends after a space, starts where the previous one ended,
// and the chunker holds about one block.
TEST(TextChunkerTest, HundredMegabyteSingleLineInBoundedMemory) {
  const std::string pattern =
      "\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 "
      "\u0625\u0646 \u0627\u0644\u062d\u0643\u0648\u0645\u0629 ";
  constexpr size_t kTotal = size_t{100} << 20;
  std::string input;
  input.reserve(kTotal);
  while (input.size() + pattern.size() <= kTotal) input += pattern;
  input.append(pattern, 0, kTotal - input.size());
  ASSERT_EQ(input.size(), kTotal);
  ASSERT_EQ(input.find('\n'), std::string::npos);
  const size_t size = input.size();

  std::istringstream in(std::move(input));
  TextChunker chunker(&in);  // 1 MiB blocks
  std::string block;
  uint64_t offset = 0;
  uint64_t expected_offset = 0;
  size_t blocks = 0;
  size_t mismatches = 0;
  while (true) {
    StatusOr<bool> more = chunker.Next(&block, &offset);
    ASSERT_TRUE(more.ok()) << more.status().ToString();
    if (!*more) break;
    ++blocks;
    ASSERT_EQ(offset, expected_offset);
    ASSERT_FALSE(block.empty());
    ASSERT_LE(block.size(), kDefaultChunkBytes);
    // The block is the input at `offset` (the input repeats `pattern`).
    for (size_t i = 0; i < block.size(); ++i) {
      if (block[i] != pattern[(offset + i) % pattern.size()]) ++mismatches;
    }
    const bool last = offset + block.size() == size;
    if (!last) {
      EXPECT_EQ(block.back(), ' ') << "block at " << offset;
      EXPECT_GT(block.size(), kDefaultChunkBytes - pattern.size());
    }
    expected_offset += block.size();
  }
  EXPECT_EQ(mismatches, 0u);
  EXPECT_EQ(expected_offset, size);
  EXPECT_GE(blocks, 100u);
  EXPECT_GT(chunker.peak_buffer_bytes(), 0u);
  EXPECT_LT(chunker.peak_buffer_bytes(), 3 * kDefaultChunkBytes);
}

}  // namespace
}  // namespace khabar
