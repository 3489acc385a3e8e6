// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The inputs of `khabar clean`: files, directories (walked recursively, in
// name order) or stdin, each read in its format (plain text, HTML, JSONL,
// JSON arrays such as SaudiNewsNet's day files, TREC-style files such as the
// ANT corpus), turned into a stream of items: a record to clean, or an
// error at a position. Every input record yields exactly one item.

#ifndef KHABAR_TOOLS_CLEAN_INPUTS_H_
#define KHABAR_TOOLS_CLEAN_INPUTS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/news_record.h"
#include "khabar/status.h"

namespace khabar::cli {

enum class CleanFormat { kAuto, kText, kHtml, kJsonl, kJson, kTrec };

// "auto", "text", ...; kInvalidArgument otherwise.
StatusOr<CleanFormat> ParseCleanFormat(std::string_view name);

// The format of a file from its name and first bytes.
CleanFormat DetectCleanFormat(std::string_view path, std::string_view head);

struct CleanItem {
  std::string id;     // the record's id, or "<path>#<k>"
  uint64_t line = 0;  // JSONL line (1-based), 0 when not line-based
  CleanFormat format = CleanFormat::kText;
  StatusOr<NewsRecord> record = NewsRecord();  // html or text filled
};

using CleanItemSink = std::function<void(CleanItem&&)>;

// Reads every input under `paths` ("-" is stdin) in `format` (kAuto:
// detected per file) and calls `sink` once per record, in order. A file that
// cannot be read at all yields one error item. Files larger than
// `max_file_bytes` (except JSONL, read line by line) yield one error item.
// Returns the number of files skipped in directories (unknown extensions).
uint64_t ReadCleanInputs(const std::vector<std::string>& paths,
                         CleanFormat format, size_t max_file_bytes,
                         const CleanItemSink& sink);

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_CLEAN_INPUTS_H_
