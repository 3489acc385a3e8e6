// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Style sheets and scripts that a scraper left in the text of an article (a
// poll widget's CSS rules and jQuery calls between two sentences of a
// paragraph): found in a block's bytes and split off as a dropped block of
// their own, so the words around them stay and the code reaches no later
// stage. HTML pages lose <style> and <script> in the DOM; this is for plain
// text and JSON records.

#ifndef KHABAR_CLEAN_CODE_RUNS_H_
#define KHABAR_CLEAN_CODE_RUNS_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "khabar/article.h"

namespace khabar {

// A run of code: bytes [begin, end) of the text searched.
struct CodeRun {
  size_t begin = 0;
  size_t end = 0;
};

// The first run of style or script code in `text` that starts at or after
// `from`. A run starts at a brace block whose inside is a declaration or
// statement (a ':' or ';', next to no Arabic words: `.box_vote { padding:
// 0; }`, `function() { f('x'); }`), reaching back over the ASCII selector or
// call before it; it goes on over the following ';'- or '}'-ended pieces
// while each is code (few Arabic letters, no three Arabic words in a row:
// `.html('intazir lahazat')` is code, a sentence is not). It counts as code
// only when it is at least 60 bytes long, holds at least 4 braces and
// semicolons, and at most a tenth of its characters are Arabic. Braces
// around Arabic words (a Quran verse, a name: `{al-jihad al-islami}`) are
// quotation marks, not code.
std::optional<CodeRun> FindCodeRun(std::string_view text, size_t from);

// Splits each block of `blocks` (spans into `input`) around its code runs:
// each run becomes a block of its own, dropped as boilerplate with the note
// "style or script code" and its bytes as text; the text before and after
// it (ASCII spaces trimmed) stays as blocks of the same line.
void SplitCodeRuns(std::string_view input, std::vector<Block>* blocks);

}  // namespace khabar

#endif  // KHABAR_CLEAN_CODE_RUNS_H_
