// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// What the class and id names of an HTML element say about it: "this is the
// article body", "this is a comment section", "a share bar", ... The name
// patterns live in data/clean/html_hints.tsv (embedded in the library).
//
//   const khabar::HtmlHints& hints = khabar::HtmlHints::Default();
//   uint32_t mask = hints.Classify("post-comments clearfix", "");
//   if (mask & khabar::kHintComment) ...
//
// Matching is an index lookup per token position (patterns are indexed by
// their first three letters), so pages with thousands of class names cost
// microseconds.
//
// Thread safety: a HtmlHints is immutable and may be shared.

#ifndef KHABAR_CLEAN_HTML_HINTS_H_
#define KHABAR_CLEAN_HTML_HINTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/status.h"

namespace khabar {

enum HtmlHint : uint32_t {
  kHintContent = 1u << 0,
  kHintComment = 1u << 1,
  kHintShare = 1u << 2,
  kHintRelated = 1u << 3,
  kHintNavigation = 1u << 4,
  kHintFooter = 1u << 5,
  kHintHeader = 1u << 6,
  kHintSidebar = 1u << 7,
  kHintAd = 1u << 8,
  kHintConsent = 1u << 9,
  kHintNewsletter = 1u << 10,
  kHintTags = 1u << 11,
  kHintAuthor = 1u << 12,
  kHintMeta = 1u << 13,
  kHintHidden = 1u << 14,
  kHintWeakContent = 1u << 15,  // generic names: "content", "post", "text"
  kHintCaption = 1u << 16,      // image captions and credits
};

// Every category except content: text a reader would not call the article.
inline constexpr uint32_t kHintBoilerplate = 0x7FFFu & ~uint32_t{kHintContent};

class HtmlHints {
 public:
  struct Pattern {
    uint32_t category = 0;   // one HtmlHint bit
    bool substring = false;  // else token match
    bool exact = false;      // the whole token only
    bool prefix = false;     // category 0: tokens starting with text say
                             // nothing
    std::string text;
  };

  // The table built into the library (data/clean/html_hints.tsv).
  static const HtmlHints& Default();

  // Parses a table in the html_hints.tsv format; `source` names it in
  // errors. kInvalidArgument on a malformed row.
  static StatusOr<HtmlHints> Parse(std::string_view tsv,
                                   std::string_view source);

  // The OR of the categories the class attribute's tokens and the id match.
  uint32_t Classify(std::string_view class_attr,
                    std::string_view id_attr) const;

  // The categories of one lower-cased token.
  uint32_t ClassifyToken(std::string_view token) const;

  const std::vector<Pattern>& patterns() const { return patterns_; }

 private:
  static constexpr size_t kBuckets = 4096;
  static size_t Bucket(const char* s);
  void BuildIndex();
  bool Matches(const Pattern& p, std::string_view token, size_t pos) const;

  std::vector<Pattern> patterns_;
  // Patterns by the hash of their first three bytes: [begin, end) into
  // index_; patterns shorter than three bytes are in short_.
  std::vector<std::pair<uint16_t, uint16_t>> buckets_;
  std::vector<uint16_t> index_;
  std::vector<uint16_t> short_;
  std::vector<std::string> ignored_prefixes_;
};

}  // namespace khabar

#endif  // KHABAR_CLEAN_HTML_HINTS_H_
