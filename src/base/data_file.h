// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Reading khabar's embedded data files (data/**/*.tsv, *.txt): one record
// per line, '#' comments and blank lines skipped, TAB-separated cells.

#ifndef KHABAR_BASE_DATA_FILE_H_
#define KHABAR_BASE_DATA_FILE_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace khabar {

// Calls fn(line_number, line) for every line of `text` that is neither
// blank nor a comment, without its line break and trailing '\r' or spaces.
// `fn` returns false to stop early. Line numbers are 1-based.
template <typename Fn>
void ForEachDataLine(std::string_view text, Fn fn) {
  size_t pos = 0;
  size_t line_no = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
      line.remove_suffix(1);
    }
    if (line.empty() || line[0] == '#') continue;
    if (!fn(line_no, line)) return;
  }
}

// The TAB-separated cells of a line (one cell if it has no TAB).
inline std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      cells.push_back(line.substr(start));
      return cells;
    }
    cells.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

}  // namespace khabar

#endif  // KHABAR_BASE_DATA_FILE_H_
