// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Normalizes arbitrary bytes and checks the alignment map's documented
// invariants: segments sorted and disjoint in both texts; ToOriginalBegin
// monotone over every normalized character boundary; every span maps
// inside the original; the whole text maps to the first segment's begin
// and the last segment's end; FromOriginal monotone and inside the
// normalized text. The first byte picks the level and whitespace option.

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "khabar/alignment.h"
#include "khabar/normalizer.h"
#include "khabar/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

const khabar::Normalizer& NormalizerFor(uint8_t bits) {
  static std::array<std::unique_ptr<const khabar::Normalizer>, 8> cache;
  auto& slot = cache[bits & 7];
  if (slot == nullptr) {
    khabar::NormalizerOptions o = khabar::NormalizerOptions::ForLevel(
        (bits & 1) ? khabar::NormalizationLevel::kSearch
                   : khabar::NormalizationLevel::kDisplay);
    o.ascii_digits = bits & 2;
    o.collapse_whitespace = !(bits & 4);
    auto n = khabar::Normalizer::Create(o);
    Check(n.ok());
    slot = *std::move(n);
  }
  return *slot;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view original(reinterpret_cast<const char*>(data + 1),
                                  size - 1);
  khabar::NormalizedText out;
  Check(NormalizerFor(data[0]).Normalize(original, &out).ok());
  const khabar::AlignmentMap& map = out.alignment;
  const uint32_t nsize = static_cast<uint32_t>(out.text.size());
  const uint32_t osize = static_cast<uint32_t>(original.size());
  Check(map.normalized_size() == nsize);
  Check(map.original_size() == osize);

  const auto& segs = map.segments();
  if (nsize > 0) Check(!segs.empty() && segs[0].normalized_begin == 0);
  for (size_t i = 0; i < segs.size(); ++i) {
    Check(segs[i].original_begin <= segs[i].original_end);
    Check(segs[i].original_end <= osize);
    Check(segs[i].normalized_begin < nsize || nsize == 0);
    if (i > 0) {
      Check(segs[i - 1].normalized_begin < segs[i].normalized_begin);
      Check(segs[i - 1].original_end <= segs[i].original_begin);
    }
  }

  uint32_t prev = 0;
  for (uint32_t p = 0; p <= nsize; ++p) {
    if (!khabar::IsUtf8Boundary(out.text, p)) continue;
    const uint32_t b = map.ToOriginalBegin(p);
    Check(b >= prev && b <= osize);
    prev = b;
    const khabar::ByteSpan s = map.ToOriginal({p, nsize});
    Check(s.begin <= s.end && s.end <= osize);
  }
  if (nsize > 0) {
    const khabar::ByteSpan all = map.ToOriginal({0, nsize});
    Check(all.begin == segs.front().original_begin);
    Check(all.end == segs.back().original_end);
  }

  uint32_t prev_n = 0;
  for (uint32_t o = 0; o <= osize; ++o) {
    const uint32_t n = map.FromOriginal(o);
    Check(n >= prev_n && n <= nsize);
    prev_n = n;
  }
  Check(map.FromOriginal(osize) == nsize);
  return 0;
}
