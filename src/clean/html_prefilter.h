// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The raw pass before HTML parsing: a linear scan of the page bytes that
//   - removes comments and the elements whose content is never article text
//     (script, style, noscript, template, svg, math, iframe, textarea,
//     select, button), keeping the text of JSON-LD scripts aside;
//   - replaces each ill-formed UTF-8 sequence by U+FFFD and NUL by a space,
//     so the parser reads valid UTF-8 and never guesses another encoding;
//   - drops a UTF-8 byte order mark;
// and records a map from every byte of its output back to the input, so
// positions the parser reports become byte offsets into the page.
//
// Internal to src/clean. Thread safety: value types and pure functions.

#ifndef KHABAR_CLEAN_HTML_PREFILTER_H_
#define KHABAR_CLEAN_HTML_PREFILTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"

namespace khabar {

// Maps offsets in the filtered text back to the input. Segments are sorted;
// bytes between segments were removed from the input.
class PrefilterMap {
 public:
  struct Segment {
    uint32_t filtered_begin;
    uint32_t original_begin;
    uint32_t filtered_len;
    uint32_t original_len;  // == filtered_len for copied bytes
  };

  // Input offset where the filtered byte at `pos` came from.
  uint32_t ToOriginalBegin(uint32_t pos) const;
  // Input offset just past the filtered byte before `pos` (a span end).
  uint32_t ToOriginalEnd(uint32_t pos) const;

  void Clear() { segments_.clear(); }
  // Appends bytes [original_begin, +original_len) that became the next
  // filtered_len bytes of the filtered text starting at filtered_begin.
  void Add(uint32_t filtered_begin, uint32_t original_begin,
           uint32_t filtered_len, uint32_t original_len);

  const std::vector<Segment>& segments() const { return segments_; }

 private:
  const Segment* Find(uint32_t pos) const;
  std::vector<Segment> segments_;
};

struct PrefilteredHtml {
  std::string text;  // valid UTF-8, what the parser reads
  PrefilterMap map;
  // The bodies of <script type="application/ld+json"> elements.
  std::vector<std::string> json_ld;
  std::vector<ByteSpan> json_ld_spans;  // in the input
};

// Fills `*out` from `html` (any bytes; meant to be UTF-8). Reuses the
// capacity of `*out`.
void PrefilterHtml(std::string_view html, PrefilteredHtml* out);

}  // namespace khabar

#endif  // KHABAR_CLEAN_HTML_PREFILTER_H_
