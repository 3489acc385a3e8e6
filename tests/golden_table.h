// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// A tiny reader for the golden tables of tests/golden/<component>/*.tsv.
//
// Format: one row per line, cells separated by TAB. Lines starting with '#'
// and blank lines are skipped. Inside a cell these escapes are recognized:
//   \n \t \r \\            newline, tab, carriage return, backslash
//   \uXXXX  \UXXXXXXXX     a code point, UTF-8 encoded (invisible characters)
//   \xNN                   one raw byte (ill-formed UTF-8 on purpose)
// Any other backslash sequence is an error, so a typo cannot silently become
// part of an expectation.
//
//   auto rows = khabar::golden::ReadTable("text/normalize.tsv", 4);
//   ASSERT_TRUE(rows.ok()) << rows.status().ToString();
//   for (const khabar::golden::Row& row : *rows) { ... row.cells[1] ... }
//
// Test-only code: may use the standard library freely, never the network or
// files outside the source tree.

#ifndef KHABAR_TESTS_GOLDEN_TABLE_H_
#define KHABAR_TESTS_GOLDEN_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/status.h"
#include "khabar/utf8.h"

#ifndef KHABAR_TEST_DATA_DIR
#error "KHABAR_TEST_DATA_DIR must be defined (see tests/CMakeLists.txt)"
#endif

namespace khabar {
namespace golden {

struct Row {
  std::string file;                // the table's relative path
  int line = 0;                    // 1-based line number in the file
  std::vector<std::string> cells;  // unescaped

  // "text/normalize.tsv:12", for failure messages.
  std::string Where() const { return file + ":" + std::to_string(line); }
};

// Absolute path of a file under tests/golden.
inline std::string GoldenPath(std::string_view relative) {
  std::string path = KHABAR_TEST_DATA_DIR;
  path += '/';
  path.append(relative);
  return path;
}

// Reads a whole file; kNotFound if it cannot be opened.
inline StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

namespace internal {

inline int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Parses `digits` hex digits at cell[i+1...]; false on a bad digit.
inline bool ParseHex(std::string_view cell, size_t start, size_t digits,
                     uint32_t* value) {
  if (start + digits > cell.size()) return false;
  uint32_t v = 0;
  for (size_t k = 0; k < digits; ++k) {
    const int h = HexValue(cell[start + k]);
    if (h < 0) return false;
    v = v * 16 + static_cast<uint32_t>(h);
  }
  *value = v;
  return true;
}

}  // namespace internal

// Unescapes one cell (see the format above).
inline StatusOr<std::string> UnescapeCell(std::string_view cell) {
  std::string out;
  out.reserve(cell.size());
  for (size_t i = 0; i < cell.size(); ++i) {
    const char c = cell[i];
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    if (i + 1 >= cell.size()) {
      return InvalidArgumentError("dangling backslash in cell");
    }
    const char e = cell[++i];
    uint32_t value = 0;
    switch (e) {
      case 'n':
        out.push_back('\n');
        break;
      case 't':
        out.push_back('\t');
        break;
      case 'r':
        out.push_back('\r');
        break;
      case '\\':
        out.push_back('\\');
        break;
      case 'x':
        if (!internal::ParseHex(cell, i + 1, 2, &value)) {
          return InvalidArgumentError("bad \\x escape in cell");
        }
        out.push_back(static_cast<char>(value));
        i += 2;
        break;
      case 'u':
        if (!internal::ParseHex(cell, i + 1, 4, &value)) {
          return InvalidArgumentError("bad \\u escape in cell");
        }
        AppendUtf8(value, &out);
        i += 4;
        break;
      case 'U':
        if (!internal::ParseHex(cell, i + 1, 8, &value)) {
          return InvalidArgumentError("bad \\U escape in cell");
        }
        AppendUtf8(value, &out);
        i += 8;
        break;
      default:
        return InvalidArgumentError(std::string("unknown escape \\") + e);
    }
  }
  return out;
}

// The inverse of UnescapeCell for readable failure messages: escapes TAB,
// newlines, backslashes, other control characters and invalid bytes.
inline std::string EscapeForDisplay(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const DecodedChar c = DecodeUtf8(text, i);
    if (!c.valid) {
      for (uint32_t k = 0; k < c.length; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        out += "\\x";
        out.push_back(kHex[b >> 4]);
        out.push_back(kHex[b & 0xF]);
      }
    } else if (c.code_point == '\n') {
      out += "\\n";
    } else if (c.code_point == '\t') {
      out += "\\t";
    } else if (c.code_point == '\r') {
      out += "\\r";
    } else if (c.code_point == '\\') {
      out += "\\\\";
    } else if (c.code_point < 0x20 || c.code_point == 0x7F ||
               (c.code_point >= 0x80 && c.code_point < 0xA0) ||
               (c.code_point >= 0x200B && c.code_point <= 0x200F) ||
               (c.code_point >= 0x202A && c.code_point <= 0x202E) ||
               (c.code_point >= 0x2066 && c.code_point <= 0x2069) ||
               c.code_point == 0x00A0 || c.code_point == 0xFEFF ||
               c.code_point == 0x061C || c.code_point == 0x00AD) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) {
        out.push_back(kHex[(c.code_point >> shift) & 0xF]);
      }
    } else {
      out.append(text.substr(i, c.length));
    }
    i += c.length;
  }
  return out;
}

// Compares two texts and, on a mismatch, shows both readably (UTF-8 as
// text, invisible characters escaped) with the first differing byte, instead
// of GoogleTest's hex dump of non-ASCII strings.
inline ::testing::AssertionResult SameText(std::string_view got,
                                           std::string_view want) {
  if (got == want) return ::testing::AssertionSuccess();
  size_t i = 0;
  while (i < got.size() && i < want.size() && got[i] == want[i]) ++i;
  return ::testing::AssertionFailure()
         << "texts differ at byte " << i << "\n     got: \""
         << EscapeForDisplay(got) << "\"\n    want: \""
         << EscapeForDisplay(want) << "\"\n   after: \""
         << EscapeForDisplay(got.substr(0, i)) << "\"";
}

// Splits `line` at TABs.
inline std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      cells.push_back(line.substr(start));
      break;
    }
    cells.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  return cells;
}

// Reads tests/golden/<relative>. Every row must have exactly `columns`
// cells; a row with a different count, or a bad escape, is an error naming
// the line. An empty table is an error too (a test over nothing passes
// vacuously).
inline StatusOr<std::vector<Row>> ReadTable(std::string_view relative,
                                            size_t columns) {
  StatusOr<std::string> content = ReadFile(GoldenPath(relative));
  if (!content.ok()) return content.status();
  std::vector<Row> rows;
  std::string_view rest = *content;
  int line_number = 0;
  while (!rest.empty()) {
    size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest = eol == std::string_view::npos ? std::string_view()
                                         : rest.substr(eol + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::string where =
        std::string(relative) + ":" + std::to_string(line_number);
    const std::vector<std::string_view> raw = SplitTabs(line);
    if (raw.size() != columns) {
      return InvalidArgumentError(where + ": expected " +
                                  std::to_string(columns) + " cells, found " +
                                  std::to_string(raw.size()));
    }
    Row row;
    row.file = std::string(relative);
    row.line = line_number;
    for (std::string_view cell : raw) {
      StatusOr<std::string> unescaped = UnescapeCell(cell);
      if (!unescaped.ok()) {
        return InvalidArgumentError(where + ": " +
                                    unescaped.status().message());
      }
      row.cells.push_back(*std::move(unescaped));
    }
    rows.push_back(std::move(row));
  }
  if (rows.empty())
    return InvalidArgumentError(std::string(relative) + ": no rows");
  return rows;
}

}  // namespace golden
}  // namespace khabar

#endif  // KHABAR_TESTS_GOLDEN_TABLE_H_
