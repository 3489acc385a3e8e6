// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Fuzzes the record readers (JSON objects, JSON arrays, TREC-style files)
// and the text cleaner behind them: no crash, only documented error codes,
// every kept part's span inside the article input, and the role lists
// accounting for every block.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "khabar/cleaner.h"
#include "khabar/news_record.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

const khabar::Cleaner& TheCleaner() {
  static const auto* const cleaner = [] {
    auto c = khabar::Cleaner::Create({});
    if (!c.ok()) __builtin_trap();
    return c->release();
  }();
  return *cleaner;
}

void CheckArticle(const khabar::Article& a) {
  size_t roles = a.body.size() + a.captions.size() + a.dropped.size() +
                 (a.title >= 0 ? 1 : 0);
  Check(roles == a.blocks.size());
  for (const khabar::Block& b : a.blocks) {
    Check(b.span.begin <= b.span.end && b.span.end <= a.input.size());
    for (uint32_t d : b.duplicate_of) Check(d < a.blocks.size());
  }
  for (const khabar::UnbalancedQuote& q : a.unbalanced_quotes) {
    Check(q.block < a.blocks.size() && q.span.end <= a.input.size());
  }
}

void CleanAll(const std::vector<khabar::StatusOr<khabar::NewsRecord>>& rs) {
  for (const auto& r : rs) {
    if (!r.ok()) {
      Check(!r.status().message().empty());
      continue;
    }
    khabar::StatusOr<khabar::Article> a = TheCleaner().CleanRecord(*r);
    if (a.ok()) CheckArticle(*a);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  std::vector<khabar::StatusOr<khabar::NewsRecord>> records;
  records.push_back(khabar::ParseNewsRecordJson(in));
  if (!records.back().ok()) {
    const khabar::StatusCode code = records.back().status().code();
    Check(code == khabar::StatusCode::kDataLoss ||
          code == khabar::StatusCode::kInvalidArgument);
  }
  khabar::Status s = khabar::ParseNewsRecordArray(in, &records);
  Check(s.ok() || s.code() == khabar::StatusCode::kDataLoss);
  khabar::ParseTrecDocuments(in, &records);
  CleanAll(records);
  khabar::StatusOr<khabar::Article> text = TheCleaner().CleanText(in);
  Check(text.ok());
  CheckArticle(*text);
  return 0;
}
