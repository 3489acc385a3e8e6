// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_participles.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "morph/morph_text.h"
#include "ner/ner_consistency.h"

namespace khabar::ner {

bool IsReportingParticiple(const std::string& host) {
  // Stems (active participles of reporting, explaining and addressing
  // verbs); each is read with the masculine accusative alef and the
  // feminine ta marbuta, then folded as hosts are.
  static const std::unordered_set<std::string>* const kForms = [] {
    const char* const stems[] = {
        "\u0642\u0627\u0626\u0644",              // qa'il (saying)
        "\u0645\u0636\u064A\u0641",              // mudif (adding)
        "\u0645\u0624\u0643\u062F",              // mu'akkid (stressing)
        "\u0645\u0634\u064A\u0631",              // mushir (pointing out)
        "\u0645\u0648\u0636\u062D",              // mudih (explaining)
        "\u0645\u062A\u062D\u062F\u062B",        // mutahaddith (speaking)
        "\u0645\u0639\u062A\u0628\u0631",        // mu'tabir (considering)
        "\u0645\u0628\u064A\u0646",              // mubayyin (showing)
        "\u0645\u0646\u0648\u0647",              // munawwih (noting)
        "\u0645\u0634\u062F\u062F",              // mushaddid (insisting)
        "\u0645\u062D\u0630\u0631",              // muhadhdhir (warning)
        "\u0645\u062A\u0633\u0627\u0626\u0644",  // mutasa'il (asking)
        "\u0645\u062E\u0627\u0637\u0628",        // mukhatib (addressing)
        "\u0645\u0639\u0631\u0628",              // mu'rib (expressing)
        "\u0648\u0627\u0635\u0641",              // wasif (describing)
    };
    auto* forms = new std::unordered_set<std::string>();
    for (const char* stem : stems) {
      for (const char* ending : {"\u0627", "\u0629"}) {  // -an, -atan
        forms->insert(morph::FoldForm(std::string(stem) + ending));
      }
    }
    return forms;
  }();
  return kForms->count(host) != 0;
}

size_t DropParticiples(const NerModelData& m,
                       std::span<const NerToken* const> tokens,
                       std::vector<uint16_t>* labels) {
  const size_t person = m.TypeIndex("PER");
  std::vector<uint16_t>& l = *labels;
  const size_t n = std::min(l.size(), tokens.size());
  auto participle = [&](size_t i) {
    const NerToken& t = *tokens[i];
    return t.proclitics.empty() && !t.enclitic && IsReportingParticiple(t.host);
  };
  size_t dropped = 0;
  for (size_t b = 0; b < n;) {
    if (l[b] == 0 || !m.LabelStarts(l[b]) || m.LabelType(l[b]) != person) {
      ++b;
      continue;
    }
    const size_t end = MentionEnd(m, l, b, n);
    size_t first = b, last = end;
    while (first < last && participle(first)) ++first;
    while (last > first && participle(last - 1)) --last;
    if (first != b || last != end) {
      const uint16_t start = l[b];
      for (size_t i = b; i < end; ++i) {
        if (i < first || i >= last) {
          l[i] = 0;
          ++dropped;
        }
      }
      const size_t type = m.LabelType(start);
      if (last - first == 1) {
        l[first] = m.SingleLabel(type);
      } else if (first < last) {
        l[first] = m.Label(type, 0);  // B
        l[last - 1] = m.AsEnd(l[last - 1]);
      }
    }
    b = end;
  }
  return dropped;
}

}  // namespace khabar::ner
