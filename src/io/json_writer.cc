// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "io/json_writer.h"

#include <cassert>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "khabar/document_json.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

// Nonzero if some byte of `x` is zero (the classic SWAR test).
inline uint64_t HasZeroByte(uint64_t x) { return (x - kOnes) & ~x & kHighs; }

// True if the 8 bytes are all printable ASCII other than '"' and '\\', so
// they can be copied as they are.
inline bool AllSafeAscii(uint64_t x) {
  if (x & kHighs) return false;                       // non-ASCII
  if ((x - kOnes * 0x20) & kHighs) return false;      // a byte < 0x20
  if (HasZeroByte(x ^ (kOnes * '"'))) return false;   // '"'
  if (HasZeroByte(x ^ (kOnes * '\\'))) return false;  // '\\'
  return true;
}

inline bool IsSafeAscii(unsigned char c) {
  return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

void AppendEscape(unsigned char c, std::string* out) {
  switch (c) {
    case '"':
      out->append("\\\"");
      return;
    case '\\':
      out->append("\\\\");
      return;
    case '\b':
      out->append("\\b");
      return;
    case '\f':
      out->append("\\f");
      return;
    case '\n':
      out->append("\\n");
      return;
    case '\r':
      out->append("\\r");
      return;
    case '\t':
      out->append("\\t");
      return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char buf[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out->append(buf, sizeof(buf));
      return;
    }
  }
}

template <typename T>
void AppendNumber(T value, std::string* out) {
  char buf[24];
  const auto result = std::to_chars(buf, buf + sizeof(buf), value);
  out->append(buf, static_cast<size_t>(result.ptr - buf));
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->reserve(out->size() + s.size() + 2);
  out->push_back('"');
  const char* data = s.data();
  const size_t n = s.size();
  size_t run = 0;  // start of the pending run of bytes copied verbatim
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, data + i, 8);
      if (AllSafeAscii(w)) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(data[i]);
    if (IsSafeAscii(c)) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      // Two-byte characters (all of Arabic) take the short path.
      if (c >= 0xC2 && c <= 0xDF && i + 1 < n &&
          (static_cast<unsigned char>(data[i + 1]) & 0xC0) == 0x80) {
        i += 2;
        continue;
      }
      const DecodedChar d = DecodeUtf8(s, i);
      if (d.valid) {
        i += d.length;
        continue;
      }
      out->append(data + run, i - run);
      out->append("\xEF\xBF\xBD");  // U+FFFD
      i += d.length;
      run = i;
      continue;
    }
    out->append(data + run, i - run);
    AppendEscape(c, out);
    ++i;
    run = i;
  }
  out->append(data + run, n - run);
  out->push_back('"');
}

JsonWriter& JsonWriter::BeginObject() {
  BeforeValue();
  out_->push_back('{');
  ++depth_;
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::EndObject() {
  assert(depth_ > 0);
  out_->push_back('}');
  --depth_;
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::BeginArray() {
  BeforeValue();
  out_->push_back('[');
  ++depth_;
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::EndArray() {
  assert(depth_ > 0);
  out_->push_back(']');
  --depth_;
  need_comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendJsonString(key, out_);
  out_->push_back(':');
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::SafeKey(std::string_view key) {
  assert(IsSafeKey(key));
  if (need_comma_) out_->push_back(',');
  out_->push_back('"');
  out_->append(key.data(), key.size());
  out_->append("\":", 2);
  need_comma_ = false;
  return *this;
}

bool JsonWriter::IsSafeKey(std::string_view key) {
  for (char c : key) {
    if (!IsSafeAscii(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  BeforeValue();
  AppendJsonString(value, out_);
  return *this;
}

JsonWriter& JsonWriter::Int(int64_t value) {
  BeforeValue();
  AppendNumber(value, out_);
  return *this;
}

JsonWriter& JsonWriter::Uint(uint64_t value) {
  BeforeValue();
  AppendNumber(value, out_);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  BeforeValue();
  out_->append(value ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
  return *this;
}

JsonWriter& JsonWriter::RawValue(std::string_view json) {
  BeforeValue();
  out_->append(json);
  return *this;
}

}  // namespace khabar
