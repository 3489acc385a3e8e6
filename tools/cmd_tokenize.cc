// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar tokenize: {"id","tokens":[{"b","e","type","script","text"}...]}
// per document; offsets are bytes of the input.

#include <optional>
#include <string>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "cli_driver.h"
#include "commands.h"
#include "khabar/document.h"
#include "khabar/document_json.h"
#include "khabar/status.h"
#include "khabar/tokenizer.h"

namespace khabar::cli {
namespace {

int RunTokenize(int argc, char** argv) {
  CLI::App app(
      "Splits text into tokens (words, numbers, punctuation, URLs, ...): "
      "writes one JSONL record per document (or per block of a long text) "
      "with byte offsets into the input.",
      "khabar tokenize");
  DriverOptions driver;
  bool no_text = false;
  app.add_flag("--no-text", no_text, "Omit each token's text");
  AddDriverOptions(&app, &driver);
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }

  TokenizerOptions options;
  options.invalid_utf8 = driver.utf8_policy();
  const Tokenizer tokenizer(options);
  return RunDocumentCommand(
      "tokenize", driver,
      [&](Document* doc, uint64_t offset_base) -> StatusOr<std::string> {
        KHABAR_RETURN_IF_ERROR(
            tokenizer.Tokenize(doc->text(), doc->mutable_tokens()));
        DocumentJsonOptions json;
        json.tokens = true;
        json.token_text = !no_text;
        json.offset_base = offset_base;
        return DocumentToJson(*doc, json);
      });
}

}  // namespace

const Command& TokenizeCommand() {
  static const Command kCommand = {"tokenize", "Split text into tokens",
                                   &RunTokenize};
  return kCommand;
}

}  // namespace khabar::cli
