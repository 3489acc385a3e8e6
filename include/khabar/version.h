// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The library's version.

#ifndef KHABAR_VERSION_H_
#define KHABAR_VERSION_H_

#include <string_view>

namespace khabar {

inline constexpr int kVersionMajor = 0;
inline constexpr int kVersionMinor = 1;
inline constexpr int kVersionPatch = 0;

// "0.1.0".
std::string_view Version();

}  // namespace khabar

#endif  // KHABAR_VERSION_H_
