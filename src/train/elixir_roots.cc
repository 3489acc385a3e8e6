// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/elixir_roots.h"

#include <string>
#include <string_view>

#include "khabar/utf8.h"

namespace khabar::train {
namespace {

struct Radical {
  std::string_view ascii;
  char32_t letter;
};

// Two-character symbols first so that "_d" is not read as "_" + "d".
constexpr Radical kRadicals[] = {
    {"_t", 0x062B}, {"^g", 0x062C}, {".h", 0x062D}, {"_h", 0x062E},
    {"_d", 0x0630}, {"^s", 0x0634}, {".s", 0x0635}, {".d", 0x0636},
    {".t", 0x0637}, {".z", 0x0638}, {".g", 0x063A}, {"'", 0x0623},
    {"b", 0x0628},  {"t", 0x062A},  {"d", 0x062F},  {"r", 0x0631},
    {"z", 0x0632},  {"s", 0x0633},  {"`", 0x0639},  {"f", 0x0641},
    {"q", 0x0642},  {"k", 0x0643},  {"l", 0x0644},  {"m", 0x0645},
    {"n", 0x0646},  {"h", 0x0647},  {"w", 0x0648},  {"y", 0x064A},
};

}  // namespace

std::string ElixirRootToArabic(std::string_view root) {
  std::string out;
  int radicals = 0;
  size_t i = 0;
  while (i < root.size()) {
    bool matched = false;
    for (const Radical& r : kRadicals) {
      if (root.substr(i).starts_with(r.ascii)) {
        AppendUtf8(r.letter, &out);
        i += r.ascii.size();
        ++radicals;
        matched = true;
        break;
      }
    }
    if (!matched) return "";
    if (i < root.size()) {
      if (root[i] != '_') return "";
      ++i;
      if (i == root.size()) return "";
    }
  }
  if (radicals < 3 || radicals > 4) return "";
  return out;
}

}  // namespace khabar::train
