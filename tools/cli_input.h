// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Input handling shared by the text subcommands: opening FILE or stdin
// ("-"), choosing between plain text and JSONL, and reading JSONL lines of
// bounded length.

#ifndef KHABAR_TOOLS_CLI_INPUT_H_
#define KHABAR_TOOLS_CLI_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/status.h"

namespace khabar::cli {

// The whole file (binary). kNotFound if it cannot be opened, kDataLoss if
// reading fails.
StatusOr<std::string> ReadWholeFile(const std::string& path);

enum class InputFormat { kText, kJsonl };

// `format` is "auto", "text" or "jsonl". Auto is JSONL when `path` ends in
// ".jsonl" or ".ndjson", else text (stdin included).
InputFormat ResolveInputFormat(std::string_view format, std::string_view path);

// An open input: a file, or stdin for "-".
class Input {
 public:
  // kNotFound for a missing file, kInvalidArgument for a directory,
  // kDataLoss for any other failure to open.
  static StatusOr<std::unique_ptr<Input>> Open(const std::string& path);

  std::istream& stream() { return *stream_; }
  // The path as given ("-" for stdin).
  const std::string& name() const { return name_; }

 private:
  Input() = default;

  std::string name_;
  std::ifstream file_;
  std::istream* stream_ = nullptr;
};

// Splits a stream into lines ("\n", with a "\r" before it dropped) without
// ever holding more than `max_line_bytes` of one line: a longer line is
// reported as too long and its bytes are skipped.
class LineReader {
 public:
  // `in` must outlive the reader.
  LineReader(std::istream* in, size_t max_line_bytes);

  // Reads the next line into `line`. Returns false at the end of the stream
  // (a last line without "\n" is still a line), kDataLoss on a read error.
  // For a line over the limit, `line` is cleared and *too_long set; then
  // *line_bytes is its full length (else the length of `line`).
  StatusOr<bool> Next(std::string* line, bool* too_long, uint64_t* line_bytes);

  // 1-based number of the line last returned.
  uint64_t line_number() const { return line_number_; }

 private:
  // Refills the buffer; false at the end of the stream.
  StatusOr<bool> Fill();

  std::istream* in_;
  size_t max_line_bytes_;
  std::vector<char> buffer_;
  size_t begin_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  uint64_t line_number_ = 0;
};

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_CLI_INPUT_H_
