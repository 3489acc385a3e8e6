// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/alignment.h"

#include <algorithm>

namespace khabar {

AlignmentMap AlignmentMap::Identity(uint32_t size) {
  AlignmentMap map;
  map.Reset(size);
  map.Finish(size);
  return map;
}

void AlignmentMap::Reset(uint32_t original_size) {
  segments_.clear();
  normalized_size_ = 0;
  original_size_ = original_size;
  run_normalized_ = 0;
  run_original_ = 0;
}

void AlignmentMap::CloseRun(uint32_t normalized_pos, uint32_t original_pos) {
  (void)original_pos;
  if (normalized_pos > run_normalized_) {
    const uint32_t len = normalized_pos - run_normalized_;
    // Merge with a preceding one-to-one run that is contiguous in both texts.
    if (!segments_.empty()) {
      Segment& last = segments_.back();
      const uint32_t last_nlen = run_normalized_ - last.normalized_begin;
      if (last.original_end == run_original_ &&
          last_nlen == last.original_end - last.original_begin) {
        last.original_end += len;
        return;
      }
    }
    segments_.push_back({run_normalized_, run_original_, run_original_ + len});
  }
}

void AlignmentMap::AddReplacement(uint32_t normalized_begin,
                                  uint32_t original_begin,
                                  uint32_t original_len,
                                  uint32_t normalized_len) {
  if (normalized_len == 0) {
    AddDeletion(normalized_begin, original_begin, original_len);
    return;
  }
  CloseRun(normalized_begin, original_begin);
  segments_.push_back(
      {normalized_begin, original_begin, original_begin + original_len});
  run_normalized_ = normalized_begin + normalized_len;
  run_original_ = original_begin + original_len;
}

void AlignmentMap::AddDeletion(uint32_t normalized_begin,
                               uint32_t original_begin, uint32_t len) {
  CloseRun(normalized_begin, original_begin);
  run_normalized_ = normalized_begin;
  run_original_ = original_begin + len;
}

void AlignmentMap::Finish(uint32_t normalized_size) {
  CloseRun(normalized_size,
           run_original_ + (normalized_size - run_normalized_));
  normalized_size_ = normalized_size;
}

const AlignmentMap::Segment* AlignmentMap::FindByNormalized(
    uint32_t pos) const {
  auto it = std::upper_bound(
      segments_.begin(), segments_.end(), pos,
      [](uint32_t p, const Segment& s) { return p < s.normalized_begin; });
  if (it == segments_.begin()) return nullptr;
  return &*(it - 1);
}

namespace {
inline uint32_t NormalizedEnd(const std::vector<AlignmentMap::Segment>& segs,
                              const AlignmentMap::Segment* s,
                              uint32_t normalized_size) {
  const size_t i = static_cast<size_t>(s - segs.data());
  return i + 1 < segs.size() ? segs[i + 1].normalized_begin : normalized_size;
}
}  // namespace

uint32_t AlignmentMap::ToOriginalBegin(uint32_t pos) const {
  if (segments_.empty()) return 0;
  if (pos >= normalized_size_) return segments_.back().original_end;
  const Segment* s = FindByNormalized(pos);
  if (s == nullptr) return segments_.front().original_begin;
  const uint32_t nlen =
      NormalizedEnd(segments_, s, normalized_size_) - s->normalized_begin;
  if (nlen == s->original_end - s->original_begin) {
    return s->original_begin + (pos - s->normalized_begin);
  }
  return s->original_begin;
}

uint32_t AlignmentMap::ToOriginalEnd(uint32_t pos) const {
  if (segments_.empty()) return 0;
  if (pos == 0) return segments_.front().original_begin;
  if (pos > normalized_size_) pos = normalized_size_;
  const Segment* s = FindByNormalized(pos - 1);
  if (s == nullptr) return segments_.front().original_begin;
  const uint32_t nlen =
      NormalizedEnd(segments_, s, normalized_size_) - s->normalized_begin;
  if (nlen == s->original_end - s->original_begin) {
    return s->original_begin + (pos - s->normalized_begin);
  }
  return s->original_end;
}

ByteSpan AlignmentMap::ToOriginal(ByteSpan span) const {
  const uint32_t b = ToOriginalBegin(span.begin);
  if (span.end <= span.begin) return {b, b};
  return {b, std::max(b, ToOriginalEnd(span.end))};
}

uint32_t AlignmentMap::FromOriginal(uint32_t pos) const {
  auto it = std::upper_bound(
      segments_.begin(), segments_.end(), pos,
      [](uint32_t p, const Segment& s) { return p < s.original_begin; });
  if (it == segments_.begin()) return 0;
  const Segment* s = &*(it - 1);
  const uint32_t nend = NormalizedEnd(segments_, s, normalized_size_);
  if (pos >= s->original_end) return nend;
  const uint32_t nlen = nend - s->normalized_begin;
  if (nlen == s->original_end - s->original_begin) {
    return s->normalized_begin + (pos - s->original_begin);
  }
  return s->normalized_begin;
}

ByteSpan AlignmentMap::FromOriginal(ByteSpan span) const {
  const uint32_t b = FromOriginal(span.begin);
  if (span.end <= span.begin) return {b, b};
  // An end inside a replacement extends to the replacement's end.
  auto it = std::upper_bound(
      segments_.begin(), segments_.end(), span.end - 1,
      [](uint32_t p, const Segment& s) { return p < s.original_begin; });
  uint32_t e = b;
  if (it != segments_.begin()) {
    const Segment* s = &*(it - 1);
    const uint32_t nend = NormalizedEnd(segments_, s, normalized_size_);
    const uint32_t nlen = nend - s->normalized_begin;
    if (span.end - 1 >= s->original_end) {
      e = nend;
    } else if (nlen == s->original_end - s->original_begin) {
      e = s->normalized_begin + (span.end - s->original_begin);
    } else {
      e = nend;
    }
  }
  return {b, std::max(b, e)};
}

}  // namespace khabar
