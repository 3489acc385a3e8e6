// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/article_json.h"

#include "io/json_writer.h"

namespace khabar {
namespace {

void WritePart(const Block& b, JsonWriter* w) {
  w->Key("text").String(b.text);
  w->Key("b").Uint(b.span.begin);
  w->Key("e").Uint(b.span.end);
  w->Key("line").Uint(b.line);
}

void WriteMetadataField(std::string_view key, const std::string& value,
                        JsonWriter* w) {
  if (!value.empty()) w->Key(key).String(value);
}

}  // namespace

std::string ArticleToJson(const Article& a) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id").String(a.id);
  w.Key("charset").String(a.input_charset);
  w.Key("metadata").BeginObject();
  WriteMetadataField("title", a.metadata.title, &w);
  WriteMetadataField("date", a.metadata.date, &w);
  WriteMetadataField("author", a.metadata.author, &w);
  WriteMetadataField("url", a.metadata.url, &w);
  WriteMetadataField("description", a.metadata.description, &w);
  WriteMetadataField("source", a.metadata.source, &w);
  WriteMetadataField("language", a.metadata.language, &w);
  w.EndObject();
  w.Key("title");
  if (a.title >= 0) {
    w.BeginObject();
    WritePart(a.blocks[a.title], &w);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("body").BeginArray();
  for (uint32_t i : a.body) {
    w.BeginObject();
    WritePart(a.blocks[i], &w);
    w.EndObject();
  }
  w.EndArray();
  w.Key("captions").BeginArray();
  for (uint32_t i : a.captions) {
    w.BeginObject();
    WritePart(a.blocks[i], &w);
    w.EndObject();
  }
  w.EndArray();
  w.Key("dropped").BeginArray();
  for (uint32_t i : a.dropped) {
    const Block& b = a.blocks[i];
    w.BeginObject();
    WritePart(b, &w);
    w.Key("reason").String(DropReasonName(b.reason));
    if (!b.note.empty()) w.Key("note").String(b.note);
    if (!b.duplicate_of.empty()) {
      w.Key("duplicate_of_lines").BeginArray();
      for (uint32_t d : b.duplicate_of) w.Uint(a.blocks[d].line);
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("unbalanced_quotes").BeginArray();
  for (const UnbalancedQuote& q : a.unbalanced_quotes) {
    w.BeginObject();
    w.Key("b").Uint(q.span.begin);
    w.Key("e").Uint(q.span.end);
    w.Key("line").Uint(a.blocks[q.block].line);
    w.Key("opening").Bool(q.opening);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out;
}

}  // namespace khabar
