// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Byte spans and the alignment map from a normalized text back to the
// caller's original bytes.
//
// Every normalization in khabar returns a NormalizedText: the normalized
// bytes plus an AlignmentMap. The map is monotone and covers both texts
// completely, so any span found in the normalized text (an entity, a search
// hit, a quotation) can be shown exactly where it stands in the article as
// written:
//
//   khabar::NormalizedText n = ...;
//   khabar::ByteSpan hit = {12, 20};                   // in n.text
//   khabar::ByteSpan where = n.alignment.ToOriginal(hit);  // in the original
//
// Representation: a sorted list of segments. Inside a segment whose
// normalized and original lengths are equal, bytes correspond one to one
// (this covers unchanged text and same-length letter folds such as U+0623 ->
// U+0627). A segment of unequal lengths is one replacement (a ligature split,
// a whitespace run collapsed, a quotation mark unified): every position in it
// maps to the replacement's start (for span begins) or end (for span ends).
// Deleted original bytes (tatweel, diacritics, zero-width characters) lie in
// the gaps between segments. Unchanged text costs no memory.
//
// Thread safety: const methods may be called concurrently.

#ifndef KHABAR_ALIGNMENT_H_
#define KHABAR_ALIGNMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace khabar {

// A half-open byte range [begin, end).
struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

class AlignmentMap {
 public:
  struct Segment {
    uint32_t normalized_begin;  // segment ends where the next one begins
    uint32_t original_begin;
    uint32_t original_end;
  };

  AlignmentMap() = default;

  // The identity map over `size` bytes.
  static AlignmentMap Identity(uint32_t size);

  uint32_t normalized_size() const { return normalized_size_; }
  uint32_t original_size() const { return original_size_; }

  // Original offset where the normalized character at `pos` begins.
  // pos == normalized_size() maps to the end of the last mapped byte.
  uint32_t ToOriginalBegin(uint32_t pos) const;
  // Original offset just past the normalized byte before `pos`.
  uint32_t ToOriginalEnd(uint32_t pos) const;
  // The smallest original span that produced normalized `span`.
  ByteSpan ToOriginal(ByteSpan span) const;

  // Normalized offset of original offset `pos`. Deleted original bytes map
  // to the next normalized position.
  uint32_t FromOriginal(uint32_t pos) const;
  ByteSpan FromOriginal(ByteSpan span) const;

  const std::vector<Segment>& segments() const { return segments_; }

  // --- Building (used by normalizers) ---------------------------------------
  // Clears the map (keeps capacity) for an original text of `original_size`.
  void Reset(uint32_t original_size);
  // Original bytes [original_begin, original_begin + original_len) produced
  // normalized bytes [normalized_begin, normalized_begin + normalized_len),
  // lengths different. Calls must come in increasing order of both offsets.
  void AddReplacement(uint32_t normalized_begin, uint32_t original_begin,
                      uint32_t original_len, uint32_t normalized_len);
  // Original bytes [original_begin, +len) were dropped.
  void AddDeletion(uint32_t normalized_begin, uint32_t original_begin,
                   uint32_t len);
  // Finishes the map: everything after the last event is unchanged text.
  void Finish(uint32_t normalized_size);

 private:
  const Segment* FindByNormalized(uint32_t pos) const;
  void CloseRun(uint32_t normalized_pos, uint32_t original_pos);

  std::vector<Segment> segments_;
  uint32_t normalized_size_ = 0;
  uint32_t original_size_ = 0;
  // Start of the open one-to-one run while building.
  uint32_t run_normalized_ = 0;
  uint32_t run_original_ = 0;
};

// A normalized text and its map back to the original bytes.
struct NormalizedText {
  std::string text;
  AlignmentMap alignment;
};

}  // namespace khabar

#endif  // KHABAR_ALIGNMENT_H_
