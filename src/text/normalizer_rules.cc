// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "text/normalizer_rules.h"

#include <charconv>
#include <string>

#include "base/data_file.h"

namespace khabar {

extern const char kNormalizeRulesTsv[];
extern const size_t kNormalizeRulesTsvSize;
extern const char kPresentationFormsTsv[];
extern const size_t kPresentationFormsTsvSize;

namespace {

bool ParseCodePoint(std::string_view s, char32_t* cp) {
  if (s.size() < 6 || s.substr(0, 2) != "U+") return false;
  uint32_t v = 0;
  const char* b = s.data() + 2;
  const char* e = s.data() + s.size();
  auto [p, ec] = std::from_chars(b, e, v, 16);
  if (ec != std::errc() || p != e || v > 0x10FFFF) return false;
  *cp = static_cast<char32_t>(v);
  return true;
}

}  // namespace

StatusOr<std::vector<NormalizationRule>> ParseNormalizationRules(
    std::string_view tsv, std::string_view source) {
  std::vector<NormalizationRule> rules;
  Status error;
  ForEachDataLine(tsv, [&](size_t line_no, std::string_view line) {
    auto fail = [&](const std::string& what) {
      error = InternalError(std::string(source) + ":" +
                            std::to_string(line_no) + ": " + what);
      return false;
    };
    const std::vector<std::string_view> c = SplitTabs(line);
    if (c.size() != 7) return fail("expected 7 columns");
    NormalizationRule rule;
    if (c[0] == "display") {
      rule.level = NormalizationLevel::kDisplay;
    } else if (c[0] == "search") {
      rule.level = NormalizationLevel::kSearch;
    } else {
      return fail("bad level");
    }
    static constexpr std::string_view kActions[] = {
        "delete",      "map",          "space",     "linebreak", "quote-open",
        "quote-close", "quote-either", "separator", "zwj"};
    bool known = false;
    for (std::string_view a : kActions) known = known || a == c[1];
    if (!known) return fail("bad action");
    rule.action = std::string(c[1]);
    char32_t lo, hi;
    const size_t dots = c[2].find("..");
    if (dots == std::string_view::npos) {
      if (!ParseCodePoint(c[2], &lo)) return fail("bad code point");
      hi = lo;
    } else if (!ParseCodePoint(c[2].substr(0, dots), &lo) ||
               !ParseCodePoint(c[2].substr(dots + 2), &hi) || hi < lo) {
      return fail("bad range");
    }
    const bool lowercase = c[3] == "lowercase";
    std::u32string to;
    if (!lowercase) {
      size_t p = 0;
      while (p < c[3].size()) {
        size_t sp = c[3].find(' ', p);
        if (sp == std::string_view::npos) sp = c[3].size();
        char32_t cp;
        if (!ParseCodePoint(c[3].substr(p, sp - p), &cp)) {
          return fail("bad target");
        }
        to.push_back(cp);
        p = sp + 1;
      }
    }
    const bool needs_target = rule.action == "map" ||
                              rule.action == "separator" ||
                              rule.action.rfind("quote", 0) == 0;
    if (needs_target && to.empty() && !lowercase) return fail("no target");
    if (!needs_target && !to.empty()) return fail("unexpected target");
    rule.name = std::string(c[5]);
    if (c[4] != "-") rule.option = std::string(c[4]);
    rule.reason = std::string(c[6]);
    for (char32_t cp = lo; cp <= hi; ++cp) {
      rule.from = cp;
      rule.to = lowercase ? std::u32string(1, cp + 0x20) : to;
      rules.push_back(rule);
    }
    return true;
  });
  KHABAR_RETURN_IF_ERROR(error);
  return rules;
}

const StatusOr<std::vector<NormalizationRule>>& BuiltinNormalizationRules() {
  static const auto* const rules =
      new StatusOr<std::vector<NormalizationRule>>([] {
        auto base = ParseNormalizationRules(
            std::string_view(kNormalizeRulesTsv, kNormalizeRulesTsvSize),
            "rules.tsv");
        if (!base.ok()) return base;
        auto forms = ParseNormalizationRules(
            std::string_view(kPresentationFormsTsv, kPresentationFormsTsvSize),
            "presentation_forms.tsv");
        if (!forms.ok()) return forms;
        base->insert(base->end(), forms->begin(), forms->end());
        return base;
      }());
  return *rules;
}

}  // namespace khabar
