// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// JSON rendering of a Document's layers: what the CLI writes as JSONL, and
// (later) what the HTTP API returns. Offsets are byte offsets into the
// document's original text.
//
//   std::string line = khabar::DocumentToJson(doc, {.tokens = true});
//
// Thread safety: pure functions of their arguments.

#ifndef KHABAR_DOCUMENT_JSON_H_
#define KHABAR_DOCUMENT_JSON_H_

#include <string>
#include <string_view>

#include "khabar/document.h"
#include "khabar/status.h"

namespace khabar {

struct DocumentJsonOptions {
  // Which layers to write. The id is always written.
  bool text = false;        // the original text
  bool normalized = false;  // each computed view: text + alignment segments
  bool tokens = false;      // [{"b":..,"e":..,"type":..,"script":..,"text":..}]
  bool sentences = false;   // [{"b":..,"e":..,"tokens":[first,end),"text":..}]
  // Include the covered text in tokens and sentences. Default true.
  bool token_text = true;
  // Add to every offset (for a block of a larger stream). Default 0.
  uint64_t offset_base = 0;
};

// One JSON object, no trailing newline.
std::string DocumentToJson(const Document& doc,
                           const DocumentJsonOptions& options);

// {"id":..., "line": N, "error": {"code": "data_loss", "message": ...}}
// for a record that could not be processed. `line` is 1-based; 0 omits it.
std::string ErrorRecordJson(std::string_view id, uint64_t line,
                            const Status& status);

// Appends `s` as a JSON string literal (quotes included). Ill-formed UTF-8
// is written as U+FFFD so the output is always valid JSON.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace khabar

#endif  // KHABAR_DOCUMENT_JSON_H_
