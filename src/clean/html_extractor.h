// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// HTML pages to text blocks, main content and metadata.
//
//   khabar::HtmlPage page;
//   khabar::Status s = khabar::ExtractHtml(html_bytes, &page);
//   if (!s.ok()) return s;
//   for (const khabar::HtmlBlock& b : page.blocks)
//     if (b.main) show(b.text, page.input.substr(b.span.begin, b.span.size()));
//   page.metadata.title, page.metadata.date, ...
//
// What it does:
//   1. charset: the page's declared charset (BOM, <meta charset>,
//      http-equiv) is converted to UTF-8 with iconv; page.input holds the
//      UTF-8 text and every span points into it. UTF-8 pages are kept as
//      given, ill-formed bytes included (their text reads U+FFFD).
//   2. parsing: libxml2's HTML parser (error recovery as browsers do it),
//      after a raw pass that drops scripts, styles, comments and the like.
//   3. blocks: each block element's text (entities decoded, whitespace
//      collapsed), with its byte span, tag and link density.
//   4. main content: semantic tags (article, main, itemprop=articleBody),
//      class/id names (data/clean/html_hints.tsv), text and link density,
//      punctuation and the headline find the article; navigation, sidebars,
//      related lists, comments, share bars and cookie banners are left out.
//   5. metadata: <title>, <meta>, Open Graph, JSON-LD, <link rel=canonical>.
//
// Limits: inputs over kMaxHtmlBytes are kResourceExhausted; binary junk (no
// markup, mostly control or ill-formed bytes) is kDataLoss; an empty page
// or one without text is OK with no blocks. Nesting depth is unlimited.
//
// Thread safety: ExtractHtml() is thread-safe (libxml2 is initialized once;
// its messages go to per-parse handlers, never to stderr).

#ifndef KHABAR_CLEAN_HTML_EXTRACTOR_H_
#define KHABAR_CLEAN_HTML_EXTRACTOR_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/article.h"
#include "khabar/status.h"

namespace khabar {

// The largest page ExtractHtml() accepts: 64 MiB.
inline constexpr size_t kMaxHtmlBytes = size_t{64} << 20;

struct HtmlBlock {
  ByteSpan span;         // the block's text in HtmlPage::input (first to last
                         // character; markup inside the block included)
  std::string text;      // entities decoded, whitespace collapsed, trimmed
  std::string tag;       // "p", "h1".."h6", "li", "blockquote", "figcaption",
                         // "td", "div", "pre", ... "img-alt" for image alt text
  bool main = false;     // inside the detected main content
  bool caption = false;  // figcaption, an element named as a caption or
                         // photo credit, or image alt text
  bool heading = false;  // h1..h6
  float link_density = 0;  // share of the text inside <a>
};

struct HtmlPage {
  std::string input;    // UTF-8 (converted if the page declared another
                        // charset); spans point here
  std::string charset;  // what the page was in: "utf-8", "windows-1256", ...
  ArticleMetadata metadata;
  std::vector<HtmlBlock> blocks;  // document order, main or not
};

// Reads `html` (bytes as fetched) into `*page` (cleared first).
Status ExtractHtml(std::string_view html, HtmlPage* page);

// The main content as plain text, one block per line: the main blocks
// except image alt text and captions (captions are kept when they are most
// of the main text, as on gallery pages).
std::string HtmlMainText(const HtmlPage& page);

}  // namespace khabar

#endif  // KHABAR_CLEAN_HTML_EXTRACTOR_H_
