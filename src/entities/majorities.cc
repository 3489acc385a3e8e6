// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/majorities.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace khabar {

EntityType MajorityType(const std::array<uint32_t, 4>& counts,
                        EntityType tie_break) {
  uint32_t best = counts[static_cast<size_t>(tie_break)];
  EntityType type = tie_break;
  for (size_t t = 0; t < counts.size(); ++t) {
    if (counts[t] > best) {
      best = counts[t];
      type = static_cast<EntityType>(t);
    }
  }
  return type;
}

std::optional<size_t> DominantRoot(
    const std::unordered_set<size_t>& candidates,
    const std::unordered_map<size_t, size_t>& mentions) {
  auto count = [&](size_t root) {
    const auto it = mentions.find(root);
    return it == mentions.end() ? size_t{0} : it->second;
  };
  std::optional<size_t> best;
  size_t best_count = 0, second = 0;
  for (const size_t root : candidates) {
    const size_t c = count(root);
    // Ties go to the lower root, so that the set's order does not matter.
    if (!best || c > best_count || (c == best_count && root < *best)) {
      if (best) second = std::max(second, best_count);
      best = root;
      best_count = c;
    } else {
      second = std::max(second, c);
    }
  }
  if (!best || best_count < kDominanceRatio * std::max<size_t>(second, 1)) {
    return std::nullopt;
  }
  return best;
}

}  // namespace khabar
