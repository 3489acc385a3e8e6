// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Reading khabar's embedded data files (data/**/*.tsv, *.txt): one record
// per line, '#' comments and blank lines skipped, TAB-separated cells.

#ifndef KHABAR_BASE_DATA_FILE_H_
#define KHABAR_BASE_DATA_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/status.h"
#include "khabar/utf8.h"

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

// Calls fn(where, cells) for every data line of a table whose rows hold
// `min_cells` to `max_cells` TAB-separated cells (`columns` names them in
// errors: "name, type[, note]"); `where` is "<source> line N" and `fn`
// returns a Status. Stops at the first error and returns it: kDataLoss for
// ill-formed UTF-8, kInvalidArgument for a wrong number of cells (both
// naming the line), else what `fn` returned.
template <typename Fn>
Status ForEachTsvRow(std::string_view text, std::string_view source,
                     size_t min_cells, size_t max_cells,
                     std::string_view columns, Fn fn) {
  Status error;
  ForEachDataLine(text, [&](size_t line_no, std::string_view line) {
    const std::string where =
        std::string(source) + " line " + std::to_string(line_no);
    if (const size_t bad = FindInvalidUtf8(line);
        bad != std::string_view::npos) {
      error = DataLossError(where + ": invalid UTF-8 at byte " +
                            std::to_string(bad) + " of the line");
      return false;
    }
    const std::vector<std::string_view> cells = SplitTabs(line);
    if (cells.size() < min_cells || cells.size() > max_cells) {
      const std::string expected =
          min_cells == max_cells
              ? std::to_string(min_cells)
              : std::to_string(min_cells) +
                    (max_cells == min_cells + 1 ? " or " : " to ") +
                    std::to_string(max_cells);
      error = InvalidArgumentError(
          where + ": expected " + expected + " TAB-separated columns (" +
          std::string(columns) + "), found " + std::to_string(cells.size()));
      return false;
    }
    error = fn(where, cells);
    return error.ok();
  });
  return error;
}

}  // namespace khabar

#endif  // KHABAR_BASE_DATA_FILE_H_
