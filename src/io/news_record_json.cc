// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// News records from JSON, on simdjson's DOM API with error codes only.

#include <simdjson.h>

#include <string>

#include "khabar/news_record.h"

namespace khabar {
namespace {

// Copies the first present field of `names` into `out`. Strings are taken
// as they are, numbers in decimal; another type is an error.
Status TakeField(simdjson::dom::object obj,
                 std::initializer_list<std::string_view> names,
                 std::string* out) {
  for (std::string_view name : names) {
    simdjson::dom::element v;
    if (obj.at_key(name).get(v) != simdjson::SUCCESS) continue;
    switch (v.type()) {
      case simdjson::dom::element_type::STRING: {
        std::string_view s;
        if (v.get_string().get(s) == simdjson::SUCCESS) *out = std::string(s);
        return Status::Ok();
      }
      case simdjson::dom::element_type::INT64:
        *out = std::to_string(int64_t(v));
        return Status::Ok();
      case simdjson::dom::element_type::UINT64:
        *out = std::to_string(uint64_t(v));
        return Status::Ok();
      case simdjson::dom::element_type::NULL_VALUE:
        return Status::Ok();
      default:
        return InvalidArgumentError("field \"" + std::string(name) +
                                    "\" is not a string");
    }
  }
  return Status::Ok();
}

StatusOr<NewsRecord> FromObject(simdjson::dom::element e) {
  simdjson::dom::object obj;
  if (e.get_object().get(obj) != simdjson::SUCCESS) {
    return InvalidArgumentError("record is not a JSON object");
  }
  NewsRecord r;
  KHABAR_RETURN_IF_ERROR(TakeField(obj, {"id", "docno"}, &r.id));
  KHABAR_RETURN_IF_ERROR(TakeField(obj, {"title", "headline"}, &r.title));
  KHABAR_RETURN_IF_ERROR(TakeField(obj, {"text", "content", "body"}, &r.text));
  KHABAR_RETURN_IF_ERROR(TakeField(obj, {"html"}, &r.html));
  KHABAR_RETURN_IF_ERROR(TakeField(obj, {"url"}, &r.url));
  KHABAR_RETURN_IF_ERROR(
      TakeField(obj, {"date", "published", "date_extracted"}, &r.date));
  KHABAR_RETURN_IF_ERROR(TakeField(obj, {"source"}, &r.source));
  KHABAR_RETURN_IF_ERROR(TakeField(obj, {"author"}, &r.author));
  KHABAR_RETURN_IF_ERROR(TakeField(obj, {"category"}, &r.category));
  bool has_body = false;
  for (std::string_view k : {"text", "content", "body", "html"}) {
    simdjson::dom::element v;
    has_body = has_body || obj.at_key(k).get(v) == simdjson::SUCCESS;
  }
  if (!has_body) {
    return InvalidArgumentError(
        "record has no \"text\", \"content\", \"body\" or \"html\" field");
  }
  return r;
}

Status ParseError(simdjson::error_code error) {
  std::string what = simdjson::error_message(error);
  if (error == simdjson::UNCLOSED_STRING ||
      error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT ||
      error == simdjson::TAPE_ERROR) {
    what += " (is the input truncated?)";
  }
  return DataLossError("malformed JSON: " + what);
}

}  // namespace

StatusOr<NewsRecord> ParseNewsRecordJson(std::string_view json) {
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  const simdjson::padded_string padded(json);
  const auto error = parser.parse(padded).get(e);
  if (error != simdjson::SUCCESS) return ParseError(error);
  return FromObject(e);
}

Status ParseNewsRecordArray(std::string_view json,
                            std::vector<StatusOr<NewsRecord>>* out) {
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  const simdjson::padded_string padded(json);
  const auto error = parser.parse(padded).get(e);
  if (error != simdjson::SUCCESS) return ParseError(error);
  simdjson::dom::array arr;
  if (e.get_array().get(arr) != simdjson::SUCCESS) {
    out->push_back(FromObject(e));  // a single object
    return Status::Ok();
  }
  for (simdjson::dom::element item : arr) out->push_back(FromObject(item));
  return Status::Ok();
}

}  // namespace khabar
