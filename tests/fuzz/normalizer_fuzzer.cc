// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Fuzzes Normalizer::Normalize under every combination of options (chosen by
// the first input byte) and checks its documented guarantees: kReplace never
// fails and writes valid UTF-8; kReject fails exactly on ill-formed input;
// normalization is idempotent; the alignment map has the right sizes.

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "khabar/normalizer.h"
#include "khabar/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

// One normalizer per option combination, built on first use.
const khabar::Normalizer& NormalizerFor(uint8_t bits) {
  static std::array<std::unique_ptr<const khabar::Normalizer>, 256> cache;
  auto& slot = cache[bits];
  if (slot == nullptr) {
    khabar::NormalizerOptions o = khabar::NormalizerOptions::ForLevel(
        (bits & 1) ? khabar::NormalizationLevel::kSearch
                   : khabar::NormalizationLevel::kDisplay);
    o.ascii_digits = bits & 2;
    o.unify_quotes = !(bits & 4);
    o.collapse_whitespace = !(bits & 8);
    o.fold_teh_marbuta = !(bits & 16);
    o.fold_alef_maksura = !(bits & 32);
    o.fold_latin_case = !(bits & 64);
    o.invalid_utf8 = (bits & 128) ? khabar::InvalidUtf8Policy::kReject
                                  : khabar::InvalidUtf8Policy::kReplace;
    auto n = khabar::Normalizer::Create(o);
    Check(n.ok());
    slot = *std::move(n);
  }
  return *slot;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t bits = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1),
                              size - 1);
  const khabar::Normalizer& normalizer = NormalizerFor(bits);
  const bool reject = bits & 128;

  khabar::NormalizedText out;
  const khabar::Status s = normalizer.Normalize(text, &out);
  const bool valid_input = khabar::ValidateUtf8(text).ok();
  if (reject && !valid_input) {
    Check(s.code() == khabar::StatusCode::kDataLoss);
    return 0;
  }
  Check(s.ok());
  Check(khabar::ValidateUtf8(out.text).ok());
  Check(out.alignment.normalized_size() == out.text.size());
  Check(out.alignment.original_size() == text.size());

  // Idempotence: Normalize(Normalize(x)) == Normalize(x).
  khabar::NormalizedText again;
  Check(normalizer.Normalize(out.text, &again).ok());
  Check(again.text == out.text);
  return 0;
}
