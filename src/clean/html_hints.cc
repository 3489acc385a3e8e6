// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/html_hints.h"

#include <algorithm>
#include <array>

#include "base/data_file.h"

namespace khabar {

extern const char kHtmlHintsTsv[];
extern const size_t kHtmlHintsTsvSize;

namespace {

struct CategoryName {
  std::string_view name;
  uint32_t bit;
};

constexpr std::array kCategories = {
    CategoryName{"content", kHintContent},
    CategoryName{"comment", kHintComment},
    CategoryName{"share", kHintShare},
    CategoryName{"related", kHintRelated},
    CategoryName{"navigation", kHintNavigation},
    CategoryName{"footer", kHintFooter},
    CategoryName{"header", kHintHeader},
    CategoryName{"sidebar", kHintSidebar},
    CategoryName{"ad", kHintAd},
    CategoryName{"consent", kHintConsent},
    CategoryName{"newsletter", kHintNewsletter},
    CategoryName{"tags", kHintTags},
    CategoryName{"author", kHintAuthor},
    CategoryName{"meta", kHintMeta},
    CategoryName{"hidden", kHintHidden},
    CategoryName{"weak-content", kHintWeakContent},
    CategoryName{"caption", kHintCaption},
    CategoryName{"ignore", 0},
};

bool IsSeparator(char c) { return c == '-' || c == '_'; }

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// `token` is `pattern`, or starts with it before a '-'/'_', or ends with it
// after one ("ad", "ad-slot", "top-ad"; not "kb-ad-x" or "header").
bool TokenMatch(std::string_view token, std::string_view pattern) {
  if (token.size() < pattern.size()) return false;
  if (token.size() == pattern.size()) return token == pattern;
  const size_t n = pattern.size();
  return (token.substr(0, n) == pattern && IsSeparator(token[n])) ||
         (token.substr(token.size() - n) == pattern &&
          IsSeparator(token[token.size() - n - 1]));
}

}  // namespace

StatusOr<HtmlHints> HtmlHints::Parse(std::string_view tsv,
                                     std::string_view source) {
  HtmlHints hints;
  Status error;
  ForEachDataLine(tsv, [&](size_t line_no, std::string_view line) {
    const std::vector<std::string_view> cells = SplitTabs(line);
    auto fail = [&](const std::string& what) {
      error = InvalidArgumentError(std::string(source) + ":" +
                                   std::to_string(line_no) + ": " + what);
      return false;
    };
    if (cells.size() < 3) return fail("expected category, match, pattern");
    Pattern p;
    bool known = false;
    for (const CategoryName& c : kCategories) {
      if (c.name == cells[0]) {
        p.category = c.bit;
        known = true;
      }
    }
    if (!known) {
      return fail("unknown category '" + std::string(cells[0]) + "'");
    }
    if (cells[1] == "substr") {
      p.substring = true;
    } else if (cells[1] == "exact") {
      p.exact = true;
    } else if (cells[1] == "prefix") {
      p.prefix = true;
    } else if (cells[1] != "token") {
      return fail("match must be token, exact, substr or prefix");
    }
    if (p.prefix != (p.category == 0)) {
      return fail("prefix goes with category ignore, and only with it");
    }
    if (cells[2].empty()) return fail("empty pattern");
    for (char c : cells[2]) {
      if (c >= 'A' && c <= 'Z') return fail("pattern must be lower case");
    }
    p.text = std::string(cells[2]);
    hints.patterns_.push_back(std::move(p));
    return true;
  });
  KHABAR_RETURN_IF_ERROR(error);
  if (hints.patterns_.size() > 60000)
    return InvalidArgumentError("too many patterns");
  hints.BuildIndex();
  return hints;
}

size_t HtmlHints::Bucket(const char* s) {
  const uint32_t h = static_cast<unsigned char>(s[0]) * 961u +
                     static_cast<unsigned char>(s[1]) * 31u +
                     static_cast<unsigned char>(s[2]);
  return (h * 2654435761u >> 12) % kBuckets;
}

void HtmlHints::BuildIndex() {
  std::vector<std::vector<uint16_t>> lists(kBuckets);
  short_.clear();
  ignored_prefixes_.clear();
  for (size_t i = 0; i < patterns_.size(); ++i) {
    if (patterns_[i].prefix) {
      ignored_prefixes_.push_back(patterns_[i].text);
    } else if (patterns_[i].text.size() < 3) {
      short_.push_back(static_cast<uint16_t>(i));
    } else {
      lists[Bucket(patterns_[i].text.data())].push_back(
          static_cast<uint16_t>(i));
    }
  }
  buckets_.assign(kBuckets, {0, 0});
  index_.clear();
  for (size_t b = 0; b < kBuckets; ++b) {
    buckets_[b].first = static_cast<uint16_t>(index_.size());
    index_.insert(index_.end(), lists[b].begin(), lists[b].end());
    buckets_[b].second = static_cast<uint16_t>(index_.size());
  }
}

bool HtmlHints::Matches(const Pattern& p, std::string_view token,
                        size_t pos) const {
  if (token.compare(pos, p.text.size(), p.text) != 0) return false;
  if (p.substring) return true;
  const size_t end = pos + p.text.size();
  if (p.exact) return pos == 0 && end == token.size();
  if (pos == 0) return end == token.size() || IsSeparator(token[end]);
  return end == token.size() && IsSeparator(token[pos - 1]);
}

const HtmlHints& HtmlHints::Default() {
  static const HtmlHints* hints = [] {
    StatusOr<HtmlHints> parsed = Parse(
        std::string_view(kHtmlHintsTsv, kHtmlHintsTsvSize), "html_hints.tsv");
    // The embedded table is tested; a broken one yields no hints.
    return new HtmlHints(parsed.ok() ? std::move(*parsed) : HtmlHints());
  }();
  return *hints;
}

uint32_t HtmlHints::ClassifyToken(std::string_view token) const {
  for (const std::string& prefix : ignored_prefixes_) {
    if (token.substr(0, prefix.size()) == prefix) return 0;
  }
  uint32_t mask = 0;
  for (uint16_t i : short_) {
    const Pattern& p = patterns_[i];
    if (p.substring ? token.find(p.text) != std::string_view::npos
        : p.exact   ? token == p.text
                    : TokenMatch(token, p.text)) {
      mask |= p.category;
    }
  }
  if (buckets_.empty()) return mask;
  for (size_t pos = 0; pos + 3 <= token.size(); ++pos) {
    const auto [begin, end] = buckets_[Bucket(token.data() + pos)];
    for (uint16_t k = begin; k < end; ++k) {
      const Pattern& p = patterns_[index_[k]];
      if ((mask & p.category) == 0 && Matches(p, token, pos)) {
        mask |= p.category;
      }
    }
  }
  return mask;
}

uint32_t HtmlHints::Classify(std::string_view class_attr,
                             std::string_view id_attr) const {
  uint32_t mask = 0;
  char buf[64];
  for (std::string_view attr : {class_attr, id_attr}) {
    size_t i = 0;
    while (i < attr.size()) {
      while (i < attr.size() && IsSpace(attr[i])) ++i;
      size_t end = i;
      while (end < attr.size() && !IsSpace(attr[end])) ++end;
      if (end > i && end - i <= sizeof(buf)) {
        for (size_t k = i; k < end; ++k) {
          const char c = attr[k];
          buf[k - i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
        }
        mask |= ClassifyToken(std::string_view(buf, end - i));
      }
      i = end;
    }
  }
  return mask;
}

}  // namespace khabar
