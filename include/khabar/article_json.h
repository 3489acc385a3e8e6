// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// JSON rendering of an Article: what `khabar clean` writes, one object per
// input. Offsets ("b", "e") are byte offsets into Article::input; "line" is
// the 1-based input line where the part starts.
//
//   {"id": "...", "charset": "utf-8",
//    "metadata": {"title": ..., "date": ..., ...},       (non-empty fields)
//    "title": {"text": ..., "b": 0, "e": 112, "line": 1},
//    "body": [{"text": ..., "b": ..., "e": ..., "line": 9}, ...],
//    "captions": [...],
//    "dropped": [{"text": ..., "b": ..., "e": ..., "line": 3,
//                 "reason": "duplicate", "note": "paragraphs joined",
//                 "duplicate_of_lines": [17, 18]}, ...],
//    "unbalanced_quotes": [{"b": ..., "e": ..., "line": 14,
//                           "opening": false}, ...]}
//
// Thread safety: a pure function.

#ifndef KHABAR_ARTICLE_JSON_H_
#define KHABAR_ARTICLE_JSON_H_

#include <string>

#include "khabar/article.h"

namespace khabar {

// One JSON object, no trailing newline.
std::string ArticleToJson(const Article& article);

}  // namespace khabar

#endif  // KHABAR_ARTICLE_JSON_H_
