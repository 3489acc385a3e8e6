// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/text_blocks.h"

#include <gtest/gtest.h>

namespace khabar {
namespace {

TEST(TextBlocksTest, OneBlockPerNonBlankLineWithTrimmedSpansAndLines) {
  const std::string in = "  title \r\n\n\tbody one\rbody two  \n   \nlast";
  std::vector<Block> blocks;
  SplitTextBlocks(in, &blocks);
  ASSERT_EQ(blocks.size(), 4u);
  const char* want[] = {"title", "body one", "body two", "last"};
  const uint32_t lines[] = {1, 3, 4, 6};
  for (size_t i = 0; i < blocks.size(); ++i) {
    EXPECT_EQ(in.substr(blocks[i].span.begin, blocks[i].span.size()), want[i]);
    EXPECT_EQ(blocks[i].line, lines[i]);
  }
}

TEST(TextBlocksTest, EmptyInputHasNoBlocks) {
  std::vector<Block> blocks;
  SplitTextBlocks("", &blocks);
  SplitTextBlocks("\n\n \t\n", &blocks);
  EXPECT_TRUE(blocks.empty());
}

}  // namespace
}  // namespace khabar
