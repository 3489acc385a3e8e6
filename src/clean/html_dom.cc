// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/html_dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <array>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "clean/html_hints.h"

namespace khabar {
namespace {

// How an element's content is read.
enum class Kind : uint8_t {
  kBlock,   // a block boundary: text before and inside are separate blocks
  kInline,  // text continues the enclosing block
  kLink,    // inline, and its text is link text
  kSkip,    // content is never text (forms, media, scripts)
  kHead,    // <head>: text ignored, <title>/<meta>/<link> read
  kTitle,
  kBreak,  // <br>, <hr>
  kImg,
  kVoid,  // <meta>, <link>, <input>: no content
};

struct TagInfo {
  std::string_view name;
  HtmlTag tag;
  Kind kind;
};

constexpr std::array kTags = {
    TagInfo{"html", HtmlTag::kHtml, Kind::kBlock},
    TagInfo{"body", HtmlTag::kBody, Kind::kBlock},
    TagInfo{"head", HtmlTag::kOther, Kind::kHead},
    TagInfo{"title", HtmlTag::kOther, Kind::kTitle},
    TagInfo{"meta", HtmlTag::kOther, Kind::kVoid},
    TagInfo{"link", HtmlTag::kOther, Kind::kVoid},
    TagInfo{"base", HtmlTag::kOther, Kind::kVoid},
    TagInfo{"input", HtmlTag::kOther, Kind::kVoid},
    TagInfo{"wbr", HtmlTag::kOther, Kind::kVoid},
    TagInfo{"div", HtmlTag::kDiv, Kind::kBlock},
    TagInfo{"section", HtmlTag::kSection, Kind::kBlock},
    TagInfo{"article", HtmlTag::kArticle, Kind::kBlock},
    TagInfo{"main", HtmlTag::kMain, Kind::kBlock},
    TagInfo{"header", HtmlTag::kHeader, Kind::kBlock},
    TagInfo{"footer", HtmlTag::kFooter, Kind::kBlock},
    TagInfo{"nav", HtmlTag::kNav, Kind::kBlock},
    TagInfo{"aside", HtmlTag::kAside, Kind::kBlock},
    TagInfo{"p", HtmlTag::kP, Kind::kBlock},
    TagInfo{"h1", HtmlTag::kH1, Kind::kBlock},
    TagInfo{"h2", HtmlTag::kH2, Kind::kBlock},
    TagInfo{"h3", HtmlTag::kH3, Kind::kBlock},
    TagInfo{"h4", HtmlTag::kH4, Kind::kBlock},
    TagInfo{"h5", HtmlTag::kH5, Kind::kBlock},
    TagInfo{"h6", HtmlTag::kH6, Kind::kBlock},
    TagInfo{"ul", HtmlTag::kUl, Kind::kBlock},
    TagInfo{"ol", HtmlTag::kOl, Kind::kBlock},
    TagInfo{"li", HtmlTag::kLi, Kind::kBlock},
    TagInfo{"dl", HtmlTag::kDl, Kind::kBlock},
    TagInfo{"dt", HtmlTag::kDt, Kind::kBlock},
    TagInfo{"dd", HtmlTag::kDd, Kind::kBlock},
    TagInfo{"blockquote", HtmlTag::kBlockquote, Kind::kBlock},
    TagInfo{"pre", HtmlTag::kPre, Kind::kBlock},
    TagInfo{"table", HtmlTag::kTable, Kind::kBlock},
    TagInfo{"tr", HtmlTag::kTr, Kind::kBlock},
    TagInfo{"td", HtmlTag::kTd, Kind::kBlock},
    TagInfo{"th", HtmlTag::kTh, Kind::kBlock},
    TagInfo{"caption", HtmlTag::kCaption, Kind::kBlock},
    TagInfo{"figure", HtmlTag::kFigure, Kind::kBlock},
    TagInfo{"figcaption", HtmlTag::kFigcaption, Kind::kBlock},
    TagInfo{"address", HtmlTag::kAddress, Kind::kBlock},
    TagInfo{"form", HtmlTag::kForm, Kind::kBlock},
    TagInfo{"details", HtmlTag::kDetails, Kind::kBlock},
    TagInfo{"summary", HtmlTag::kSummary, Kind::kBlock},
    TagInfo{"menu", HtmlTag::kMenu, Kind::kBlock},
    TagInfo{"dialog", HtmlTag::kDialog, Kind::kBlock},
    TagInfo{"thead", HtmlTag::kOther, Kind::kBlock},
    TagInfo{"tbody", HtmlTag::kOther, Kind::kBlock},
    TagInfo{"tfoot", HtmlTag::kOther, Kind::kBlock},
    TagInfo{"center", HtmlTag::kOther, Kind::kBlock},
    TagInfo{"fieldset", HtmlTag::kOther, Kind::kBlock},
    TagInfo{"legend", HtmlTag::kOther, Kind::kBlock},
    TagInfo{"hgroup", HtmlTag::kOther, Kind::kBlock},
    TagInfo{"picture", HtmlTag::kOther, Kind::kBlock},
    TagInfo{"hr", HtmlTag::kOther, Kind::kBreak},
    TagInfo{"br", HtmlTag::kOther, Kind::kBreak},
    TagInfo{"img", HtmlTag::kImg, Kind::kImg},
    TagInfo{"a", HtmlTag::kA, Kind::kLink},
    TagInfo{"select", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"option", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"optgroup", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"button", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"textarea", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"script", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"style", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"noscript", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"template", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"svg", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"math", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"iframe", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"object", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"embed", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"video", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"audio", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"canvas", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"map", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"datalist", HtmlTag::kOther, Kind::kSkip},
    TagInfo{"span", HtmlTag::kInline, Kind::kInline},
    TagInfo{"b", HtmlTag::kInline, Kind::kInline},
    TagInfo{"strong", HtmlTag::kInline, Kind::kInline},
    TagInfo{"i", HtmlTag::kInline, Kind::kInline},
    TagInfo{"em", HtmlTag::kInline, Kind::kInline},
    TagInfo{"u", HtmlTag::kInline, Kind::kInline},
    TagInfo{"s", HtmlTag::kInline, Kind::kInline},
    TagInfo{"small", HtmlTag::kInline, Kind::kInline},
    TagInfo{"big", HtmlTag::kInline, Kind::kInline},
    TagInfo{"font", HtmlTag::kInline, Kind::kInline},
    TagInfo{"sup", HtmlTag::kInline, Kind::kInline},
    TagInfo{"sub", HtmlTag::kInline, Kind::kInline},
    TagInfo{"abbr", HtmlTag::kInline, Kind::kInline},
    TagInfo{"acronym", HtmlTag::kInline, Kind::kInline},
    TagInfo{"cite", HtmlTag::kInline, Kind::kInline},
    TagInfo{"code", HtmlTag::kInline, Kind::kInline},
    TagInfo{"q", HtmlTag::kInline, Kind::kInline},
    TagInfo{"mark", HtmlTag::kInline, Kind::kInline},
    TagInfo{"time", HtmlTag::kInline, Kind::kInline},
    TagInfo{"var", HtmlTag::kInline, Kind::kInline},
    TagInfo{"kbd", HtmlTag::kInline, Kind::kInline},
    TagInfo{"samp", HtmlTag::kInline, Kind::kInline},
    TagInfo{"dfn", HtmlTag::kInline, Kind::kInline},
    TagInfo{"ins", HtmlTag::kInline, Kind::kInline},
    TagInfo{"del", HtmlTag::kInline, Kind::kInline},
    TagInfo{"strike", HtmlTag::kInline, Kind::kInline},
    TagInfo{"tt", HtmlTag::kInline, Kind::kInline},
    TagInfo{"bdi", HtmlTag::kInline, Kind::kInline},
    TagInfo{"bdo", HtmlTag::kInline, Kind::kInline},
    TagInfo{"label", HtmlTag::kInline, Kind::kInline},
    TagInfo{"data", HtmlTag::kInline, Kind::kInline},
    TagInfo{"nobr", HtmlTag::kInline, Kind::kInline},
    TagInfo{"ruby", HtmlTag::kInline, Kind::kInline},
    TagInfo{"rt", HtmlTag::kOther, Kind::kSkip},  // ruby annotations
    TagInfo{"rp", HtmlTag::kOther, Kind::kSkip},
};

std::string_view kTagNames[] = {
    "other",      "html",   "body",       "div",     "section", "article",
    "main",       "header", "footer",     "nav",     "aside",   "p",
    "h1",         "h2",     "h3",         "h4",      "h5",      "h6",
    "ul",         "ol",     "li",         "dl",      "dt",      "dd",
    "blockquote", "pre",    "table",      "tr",      "td",      "th",
    "caption",    "figure", "figcaption", "address", "form",    "details",
    "summary",    "menu",   "dialog",     "img",     "a",       "inline"};
static_assert(sizeof(kTagNames) / sizeof(kTagNames[0]) ==
              static_cast<size_t>(HtmlTag::kCount));

TagInfo LookupTag(std::string_view name) {
  for (const TagInfo& t : kTags) {
    if (t.name == name) return t;
  }
  // Custom elements (<news-article>) usually wrap components: a block. A
  // prefixed name (<o:p> from word processors) is inline.
  if (name.find(':') != std::string_view::npos) {
    return {name, HtmlTag::kInline, Kind::kInline};
  }
  return {name, HtmlTag::kOther, Kind::kBlock};
}

std::once_flag g_libxml_once;

void NoMessage(void*, const char*, ...) {}
void NoStructuredMessage(void*, xmlErrorPtr) {}

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

bool ContainsNoCase(std::string_view hay, std::string_view lower_needle) {
  if (hay.size() < lower_needle.size()) return false;
  for (size_t i = 0; i + lower_needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < lower_needle.size()) {
      char c = hay[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != lower_needle[k]) break;
      ++k;
    }
    if (k == lower_needle.size()) return true;
  }
  return false;
}

std::string Lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// Appends text with whitespace runs collapsed to one space.
class TextSink {
 public:
  void Clear() {
    text_.clear();
    pending_space_ = false;
    chars_ = link_chars_ = alnum_ = punct_ = digits_ = 0;
  }
  bool empty() const { return text_.empty(); }
  std::string& text() { return text_; }
  uint32_t chars() const { return chars_; }
  uint32_t link_chars() const { return link_chars_; }
  uint32_t alnum() const { return alnum_; }
  uint32_t punct() const { return punct_; }
  uint32_t digits() const { return digits_; }
  void Space() { pending_space_ = true; }

  // Returns whether `s` had any non-space character.
  bool Append(const unsigned char* s, size_t len, bool link) {
    bool any = false;
    size_t i = 0;
    while (i < len) {
      const unsigned char b = s[i];
      if (b < 0x80) {
        if (IsAsciiSpace(b)) {
          pending_space_ = true;
          ++i;
          continue;
        }
        Put(s + i, 1, link);
        if (b >= '0' && b <= '9') {
          ++alnum_;
          ++digits_;
        } else if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
          ++alnum_;
        } else if (b == '.' || b == ',' || b == ';' || b == ':' || b == '!' ||
                   b == '?') {
          ++punct_;
        }
        any = true;
        ++i;
        continue;
      }
      size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      if (i + n > len) n = len - i;
      if (IsUnicodeSpace(s + i, n)) {
        pending_space_ = true;
        i += n;
        continue;
      }
      Put(s + i, n, link);
      if (IsArabicPunct(s + i, n)) {
        ++punct_;
      } else {
        ++alnum_;
        if (IsArabicDigit(s + i, n)) ++digits_;
      }
      any = true;
      i += n;
    }
    return any;
  }

 private:
  static bool IsUnicodeSpace(const unsigned char* s, size_t n) {
    if (n == 2) return s[0] == 0xC2 && (s[1] == 0xA0 || s[1] == 0x85);
    if (n != 3) return false;
    if (s[0] == 0xE2 && s[1] == 0x80) {
      return (s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xA8 || s[2] == 0xA9 ||
             s[2] == 0xAF;
    }
    if (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F) return true;
    if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) return true;
    return s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80;
  }
  // U+060C comma, U+061B semicolon, U+061F question mark, U+06D4 full stop.
  static bool IsArabicPunct(const unsigned char* s, size_t n) {
    if (n != 2) return false;
    return (s[0] == 0xD8 && (s[1] == 0x8C || s[1] == 0x9B || s[1] == 0x9F)) ||
           (s[0] == 0xDB && s[1] == 0x94);
  }
  // U+0660..U+0669 and U+06F0..U+06F9.
  static bool IsArabicDigit(const unsigned char* s, size_t n) {
    if (n != 2) return false;
    return (s[0] == 0xD9 && s[1] >= 0xA0 && s[1] <= 0xA9) ||
           (s[0] == 0xDB && s[1] >= 0xB0 && s[1] <= 0xB9);
  }
  void Put(const unsigned char* s, size_t n, bool link) {
    if (pending_space_ && !text_.empty()) text_.push_back(' ');
    pending_space_ = false;
    text_.append(reinterpret_cast<const char*>(s), n);
    ++chars_;
    if (link) ++link_chars_;
  }

  std::string text_;
  bool pending_space_ = false;
  uint32_t chars_ = 0;
  uint32_t link_chars_ = 0;
  uint32_t alnum_ = 0;
  uint32_t punct_ = 0;
  uint32_t digits_ = 0;
};

class DomBuilder {
 public:
  DomBuilder(const PrefilteredHtml& page, HtmlDom* dom)
      : page_(page), dom_(dom), hints_(HtmlHints::Default()) {}

  void Start(htmlParserCtxtPtr ctxt, const xmlChar* name,
             const xmlChar** atts) {
    const size_t pos = Pos(ctxt);
    const TagInfo info = Lookup(name);
    Open open{-1, info.kind, false};
    if (skip_depth_ > 0 || info.kind == Kind::kSkip) {
      ++skip_depth_;
      open.kind = Kind::kSkip;
      stack_.push_back(open);
      last_pos_ = pos;
      return;
    }
    // Attributes.
    std::string_view cls, id, role, itemprop, style, alt, key, content, rel,
        href, lang, datetime;
    bool hidden = false;
    if (atts != nullptr) {
      for (size_t i = 0; atts[i] != nullptr; i += 2) {
        const std::string_view an(reinterpret_cast<const char*>(atts[i]));
        const std::string_view av =
            atts[i + 1] == nullptr
                ? std::string_view()
                : std::string_view(reinterpret_cast<const char*>(atts[i + 1]));
        if (an == "class")
          cls = av;
        else if (an == "id")
          id = av;
        else if (an == "role")
          role = av;
        else if (an == "itemprop")
          itemprop = av;
        else if (an == "style")
          style = av;
        else if (an == "hidden")
          hidden = true;
        else if (an == "aria-hidden")
          hidden = hidden || av == "true";
        else if (an == "alt")
          alt = av;
        else if (an == "name" || an == "property")
          key = av;
        else if (an == "content")
          content = av;
        else if (an == "rel")
          rel = av;
        else if (an == "href")
          href = av;
        else if (an == "lang")
          lang = av;
        else if (an == "datetime")
          datetime = av;
      }
    }
    if (info.kind == Kind::kVoid) {
      if (info.name == "meta") {
        if (key.empty()) key = itemprop;
        if (!key.empty() && !content.empty()) {
          dom_->metas.emplace_back(Lowered(key), std::string(content));
        }
      } else if (info.name == "link" && !rel.empty()) {
        dom_->links.emplace_back(Lowered(rel), std::string(href));
      }
      // libxml2 still reports an end for void elements.
      stack_.push_back(open);
      last_pos_ = pos;
      return;
    }
    if (info.tag == HtmlTag::kHtml && !lang.empty() && dom_->lang.empty()) {
      dom_->lang = std::string(lang);
    }
    if (!datetime.empty() && dom_->first_time.empty()) {
      dom_->first_time = std::string(datetime);
    }
    uint32_t hints = 0;
    uint32_t flags = 0;
    if (!cls.empty() || !id.empty()) hints = hints_.Classify(cls, id);
    if (hidden ||
        (!style.empty() && (ContainsNoCase(style, "display:none") ||
                            ContainsNoCase(style, "display: none") ||
                            ContainsNoCase(style, "visibility:hidden")))) {
      hints |= kHintHidden;
    }
    if (!itemprop.empty()) {
      if (ContainsNoCase(itemprop, "articlebody") ||
          ContainsNoCase(itemprop, "reviewbody")) {
        flags |= kElemArticleBody;
      } else if (ContainsNoCase(itemprop, "comment")) {
        hints |= kHintComment;
      }
    }
    if (!role.empty()) {
      if (role == "main")
        flags |= kElemMain;
      else if (role == "article")
        flags |= kElemArticle;
      else if (role == "navigation" || role == "menu" || role == "menubar")
        hints |= kHintNavigation;
      else if (role == "complementary")
        hints |= kHintSidebar;
      else if (role == "contentinfo")
        hints |= kHintFooter;
      else if (role == "banner")
        hints |= kHintHeader;
      else if (role == "dialog" || role == "alertdialog")
        hints |= kHintConsent;
      else if (role == "search")
        hints |= kHintNewsletter;
    }
    if (info.tag == HtmlTag::kArticle) flags |= kElemArticle;
    if (info.tag == HtmlTag::kMain) flags |= kElemMain;

    switch (info.kind) {
      case Kind::kHead:
        ++head_depth_;
        break;
      case Kind::kTitle:
        ++title_depth_;
        break;
      case Kind::kBreak:
        if (name[0] == 'h') {
          Flush();
        } else {
          text_.Space();
        }
        break;
      case Kind::kImg:
        if (head_depth_ == 0 && !alt.empty()) AddAlt(alt, pos);
        break;
      case Kind::kLink:
        ++link_depth_;
        break;
      default:
        break;
    }
    const bool structural =
        info.kind == Kind::kBlock ||
        ((info.kind == Kind::kInline || info.kind == Kind::kLink) &&
         (hints != 0 || flags != 0));
    if (structural && head_depth_ == 0) {
      Flush();
      HtmlElement e;
      e.tag = info.tag;
      e.parent = current_;
      e.depth = current_ < 0 ? 0 : dom_->elements[current_].depth + 1;
      e.hints = hints;
      e.flags = flags;
      e.first_block = static_cast<uint32_t>(dom_->blocks.size());
      open.element = static_cast<int32_t>(dom_->elements.size());
      open.structural = true;
      dom_->elements.push_back(e);
      current_ = open.element;
    }
    stack_.push_back(open);
    last_pos_ = pos;
  }

  void End(htmlParserCtxtPtr ctxt) {
    const size_t pos = Pos(ctxt);
    if (stack_.empty()) return;
    const Open open = stack_.back();
    stack_.pop_back();
    if (open.kind == Kind::kSkip) {
      if (skip_depth_ > 0) --skip_depth_;
    } else if (open.kind == Kind::kHead) {
      if (head_depth_ > 0) --head_depth_;
    } else if (open.kind == Kind::kTitle) {
      if (title_depth_ > 0) --title_depth_;
      if (title_depth_ == 0 && dom_->title.empty()) {
        dom_->title = title_.text();
      }
      title_.Clear();
    } else if (open.kind == Kind::kLink) {
      if (link_depth_ > 0) --link_depth_;
    }
    if (open.structural) {
      Flush();
      HtmlElement& e = dom_->elements[open.element];
      e.end_block = static_cast<uint32_t>(dom_->blocks.size());
      current_ = e.parent;
    }
    last_pos_ = pos;
  }

  void Characters(htmlParserCtxtPtr ctxt, const xmlChar* ch, int len) {
    const size_t pos = Pos(ctxt);
    const auto* s = reinterpret_cast<const unsigned char*>(ch);
    if (skip_depth_ > 0 || len <= 0) {
      last_pos_ = pos;
      return;
    }
    if (title_depth_ > 0) {
      if (dom_->title.empty()) title_.Append(s, len, false);
      last_pos_ = pos;
      return;
    }
    if (head_depth_ > 0) {
      last_pos_ = pos;
      return;
    }
    if (text_.Append(s, len, link_depth_ > 0)) {
      // The raw bytes of this chunk: exactly the chunk when it was copied
      // verbatim (no entities), else everything since the last event.
      const std::string& raw = page_.text;
      size_t begin = last_pos_;
      const size_t n = static_cast<size_t>(len);
      if (pos >= n && pos - n >= last_pos_ && pos <= raw.size() &&
          std::memcmp(raw.data() + pos - n, s, n) == 0) {
        begin = pos - n;
      }
      size_t end = std::min(pos, raw.size());
      while (begin < end && IsAsciiSpace(raw[begin])) ++begin;
      while (end > begin && IsAsciiSpace(raw[end - 1])) --end;
      if (!have_span_) {
        span_begin_ = begin;
        have_span_ = true;
      }
      span_end_ = std::max(span_end_, end);
    }
    last_pos_ = pos;
  }

  void Finish() {
    Flush();
    // Elements libxml2 left open (it closes them all; belt and braces).
    while (!stack_.empty()) {
      if (stack_.back().structural) {
        dom_->elements[stack_.back().element].end_block =
            static_cast<uint32_t>(dom_->blocks.size());
      }
      stack_.pop_back();
    }
  }

 private:
  struct Open {
    int32_t element;
    Kind kind;
    bool structural;
  };

  static size_t Pos(htmlParserCtxtPtr ctxt) {
    const xmlParserInputPtr in = ctxt->input;
    if (in == nullptr || in->cur == nullptr || in->base == nullptr) return 0;
    return static_cast<size_t>(in->consumed) +
           static_cast<size_t>(in->cur - in->base);
  }

  TagInfo Lookup(const xmlChar* name) {
    auto it = tag_cache_.find(name);
    if (it != tag_cache_.end()) return it->second;
    const TagInfo info =
        LookupTag(std::string_view(reinterpret_cast<const char*>(name)));
    tag_cache_.emplace(name, info);
    return info;
  }

  void AddAlt(std::string_view alt, size_t pos) {
    TextSink sink;
    sink.Append(reinterpret_cast<const unsigned char*>(alt.data()), alt.size(),
                false);
    if (sink.empty()) return;
    HtmlTextBlock b;
    b.alt = true;
    b.text = std::move(sink.text());
    b.chars = sink.chars();
    b.alnum_chars = sink.alnum();
    b.punct = sink.punct();
    // The <img> tag: from the last event to here.
    b.span = {page_.map.ToOriginalBegin(static_cast<uint32_t>(last_pos_)),
              page_.map.ToOriginalEnd(static_cast<uint32_t>(pos))};
    pending_alts_.push_back(std::move(b));
  }

  void Flush() {
    if (!text_.empty()) {
      HtmlTextBlock b;
      b.element = current_;
      b.chars = text_.chars();
      b.link_chars = text_.link_chars();
      b.alnum_chars = text_.alnum();
      b.punct = text_.punct();
      b.digits = text_.digits();
      b.text = std::move(text_.text());
      b.span = {page_.map.ToOriginalBegin(static_cast<uint32_t>(span_begin_)),
                page_.map.ToOriginalEnd(static_cast<uint32_t>(span_end_))};
      if (b.span.end < b.span.begin) b.span.end = b.span.begin;
      dom_->blocks.push_back(std::move(b));
    }
    text_.Clear();
    have_span_ = false;
    span_begin_ = span_end_ = 0;
    for (HtmlTextBlock& alt : pending_alts_) {
      alt.element = current_;
      dom_->blocks.push_back(std::move(alt));
    }
    pending_alts_.clear();
  }

  const PrefilteredHtml& page_;
  HtmlDom* dom_;
  const HtmlHints& hints_;
  std::unordered_map<const xmlChar*, TagInfo> tag_cache_;
  std::vector<Open> stack_;
  std::vector<HtmlTextBlock> pending_alts_;
  TextSink text_;
  TextSink title_;
  int32_t current_ = -1;
  uint32_t skip_depth_ = 0;
  uint32_t head_depth_ = 0;
  uint32_t title_depth_ = 0;
  uint32_t link_depth_ = 0;
  size_t last_pos_ = 0;
  bool have_span_ = false;
  size_t span_begin_ = 0;
  size_t span_end_ = 0;
};

DomBuilder* BuilderOf(void* ctx) {
  return static_cast<DomBuilder*>(
      static_cast<htmlParserCtxtPtr>(ctx)->_private);
}

void OnStart(void* ctx, const xmlChar* name, const xmlChar** atts) {
  BuilderOf(ctx)->Start(static_cast<htmlParserCtxtPtr>(ctx), name, atts);
}
void OnEnd(void* ctx, const xmlChar*) {
  BuilderOf(ctx)->End(static_cast<htmlParserCtxtPtr>(ctx));
}
void OnCharacters(void* ctx, const xmlChar* ch, int len) {
  BuilderOf(ctx)->Characters(static_cast<htmlParserCtxtPtr>(ctx), ch, len);
}

}  // namespace

std::string_view HtmlTagName(HtmlTag tag) {
  const size_t i = static_cast<size_t>(tag);
  return i < static_cast<size_t>(HtmlTag::kCount) ? kTagNames[i] : "other";
}

void HtmlDom::Clear() {
  elements.clear();
  blocks.clear();
  title.clear();
  lang.clear();
  metas.clear();
  links.clear();
  first_time.clear();
}

Status BuildHtmlDom(const PrefilteredHtml& page, HtmlDom* dom) {
  dom->Clear();
  std::call_once(g_libxml_once, [] { xmlInitParser(); });
  if (page.text.empty()) return Status::Ok();
  if (page.text.size() > static_cast<size_t>(INT32_MAX)) {
    return ResourceExhaustedError("page too large for the HTML parser");
  }
  htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(
      page.text.data(), static_cast<int>(page.text.size()));
  if (ctxt == nullptr) return InternalError("libxml2: cannot create parser");
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                               HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                               HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
  // The prefiltered text is valid UTF-8: say so, or libxml2 guesses
  // Latin-1 at the first non-ASCII byte.
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  // Our handlers only: no tree, and every message to a per-context no-op
  // (libxml2's global error handler is never touched).
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof(sax));
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElement = OnStart;
  sax.endElement = OnEnd;
  sax.characters = OnCharacters;
  sax.ignorableWhitespace = OnCharacters;
  sax.cdataBlock = OnCharacters;
  sax.warning = NoMessage;
  sax.error = NoMessage;
  sax.fatalError = NoMessage;
  sax.serror = NoStructuredMessage;
  *ctxt->sax = sax;
  ctxt->vctxt.error = NoMessage;
  ctxt->vctxt.warning = NoMessage;
  DomBuilder builder(page, dom);
  ctxt->_private = &builder;
  htmlParseDocument(ctxt);
  builder.Finish();
  if (ctxt->myDoc != nullptr) {
    xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = nullptr;
  }
  htmlFreeParserCtxt(ctxt);
  return Status::Ok();
}

}  // namespace khabar
