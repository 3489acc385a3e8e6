// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Article: what the cleaning stage makes of a scraped page. A headline,
// metadata, body paragraphs and captions, and a list of what was dropped
// and why. Every part carries the byte span it came from in the input, so
// the original stays addressable; its text is normalized at the display
// level only (see normalizer.h).
//
//   khabar::Article a = ...;          // from khabar::Cleaner
//   for (const khabar::ArticlePart& p : a.body) show(p.text, p.span);
//   for (const khabar::DroppedPart& d : a.dropped)
//     log(d.reason, d.duplicate_of);   // indices into a.blocks
//
// Thread safety: a value type.

#ifndef KHABAR_ARTICLE_H_
#define KHABAR_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"

namespace khabar {

// Where a piece of the input went.
enum class PartRole : uint8_t {
  kTitle = 0,
  kParagraph = 1,
  kCaption = 2,
  kDropped = 3,
};

enum class DropReason : uint8_t {
  kNone = 0,
  kDuplicate =
      1,  // repeats the title or other blocks (duplicate_of says which)
  kBoilerplate = 2,  // comment labels, share lines, "read also", copyright...
  kNavigation = 3,   // menus, breadcrumbs, related-link lists (HTML)
  kEmpty = 4,        // nothing but whitespace, punctuation or invisible marks
};

// "title", "paragraph", ... / "duplicate", "boilerplate", ...
std::string_view PartRoleName(PartRole role);
std::string_view DropReasonName(DropReason reason);

// One block of the input: a line of plain text, or a block element of HTML.
struct Block {
  ByteSpan span;      // in Article::input
  uint32_t line = 0;  // 1-based line of the block's start in the input
  std::string text;   // display-normalized
  PartRole role = PartRole::kParagraph;
  DropReason reason = DropReason::kNone;
  std::vector<uint32_t> duplicate_of;  // block indices, for kDuplicate
  std::string note;  // why, in a few words ("headline repeated")
};

// A quotation mark without a partner within its paragraph.
struct UnbalancedQuote {
  uint32_t block = 0;  // index into Article::blocks
  ByteSpan span;       // the mark, in Article::input
  bool opening = false;
};

struct ArticleMetadata {
  std::string title;  // from <title>, og:title or JSON-LD headline
  std::string date;   // publication date as written (ISO 8601 if known)
  std::string author;
  std::string url;  // canonical URL
  std::string description;
  std::string source;    // site or outlet name
  std::string language;  // from <html lang> or metadata
};

struct Article {
  std::string id;
  // The input the spans point into: the caller's bytes, except that a page
  // in another charset (windows-1256, ...) is held converted to UTF-8.
  std::string input;
  std::string input_charset = "utf-8";
  ArticleMetadata metadata;
  // Every block in input order, kept and dropped.
  std::vector<Block> blocks;
  // Indices into `blocks` by role, in input order.
  int32_t title = -1;
  std::vector<uint32_t> body;
  std::vector<uint32_t> captions;
  std::vector<uint32_t> dropped;
  std::vector<UnbalancedQuote> unbalanced_quotes;

  // The article as text: the title (if any) and the body paragraphs, one
  // per line; captions and dropped blocks are left out.
  std::string MainText() const {
    std::string out;
    if (title >= 0) out += blocks[title].text;
    for (uint32_t i : body) {
      if (!out.empty()) out.push_back('\n');
      out += blocks[i].text;
    }
    return out;
  }

  // The title text ("" if none).
  std::string_view title_text() const {
    return title >= 0 ? std::string_view(blocks[title].text)
                      : std::string_view();
  }
};

}  // namespace khabar

#endif  // KHABAR_ARTICLE_H_
