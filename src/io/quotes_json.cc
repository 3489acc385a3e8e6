// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/json_writer.h"
#include "khabar/quotes.h"

namespace khabar {
namespace {

std::string_view Bytes(std::string_view text, ByteSpan s) {
  if (s.end > text.size() || s.begin > s.end) return {};
  return text.substr(s.begin, s.size());
}

}  // namespace

void AppendQuotesJson(std::string_view text, const std::vector<Quote>& quotes,
                      uint64_t offset_base, std::string* out) {
  JsonWriter w(out);
  w.BeginArray();
  for (const Quote& q : quotes) {
    w.BeginObject();
    w.SafeKey("kind").String(QuoteKindName(q.kind));
    w.SafeKey("begin").Uint(offset_base + q.span.begin);
    w.SafeKey("end").Uint(offset_base + q.span.end);
    w.SafeKey("text").String(Bytes(text, q.span));
    if (!q.cue.empty()) {
      w.SafeKey("cue_begin").Uint(offset_base + q.cue.begin);
      w.SafeKey("cue_end").Uint(offset_base + q.cue.end);
      w.SafeKey("cue").String(Bytes(text, q.cue));
      w.SafeKey("cue_lemma").String(q.cue_lemma);
    }
    if (!q.speaker.empty()) {
      w.SafeKey("speaker_begin").Uint(offset_base + q.speaker.begin);
      w.SafeKey("speaker_end").Uint(offset_base + q.speaker.end);
    }
    if (!q.speaker_text.empty()) w.SafeKey("speaker").String(q.speaker_text);
    if (!q.entity_id.empty()) {
      w.SafeKey("entity_id").String(q.entity_id);
      w.SafeKey("entity").String(q.entity_name);
    }
    // Two decimals are enough for a confidence.
    w.SafeKey("confidence")
        .RawValue(
            std::to_string(static_cast<int>(q.confidence * 100 + 0.5) / 100) +
            "." +
            std::to_string(static_cast<int>(q.confidence * 100 + 0.5) % 100 /
                           10) +
            std::to_string(static_cast<int>(q.confidence * 100 + 0.5) % 10));
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace khabar
