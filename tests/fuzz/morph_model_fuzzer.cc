// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The morphology model loader on arbitrary bytes: MorphModel::FromBytes
// must return an error or a model; a model that loads must analyze text
// without crashing. Seed: a tiny model trained from the PADT fixture
// (tests/golden/morph/tiny-morph-v1.khm). Section checksums reject most
// payload mutations early; the container's own fuzzer covers its parsing.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "khabar/morph_analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  khabar::StatusOr<std::shared_ptr<const khabar::MorphModel>> model =
      khabar::MorphModel::FromBytes(std::move(bytes));
  if (!model.ok()) return 0;
  khabar::MorphAnalyzer analyzer(*model);
  khabar::MorphAnalysis analysis;
  // wqAlt r}ysthA llErAq .
  (void)analyzer.Analyze(
      "\xD9\x88\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA "
      "\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3\xD8\xAA\xD9\x87\xD8\xA7 "
      "\xD9\x84\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 abc 12.",
      &analysis);
  return 0;
}
