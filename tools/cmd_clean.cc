// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar clean: scraped text, HTML pages and news records in; one JSONL
// Article per input record out (see include/khabar/article_json.h), in
// order; a record that cannot be read or cleaned gives an error record and
// the run goes on; a summary line (in, ok, errors) on stderr; a progress
// line on stderr when it is a terminal.

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "clean_inputs.h"
#include "cli_common.h"
#include "commands.h"
#include "khabar/article_json.h"
#include "khabar/cleaner.h"
#include "khabar/document_json.h"

namespace khabar::cli {
namespace {

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled) {}
  void Update(uint64_t in, uint64_t errors) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    std::fprintf(stderr, "\r  cleaned %llu records, %llu errors",
                 static_cast<unsigned long long>(in),
                 static_cast<unsigned long long>(errors));
    std::fflush(stderr);
    shown_ = true;
  }
  void Finish() {
    if (shown_) std::fputs("\r\x1b[K", stderr);
  }

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_{};
};

int RunClean(int argc, char** argv) {
  CLI::App app(
      "Cleans scraped news: keeps the title, body paragraphs and captions, "
      "drops duplicates and boilerplate saying why. Reads plain text, HTML, "
      "JSONL records ({\"id\",\"title\",\"text\"|\"html\",\"url\",\"date\","
      "\"source\"}), JSON arrays of records (SaudiNewsNet) and TREC-style "
      "<DOC> files (ANT corpus); FILE may be a directory (walked "
      "recursively). Writes one JSONL article per record.",
      "khabar clean");
  std::vector<std::string> inputs;
  std::string format_name = "auto";
  bool quiet = false;
  bool no_first_line_title = false;
  app.add_option("FILE", inputs, "Files or directories ('-' is stdin)")
      ->default_str("-");
  app.add_option("--format", format_name,
                 "auto, text, html, jsonl, json (array of records), trec")
      ->capture_default_str();
  app.add_flag("--no-title-line", no_first_line_title,
               "Plain text: the first line is not the title");
  app.add_flag("-q,--quiet", quiet, "No summary or progress on stderr");
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }
  if (inputs.empty()) inputs.push_back("-");
  StatusOr<CleanFormat> format = ParseCleanFormat(format_name);
  if (!format.ok()) {
    PrintError(format.status().message());
    return kExitUsage;
  }
  CleanerOptions options;
  options.first_line_is_title = !no_first_line_title;
  auto cleaner = Cleaner::Create(options);
  if (!cleaner.ok()) {
    PrintError(cleaner.status().ToString());
    return ExitCodeFor(cleaner.status());
  }

  uint64_t in = 0, ok = 0, errors = 0;
  Progress progress(!quiet && isatty(STDERR_FILENO));
  std::string line;
  const uint64_t skipped = ReadCleanInputs(
      inputs, *format, options.max_input_bytes, [&](CleanItem&& item) {
        ++in;
        StatusOr<Article> article =
            item.record.ok() ? (*cleaner)->CleanRecord(*item.record)
                             : StatusOr<Article>(item.record.status());
        if (article.ok()) {
          ++ok;
          article->id = item.id;
          line = ArticleToJson(*article);
        } else {
          ++errors;
          line = ErrorRecordJson(item.id, item.line, article.status());
        }
        line.push_back('\n');
        std::fwrite(line.data(), 1, line.size(), stdout);
        progress.Update(in, errors);
      });
  progress.Finish();
  std::fflush(stdout);
  if (std::ferror(stdout)) {
    PrintError("cannot write the output");
    return kExitInternal;
  }
  if (!quiet) {
    std::fprintf(stderr, "khabar clean: in %llu, ok %llu, errors %llu%s\n",
                 static_cast<unsigned long long>(in),
                 static_cast<unsigned long long>(ok),
                 static_cast<unsigned long long>(errors),
                 skipped > 0 ? (", skipped " + std::to_string(skipped) +
                                " files of unknown type")
                                   .c_str()
                             : "");
  }
  return errors > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

const Command& CleanCommand() {
  static const Command kCommand = {
      "clean", "Clean scraped pages and records into articles", &RunClean};
  return kCommand;
}

}  // namespace khabar::cli
