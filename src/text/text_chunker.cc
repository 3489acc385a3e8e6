// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/text_chunker.h"

#include <algorithm>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

#include "khabar/status.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

constexpr size_t kMinChunkBytes = 16;

// The length of the block to cut from the front of `pending`, which holds
// more than `max` bytes: just past the last paragraph break in the first
// `max` bytes, else line break, else space or tab, else at the last UTF-8
// character boundary. Always in [1, max].
size_t FindCut(std::string_view pending, size_t max) {
  const std::string_view text = pending.substr(0, max);
  size_t last_line_break = std::string_view::npos;
  size_t last_blank = std::string_view::npos;
  for (size_t i = text.size(); i-- > 0;) {
    const char c = text[i];
    if (c == '\n') {
      // "\n\n" or "\n\r\n": a paragraph break. Scanning backwards, the first
      // one found is the last in the text.
      if ((i >= 1 && text[i - 1] == '\n') ||
          (i >= 2 && text[i - 1] == '\r' && text[i - 2] == '\n')) {
        return i + 1;
      }
      if (last_line_break == std::string_view::npos) last_line_break = i;
    } else if ((c == ' ' || c == '\t') &&
               last_blank == std::string_view::npos) {
      last_blank = i;
    }
  }
  if (last_line_break != std::string_view::npos) return last_line_break + 1;
  if (last_blank != std::string_view::npos) return last_blank + 1;
  // No break at all: the last character boundary. Ill-formed UTF-8 may have
  // a run of continuation bytes longer than a character; then cut anywhere.
  // (`pending` goes on past `max`, so the boundary test at `max` looks at
  // the byte there.)
  size_t cut = max;
  const size_t floor = max > 4 ? max - 4 : 0;
  while (cut > floor && !IsUtf8Boundary(pending, cut)) --cut;
  if (cut == 0 || !IsUtf8Boundary(pending, cut)) cut = max;
  return cut;
}

}  // namespace

TextChunker::TextChunker(std::istream* in, size_t max_block_bytes)
    : in_(in), max_block_bytes_(std::max(max_block_bytes, kMinChunkBytes)) {}

StatusOr<bool> TextChunker::Next(std::string* block, uint64_t* offset) {
  block->clear();
  // Top up the pending bytes to one block plus one byte: the extra byte
  // tells whether the block is the last one (then it is not cut).
  const size_t want = max_block_bytes_ + 1;
  if (!eof_ && pending_.size() < want) {
    const size_t have = pending_.size();
    pending_.resize(want);
    size_t got = 0;
    while (have + got < want) {
      in_->read(pending_.data() + have + got,
                static_cast<std::streamsize>(want - have - got));
      got += static_cast<size_t>(in_->gcount());
      if (in_->bad()) {
        pending_.resize(have + got);
        return DataLossError("read error after " +
                             std::to_string(offset_ + have + got) + " bytes");
      }
      if (in_->eof() || in_->fail()) {
        eof_ = true;
        break;
      }
    }
    pending_.resize(have + got);
    peak_buffer_bytes_ = std::max(peak_buffer_bytes_, pending_.capacity());
  }
  if (pending_.empty()) {
    *offset = offset_;
    return false;
  }
  size_t cut = pending_.size();
  if (cut > max_block_bytes_) {
    cut = FindCut(pending_, max_block_bytes_);
  }
  block->assign(pending_, 0, cut);
  pending_.erase(0, cut);
  *offset = offset_;
  offset_ += cut;
  return true;
}

}  // namespace khabar
