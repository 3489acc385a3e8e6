// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar normalize: the display or search view of each document, as
// {"id","level","text"} plus, with --alignment, the segments mapping the
// normalized text back to the input bytes.

#include <memory>
#include <optional>
#include <string>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "cli_driver.h"
#include "commands.h"
#include "khabar/alignment.h"
#include "khabar/document.h"
#include "khabar/document_json.h"
#include "khabar/normalizer.h"
#include "khabar/status.h"

namespace khabar::cli {
namespace {

struct NormalizeFlags {
  std::string level = "display";
  bool ascii_digits = false;
  bool alignment = false;
};

std::string NormalizedJson(const Document& doc, NormalizationLevel level,
                           const NormalizedText& view, bool with_segments,
                           uint64_t offset_base) {
  std::string out;
  out.reserve(view.text.size() + doc.id().size() + 64);
  out += "{\"id\":";
  AppendJsonString(doc.id(), &out);
  out += ",\"level\":";
  AppendJsonString(NormalizationLevelName(level), &out);
  out += ",\"text\":";
  AppendJsonString(view.text, &out);
  if (with_segments) {
    // [normalized_begin, original_begin, original_end]; original offsets are
    // global to the stream.
    out += ",\"segments\":[";
    bool first = true;
    for (const AlignmentMap::Segment& s : view.alignment.segments()) {
      if (!first) out += ',';
      first = false;
      out += '[';
      out += std::to_string(s.normalized_begin);
      out += ',';
      out += std::to_string(offset_base + s.original_begin);
      out += ',';
      out += std::to_string(offset_base + s.original_end);
      out += ']';
    }
    out += ']';
  }
  out += '}';
  return out;
}

int RunNormalize(int argc, char** argv) {
  CLI::App app(
      "Normalizes Arabic news text: writes one JSONL record per document "
      "(or per block of a long text) with the normalized text.",
      "khabar normalize");
  NormalizeFlags flags;
  DriverOptions driver;
  app.add_option("--level", flags.level,
                 "display (keeps spelling) or search (folds for matching)")
      ->check(CLI::IsMember({"display", "search"}))
      ->capture_default_str();
  app.add_flag("--ascii-digits", flags.ascii_digits,
               "Arabic-Indic and Persian digits to ASCII (always on for "
               "--level search)");
  app.add_flag("--alignment", flags.alignment,
               "Also write \"segments\": [normalized_begin, original_begin, "
               "original_end] mapping the text back to the input bytes");
  AddDriverOptions(&app, &driver);
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }

  StatusOr<NormalizationLevel> level = ParseNormalizationLevel(flags.level);
  if (!level.ok()) {
    PrintError(level.status().message());
    return kExitUsage;
  }
  NormalizerOptions options = NormalizerOptions::ForLevel(*level);
  if (flags.ascii_digits) options.ascii_digits = true;
  options.invalid_utf8 = driver.utf8_policy();
  StatusOr<std::unique_ptr<const Normalizer>> normalizer =
      Normalizer::Create(options);
  if (!normalizer.ok()) {
    PrintError("cannot create the normalizer: " +
               normalizer.status().message());
    return kExitInternal;
  }
  const Normalizer& n = **normalizer;
  NormalizedText view;
  return RunDocumentCommand(
      "normalize", driver,
      [&](Document* doc, uint64_t offset_base) -> StatusOr<std::string> {
        KHABAR_RETURN_IF_ERROR(n.Normalize(doc->text(), &view));
        return NormalizedJson(*doc, *level, view, flags.alignment, offset_base);
      });
}

}  // namespace

const Command& NormalizeCommand() {
  static const Command kCommand = {
      "normalize", "Normalize text (display or search level)", &RunNormalize};
  return kCommand;
}

}  // namespace khabar::cli
