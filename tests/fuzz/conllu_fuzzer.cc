// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Fuzzes the CoNLL-U reader and what consumes its output: a parse either
// fails with kDataLoss/kResourceExhausted or yields sentences whose written
// form parses again to the same text; the PADT surface rebuild of every
// sentence is valid CoNLL-U again; scoring a parse against itself succeeds
// with full marks unless a FORM is empty.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/conll18_eval.h"
#include "khabar/conllu.h"
#include "morph/padt_surface.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = khabar::ParseConllu(text);
  if (!parsed.ok()) {
    const khabar::StatusCode code = parsed.status().code();
    Check(code == khabar::StatusCode::kDataLoss ||
          code == khabar::StatusCode::kResourceExhausted);
    return 0;
  }
  const std::string written = khabar::WriteConllu(*parsed);
  auto again = khabar::ParseConllu(written);
  Check(again.ok());
  Check(khabar::WriteConllu(*again) == written);

  std::vector<khabar::ConlluSentence> surface;
  for (const khabar::ConlluSentence& s : *parsed) {
    khabar::PadtSurfaceStats stats;
    surface.push_back(khabar::ToPadtSurface(s, &stats));
    Check(stats.words == static_cast<int64_t>(s.words.size()));
    Check(stats.tokens <= stats.words);
  }
  Check(khabar::ParseConllu(khabar::WriteConllu(surface)).ok());

  auto self = khabar::EvaluateConll18(*parsed, *parsed);
  if (self.ok()) {
    Check(self->words.correct == self->words.gold);
    Check(self->tokens.correct == self->tokens.gold);
    Check(self->upos.correct == self->upos.gold);
  } else {
    Check(self.status().code() == khabar::StatusCode::kInvalidArgument);
  }
  return 0;
}
