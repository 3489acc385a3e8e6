// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Fuzzes khabar::ParseTextRecord with arbitrary lines (it must never crash
// and must fail only with the documented codes), and round-trips arbitrary
// bytes through AppendJsonString: a record written by khabar reads back as
// the text with ill-formed UTF-8 replaced.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "khabar/document_json.h"
#include "khabar/jsonl.h"
#include "khabar/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const khabar::StatusOr<khabar::TextRecord> r = khabar::ParseTextRecord(line);
  if (!r.ok()) {
    const khabar::StatusCode code = r.status().code();
    Check(code == khabar::StatusCode::kDataLoss ||
          code == khabar::StatusCode::kInvalidArgument ||
          code == khabar::StatusCode::kResourceExhausted);
    Check(!r.status().message().empty());
  } else {
    // JSON strings are valid Unicode once parsed.
    Check(khabar::ValidateUtf8(r->text).ok());
    Check(khabar::ValidateUtf8(r->id).ok());
  }

  // Round trip: {"id": <s>, "text": <s>} written by khabar.
  std::string json = "{\"id\":";
  khabar::AppendJsonString(line, &json);
  json += ",\"text\":";
  khabar::AppendJsonString(line, &json);
  json += "}";
  const khabar::StatusOr<khabar::TextRecord> back =
      khabar::ParseTextRecord(json);
  Check(back.ok());
  const std::string want = khabar::ReplaceInvalidUtf8(line);
  Check(back->text == want);
  Check(back->id == want);
  return 0;
}
