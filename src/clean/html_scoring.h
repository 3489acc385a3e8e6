// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Main-content detection on an HtmlDom: which text blocks are the article.
//
// Internal to src/clean. Thread safety: a pure function.

#ifndef KHABAR_CLEAN_HTML_SCORING_H_
#define KHABAR_CLEAN_HTML_SCORING_H_

#include <string_view>
#include <vector>

#include "clean/html_dom.h"

namespace khabar {

// Sets (*main)[i] for every block of `dom` that belongs to the main content.
// `headline` is the page's title from its metadata ("" if unknown); a
// heading that repeats it marks where the article starts.
void SelectMainContent(const HtmlDom& dom, std::string_view headline,
                       std::vector<bool>* main);

}  // namespace khabar

#endif  // KHABAR_CLEAN_HTML_SCORING_H_
