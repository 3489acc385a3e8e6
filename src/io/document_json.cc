// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/document_json.h"

#include <string>
#include <string_view>
#include <vector>

#include "io/json_writer.h"
#include "khabar/alignment.h"
#include "khabar/document.h"
#include "khabar/normalizer.h"
#include "khabar/sentence_splitter.h"
#include "khabar/status.h"
#include "khabar/tokenizer.h"

namespace khabar {
namespace {

// {"text": "...", "segments": [[normalized_begin, original_begin,
// original_end], ...]}. Original offsets are shifted by `base`; normalized
// offsets are positions in this view's own text and are not.
void WriteNormalizedView(const NormalizedText& view, uint64_t base,
                         JsonWriter* w) {
  w->BeginObject();
  w->SafeKey("text").String(view.text);
  w->SafeKey("segments").BeginArray();
  for (const AlignmentMap::Segment& s : view.alignment.segments()) {
    w->BeginArray()
        .Uint(s.normalized_begin)
        .Uint(base + s.original_begin)
        .Uint(base + s.original_end)
        .EndArray();
  }
  w->EndArray();
  w->EndObject();
}

void WriteTokens(const Document& doc, const DocumentJsonOptions& options,
                 JsonWriter* w) {
  w->BeginArray();
  for (const Token& t : doc.tokens()) {
    w->BeginObject();
    w->SafeKey("b").Uint(options.offset_base + t.span.begin);
    w->SafeKey("e").Uint(options.offset_base + t.span.end);
    w->SafeKey("type").String(TokenTypeName(t.type));
    if (t.script != Script::kNone) {
      w->SafeKey("script").String(ScriptName(t.script));
    }
    if (options.token_text) w->SafeKey("text").String(doc.Slice(t.span));
    w->EndObject();
  }
  w->EndArray();
}

void WriteSentences(const Document& doc, const DocumentJsonOptions& options,
                    JsonWriter* w) {
  w->BeginArray();
  for (const Sentence& s : doc.sentences()) {
    w->BeginObject();
    w->SafeKey("b").Uint(options.offset_base + s.span.begin);
    w->SafeKey("e").Uint(options.offset_base + s.span.end);
    w->SafeKey("tokens").BeginArray().Uint(s.token_begin).Uint(s.token_end);
    w->EndArray();
    if (options.token_text) w->SafeKey("text").String(doc.Slice(s.span));
    w->EndObject();
  }
  w->EndArray();
}

// A rough output size, so long documents are written without regrowing.
size_t EstimateSize(const Document& doc, const DocumentJsonOptions& options) {
  size_t size = 64 + doc.id().size();
  const size_t text = doc.text().size();
  if (options.text) size += text + 16;
  if (options.normalized) size += 2 * (text + 64);
  if (options.tokens) {
    size += doc.tokens().size() * 72 + (options.token_text ? text : 0);
  }
  if (options.sentences) {
    size += doc.sentences().size() * 56 + (options.token_text ? text : 0);
  }
  return size;
}

}  // namespace

std::string DocumentToJson(const Document& doc,
                           const DocumentJsonOptions& options) {
  std::string out;
  out.reserve(EstimateSize(doc, options));
  JsonWriter w(&out);
  w.BeginObject();
  w.SafeKey("id").String(doc.id());
  if (options.text) w.SafeKey("text").String(doc.text());
  if (options.normalized) {
    w.SafeKey("normalized").BeginObject();
    for (NormalizationLevel level :
         {NormalizationLevel::kDisplay, NormalizationLevel::kSearch}) {
      const NormalizedText* view = doc.normalized(level);
      if (view == nullptr) continue;
      w.Key(NormalizationLevelName(level));
      WriteNormalizedView(*view, options.offset_base, &w);
    }
    w.EndObject();
  }
  if (options.tokens) {
    w.SafeKey("tokens");
    WriteTokens(doc, options, &w);
  }
  if (options.sentences) {
    w.SafeKey("sentences");
    WriteSentences(doc, options, &w);
  }
  w.EndObject();
  return out;
}

std::string ErrorRecordJson(std::string_view id, uint64_t line,
                            const Status& status) {
  std::string out;
  out.reserve(64 + id.size() + status.message().size());
  JsonWriter w(&out);
  w.BeginObject();
  w.SafeKey("id").String(id);
  if (line != 0) w.SafeKey("line").Uint(line);
  w.SafeKey("error").BeginObject();
  w.SafeKey("code").String(StatusCodeName(status.code()));
  w.SafeKey("message").String(status.message());
  w.EndObject();
  w.EndObject();
  return out;
}

}  // namespace khabar
