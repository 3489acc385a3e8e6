// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Fuzzes khabar::ExtractHtml with arbitrary bytes and checks its documented
// guarantees: it fails only with kDataLoss (binary junk) or
// kResourceExhausted; every block's span lies inside page.input; block text
// is valid UTF-8 with whitespace collapsed (no leading, trailing or double
// spaces); the main text is made of blocks.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "clean/html_extractor.h"
#include "khabar/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  khabar::HtmlPage page;
  const khabar::Status s = khabar::ExtractHtml(html, &page);
  if (!s.ok()) {
    Check(s.code() == khabar::StatusCode::kDataLoss ||
          s.code() == khabar::StatusCode::kResourceExhausted);
    return 0;
  }
  Check(!page.charset.empty());
  for (const khabar::HtmlBlock& b : page.blocks) {
    Check(b.span.begin <= b.span.end);
    Check(b.span.end <= page.input.size());
    Check(!b.text.empty());
    Check(khabar::ValidateUtf8(b.text).ok());
    Check(b.text.front() != ' ' && b.text.back() != ' ');
    Check(b.text.find("  ") == std::string::npos);
    Check(b.link_density >= 0.0f && b.link_density <= 1.0f);
    Check(!b.tag.empty());
  }
  const std::string text = khabar::HtmlMainText(page);
  Check(khabar::ValidateUtf8(text).ok());
  return 0;
}
