// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar sentences: {"id","sentences":[{"b","e","tokens","text"}...]} per
// document; offsets are bytes of the input, "tokens" is the sentence's
// [first, end) range of token indexes.

#include <optional>
#include <string>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "cli_driver.h"
#include "commands.h"
#include "khabar/document.h"
#include "khabar/document_json.h"
#include "khabar/sentence_splitter.h"
#include "khabar/status.h"
#include "khabar/tokenizer.h"

namespace khabar::cli {
namespace {

int RunSentences(int argc, char** argv) {
  CLI::App app(
      "Splits text into sentences: writes one JSONL record per document (or "
      "per block of a long text) with byte offsets into the input.",
      "khabar sentences");
  DriverOptions driver;
  bool no_text = false;
  bool with_tokens = false;
  app.add_flag("--no-text", no_text, "Omit each sentence's text");
  app.add_flag("--tokens", with_tokens, "Also write the tokens");
  AddDriverOptions(&app, &driver);
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }

  TokenizerOptions options;
  options.invalid_utf8 = driver.utf8_policy();
  const Tokenizer tokenizer(options);
  const SentenceSplitter splitter;
  return RunDocumentCommand(
      "sentences", driver,
      [&](Document* doc, uint64_t offset_base) -> StatusOr<std::string> {
        KHABAR_RETURN_IF_ERROR(
            tokenizer.Tokenize(doc->text(), doc->mutable_tokens()));
        KHABAR_RETURN_IF_ERROR(splitter.Split(doc->text(), doc->tokens(),
                                              doc->mutable_sentences()));
        DocumentJsonOptions json;
        json.tokens = with_tokens;
        json.sentences = true;
        json.token_text = !no_text;
        json.offset_base = offset_base;
        return DocumentToJson(*doc, json);
      });
}

}  // namespace

const Command& SentencesCommand() {
  static const Command kCommand = {"sentences", "Split text into sentences",
                                   &RunSentences};
  return kCommand;
}

}  // namespace khabar::cli
