// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/quote_balance.h"

#include <algorithm>
#include <cstring>

namespace khabar {

void FindUnbalancedQuotes(uint32_t block_index, uint32_t block_begin,
                          const NormalizedText& display,
                          std::vector<UnbalancedQuote>* out) {
  const std::string& t = display.text;
  std::vector<uint32_t> open;  // normalized offsets of unmatched openers
  std::vector<UnbalancedQuote> found;
  auto add = [&](uint32_t pos, bool opening) {
    UnbalancedQuote q;
    q.block = block_index;
    ByteSpan s = display.alignment.ToOriginal({pos, pos + 2});
    q.span = {s.begin + block_begin, s.end + block_begin};
    q.opening = opening;
    found.push_back(q);
  };
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    const void* hit = std::memchr(t.data() + i, 0xC2, t.size() - 1 - i);
    if (hit == nullptr) break;
    i = static_cast<size_t>(static_cast<const char*>(hit) - t.data());
    const unsigned char c = static_cast<unsigned char>(t[i + 1]);
    if (c == 0xAB) {
      open.push_back(static_cast<uint32_t>(i));
    } else if (c == 0xBB) {
      if (open.empty()) {
        add(static_cast<uint32_t>(i), false);
      } else {
        open.pop_back();
      }
    }
  }
  for (uint32_t pos : open) add(pos, true);
  std::sort(found.begin(), found.end(),
            [](const UnbalancedQuote& a, const UnbalancedQuote& b) {
              return a.span.begin < b.span.begin;
            });
  out->insert(out->end(), found.begin(), found.end());
}

}  // namespace khabar
