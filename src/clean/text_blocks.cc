// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/text_blocks.h"

#include <cstring>

namespace khabar {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

void SplitTextBlocks(std::string_view text, std::vector<Block>* blocks) {
  size_t pos = 0;
  uint32_t line = 0;
  while (pos < text.size()) {
    ++line;
    // The line ends at the first LF or CR.
    const void* lf = std::memchr(text.data() + pos, '\n', text.size() - pos);
    size_t eol =
        lf == nullptr
            ? text.size()
            : static_cast<size_t>(static_cast<const char*>(lf) - text.data());
    const void* cr = std::memchr(text.data() + pos, '\r', eol - pos);
    if (cr != nullptr) {
      eol = static_cast<size_t>(static_cast<const char*>(cr) - text.data());
    }
    size_t b = pos;
    size_t e = eol;
    while (b < e && IsAsciiSpace(text[b])) ++b;
    while (e > b && IsAsciiSpace(text[e - 1])) --e;
    if (e > b) {
      Block block;
      block.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
      block.line = line;
      blocks->push_back(std::move(block));
    }
    pos = eol;
    if (pos < text.size() && text[pos] == '\r') ++pos;
    if (pos < text.size() && text[pos] == '\n') ++pos;
  }
}

}  // namespace khabar
