// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/duplicates.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace khabar {
namespace {

// Bytes of a key used to find candidate starts of a joined or teaser block.
constexpr size_t kProbeBytes = 24;

// Code points in UTF-8 `s`.
size_t CharCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void MarkTitleRepeats(CleaningState* state) {
  const int32_t title = state->article->title;
  if (title < 0) return;
  const std::string& tkey = state->facts[title].key;
  if (tkey.empty()) return;
  for (size_t i = 0; i < state->facts.size(); ++i) {
    if (static_cast<int32_t>(i) == title || state->dropped(i)) continue;
    if (state->facts[i].key == tkey) {
      state->Drop(i, DropReason::kDuplicate, "headline repeated");
      state->article->blocks[i].duplicate_of = {static_cast<uint32_t>(title)};
    }
  }
}

void MarkExactRepeats(CleaningState* state) {
  const int32_t title = state->article->title;
  std::unordered_map<std::string_view, uint32_t> first;
  for (size_t i = 0; i < state->facts.size(); ++i) {
    if (static_cast<int32_t>(i) == title || state->dropped(i)) continue;
    const std::string& key = state->facts[i].key;
    if (key.empty()) continue;
    auto [it, inserted] = first.emplace(key, static_cast<uint32_t>(i));
    if (inserted) continue;
    const uint32_t j = it->second;
    if (title >= 0 && j < static_cast<uint32_t>(title) &&
        i > static_cast<size_t>(title)) {
      // The earlier copy sits above the headline: a teaser. Keep the body's.
      state->Drop(j, DropReason::kDuplicate,
                  "teaser above the headline repeats a body paragraph");
      state->article->blocks[j].duplicate_of = {static_cast<uint32_t>(i)};
      it->second = static_cast<uint32_t>(i);
    } else {
      state->Drop(i, DropReason::kDuplicate, "paragraph repeated");
      state->article->blocks[i].duplicate_of = {j};
    }
  }
}

// If `b`'s key is covered by kept blocks order[p], order[p+1], ... (joined,
// or ending inside the last one), fills `covered` and returns true.
bool CoveredFrom(const CleaningState& state, const std::vector<uint32_t>& order,
                 size_t p, uint32_t b, std::vector<uint32_t>* covered,
                 bool* partial) {
  const std::string& kb = state.facts[b].key;
  covered->clear();
  *partial = false;
  size_t pos = 0;
  for (size_t q = p; q < order.size() && pos < kb.size(); ++q) {
    if (order[q] == b) return false;
    const std::string& kc = state.facts[order[q]].key;
    if (kc.empty()) continue;
    const size_t rem = kb.size() - pos;
    if (rem >= kc.size()) {
      if (kb.compare(pos, kc.size(), kc) != 0) return false;
      pos += kc.size();
      covered->push_back(order[q]);
    } else {
      if (kc.compare(0, rem, kb, pos, rem) != 0) return false;
      covered->push_back(order[q]);
      pos = kb.size();
      *partial = true;
    }
  }
  return pos == kb.size() && !covered->empty();
}

void MarkJoinedAndTeasers(CleaningState* state) {
  const int32_t title = state->article->title;
  std::vector<uint32_t> order;
  for (size_t i = 0; i < state->facts.size(); ++i) {
    if (static_cast<int32_t>(i) == title || state->dropped(i)) continue;
    if (state->facts[i].key.empty()) continue;
    order.push_back(static_cast<uint32_t>(i));
  }
  // Kept blocks by the first bytes of their key.
  std::unordered_multimap<std::string_view, size_t> by_probe;
  for (size_t p = 0; p < order.size(); ++p) {
    const std::string& k = state->facts[order[p]].key;
    if (k.size() >= kProbeBytes) {
      by_probe.emplace(std::string_view(k).substr(0, kProbeBytes), p);
    }
  }
  std::vector<uint32_t> covered;
  for (size_t bp = 0; bp < order.size(); ++bp) {
    const uint32_t b = order[bp];
    const std::string& kb = state->facts[b].key;
    if (CharCount(kb) < kMinTeaserKeyChars || state->dropped(b)) continue;
    auto [lo, hi] =
        by_probe.equal_range(std::string_view(kb).substr(0, kProbeBytes));
    for (auto it = lo; it != hi; ++it) {
      const size_t p = it->second;
      if (p == bp || state->dropped(order[p])) continue;
      bool partial;
      if (!CoveredFrom(*state, order, p, b, &covered, &partial)) continue;
      bool any_dropped = false;
      for (uint32_t c : covered) any_dropped = any_dropped || state->dropped(c);
      if (any_dropped) continue;
      if (covered.size() == 1 && !partial) continue;  // an exact repeat
      state->Drop(b, DropReason::kDuplicate,
                  covered.size() >= 2
                      ? "paragraphs joined"
                      : "teaser repeats the start of a paragraph");
      state->article->blocks[b].duplicate_of = covered;
      break;
    }
  }
}

}  // namespace

void MarkDuplicates(CleaningState* state) {
  MarkTitleRepeats(state);
  MarkExactRepeats(state);
  MarkJoinedAndTeasers(state);
}

}  // namespace khabar
