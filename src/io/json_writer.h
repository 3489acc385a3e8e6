// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// JsonWriter: a small streaming JSON writer that appends to a std::string.
// Internal to the library (the public surface is khabar/document_json.h).
//
//   std::string out;
//   khabar::JsonWriter w(&out);
//   w.BeginObject();
//   w.Key("id").String("a1");
//   w.Key("spans").BeginArray().Uint(0).Uint(5).EndArray();
//   w.EndObject();
//   // out == R"({"id":"a1","spans":[0,5]})"
//
// Commas and colons are written automatically. The writer does not check
// that calls nest correctly beyond debug assertions; strings are escaped by
// AppendJsonString (ill-formed UTF-8 becomes U+FFFD), so the output is always
// valid UTF-8.
//
// Thread safety: one writer per thread; it does not own `out`.

#ifndef KHABAR_IO_JSON_WRITER_H_
#define KHABAR_IO_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace khabar {

class JsonWriter {
 public:
  // Appends to `out`, which must outlive the writer.
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();

  // An object key; the next call writes its value.
  JsonWriter& Key(std::string_view key);
  // A key known to need no escaping (printable ASCII without '"' or '\\',
  // e.g. a literal): written without the escaping scan.
  JsonWriter& SafeKey(std::string_view key);
  static bool IsSafeKey(std::string_view key);

  JsonWriter& String(std::string_view value);
  JsonWriter& Int(int64_t value);
  JsonWriter& Uint(uint64_t value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // Appends `json`, which must be one complete, valid JSON value.
  JsonWriter& RawValue(std::string_view json);

  // Nesting depth (0 when every container is closed).
  int depth() const { return depth_; }
  std::string* out() const { return out_; }

 private:
  // Writes the comma before a value or key when one is due.
  void BeforeValue() {
    if (need_comma_) out_->push_back(',');
    need_comma_ = true;
  }

  std::string* out_;
  int depth_ = 0;
  // True when the current container already holds an element, so the next
  // element needs a comma. A key clears it for its value.
  bool need_comma_ = false;
};

}  // namespace khabar

#endif  // KHABAR_IO_JSON_WRITER_H_
