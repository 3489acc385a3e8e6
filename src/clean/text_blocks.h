// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Plain text to blocks: one block per non-blank line.

#ifndef KHABAR_CLEAN_TEXT_BLOCKS_H_
#define KHABAR_CLEAN_TEXT_BLOCKS_H_

#include <string_view>
#include <vector>

#include "khabar/article.h"

namespace khabar {

// True for the ASCII white space a block is trimmed of (space, tab, CR, LF,
// form feed, vertical tab); a line holds no CR or LF.
bool IsAsciiSpace(char c);

// Appends a Block (span without surrounding ASCII whitespace, 1-based line)
// for every line of `text` that holds anything but ASCII whitespace. LF, CR
// and CRLF end lines. Block::text is left empty.
void SplitTextBlocks(std::string_view text, std::vector<Block>* blocks);

}  // namespace khabar

#endif  // KHABAR_CLEAN_TEXT_BLOCKS_H_
