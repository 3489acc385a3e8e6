// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// TextChunker: reads a stream of any size in blocks of bounded size, cut at
// safe places, so a 100 MB single-line input is processed in bounded memory.
//
//   khabar::TextChunker chunker(&std::cin);       // 1 MiB blocks
//   std::string block;
//   uint64_t offset;
//   while (true) {
//     khabar::StatusOr<bool> more = chunker.Next(&block, &offset);
//     if (!more.ok()) return more.status();
//     if (!*more) break;
//     process(block, offset);                     // offset of block[0]
//   }
//
// A block ends at the last paragraph break ("\n\n") that fits, else the
// last line break, else the last space or tab, else the last UTF-8
// character boundary; blocks concatenate to the input exactly. Memory held:
// at most about two blocks.
//
// Thread safety: one chunker per stream and thread.

#ifndef KHABAR_TEXT_CHUNKER_H_
#define KHABAR_TEXT_CHUNKER_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>

#include "khabar/status.h"

namespace khabar {

inline constexpr size_t kDefaultChunkBytes = size_t{1} << 20;

class TextChunker {
 public:
  // `in` must outlive the chunker. max_block_bytes >= 16.
  explicit TextChunker(std::istream* in,
                       size_t max_block_bytes = kDefaultChunkBytes);

  // Fills `block` with the next block and `offset` with its position in the
  // stream. Returns false (and an empty block) at the end of the stream;
  // kDataLoss if the stream fails while reading.
  StatusOr<bool> Next(std::string* block, uint64_t* offset);

  // The largest buffer held so far, in bytes (for tests of bounded memory).
  size_t peak_buffer_bytes() const { return peak_buffer_bytes_; }

 private:
  std::istream* in_;
  size_t max_block_bytes_;
  std::string pending_;
  uint64_t offset_ = 0;
  bool eof_ = false;
  size_t peak_buffer_bytes_ = 0;
};

}  // namespace khabar

#endif  // KHABAR_TEXT_CHUNKER_H_
