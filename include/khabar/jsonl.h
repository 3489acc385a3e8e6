// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Reading JSONL text records: one JSON object per line,
//   {"id": "a1", "text": "..."}
// "id" may be a string or a number and may be absent; "text" is required
// and must be a string. Other fields are ignored.
//
//   khabar::StatusOr<khabar::TextRecord> r = khabar::ParseTextRecord(line);
//   if (!r.ok()) emit_error_record(line_number, r.status());
//
// Errors: malformed JSON, or JSON that is not an object, is kDataLoss with
// the reason; a missing or non-string "text" is kInvalidArgument; a line
// longer than kMaxJsonlLineBytes is kResourceExhausted. Never throws.
//
// Thread safety: ParseTextRecord is thread-safe.

#ifndef KHABAR_JSONL_H_
#define KHABAR_JSONL_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "khabar/status.h"

namespace khabar {

// The longest JSONL line khabar parses (64 MiB).
inline constexpr size_t kMaxJsonlLineBytes = size_t{64} << 20;

struct TextRecord {
  std::string id;    // "" when absent; numbers are rendered in decimal
  std::string text;  // the record's text, unescaped
};

StatusOr<TextRecord> ParseTextRecord(std::string_view line);

}  // namespace khabar

#endif  // KHABAR_JSONL_H_
