// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a transparent string hash, so that a map keyed by std::string
// can be searched with a std::string_view without building a string:
//
//   std::unordered_map<std::string, int, StringHash, std::equal_to<>> m;
//   m.find(std::string_view(text).substr(0, 4));
//
// Thread safety: stateless.

#ifndef KHABAR_BASE_STRING_HASH_H_
#define KHABAR_BASE_STRING_HASH_H_

#include <cstddef>
#include <functional>
#include <string_view>

namespace khabar {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>()(s);
  }
};

}  // namespace khabar

#endif  // KHABAR_BASE_STRING_HASH_H_
