// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "morph_data.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "cli_input.h"
#include "khabar/conllu.h"
#include "khabar/morph_trainer.h"
#include "khabar/ner_eval.h"

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

std::string DefaultNerDataDir() {
  if (const char* env = std::getenv("KHABAR_NER_DATA_DIR")) return env;
  return std::string(KHABAR_SOURCE_DIR) +
         "/../shared/data/ner-anercorp-camellab";
}

std::vector<std::string> DefaultNerGazetteerFiles() {
  const std::string dir =
      std::string(KHABAR_SOURCE_DIR) + "/../shared/data/ner-aqmar/";
  return {dir + "train.txt", dir + "dev.txt", dir + "test.txt"};
}

std::string DefaultNerModel() {
  if (const char* env = std::getenv("KHABAR_NER_MODEL")) return env;
  const std::string source =
      std::string(KHABAR_SOURCE_DIR) + "/models/ner-anercorp.khm";
  std::error_code ec;
  if (std::filesystem::exists(source, ec)) return source;
  return std::string(KHABAR_MODEL_INSTALL_DIR) + "/ner-anercorp.khm";
}

std::string DefaultDfModel() {
  if (const char* env = std::getenv("KHABAR_DF_MODEL")) return env;
  std::string path = DefaultMorphModel();
  const size_t slash = path.rfind('/');
  path.resize(slash == std::string::npos ? 0 : slash + 1);
  return path + "df-saudinewsnet.khm";
}

StatusOr<std::vector<NerSentence>> ReadNerFile(const std::string& path) {
  StatusOr<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  StatusOr<std::vector<NerSentence>> sentences = ParseNerConll(*text);
  if (!sentences.ok()) {
    return Status(sentences.status().code(),
                  path + ": " + sentences.status().message());
  }
  return sentences;
}

Status WriteFileAtomically(const std::string& path, std::string_view bytes) {
  const std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  bool ok = f != nullptr &&
            std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = (f != nullptr && std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    return InternalError("cannot write " + path);
  }
  return Status::Ok();
}

}  // namespace khabar::cli
