// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The loop shared by normalize, tokenize, sentences and analyze: read the
// input (plain text streamed in blocks, or JSONL records), turn each piece
// into a khabar::Document, hand it to the subcommand's function, and write
// one JSONL line per piece to stdout.
//
// Plain text is one document, streamed through khabar::TextChunker so memory
// stays bounded; every block is one output record whose offsets are global
// to the stream, with "id" the file name ("-" for stdin) and "block": k when
// there is more than one block. JSONL input gives one output record per
// input record (blank lines are not records); a record that fails gives an
// error record {"id","line","error"} and the run goes on.

#ifndef KHABAR_TOOLS_CLI_DRIVER_H_
#define KHABAR_TOOLS_CLI_DRIVER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "khabar/document.h"
#include "khabar/status.h"
#include "khabar/utf8.h"

namespace CLI {
class App;
}  // namespace CLI

namespace khabar::cli {

struct DriverOptions {
  std::string input = "-";
  std::string format = "auto";  // auto, text, jsonl, trec
  bool reject_invalid_utf8 = false;
  bool quiet = false;  // no summary line on stderr
  size_t block_bytes = size_t{1} << 20;
  // Worker threads (--threads; 0: one per hardware thread). Records and
  // blocks are processed in batches, several at once, and written in input
  // order: the output is the same for any count.
  size_t threads = 1;

  InvalidUtf8Policy utf8_policy() const {
    return reject_invalid_utf8 ? InvalidUtf8Policy::kReject
                               : InvalidUtf8Policy::kReplace;
  }
};

// Adds FILE, --format (or another name for the input format, for commands
// whose --format is their output), --reject-invalid-utf8, --quiet and
// --block-bytes.
void AddDriverOptions(CLI::App* app, DriverOptions* options,
                      const std::string& format_option = "--format");

// Adds --threads/-j, for commands whose DocumentFunctionFactory gives each
// thread its own state.
void AddThreadsOption(CLI::App* app, DriverOptions* options);

// Renders one document (its id already set) as one JSON object without a
// newline. `offset_base` is the stream offset of the document's first byte
// (0 for JSONL records), to be added to every offset written.
using DocumentFunction =
    std::function<StatusOr<std::string>(Document* doc, uint64_t offset_base)>;

// Makes one thread's DocumentFunction, with its own analyzers and buffers
// (the models they read are shared). Called once per worker thread, on the
// calling thread, before any document is read.
using DocumentFunctionFactory = std::function<StatusOr<DocumentFunction>()>;

// Runs the loop; returns the process exit code. `command` names the
// subcommand in the summary line ("khabar tokenize: 3 records, ...").
// `options.threads` workers, each with a function of `factory`.
int RunDocumentCommand(std::string_view command, const DriverOptions& options,
                       const DocumentFunctionFactory& factory);

// The same with one function, on one thread (`options.threads` ignored).
int RunDocumentCommand(std::string_view command, const DriverOptions& options,
                       const DocumentFunction& function);

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_CLI_DRIVER_H_
