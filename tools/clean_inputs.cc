// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean_inputs.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "cli_input.h"
#include "khabar/jsonl.h"

namespace khabar::cli {
namespace {

namespace fs = std::filesystem;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool KnownExtension(const fs::path& p) {
  const std::string ext = Lower(p.extension().string());
  return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".json" ||
         ext == ".jsonl" || ext == ".ndjson" || ext == ".xml";
}

// Reads a whole stream, up to `limit` bytes (+1 to detect the excess).
StatusOr<std::string> ReadAll(std::istream& in, size_t limit) {
  std::string data;
  char buf[1 << 16];
  while (in) {
    in.read(buf, sizeof(buf));
    data.append(buf, static_cast<size_t>(in.gcount()));
    if (data.size() > limit) {
      return ResourceExhaustedError("input larger than " +
                                    std::to_string(limit) + " bytes");
    }
  }
  if (in.bad()) return DataLossError("read error");
  return data;
}

void EmitRecords(const std::string& path, CleanFormat format,
                 std::vector<StatusOr<NewsRecord>>* records,
                 const CleanItemSink& sink) {
  const std::string stem = fs::path(path).stem().string();
  for (size_t k = 0; k < records->size(); ++k) {
    CleanItem item;
    item.format = format;
    item.record = std::move((*records)[k]);
    if (item.record.ok() && !item.record->id.empty()) {
      item.id = item.record->id;
    } else {
      item.id = stem + "/" + std::to_string(k);
    }
    if (item.record.ok() && item.record->id.empty()) item.record->id = item.id;
    sink(std::move(item));
  }
}

void ErrorItem(const std::string& id, uint64_t line, Status status,
               const CleanItemSink& sink) {
  CleanItem item;
  item.id = id;
  item.line = line;
  item.record = std::move(status);
  sink(std::move(item));
}

void ReadJsonl(const std::string& path, std::istream& in,
               const CleanItemSink& sink) {
  LineReader reader(&in, kMaxJsonlLineBytes);
  std::string line;
  while (true) {
    bool too_long = false;
    uint64_t bytes = 0;
    StatusOr<bool> more = reader.Next(&line, &too_long, &bytes);
    if (!more.ok()) {
      ErrorItem(path, reader.line_number(), more.status(), sink);
      return;
    }
    if (!*more) return;
    const uint64_t n = reader.line_number();
    if (too_long) {
      ErrorItem(path + ":" + std::to_string(n), n,
                ResourceExhaustedError("line of " + std::to_string(bytes) +
                                       " bytes exceeds the JSONL limit"),
                sink);
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    CleanItem item;
    item.line = n;
    item.format = CleanFormat::kJsonl;
    item.record = ParseNewsRecordJson(line);
    item.id = item.record.ok() && !item.record->id.empty()
                  ? item.record->id
                  : path + ":" + std::to_string(n);
    if (item.record.ok() && item.record->id.empty()) item.record->id = item.id;
    sink(std::move(item));
  }
}

// A whole file in memory: one article (text, HTML) or many records.
void ReadWhole(const std::string& path, CleanFormat format, std::string data,
               const CleanItemSink& sink) {
  std::vector<StatusOr<NewsRecord>> records;
  if (format == CleanFormat::kJson) {
    Status s = ParseNewsRecordArray(data, &records);
    if (!s.ok()) {
      ErrorItem(path, 0, s, sink);
      return;
    }
  } else if (format == CleanFormat::kTrec) {
    ParseTrecDocuments(data, &records);
  } else {
    NewsRecord r;
    r.id = path;
    (format == CleanFormat::kHtml ? r.html : r.text) = std::move(data);
    CleanItem item;
    item.id = path;
    item.format = format;
    item.record = std::move(r);
    sink(std::move(item));
    return;
  }
  EmitRecords(path, format, &records, sink);
}

void ReadOne(const std::string& path, CleanFormat format, size_t max_bytes,
             const CleanItemSink& sink) {
  const std::string ext = Lower(fs::path(path).extension().string());
  if (format == CleanFormat::kAuto && (ext == ".jsonl" || ext == ".ndjson")) {
    format = CleanFormat::kJsonl;  // by extension: stream it
  }
  StatusOr<std::unique_ptr<Input>> input = Input::Open(path);
  if (!input.ok()) {
    ErrorItem(path, 0, input.status(), sink);
    return;
  }
  if (format == CleanFormat::kJsonl) {
    ReadJsonl(path, (*input)->stream(), sink);
    return;
  }
  StatusOr<std::string> data = ReadAll((*input)->stream(), max_bytes);
  if (!data.ok()) {
    ErrorItem(path, 0, data.status(), sink);
    return;
  }
  if (format == CleanFormat::kAuto) {
    format = DetectCleanFormat(path, std::string_view(*data).substr(0, 512));
  }
  if (format == CleanFormat::kJsonl) {
    std::istringstream in(std::move(*data));
    ReadJsonl(path, in, sink);
    return;
  }
  ReadWhole(path, format, std::move(*data), sink);
}

}  // namespace

StatusOr<CleanFormat> ParseCleanFormat(std::string_view name) {
  if (name == "auto") return CleanFormat::kAuto;
  if (name == "text") return CleanFormat::kText;
  if (name == "html") return CleanFormat::kHtml;
  if (name == "jsonl") return CleanFormat::kJsonl;
  if (name == "json") return CleanFormat::kJson;
  if (name == "trec") return CleanFormat::kTrec;
  return InvalidArgumentError("unknown format '" + std::string(name) + "'");
}

CleanFormat DetectCleanFormat(std::string_view path, std::string_view head) {
  const std::string ext =
      Lower(fs::path(std::string(path)).extension().string());
  if (ext == ".jsonl" || ext == ".ndjson") return CleanFormat::kJsonl;
  if (ext == ".html" || ext == ".htm") return CleanFormat::kHtml;
  const size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  const std::string lead =
      start == std::string_view::npos ? "" : Lower(head.substr(start, 16));
  if (lead.rfind("<doc>", 0) == 0) return CleanFormat::kTrec;
  if (ext == ".json") {
    return lead.rfind("[", 0) == 0 ? CleanFormat::kJson : CleanFormat::kJsonl;
  }
  if (lead.rfind("<!doctype", 0) == 0 || lead.rfind("<html", 0) == 0 ||
      lead.rfind("<?xml", 0) == 0 || lead.rfind("<head", 0) == 0) {
    return CleanFormat::kHtml;
  }
  if (lead.rfind("{", 0) == 0) return CleanFormat::kJsonl;
  if (lead.rfind("[", 0) == 0) return CleanFormat::kJson;
  return CleanFormat::kText;
}

uint64_t ReadCleanInputs(const std::vector<std::string>& paths,
                         CleanFormat format, size_t max_file_bytes,
                         const CleanItemSink& sink) {
  uint64_t skipped = 0;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      std::vector<std::string> files;
      for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end;
           it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        if (format == CleanFormat::kAuto && !KnownExtension(it->path())) {
          ++skipped;
          continue;
        }
        files.push_back(it->path().string());
      }
      if (ec)
        ErrorItem(path, 0, DataLossError("cannot list: " + ec.message()), sink);
      std::sort(files.begin(), files.end());
      for (const std::string& f : files)
        ReadOne(f, format, max_file_bytes, sink);
    } else {
      ReadOne(path, format, max_file_bytes, sink);
    }
  }
  return skipped;
}

}  // namespace khabar::cli
