// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// News records as corpora and scrapers deliver them, before cleaning:
//   - JSON objects (a JSONL line, or the elements of a JSON array such as the
//     SaudiNewsNet day files) with fields id, title, text (or content, body),
//     html, url, date (or date_extracted, published), source, author;
//   - TREC-style files (the ANT corpus): <DOC> elements with <DOCNO>,
//     <URL>, <SRC>, <CAT>, <TITLE>, <TIME>, <ABSTRACT> and <TEXT>.
//
//   std::vector<khabar::StatusOr<khabar::NewsRecord>> records;
//   KHABAR_RETURN_IF_ERROR(khabar::ParseNewsRecordArray(file_bytes, &records));
//   for (auto& r : records) r.ok() ? clean(*r) : report(r.status());
//
// One bad element never hides the others: each yields a record or an error,
// so the count in equals the count out.
//
// Thread safety: pure functions.

#ifndef KHABAR_NEWS_RECORD_H_
#define KHABAR_NEWS_RECORD_H_

#include <string>
#include <string_view>
#include <vector>

#include "khabar/status.h"

namespace khabar {

struct NewsRecord {
  std::string id;
  std::string title;
  std::string text;  // plain text body (may be empty when html is set)
  std::string html;  // a whole page
  std::string url;
  std::string date;
  std::string source;
  std::string author;
  std::string category;
};

// One JSON object. kDataLoss for malformed JSON; kInvalidArgument when the
// object has neither a text nor an html field, or a field of the wrong type.
StatusOr<NewsRecord> ParseNewsRecordJson(std::string_view json);

// A JSON array of objects. Fails as a whole only if the array itself cannot
// be read (kDataLoss); otherwise appends one entry per element.
Status ParseNewsRecordArray(std::string_view json,
                            std::vector<StatusOr<NewsRecord>>* out);

// TREC-style documents. Appends one entry per <DOC>; a <DOC> without
// </DOC> or without <TEXT> is an error entry (kDataLoss). Entities &lt;
// &gt; &amp; &quot; &apos; are decoded.
void ParseTrecDocuments(std::string_view text,
                        std::vector<StatusOr<NewsRecord>>* out);

}  // namespace khabar

#endif  // KHABAR_NEWS_RECORD_H_
