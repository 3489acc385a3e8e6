// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/html_extractor.h"

#include <algorithm>

#include "clean/charset.h"
#include "clean/html_dom.h"
#include "clean/html_hints.h"
#include "clean/html_metadata.h"
#include "clean/html_prefilter.h"
#include "clean/html_scoring.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

constexpr size_t kJunkSampleBytes = 16 * 1024;
// Per-thread buffers larger than this are released after a page.
constexpr size_t kMaxKeptWorkspaceBytes = size_t{4} << 20;

// Reused across calls on one thread: no fresh pages for every document.
struct Workspace {
  PrefilteredHtml filtered;
  HtmlDom dom;
  std::vector<bool> main;
};

bool HasMultibyteUtf8(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

// Binary junk: control bytes (never in text of any charset we read) make up
// more than 5% of the start, or there is no markup and most bytes are not
// well-formed UTF-8.
bool LooksBinary(std::string_view utf8) {
  const std::string_view sample = utf8.substr(0, kJunkSampleBytes);
  if (sample.empty()) return false;
  size_t control = 0;
  bool markup = false;
  for (size_t i = 0; i < sample.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(sample[i]);
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' &&
         b != 0x1B) ||
        b == 0x7F) {
      ++control;
    } else if (b == '<' && i + 1 < sample.size()) {
      const unsigned char c = static_cast<unsigned char>(sample[i + 1]);
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') markup = true;
      if (c == '!' || c == '/') markup = true;
    }
  }
  if (control * 20 > sample.size()) return true;
  if (markup) return false;
  size_t invalid = 0;
  for (size_t i = 0; i < sample.size();) {
    const DecodedChar c = DecodeUtf8(sample, i);
    if (!c.valid) invalid += c.length;
    i += c.length;
  }
  return invalid * 3 > sample.size();
}

bool IsCaption(const HtmlDom& dom, int32_t e) {
  for (int hops = 0; e >= 0 && hops < 4; ++hops) {
    const HtmlTag t = dom.elements[e].tag;
    if (t == HtmlTag::kFigcaption || t == HtmlTag::kCaption ||
        (dom.elements[e].hints & kHintCaption)) {
      return true;
    }
    e = dom.elements[e].parent;
  }
  return false;
}

std::string BlockTag(const HtmlDom& dom, const HtmlTextBlock& b) {
  if (b.alt) return "img-alt";
  if (b.element < 0) return "body";
  const HtmlTag t = dom.elements[b.element].tag;
  if (t == HtmlTag::kOther) return "div";
  if (t == HtmlTag::kInline) return "span";
  return std::string(HtmlTagName(t));
}

}  // namespace

Status ExtractHtml(std::string_view html, HtmlPage* page) {
  page->input.clear();
  page->charset = "utf-8";
  page->metadata = ArticleMetadata();
  page->blocks.clear();
  if (html.size() > kMaxHtmlBytes) {
    return ResourceExhaustedError(
        "HTML page of " + std::to_string(html.size()) +
        " bytes is over the limit of " + std::to_string(kMaxHtmlBytes));
  }
  std::string charset = DetectHtmlCharset(html);
  // A page saved as UTF-8 often keeps its old declaration: trust bytes that
  // are well-formed UTF-8 with non-ASCII text over the declaration.
  if (!IsUtf8Charset(charset) && charset.rfind("utf-16", 0) != 0 &&
      HasMultibyteUtf8(html) &&
      FindInvalidUtf8(html) == std::string_view::npos) {
    charset = "utf-8";
  }
  if (!ConvertToUtf8(html, charset, &page->input).ok()) {
    // A charset this system's iconv lacks: read the bytes as UTF-8.
    charset = "utf-8";
    page->input.assign(html);
  }
  page->charset = charset;
  if (LooksBinary(page->input)) {
    return DataLossError("input is not HTML: mostly binary bytes");
  }

  thread_local Workspace ws;
  PrefilteredHtml& filtered = ws.filtered;
  HtmlDom& dom = ws.dom;
  PrefilterHtml(page->input, &filtered);
  KHABAR_RETURN_IF_ERROR(BuildHtmlDom(filtered, &dom));
  ExtractHtmlMetadata(dom, filtered.json_ld, &page->metadata);

  std::vector<bool>& main = ws.main;
  SelectMainContent(dom, page->metadata.title, &main);
  page->blocks.reserve(dom.blocks.size());
  for (size_t i = 0; i < dom.blocks.size(); ++i) {
    HtmlTextBlock& b = dom.blocks[i];
    HtmlBlock out;
    out.span = b.span;
    out.tag = BlockTag(dom, b);
    out.main = i < main.size() && main[i];
    out.caption = b.alt || (b.element >= 0 && IsCaption(dom, b.element));
    out.heading =
        b.element >= 0 && !b.alt && IsHeadingTag(dom.elements[b.element].tag);
    out.link_density =
        b.chars > 0 ? static_cast<float>(b.link_chars) / b.chars : 0.0f;
    out.text = std::move(b.text);
    page->blocks.push_back(std::move(out));
  }
  if (filtered.text.capacity() > kMaxKeptWorkspaceBytes) ws = Workspace();
  return Status::Ok();
}

std::string HtmlMainText(const HtmlPage& page) {
  // Captions are left out, unless they are most of the content (galleries,
  // slide shows, video pages).
  size_t caption_bytes = 0;
  size_t text_bytes = 0;
  for (const HtmlBlock& b : page.blocks) {
    if (!b.main || b.tag == "img-alt") continue;
    (b.caption ? caption_bytes : text_bytes) += b.text.size();
  }
  const bool with_captions = caption_bytes > text_bytes;
  std::string text;
  for (const HtmlBlock& b : page.blocks) {
    if (!b.main || b.tag == "img-alt") continue;
    if (b.caption && !with_captions) continue;
    if (!text.empty()) text.push_back('\n');
    text += b.text;
  }
  return text;
}

}  // namespace khabar
