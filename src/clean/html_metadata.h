// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Page metadata from <title>, <meta name/property/itemprop> (Open Graph,
// Twitter cards, Dublin Core, article:*), <link rel=canonical>, <html lang>
// and JSON-LD (schema.org NewsArticle and kin, also inside @graph).
// JSON-LD wins over Open Graph, which wins over plain <meta> and <title>.
//
// Internal to src/clean. Thread safety: a pure function.

#ifndef KHABAR_CLEAN_HTML_METADATA_H_
#define KHABAR_CLEAN_HTML_METADATA_H_

#include <string>
#include <vector>

#include "clean/html_dom.h"
#include "khabar/article.h"

namespace khabar {

// Fills `*out` from the page's head and its JSON-LD texts. Malformed JSON-LD
// is ignored.
void ExtractHtmlMetadata(const HtmlDom& dom,
                         const std::vector<std::string>& json_ld,
                         ArticleMetadata* out);

}  // namespace khabar

#endif  // KHABAR_CLEAN_HTML_METADATA_H_
