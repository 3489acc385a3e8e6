// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "cli_input.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

#include "khabar/status.h"

namespace khabar::cli {

StatusOr<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open " + path);
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) return DataLossError("cannot read " + path);
  return out.str();
}
namespace {

constexpr size_t kReadBufferBytes = size_t{1} << 16;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

InputFormat ResolveInputFormat(std::string_view format, std::string_view path) {
  if (format == "text") return InputFormat::kText;
  if (format == "jsonl") return InputFormat::kJsonl;
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson")) {
    return InputFormat::kJsonl;
  }
  return InputFormat::kText;
}

StatusOr<std::unique_ptr<Input>> Input::Open(const std::string& path) {
  std::unique_ptr<Input> input(new Input());
  input->name_ = path;
  if (path == "-") {
    input->stream_ = &std::cin;
    return input;
  }
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    const int error = errno;
    std::string message = "cannot open '" + path + "': " + strerror(error);
    if (error == ENOENT) return NotFoundError(std::move(message));
    return DataLossError(std::move(message));
  }
  if (S_ISDIR(st.st_mode)) {
    return InvalidArgumentError("cannot read '" + path + "': is a directory");
  }
  input->file_.open(path, std::ios::in | std::ios::binary);
  if (!input->file_.is_open()) {
    return DataLossError("cannot open '" + path + "': " + strerror(errno));
  }
  input->stream_ = &input->file_;
  return input;
}

LineReader::LineReader(std::istream* in, size_t max_line_bytes)
    : in_(in), max_line_bytes_(max_line_bytes), buffer_(kReadBufferBytes) {}

StatusOr<bool> LineReader::Fill() {
  if (eof_) return false;
  in_->read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  const size_t got = static_cast<size_t>(in_->gcount());
  if (in_->bad()) return DataLossError("read error");
  if (in_->eof() || in_->fail()) eof_ = true;
  begin_ = 0;
  end_ = got;
  return got > 0;
}

StatusOr<bool> LineReader::Next(std::string* line, bool* too_long,
                                uint64_t* line_bytes) {
  line->clear();
  *too_long = false;
  uint64_t total = 0;
  bool any = false;  // saw at least one byte or the line's "\n"
  while (true) {
    if (begin_ == end_) {
      StatusOr<bool> more = Fill();
      if (!more.ok()) return more.status();
      if (!*more) break;
    }
    const char* start = buffer_.data() + begin_;
    const size_t avail = end_ - begin_;
    const void* nl = std::memchr(start, '\n', avail);
    const size_t take =
        nl != nullptr
            ? static_cast<size_t>(static_cast<const char*>(nl) - start)
            : avail;
    any = true;
    total += take;
    if (!*too_long) {
      if (total > max_line_bytes_) {
        *too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, take);
      }
    }
    if (nl != nullptr) {
      begin_ += take + 1;
      break;
    }
    begin_ = end_;
  }
  if (!any) return false;
  ++line_number_;
  if (!*too_long && !line->empty() && line->back() == '\r') {
    line->pop_back();
    --total;
  }
  *line_bytes = total;
  return true;
}

}  // namespace khabar::cli
