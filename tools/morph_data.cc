// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "morph_data.h"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "cli_input.h"
#include "khabar/conllu.h"
#include "khabar/morph_trainer.h"

namespace khabar::cli {

StatusOr<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  StatusOr<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  StatusOr<std::vector<ConlluSentence>> sentences = ParseConllu(*text);
  if (!sentences.ok()) {
    return Status(sentences.status().code(),
                  path + ": " + sentences.status().message());
  }
  return sentences;
}

StatusOr<PadtSplit> ReadPadtSplit(const std::string& dir) {
  StatusOr<std::vector<ConlluSentence>> dev =
      ReadConlluFile(dir + "/ar-ud-dev.conllu");
  if (!dev.ok()) return dev.status();
  StatusOr<std::vector<ConlluSentence>> test =
      ReadConlluFile(dir + "/ar-ud-test.conllu");
  if (!test.ok()) return test.status();
  return SplitPadt(*dev, *test);
}

std::string DefaultPadtDir() {
  if (const char* env = std::getenv("KHABAR_PADT_DIR")) return env;
  return std::string(KHABAR_SOURCE_DIR) +
         "/../shared/data/ud-arabic-padt-c4a942c";
}

std::string DefaultMorphModel() {
  if (const char* env = std::getenv("KHABAR_MORPH_MODEL")) return env;
  const std::string source =
      std::string(KHABAR_SOURCE_DIR) + "/models/morph-padt.khm";
  std::error_code ec;
  if (std::filesystem::exists(source, ec)) return source;
  return std::string(KHABAR_MODEL_INSTALL_DIR) + "/morph-padt.khm";
}

}  // namespace khabar::cli
