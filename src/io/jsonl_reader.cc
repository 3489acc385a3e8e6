// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// ParseTextRecord on simdjson's DOM parser, with error codes only: no
// simdjson exception can escape, whether or not the library is built with
// exceptions.

#include <charconv>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "khabar/jsonl.h"
#include "khabar/status.h"
#include "khabar/utf8.h"
#include "simdjson.h"

namespace khabar {
namespace {

// Lines up to this size reuse a per-thread parser (and its buffers); longer
// ones get a parser of their own, so a single huge line does not pin its
// memory for the life of the thread.
constexpr size_t kReusedParserMaxBytes = size_t{1} << 20;

// What a failed line looks like, from a scan of its brackets outside
// strings (only run on the error path).
enum class Shape {
  kUnclosed,  // ends inside a string or with brackets still open
  kTrailing,  // a complete value followed by more content
  kOther,
};

Shape ScanShape(std::string_view line) {
  int depth = 0;
  bool in_string = false;
  bool seen_value = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
        if (depth == 0) seen_value = true;
      }
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (depth == 0 && seen_value) return Shape::kTrailing;
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth < 0) return Shape::kOther;
      if (depth == 0) seen_value = true;
    } else if (depth == 0) {
      // A scalar at the top level: skip to its end.
      while (i + 1 < line.size() && line[i + 1] != ' ' && line[i + 1] != '\t' &&
             line[i + 1] != '{' && line[i + 1] != '[' && line[i + 1] != '"') {
        ++i;
      }
      seen_value = true;
    }
  }
  return (in_string || depth > 0) ? Shape::kUnclosed : Shape::kOther;
}

// A human reason for a simdjson parse failure.
std::string Reason(simdjson::error_code error, std::string_view line) {
  switch (error) {
    case simdjson::UNCLOSED_STRING:
      return "unclosed string; is the line truncated?";
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
      switch (ScanShape(line)) {
        case Shape::kUnclosed:
          return "the line ends before the JSON value is complete; is it "
                 "truncated?";
        case Shape::kTrailing:
          return "unexpected content after the JSON value";
        case Shape::kOther:
          break;
      }
      return "unexpected character or structure (a missing or extra comma, "
             "colon, quote or bracket)";
    case simdjson::TRAILING_CONTENT:
      return "unexpected content after the JSON value";
    case simdjson::STRING_ERROR:
      return "bad escape sequence in a string";
    case simdjson::UNESCAPED_CHARS:
      return "unescaped control character in a string";
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
      return "bad literal (expected true, false or null)";
    case simdjson::NUMBER_ERROR:
      return "bad number";
    case simdjson::NUMBER_OUT_OF_RANGE:
      return "number out of range";
    case simdjson::UTF8_ERROR: {
      const size_t bad = FindInvalidUtf8(line);
      if (bad != std::string_view::npos) {
        return "invalid UTF-8 at byte " + std::to_string(bad);
      }
      return "invalid UTF-8";
    }
    case simdjson::EMPTY:
      return "empty line";
    default:
      return simdjson::error_message(error);
  }
}

Status ParseError(simdjson::error_code error, std::string_view line) {
  std::string message = "malformed JSON (" + Reason(error, line) + ")";
  if (error == simdjson::DEPTH_ERROR || error == simdjson::CAPACITY ||
      error == simdjson::MEMALLOC) {
    return ResourceExhaustedError(std::move(message));
  }
  return DataLossError(std::move(message));
}

std::string DoubleToString(double value) {
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof(buf), value);
  return std::string(buf, static_cast<size_t>(result.ptr - buf));
}

// Reads "id" (absent or null: ""; string; number in decimal).
Status ReadId(simdjson::dom::object object, std::string* id) {
  simdjson::dom::element value;
  const simdjson::error_code error = object["id"].get(value);
  if (error == simdjson::NO_SUCH_FIELD) return Status::Ok();
  if (error) return InternalError(simdjson::error_message(error));
  switch (value.type()) {
    case simdjson::dom::element_type::STRING: {
      std::string_view s;
      if (value.get(s)) return InternalError("\"id\" string unreadable");
      id->assign(s);
      return Status::Ok();
    }
    case simdjson::dom::element_type::INT64: {
      int64_t n = 0;
      if (value.get(n)) return InternalError("\"id\" number unreadable");
      *id = std::to_string(n);
      return Status::Ok();
    }
    case simdjson::dom::element_type::UINT64: {
      uint64_t n = 0;
      if (value.get(n)) return InternalError("\"id\" number unreadable");
      *id = std::to_string(n);
      return Status::Ok();
    }
    case simdjson::dom::element_type::DOUBLE: {
      double n = 0;
      if (value.get(n)) return InternalError("\"id\" number unreadable");
      *id = DoubleToString(n);
      return Status::Ok();
    }
    case simdjson::dom::element_type::NULL_VALUE:
      return Status::Ok();
    default:
      return InvalidArgumentError("\"id\" must be a string or a number");
  }
}

StatusOr<TextRecord> ParseWith(simdjson::dom::parser& parser,
                               std::string_view line) {
  simdjson::dom::element root;
  // realloc_if_needed = true: the parser copies the line into its own padded
  // buffer, which it keeps for the next call.
  simdjson::error_code error =
      parser.parse(line.data(), line.size(), true).get(root);
  if (error) return ParseError(error, line);
  simdjson::dom::object object;
  if (root.get(object)) {
    return DataLossError("malformed record (the JSON value is not an object)");
  }
  TextRecord record;
  KHABAR_RETURN_IF_ERROR(ReadId(object, &record.id));
  simdjson::dom::element text;
  error = object["text"].get(text);
  if (error == simdjson::NO_SUCH_FIELD) {
    return InvalidArgumentError("record has no \"text\" field");
  }
  if (error) return InternalError(simdjson::error_message(error));
  std::string_view text_view;
  if (text.get(text_view)) {
    return InvalidArgumentError("\"text\" must be a string");
  }
  record.text.assign(text_view);
  return record;
}

}  // namespace

StatusOr<TextRecord> ParseTextRecord(std::string_view line) {
  if (line.size() > kMaxJsonlLineBytes) {
    return ResourceExhaustedError("line of " + std::to_string(line.size()) +
                                  " bytes exceeds the limit of " +
                                  std::to_string(kMaxJsonlLineBytes));
  }
  if (line.size() > kReusedParserMaxBytes) {
    simdjson::dom::parser parser;
    return ParseWith(parser, line);
  }
  thread_local simdjson::dom::parser parser;
  return ParseWith(parser, line);
}

}  // namespace khabar
