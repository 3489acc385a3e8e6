// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_currencies.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace khabar::ner {

size_t LabelCurrencies(const NerModelData& m,
                       std::span<const NerToken* const> tokens,
                       const NerWordTable& units,
                       std::vector<uint16_t>* labels) {
  if (units.size() == 0) return 0;
  std::vector<uint16_t>& l = *labels;
  const size_t n = std::min(l.size(), tokens.size());
  size_t changed = 0;
  for (size_t i = 0; i < n; ++i) {
    // O, or a mention that starts here and does not go on.
    if (l[i] != 0 && !m.LabelStarts(l[i])) continue;
    if (l[i] != 0 && i + 1 < n && l[i + 1] != 0 && !m.LabelStarts(l[i + 1])) {
      continue;
    }
    const std::string_view type_name = units.TypeOf(tokens[i]->host);
    if (type_name.empty()) continue;
    const size_t type = m.TypeIndex(type_name);
    if (type == m.types.size()) continue;
    const uint16_t single = m.SingleLabel(type);
    if (l[i] == single) continue;
    l[i] = single;
    ++changed;
  }
  return changed;
}

}  // namespace khabar::ner
