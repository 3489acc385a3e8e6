// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "cli_driver.h"

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

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
#include "parallel_for.h"

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

// One worker's function per thread.
using Functions = std::vector<DocumentFunction>;

// A batch's size: one piece at a time on one thread (the output streams as
// before), else a few per worker so that a slow piece is evened out.
size_t BatchSize(const Functions& functions, size_t per_worker) {
  return functions.size() == 1 ? 1 : per_worker * functions.size();
}

// A plain-text block and what became of it.
struct TextPiece {
  std::string bytes;
  uint64_t offset = 0;
  size_t bad_utf8 = std::string_view::npos;  // with --reject-invalid-utf8
  StatusOr<std::string> json = std::string();
};

void ProcessTextPiece(const DriverOptions& options, const std::string& name,
                      const DocumentFunction& function, TextPiece* piece) {
  if (options.reject_invalid_utf8) {
    piece->bad_utf8 = FindInvalidUtf8(piece->bytes);
    if (piece->bad_utf8 != std::string_view::npos) return;
  }
  StatusOr<Document> doc =
      Document::Create(std::move(piece->bytes), options.utf8_policy());
  if (!doc.ok()) {
    piece->json = doc.status();
    return;
  }
  doc->set_id(name);
  piece->json = function(&*doc, piece->offset);
}

// Plain text: one document streamed in blocks; the first block that fails
// ends the run (the blocks before it are written).
int RunText(std::string_view command, const DriverOptions& options,
            Input* input, const Functions& functions) {
  Output out;
  TextChunker chunker(&input->stream(), options.block_bytes);
  const size_t batch_size = BatchSize(functions, 2);
  // batch holds the pieces to process and, while the input lasts, one more
  // read ahead (to know whether there is more than one block).
  std::vector<TextPiece> batch(1);
  StatusOr<bool> more = chunker.Next(&batch[0].bytes, &batch[0].offset);
  if (!more.ok()) {
    PrintError(input->name() + ": " + more.status().message());
    return kExitBadInput;
  }
  // An empty input is still one (empty) document.
  bool can_read = *more;
  bool several = false;
  uint64_t blocks = 0;
  uint64_t bytes = 0;
  while (!batch.empty()) {
    while (can_read && batch.size() <= batch_size) {
      TextPiece piece;
      more = chunker.Next(&piece.bytes, &piece.offset);
      if (!more.ok()) {
        PrintError(input->name() + ": " + more.status().message());
        return FinishOutput(&out, kExitBadInput);
      }
      can_read = *more;
      if (can_read) batch.push_back(std::move(piece));
    }
    several = several || batch.size() > 1;
    const size_t count = can_read ? batch.size() - 1 : batch.size();
    for (size_t i = 0; i < count; ++i) bytes += batch[i].bytes.size();
    ParallelFor(count, functions.size(), [&](size_t i, size_t worker) {
      ProcessTextPiece(options, input->name(), functions[worker], &batch[i]);
    });
    for (size_t i = 0; i < count; ++i) {
      TextPiece& piece = batch[i];
      if (piece.bad_utf8 != std::string_view::npos) {
        PrintError(input->name() + ": invalid UTF-8 at byte " +
                   std::to_string(piece.offset + piece.bad_utf8));
        return FinishOutput(&out, kExitBadInput);
      }
      if (!piece.json.ok()) {
        PrintError(input->name() + ": block at byte " +
                   std::to_string(piece.offset) + ": " +
                   piece.json.status().message());
        return FinishOutput(&out, ExitCodeFor(piece.json.status()));
      }
      if (several) *piece.json = WithBlock(std::move(*piece.json), blocks);
      out.WriteLine(*piece.json);
      ++blocks;
    }
    batch.erase(batch.begin(), batch.begin() + static_cast<ptrdiff_t>(count));
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

// The input bytes a batch of records holds at most (it also ends at
// BatchSize records).
constexpr size_t kMaxBatchBytes = size_t{64} << 20;

// A JSONL record and what became of it.
struct JsonlRecord {
  std::string line;
  bool too_long = false;
  uint64_t line_bytes = 0;
  uint64_t line_number = 0;
  std::string id;
  StatusOr<std::string> json = std::string();
};

// JSONL: one output line per input record.
int RunJsonl(std::string_view command, const DriverOptions& options,
             Input* input, const Functions& functions) {
  Output out;
  LineReader reader(&input->stream(), kMaxJsonlLineBytes);
  BatchTally tally;
  const size_t batch_size = BatchSize(functions, 16);
  std::vector<JsonlRecord> batch;
  int code = kExitOk;
  bool done = false;
  while (!done) {
    batch.clear();
    size_t batch_bytes = 0;
    while (batch.size() < batch_size && batch_bytes < kMaxBatchBytes) {
      JsonlRecord record;
      StatusOr<bool> more =
          reader.Next(&record.line, &record.too_long, &record.line_bytes);
      if (!more.ok()) {
        PrintError(input->name() + ": after line " +
                   std::to_string(reader.line_number()) + ": " +
                   more.status().message());
        code = kExitBadInput;
        done = true;
        break;
      }
      if (!*more) {
        done = true;
        break;
      }
      if (!record.too_long && IsBlank(record.line)) continue;
      record.line_number = reader.line_number();
      batch_bytes += record.line.size();
      batch.push_back(std::move(record));
    }
    ParallelFor(batch.size(), functions.size(), [&](size_t i, size_t worker) {
      JsonlRecord& r = batch[i];
      r.json = ProcessRecord(&r.line, r.too_long, r.line_bytes, options,
                             functions[worker], &r.id);
    });
    for (const JsonlRecord& r : batch) {
      tally.Write(&out, r.json, r.id, r.line_number,
                  "line " + std::to_string(r.line_number));
    }
  }
  return tally.Finish(command, "record", "records", options.quiet, &out, code);
}

// The largest TREC file read (the cleaner's own input limit).
constexpr size_t kMaxTrecFileBytes = size_t{64} << 20;

// One TREC <DOC> to its output line. Its text is its title, a blank line,
// then its text, as khabar clean reads records (offsets are into that
// text).
StatusOr<std::string> ProcessTrecItem(CleanItem* item,
                                      const DriverOptions& options,
                                      const DocumentFunction& function) {
  if (!item->record.ok()) return item->record.status();
  std::string text = std::move(item->record->title);
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  if (text.find_first_not_of(" \t") == std::string::npos) {
    text.clear();
  } else {
    text += "\n\n";
  }
  text += item->record->text;
  const size_t bad = options.reject_invalid_utf8 ? FindInvalidUtf8(text)
                                                 : std::string_view::npos;
  if (bad != std::string_view::npos) {
    return DataLossError("invalid UTF-8 at byte " + std::to_string(bad) +
                         " of the document");
  }
  StatusOr<Document> doc =
      Document::Create(std::move(text), options.utf8_policy());
  if (!doc.ok()) return doc.status();
  doc->set_id(item->id);
  return function(&*doc, 0);
}

// TREC-style files (the ANT corpus): one output record per <DOC>; a <DOC>
// that cannot be read, or the file, gives an error record and the run goes
// on.
int RunTrec(std::string_view command, const DriverOptions& options,
            const Functions& functions) {
  Output out;
  BatchTally tally;
  const size_t batch_size = BatchSize(functions, 16);
  std::vector<CleanItem> batch;
  std::vector<StatusOr<std::string>> results;
  auto flush = [&] {
    results.assign(batch.size(), std::string());
    ParallelFor(batch.size(), functions.size(), [&](size_t i, size_t worker) {
      results[i] = ProcessTrecItem(&batch[i], options, functions[worker]);
    });
    for (size_t i = 0; i < batch.size(); ++i) {
      tally.Write(&out, results[i], batch[i].id, 0, batch[i].id);
    }
    batch.clear();
  };
  ReadCleanInputs({options.input}, CleanFormat::kTrec, kMaxTrecFileBytes,
                  [&](CleanItem&& item) {
                    batch.push_back(std::move(item));
                    if (batch.size() >= batch_size) flush();
                  });
  flush();
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

int RunWithFunctions(std::string_view command, const DriverOptions& options,
                     const Functions& functions) {
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
    return RunTrec(command, options, functions);
  }
  if (ResolveInputFormat(options.format, options.input) ==
      InputFormat::kJsonl) {
    return RunJsonl(command, options, input->get(), functions);
  }
  return RunText(command, options, input->get(), functions);
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

void AddThreadsOption(CLI::App* app, DriverOptions* options) {
  app->add_option("--threads,-j", options->threads,
                  "Worker threads (0: one per hardware thread); the output "
                  "is the same, in input order, for any count")
      ->check(CLI::Range(size_t{0}, size_t{256}))
      ->capture_default_str();
}

int RunDocumentCommand(std::string_view command, const DriverOptions& options,
                       const DocumentFunctionFactory& factory) {
  const size_t workers = ResolveThreadCount(options.threads);
  Functions functions;
  functions.reserve(workers);
  for (size_t w = 0; w < workers; ++w) {
    StatusOr<DocumentFunction> function = factory();
    if (!function.ok()) {
      PrintError(function.status().message());
      return ExitCodeFor(function.status());
    }
    functions.push_back(std::move(*function));
  }
  return RunWithFunctions(command, options, functions);
}

int RunDocumentCommand(std::string_view command, const DriverOptions& options,
                       const DocumentFunction& function) {
  return RunWithFunctions(command, options, Functions{function});
}

}  // namespace khabar::cli
