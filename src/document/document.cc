// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/document.h"

#include <string>
#include <utility>

namespace khabar {

StatusOr<Document> Document::Create(std::string text,
                                    InvalidUtf8Policy policy) {
  if (text.size() > kMaxDocumentBytes) {
    return ResourceExhaustedError("document of " + std::to_string(text.size()) +
                                  " bytes exceeds the limit of " +
                                  std::to_string(kMaxDocumentBytes));
  }
  const size_t bad = FindInvalidUtf8(text);
  if (bad != std::string_view::npos && policy == InvalidUtf8Policy::kReject) {
    return DataLossError("invalid UTF-8 at byte " + std::to_string(bad));
  }
  Document doc;
  doc.text_ = std::move(text);
  doc.had_invalid_utf8_ = bad != std::string_view::npos;
  return doc;
}

std::string_view Document::Slice(ByteSpan span) const {
  const size_t n = text_.size();
  const size_t b = span.begin < n ? span.begin : n;
  const size_t e = span.end < n ? span.end : n;
  if (e <= b) return {};
  return std::string_view(text_).substr(b, e - b);
}

const NormalizedText* Document::normalized(NormalizationLevel level) const {
  const auto& slot = normalized_[static_cast<size_t>(level)];
  return slot.has_value() ? &*slot : nullptr;
}

void Document::ClearNormalized(NormalizationLevel level) {
  normalized_[static_cast<size_t>(level)].reset();
}

NormalizedText* Document::mutable_normalized(NormalizationLevel level) {
  auto& slot = normalized_[static_cast<size_t>(level)];
  if (!slot.has_value()) slot.emplace();
  return &*slot;
}

}  // namespace khabar
