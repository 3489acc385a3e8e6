// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Helpers of the entity tests: the resolver with the embedded tables, and
// the byte span of a part of a text.

#ifndef KHABAR_TESTS_ENTITIES_ENTITY_TEST_UTIL_H_
#define KHABAR_TESTS_ENTITIES_ENTITY_TEST_UTIL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>

#include "gtest/gtest.h"
#include "khabar/entities.h"

namespace khabar::entity_test {

// The resolver with the embedded tables and default options, built once.
inline const EntityResolver& DefaultResolver() {
  static const std::unique_ptr<const EntityResolver> resolver = [] {
    auto r = EntityResolver::Create();
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(*r) : nullptr;
  }();
  return *resolver;
}

// The span of the `nth` occurrence (0: the first) of `part` in `text`; a
// test failure and {0, 0} if there is none.
inline ByteSpan SpanOf(const std::string& text, const std::string& part,
                       int nth = 0) {
  size_t p = text.find(part);
  for (int k = 0; k < nth && p != std::string::npos; ++k) {
    p = text.find(part, p + 1);
  }
  EXPECT_NE(p, std::string::npos) << part;
  if (p == std::string::npos) return {0, 0};
  return {static_cast<uint32_t>(p), static_cast<uint32_t>(p + part.size())};
}

// The text of mention `m`.
inline std::string SpanText(const std::string& text, const EntityMention& m) {
  return text.substr(m.span.begin, m.span.size());
}

}  // namespace khabar::entity_test

#endif  // KHABAR_TESTS_ENTITIES_ENTITY_TEST_UTIL_H_
