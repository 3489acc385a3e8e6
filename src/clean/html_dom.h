// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// HtmlDom: the page as the main-text scorer sees it. libxml2's HTML parser
// (the HTML error-recovery rules: implied end tags, misnested markup) runs
// in SAX mode over the prefiltered page; its events build
//   - the structural elements (block-level elements and any element whose
//     class, id, role or itemprop says something), with parent links and
//     the range of text blocks they contain;
//   - the text blocks in document order: the text between two block
//     boundaries, entities decoded, whitespace collapsed, with its byte span
//     in the page and how much of it is link text;
//   - what the page says about itself: <title>, <meta>, <link rel>, lang.
// No recursion anywhere: 100,000 nested elements cost a vector, not a stack.
//
// Internal to src/clean. Thread safety: BuildHtmlDom() is thread-safe; it
// initializes libxml2 once and never uses its global error handler.

#ifndef KHABAR_CLEAN_HTML_DOM_H_
#define KHABAR_CLEAN_HTML_DOM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clean/html_prefilter.h"
#include "khabar/alignment.h"
#include "khabar/status.h"

namespace khabar {

enum class HtmlTag : uint8_t {
  kOther = 0,
  kHtml,
  kBody,
  kDiv,
  kSection,
  kArticle,
  kMain,
  kHeader,
  kFooter,
  kNav,
  kAside,
  kP,
  kH1,
  kH2,
  kH3,
  kH4,
  kH5,
  kH6,
  kUl,
  kOl,
  kLi,
  kDl,
  kDt,
  kDd,
  kBlockquote,
  kPre,
  kTable,
  kTr,
  kTd,
  kTh,
  kCaption,
  kFigure,
  kFigcaption,
  kAddress,
  kForm,
  kDetails,
  kSummary,
  kMenu,
  kDialog,
  kImg,
  kA,
  kInline,
  kCount
};

// "p", "h1", "li", ... ("other" for kOther).
std::string_view HtmlTagName(HtmlTag tag);

inline bool IsHeadingTag(HtmlTag t) {
  return t >= HtmlTag::kH1 && t <= HtmlTag::kH6;
}

// Element flags beyond the class/id hints (HtmlHint bits).
enum HtmlElementFlag : uint32_t {
  kElemArticleBody = 1u << 0,  // itemprop="articleBody" or role="main"...
  kElemArticle = 1u << 1,      // <article>, role="article"
  kElemMain = 1u << 2,         // <main>, role="main"
};

struct HtmlElement {
  HtmlTag tag = HtmlTag::kOther;
  int32_t parent = -1;
  uint32_t depth = 0;
  uint32_t hints = 0;        // HtmlHint bits from class, id, role, itemprop
  uint32_t flags = 0;        // HtmlElementFlag bits
  uint32_t first_block = 0;  // blocks [first_block, end_block) lie inside
  uint32_t end_block = 0;
};

struct HtmlTextBlock {
  int32_t element = -1;  // innermost structural element
  ByteSpan span;         // in the page (the prefilter's input)
  std::string text;
  uint32_t chars = 0;        // code points of text
  uint32_t link_chars = 0;   // code points inside <a>, spaces excluded
  uint32_t alnum_chars = 0;  // letters and digits (non-ASCII counts as letter)
  uint32_t punct = 0;        // sentence punctuation ". , ; : ! ?" and the like
  uint32_t digits = 0;       // ASCII and Arabic-Indic digits
  bool alt = false;          // an <img> alt text
};

struct HtmlDom {
  std::vector<HtmlElement> elements;
  std::vector<HtmlTextBlock> blocks;
  std::string title;  // text of the first <title>
  std::string lang;   // <html lang>
  // (key, content) of every <meta name|property|itemprop=key content=...>,
  // keys lower-cased; and (rel, href) of every <link>.
  std::vector<std::pair<std::string, std::string>> metas;
  std::vector<std::pair<std::string, std::string>> links;
  // The first <time datetime=...>.
  std::string first_time;

  void Clear();
};

// Parses `page.text` and fills `*dom`. Spans point into the prefilter's
// input. kInternal if libxml2 cannot make a parser (out of memory).
Status BuildHtmlDom(const PrefilteredHtml& page, HtmlDom* dom);

}  // namespace khabar

#endif  // KHABAR_CLEAN_HTML_DOM_H_
