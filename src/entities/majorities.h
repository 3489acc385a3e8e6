// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: the resolver's decisions by majority. The type of an entity
// whose mentions the tagger typed differently; and which of several
// longer names a short name belongs to when it ends more than one
// (docs/ENTITIES.md, rule 6, "Ambiguity"): a lone surname the article
// shares between a person it names often and one it names once (barak
// awbama and his father's family; a name the tagger wrongly began with a
// verb, "safara hul" beside "binjamin hul") is the one named often.

#ifndef KHABAR_ENTITIES_MAJORITIES_H_
#define KHABAR_ENTITIES_MAJORITIES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "khabar/entities.h"

namespace khabar {

// The type with the most mentions in `counts` (indexed by EntityType);
// `tie_break` wins ties.
EntityType MajorityType(const std::array<uint32_t, 4>& counts,
                        EntityType tie_break);

// A candidate is dominant with at least this many times the mentions of
// every other candidate (each has one at least: three or more, then).
inline constexpr size_t kDominanceRatio = 3;

// Of `candidates` (entity roots), the one whose mention count (`mentions`,
// by root; a root not listed has none) is at least kDominanceRatio times
// every other's and at least kDominanceRatio; none if no candidate is.
std::optional<size_t> DominantRoot(
    const std::unordered_set<size_t>& candidates,
    const std::unordered_map<size_t, size_t>& mentions);

}  // namespace khabar

#endif  // KHABAR_ENTITIES_MAJORITIES_H_
