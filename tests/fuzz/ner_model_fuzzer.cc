// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The NER model loader on arbitrary bytes: NerModel::FromBytes returns an
// error or a model; a model that loads must tag text without crashing (the
// morphology comes from the tiny fixture model). Seed: a tiny NER model.

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"

namespace {

std::shared_ptr<const khabar::MorphModel> TinyMorph() {
  static const std::shared_ptr<const khabar::MorphModel> model = [] {
    auto m = khabar::MorphModel::Load(std::string(KHABAR_SOURCE_DIR) +
                                      "/tests/golden/morph/tiny-morph-v2.khm");
    return m.ok() ? *m : nullptr;
  }();
  return model;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto model = khabar::NerModel::FromBytes(
      std::string(reinterpret_cast<const char*>(data), size));
  if (!model.ok() || TinyMorph() == nullptr) return 0;
  khabar::MorphAnalyzer analyzer(TinyMorph());
  khabar::NerTagger tagger(*model, TinyMorph());
  const std::string text =
      "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xAC\xD9\x88\xD9\x86 "
      "\xD9\x88\xD9\x83\xD9\x8A\xD8\xB1\xD9\x8A \xD9\x81\xD9\x8A "
      "\xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xB3.";
  khabar::MorphAnalysis analysis;
  if (!analyzer.Analyze(text, &analysis).ok()) return 0;
  std::vector<khabar::NerMention> mentions;
  (void)tagger.Tag(text, analysis, &mentions);
  return 0;
}
