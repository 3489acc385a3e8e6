// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The benchmark floor: a plain whitespace split producing byte spans.
//
// A span is a maximal run of bytes that are not ASCII whitespace (space,
// \t, \n, \v, \f, \r). No UTF-8 decoding, no classification: this is the
// least work any tokenizer must do (read every byte, write one span per
// token), written as fast as reasonably possible so that it is an honest
// floor. On x86-64 it classifies 64 bytes at a time with SSE2 (part of the
// x86-64 baseline, so no -march flag is needed) and walks the word
// boundaries with count-trailing-zeros; elsewhere it uses a table-driven
// scalar loop. Both produce identical output (checked at benchmark start).
//
//   std::vector<khabar::ByteSpan> spans;
//   khabar::bench::WhitespaceSplit(text, &spans);  // clears, reuses capacity
//
// Thread safety: pure functions.

#ifndef KHABAR_BENCH_WHITESPACE_SPLIT_H_
#define KHABAR_BENCH_WHITESPACE_SPLIT_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace khabar::bench {

namespace whitespace_internal {

inline constexpr std::array<bool, 256> MakeSpaceTable() {
  std::array<bool, 256> table{};
  table[' '] = table['\t'] = table['\n'] = table['\v'] = table['\f'] =
      table['\r'] = true;
  return table;
}
inline constexpr std::array<bool, 256> kIsSpace = MakeSpaceTable();

// Splits text[pos, end) continuing an open token that began at `*begin`
// (if `*in_token`). Returns nothing; updates the state.
inline void ScalarSplitRange(std::string_view text, size_t pos, size_t end,
                             bool* in_token, uint32_t* begin,
                             std::vector<ByteSpan>* spans) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  bool in = *in_token;
  uint32_t b = *begin;
  for (size_t i = pos; i < end; ++i) {
    const bool space = kIsSpace[s[i]];
    if (in && space) {
      spans->push_back({b, static_cast<uint32_t>(i)});
      in = false;
    } else if (!in && !space) {
      b = static_cast<uint32_t>(i);
      in = true;
    }
  }
  *in_token = in;
  *begin = b;
}

#if defined(__SSE2__)
// Bit i set if byte i of the 16 at `p` is ASCII whitespace.
inline uint32_t SpaceMask16(const unsigned char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i is_space = _mm_cmpeq_epi8(x, _mm_set1_epi8(' '));
  // \t..\r are 9..13: (x - 9) as unsigned is <= 4.
  const __m128i t = _mm_sub_epi8(x, _mm_set1_epi8(9));
  const __m128i is_ctrl = _mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(4)), t);
  return static_cast<uint32_t>(
      _mm_movemask_epi8(_mm_or_si128(is_space, is_ctrl)));
}

inline uint64_t SpaceMask64(const unsigned char* p) {
  return static_cast<uint64_t>(SpaceMask16(p)) |
         (static_cast<uint64_t>(SpaceMask16(p + 16)) << 16) |
         (static_cast<uint64_t>(SpaceMask16(p + 32)) << 32) |
         (static_cast<uint64_t>(SpaceMask16(p + 48)) << 48);
}
#endif

}  // namespace whitespace_internal

// Portable reference version.
inline void WhitespaceSplitScalar(std::string_view text,
                                  std::vector<ByteSpan>* spans) {
  spans->clear();
  bool in_token = false;
  uint32_t begin = 0;
  whitespace_internal::ScalarSplitRange(text, 0, text.size(), &in_token, &begin,
                                        spans);
  if (in_token) spans->push_back({begin, static_cast<uint32_t>(text.size())});
}

// Fills `spans` (cleared first) with the non-whitespace runs of `text`.
// `text` must be shorter than 4 GiB.
inline void WhitespaceSplit(std::string_view text,
                            std::vector<ByteSpan>* spans) {
#if defined(__SSE2__)
  spans->clear();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  bool in_token = false;
  uint32_t begin = 0;
  // Bit 63 of the previous block's non-space mask, shifted in as bit 0.
  uint64_t carry = 0;
  size_t pos = 0;
  for (; pos + 64 <= n; pos += 64) {
    const uint64_t word = ~whitespace_internal::SpaceMask64(s + pos);
    // A set bit marks a change between space and non-space at that byte:
    // alternately a token begin and a token end.
    uint64_t change = word ^ ((word << 1) | carry);
    carry = word >> 63;
    const uint32_t base = static_cast<uint32_t>(pos);
    while (change != 0) {
      const uint32_t at = base + static_cast<uint32_t>(__builtin_ctzll(change));
      change &= change - 1;
      if (in_token) {
        spans->push_back({begin, at});
      } else {
        begin = at;
      }
      in_token = !in_token;
    }
  }
  whitespace_internal::ScalarSplitRange(text, pos, n, &in_token, &begin, spans);
  if (in_token) spans->push_back({begin, static_cast<uint32_t>(n)});
#else
  WhitespaceSplitScalar(text, spans);
#endif
}

}  // namespace khabar::bench

#endif  // KHABAR_BENCH_WHITESPACE_SPLIT_H_
