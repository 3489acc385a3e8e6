// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// TREC-style <DOC> files, as the ANT corpus ships them. Not XML (bodies hold
// bare "&" and "<"), so fields are found by their tags in order.

#include <string>

#include "khabar/news_record.h"

namespace khabar {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' ||
                        s.front() == '\r' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' ||
                        s.back() == '\r' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&lt;", '<'},
          {"&gt;", '>'},
          {"&amp;", '&'},
          {"&quot;", '"'},
          {"&apos;", '\''}};
      bool done = false;
      for (const auto& [name, c] : kEntities) {
        if (s.substr(i, name.size()) == name) {
          out.push_back(c);
          i += name.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

// The content of <tag>...</tag> within `doc`, if present.
bool Field(std::string_view doc, std::string_view tag, std::string* out) {
  std::string open = "<";
  open.append(tag).push_back('>');
  std::string close = "</";
  close.append(tag).push_back('>');
  const size_t b = doc.find(open);
  if (b == std::string_view::npos) return false;
  const size_t start = b + open.size();
  const size_t e = doc.find(close, start);
  if (e == std::string_view::npos) return false;
  *out = DecodeEntities(Trim(doc.substr(start, e - start)));
  return true;
}

}  // namespace

void ParseTrecDocuments(std::string_view text,
                        std::vector<StatusOr<NewsRecord>>* out) {
  size_t pos = 0;
  int index = 0;
  while (true) {
    const size_t b = text.find("<DOC>", pos);
    if (b == std::string_view::npos) return;
    ++index;
    const size_t next = text.find("<DOC>", b + 5);
    const size_t e = text.find("</DOC>", b);
    if (e == std::string_view::npos ||
        (next != std::string_view::npos && next < e)) {
      out->push_back(DataLossError("document " + std::to_string(index) +
                                   " has no </DOC>; is the file truncated?"));
      if (next == std::string_view::npos) return;
      pos = next;
      continue;
    }
    const std::string_view doc = text.substr(b, e - b);
    pos = e + 6;
    NewsRecord r;
    if (!Field(doc, "TEXT", &r.text)) {
      out->push_back(DataLossError("document " + std::to_string(index) +
                                   " has no <TEXT> element"));
      continue;
    }
    Field(doc, "DOCNO", &r.id);
    Field(doc, "TITLE", &r.title);
    Field(doc, "URL", &r.url);
    Field(doc, "SRC", &r.source);
    Field(doc, "CAT", &r.category);
    Field(doc, "TIME", &r.date);
    // The abstract comes first, unless the text already holds it (in the
    // ANT corpus it repeats the lead paragraph in 3,729 of its 3,817
    // abstracts): read twice, every quotation and mention of the lead
    // would be found twice.
    std::string abstract;
    if (Field(doc, "ABSTRACT", &abstract) && !abstract.empty() &&
        r.text.find(abstract) == std::string::npos) {
      abstract.append("\n\n");
      abstract.append(r.text);
      r.text = std::move(abstract);
    }
    out->push_back(std::move(r));
  }
}

}  // namespace khabar
