// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "cli_driver.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include "CLI/CLI.hpp"
#include "clean_inputs.h"
#include "cli_common.h"
#include "cli_input.h"
#include "khabar/document.h"
#include "khabar/document_json.h"
#include "khabar/jsonl.h"
#include "khabar/status.h"
#include "khabar/text_chunker.h"
#include "khabar/utf8.h"

namespace khabar::cli {
namespace {

// Writes JSONL to stdout.
class Output {
 public:
  void WriteLine(std::string_view json) {
    std::fwrite(json.data(), 1, json.size(), stdout);
    std::fputc('\n', stdout);
  }
  // Flushes; false if anything failed to reach stdout.
  bool Finish() { return std::fflush(stdout) == 0 && !std::ferror(stdout); }
};

// Adds "block": k to a rendered JSON object.
std::string WithBlock(std::string json, uint64_t block) {
  if (!json.empty() && json.back() == '}') {
    json.pop_back();
    json += json.size() > 1 ? ",\"block\":" : "\"block\":";
    json += std::to_string(block);
    json += '}';
  }
  return json;
}

std::string Count(uint64_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

void PrintSummary(std::string_view command, const std::string& text) {
  std::string line = "khabar " + std::string(command) + ": " + text + "\n";
  std::fflush(stdout);
  std::fwrite(line.data(), 1, line.size(), stderr);
}

int FinishOutput(Output* out, int code) {
  if (!out->Finish()) {
    PrintError("error writing to stdout");
    return kExitInternal;
  }
  return code;
}

// Plain text: one document streamed in blocks.
int RunText(std::string_view command, const DriverOptions& options,
            Input* input, const DocumentFunction& function) {
  Output out;
  TextChunker chunker(&input->stream(), options.block_bytes);
  std::string block;
  std::string next;
  uint64_t offset = 0;
  uint64_t next_offset = 0;
  StatusOr<bool> more = chunker.Next(&block, &offset);
  if (!more.ok()) {
    PrintError(input->name() + ": " + more.status().message());
    return kExitBadInput;
  }
  // An empty input is still one (empty) document.
  bool have_next = *more;
  bool several = false;
  uint64_t blocks = 0;
  uint64_t bytes = 0;
  while (true) {
    // Read ahead one block, to know whether there is more than one.
    if (have_next) {
      more = chunker.Next(&next, &next_offset);
      if (!more.ok()) {
        PrintError(input->name() + ": " + more.status().message());
        return FinishOutput(&out, kExitBadInput);
      }
      have_next = *more;
      several = several || have_next;
    }
    if (options.reject_invalid_utf8) {
      const size_t bad = FindInvalidUtf8(block);
      if (bad != std::string_view::npos) {
        PrintError(input->name() + ": invalid UTF-8 at byte " +
                   std::to_string(offset + bad));
        return FinishOutput(&out, kExitBadInput);
      }
    }
    bytes += block.size();
    StatusOr<Document> doc =
        Document::Create(std::move(block), options.utf8_policy());
    if (!doc.ok()) {
      PrintError(input->name() + ": block at byte " + std::to_string(offset) +
                 ": " + doc.status().message());
      return FinishOutput(&out, ExitCodeFor(doc.status()));
    }
    doc->set_id(input->name());
    StatusOr<std::string> json = function(&*doc, offset);
    if (!json.ok()) {
      PrintError(input->name() + ": block at byte " + std::to_string(offset) +
                 ": " + json.status().message());
      return FinishOutput(&out, ExitCodeFor(json.status()));
    }
    if (several) *json = WithBlock(std::move(*json), blocks);
    out.WriteLine(*json);
    ++blocks;
    if (!have_next) break;
    block.swap(next);
    next.clear();
    offset = next_offset;
  }
  if (!options.quiet) {
    PrintSummary(command, "1 document, " + Count(blocks, "block", "blocks") +
                              ", " + Count(bytes, "byte", "bytes"));
  }
  return FinishOutput(&out, kExitOk);
}

bool IsBlank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

// One JSONL record to its output line. Sets *id as soon as it is known.
StatusOr<std::string> ProcessRecord(std::string* line, bool too_long,
                                    uint64_t line_bytes,
                                    const DriverOptions& options,
                                    const DocumentFunction& function,
                                    std::string* id) {
  if (too_long) {
    return ResourceExhaustedError("line of " + std::to_string(line_bytes) +
                                  " bytes exceeds the limit of " +
                                  std::to_string(kMaxJsonlLineBytes));
  }
  StatusOr<TextRecord> record = ParseTextRecord(*line);
  if (!record.ok()) {
    // The JSON parser rejects ill-formed UTF-8; only then look for it, so
    // well-formed lines are not scanned twice.
    const size_t bad = FindInvalidUtf8(*line);
    if (bad == std::string_view::npos) return record.status();
    if (options.reject_invalid_utf8) {
      return DataLossError("invalid UTF-8 at byte " + std::to_string(bad) +
                           " of the line");
    }
    *line = ReplaceInvalidUtf8(*line);
    record = ParseTextRecord(*line);
    if (!record.ok()) return record.status();
  }
  *id = record->id;
  StatusOr<Document> doc =
      Document::Create(std::move(record->text), options.utf8_policy());
  if (!doc.ok()) return doc.status();
  doc->set_id(std::move(record->id));
  return function(&*doc, 0);
}

// The records of a batch: each result written, or its error record; then
// the summary line ("3 records, 2 ok, 1 error (first at ...)") and the
// exit code.
class BatchTally {
 public:
  // `where` places the record in the input ("line 3", an id).
  void Write(Output* out, const StatusOr<std::string>& json,
             std::string_view id, uint64_t line, const std::string& where) {
    ++records_;
    if (json.ok()) {
      out->WriteLine(*json);
      return;
    }
    ++errors_;
    internal_ = internal_ || json.status().code() == StatusCode::kInternal;
    if (first_error_.empty()) {
      first_error_ = where + ": " + json.status().message();
    }
    out->WriteLine(ErrorRecordJson(id, line, json.status()));
  }

  // Prints the summary (unless `quiet`) and finishes the output; `code` is
  // the run's code so far.
  int Finish(std::string_view command, std::string_view one,
             std::string_view many, bool quiet, Output* out, int code) const {
    if (!quiet) {
      std::string summary = Count(records_, one, many) + ", " +
                            std::to_string(records_ - errors_) + " ok, " +
                            Count(errors_, "error", "errors");
      if (errors_ > 0) summary += " (first at " + first_error_ + ")";
      PrintSummary(command, summary);
    }
    if (code == kExitOk && errors_ > 0) {
      code = internal_ ? kExitInternal : kExitBadInput;
    }
    return FinishOutput(out, code);
  }

 private:
  uint64_t records_ = 0;
  uint64_t errors_ = 0;
  bool internal_ = false;
  std::string first_error_;
};

// JSONL: one output line per input record.
int RunJsonl(std::string_view command, const DriverOptions& options,
             Input* input, const DocumentFunction& function) {
  Output out;
  LineReader reader(&input->stream(), kMaxJsonlLineBytes);
  BatchTally tally;
  std::string line;
  bool too_long = false;
  uint64_t line_bytes = 0;
  int code = kExitOk;
  while (true) {
    StatusOr<bool> more = reader.Next(&line, &too_long, &line_bytes);
    if (!more.ok()) {
      PrintError(input->name() + ": after line " +
                 std::to_string(reader.line_number()) + ": " +
                 more.status().message());
      code = kExitBadInput;
      break;
    }
    if (!*more) break;
    if (!too_long && IsBlank(line)) continue;
    std::string id;
    StatusOr<std::string> json =
        ProcessRecord(&line, too_long, line_bytes, options, function, &id);
    tally.Write(&out, json, id, reader.line_number(),
                "line " + std::to_string(reader.line_number()));
  }
  return tally.Finish(command, "record", "records", options.quiet, &out, code);
}

// The largest TREC file read (the cleaner's own input limit).
constexpr size_t kMaxTrecFileBytes = size_t{64} << 20;

// TREC-style files (the ANT corpus): one output record per <DOC>. Its text
// is its title, a blank line, then its text, as khabar clean reads records
// (offsets are into that text); a <DOC> that cannot be read, or the file,
// gives an error record and the run goes on.
int RunTrec(std::string_view command, const DriverOptions& options,
            const DocumentFunction& function) {
  Output out;
  BatchTally tally;
  ReadCleanInputs(
      {options.input}, CleanFormat::kTrec, kMaxTrecFileBytes,
      [&](CleanItem&& item) {
        StatusOr<std::string> json = item.record.status();
        if (item.record.ok()) {
          std::string text = item.record->title;
          for (char& c : text) {
            if (c == '\n' || c == '\r') c = ' ';
          }
          if (text.find_first_not_of(" \t") == std::string::npos) {
            text.clear();
          } else {
            text += "\n\n";
          }
          text += item.record->text;
          const size_t bad = options.reject_invalid_utf8
                                 ? FindInvalidUtf8(text)
                                 : std::string_view::npos;
          if (bad != std::string_view::npos) {
            json = DataLossError("invalid UTF-8 at byte " +
                                 std::to_string(bad) + " of the document");
          } else {
            StatusOr<Document> doc =
                Document::Create(std::move(text), options.utf8_policy());
            if (doc.ok()) {
              doc->set_id(item.id);
              json = function(&*doc, 0);
            } else {
              json = doc.status();
            }
          }
        }
        tally.Write(&out, json, item.id, 0, item.id);
      });
  return tally.Finish(command, "document", "documents", options.quiet, &out,
                      kExitOk);
}

// True if `path` is a regular file whose first bytes are a TREC <DOC> (a
// pipe or stdin is not read ahead).
bool LooksLikeTrec(const std::string& path) {
  std::error_code error;
  if (path == "-" || !std::filesystem::is_regular_file(path, error)) {
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  char head[512];
  in.read(head, sizeof(head));
  return DetectCleanFormat(
             path, std::string_view(head, static_cast<size_t>(in.gcount()))) ==
         CleanFormat::kTrec;
}

}  // namespace

void AddDriverOptions(CLI::App* app, DriverOptions* options,
                      const std::string& format_option) {
  app->add_option("FILE", options->input, "Input file; '-' or none reads stdin")
      ->capture_default_str();
  app->add_option(format_option, options->format,
                  "Input format: auto (jsonl for *.jsonl and *.ndjson, trec "
                  "for a file that starts with <DOC>, else text), text (one "
                  "document), jsonl ({\"id\",\"text\"} per line) or trec "
                  "(<DOC> elements, as in the ANT corpus: one document each, "
                  "its title, a blank line, its text)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "trec"}))
      ->capture_default_str();
  app->add_flag("--reject-invalid-utf8", options->reject_invalid_utf8,
                "Fail on ill-formed UTF-8 instead of reading it as U+FFFD");
  app->add_flag("-q,--quiet", options->quiet, "No summary line on stderr");
  app->add_option("--block-bytes", options->block_bytes,
                  "Text input: the largest block processed at once")
      ->check(CLI::Range(size_t{16}, size_t{1} << 30))
      ->capture_default_str();
}

int RunDocumentCommand(std::string_view command, const DriverOptions& options,
                       const DocumentFunction& function) {
  StatusOr<std::unique_ptr<Input>> input = Input::Open(options.input);
  if (!input.ok()) {
    PrintError(input.status().message());
    return kExitBadInput;
  }
  if (options.format == "trec" ||
      (options.format == "auto" &&
       ResolveInputFormat(options.format, options.input) ==
           InputFormat::kText &&
       LooksLikeTrec(options.input))) {
    return RunTrec(command, options, function);
  }
  if (ResolveInputFormat(options.format, options.input) ==
      InputFormat::kJsonl) {
    return RunJsonl(command, options, input->get(), function);
  }
  return RunText(command, options, input->get(), function);
}

}  // namespace khabar::cli
