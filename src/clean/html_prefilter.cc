// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/html_prefilter.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "khabar/utf8.h"

namespace khabar {
namespace {

// Elements removed with their content: never article text, and much of a
// page's bytes (scripts and styles are half of a typical news page).
constexpr std::array<std::string_view, 10> kRemovedElements = {
    "script", "style",  "noscript", "template", "svg",
    "math",   "iframe", "textarea", "select",   "button"};

char Lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

bool IsNameEnd(char c) {
  return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':');
}

// Whether `s` at `pos` starts with lower-case `word`, case-insensitively.
bool StartsWithNoCase(std::string_view s, size_t pos, std::string_view word) {
  if (pos + word.size() > s.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(s[pos + i]) != word[i]) return false;
  }
  return true;
}

// Position just past the '>' of the end tag "</name" at or after `from`;
// html.size() when there is none.
size_t FindEndTag(std::string_view html, size_t from, std::string_view name,
                  size_t* end_tag_begin) {
  size_t pos = from;
  while (true) {
    const size_t lt = html.find("</", pos);
    if (lt == std::string_view::npos) break;
    if (StartsWithNoCase(html, lt + 2, name) &&
        (lt + 2 + name.size() >= html.size() ||
         IsNameEnd(html[lt + 2 + name.size()]))) {
      *end_tag_begin = lt;
      const size_t gt = html.find('>', lt);
      return gt == std::string_view::npos ? html.size() : gt + 1;
    }
    pos = lt + 2;
  }
  *end_tag_begin = html.size();
  return html.size();
}

// Position just past the '>' that closes the tag starting at `lt`;
// html.size() if unterminated. Quotes count only where an attribute value
// starts (after '='), as in the HTML tokenizer: a stray quote elsewhere is
// part of an attribute name.
size_t TagEnd(std::string_view html, size_t lt) {
  size_t i = lt + 1;
  const size_t n = html.size();
  while (i < n) {
    const char c = html[i];
    if (c == '>') return i + 1;
    if (c == '=') {
      ++i;
      while (i < n && (html[i] == ' ' || html[i] == '\t' || html[i] == '\n' ||
                       html[i] == '\r' || html[i] == '\f')) {
        ++i;
      }
      if (i < n && (html[i] == '"' || html[i] == '\'')) {
        const size_t close = html.find(html[i], i + 1);
        if (close == std::string_view::npos) return n;
        i = close + 1;
      }
      continue;
    }
    ++i;
  }
  return n;
}

class Filter {
 public:
  Filter(std::string_view html, bool clean, PrefilteredHtml* out)
      : html_(html), clean_(clean), out_(out) {}

  // Copies input bytes [begin, end) to the output.
  void Copy(size_t begin, size_t end) {
    if (begin >= end) return;
    if (clean_) {
      CopyClean(begin, end);
      return;
    }
    size_t run = begin;
    size_t i = begin;
    while (i < end) {
      const unsigned char b = static_cast<unsigned char>(html_[i]);
      if (b != 0 && b < 0x80) {
        ++i;
        continue;
      }
      DecodedChar c{0, 1, true};
      if (b != 0) c = DecodeUtf8(html_.substr(0, end), i);
      if (b != 0 && c.valid) {
        i += c.length;
        continue;
      }
      CopyClean(run, i);
      const uint32_t at = static_cast<uint32_t>(out_->text.size());
      if (b == 0) {
        out_->text.push_back(' ');
        out_->map.Add(at, static_cast<uint32_t>(i), 1, 1);
      } else {
        out_->text.append("\xEF\xBF\xBD");
        out_->map.Add(at, static_cast<uint32_t>(i), 3, c.length);
      }
      i += c.length;
      run = i;
    }
    CopyClean(run, end);
  }

 private:
  // Copies valid bytes, keeping only the first byte of each whitespace run
  // (indentation is a fifth of what the parser would read otherwise).
  void CopyClean(size_t begin, size_t end) {
    size_t run = begin;
    size_t i = begin;
    while (i < end) {
      if (!IsSpaceByte(html_[i])) {
        ++i;
        continue;
      }
      size_t j = i + 1;
      while (j < end && IsSpaceByte(html_[j])) ++j;
      if (j - i >= 2) {
        Append(run, i + 1);
        run = j;
      }
      i = j;
    }
    Append(run, end);
  }

  static bool IsSpaceByte(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  void Append(size_t begin, size_t end) {
    if (begin >= end) return;
    out_->map.Add(
        static_cast<uint32_t>(out_->text.size()), static_cast<uint32_t>(begin),
        static_cast<uint32_t>(end - begin), static_cast<uint32_t>(end - begin));
    out_->text.append(html_.data() + begin, end - begin);
  }

  std::string_view html_;
  bool clean_;
  PrefilteredHtml* out_;
};

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The attributes the readers downstream look at; the others (href, src,
// srcset, data-*, on*, ...) are a third of a page's markup and are dropped
// before parsing.
bool KeepAttribute(std::string_view tag, std::string_view name) {
  static constexpr std::array<std::string_view, 15> kKept = {
      "class",   "id",          "role", "itemprop", "style",
      "hidden",  "aria-hidden", "alt",  "name",     "property",
      "content", "rel",         "lang", "datetime", "charset"};
  char lower[16];
  if (name.size() > sizeof(lower)) return false;
  for (size_t i = 0; i < name.size(); ++i) lower[i] = Lower(name[i]);
  const std::string_view n(lower, name.size());
  for (std::string_view k : kKept) {
    if (n == k) return true;
  }
  if (n == "http-equiv") return true;
  // <link rel=canonical href=...> and <base href>.
  return n == "href" &&
         (StartsWithNoCase(tag, 0, "link") || StartsWithNoCase(tag, 0, "base"));
}

// Copies the start tag at `lt` without the attributes nobody reads; returns
// the position just past it (the caller continues there).
size_t CopyTag(std::string_view html, size_t lt, size_t* copied,
               class Filter* filter);

bool IsJsonLd(std::string_view tag) {
  std::string lower(tag.size(), ' ');
  std::transform(tag.begin(), tag.end(), lower.begin(), Lower);
  return lower.find("ld+json") != std::string::npos;
}

size_t CopyTag(std::string_view html, size_t lt, size_t* copied,
               Filter* filter) {
  const size_t n = html.size();
  size_t i = lt + 1;
  while (i < n && !IsSpace(html[i]) && html[i] != '>' && html[i] != '/') ++i;
  const std::string_view tag = html.substr(lt + 1, i - lt - 1);
  while (i < n) {
    const size_t attr_begin = i;  // includes the leading space
    while (i < n && (IsSpace(html[i]) || html[i] == '/')) ++i;
    if (i >= n) return n;
    if (html[i] == '>') return i + 1;
    const size_t name_begin = i;
    while (i < n && !IsSpace(html[i]) && html[i] != '=' && html[i] != '>' &&
           html[i] != '/') {
      ++i;
    }
    if (i == name_begin) ++i;  // a lone '=' or similar: skip it
    const std::string_view name = html.substr(name_begin, i - name_begin);
    size_t j = i;
    while (j < n && IsSpace(html[j])) ++j;
    if (j < n && html[j] == '=') {
      ++j;
      while (j < n && IsSpace(html[j])) ++j;
      if (j < n && (html[j] == '"' || html[j] == '\'')) {
        const size_t close = html.find(html[j], j + 1);
        i = close == std::string_view::npos ? n : close + 1;
      } else {
        while (j < n && !IsSpace(html[j]) && html[j] != '>') ++j;
        i = j;
      }
    }
    if (!KeepAttribute(tag, name)) {
      filter->Copy(*copied, attr_begin);
      *copied = i;
    }
  }
  return n;
}

}  // namespace

void PrefilterMap::Add(uint32_t filtered_begin, uint32_t original_begin,
                       uint32_t filtered_len, uint32_t original_len) {
  if (!segments_.empty()) {
    Segment& last = segments_.back();
    if (last.filtered_len == last.original_len &&
        filtered_len == original_len &&
        last.filtered_begin + last.filtered_len == filtered_begin &&
        last.original_begin + last.original_len == original_begin) {
      last.filtered_len += filtered_len;
      last.original_len += original_len;
      return;
    }
  }
  segments_.push_back(
      {filtered_begin, original_begin, filtered_len, original_len});
}

const PrefilterMap::Segment* PrefilterMap::Find(uint32_t pos) const {
  if (segments_.empty()) return nullptr;
  auto it = std::upper_bound(
      segments_.begin(), segments_.end(), pos,
      [](uint32_t p, const Segment& s) { return p < s.filtered_begin; });
  if (it == segments_.begin()) return &segments_.front();
  return &*(it - 1);
}

uint32_t PrefilterMap::ToOriginalBegin(uint32_t pos) const {
  const Segment* s = Find(pos);
  if (s == nullptr) return 0;
  if (pos < s->filtered_begin) return s->original_begin;
  const uint32_t off = pos - s->filtered_begin;
  if (off >= s->filtered_len) return s->original_begin + s->original_len;
  if (s->filtered_len == s->original_len) return s->original_begin + off;
  return s->original_begin;
}

uint32_t PrefilterMap::ToOriginalEnd(uint32_t pos) const {
  if (pos == 0) return segments_.empty() ? 0 : segments_.front().original_begin;
  const Segment* s = Find(pos - 1);
  if (s == nullptr) return 0;
  if (pos - 1 < s->filtered_begin) return s->original_begin;
  const uint32_t off = pos - 1 - s->filtered_begin;
  if (off >= s->filtered_len) return s->original_begin + s->original_len;
  if (s->filtered_len == s->original_len) return s->original_begin + off + 1;
  return s->original_begin + s->original_len;
}

void PrefilterHtml(std::string_view html, PrefilteredHtml* out) {
  out->text.clear();
  out->text.reserve(html.size() / 2 + 64);
  out->map.Clear();
  out->json_ld.clear();
  out->json_ld_spans.clear();
  const bool clean = FindInvalidUtf8(html) == std::string_view::npos &&
                     std::memchr(html.data(), 0, html.size()) == nullptr;
  Filter filter(html, clean, out);
  size_t pos = 0;
  if (html.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  size_t copied = pos;
  const size_t n = html.size();
  while (pos < n) {
    const void* hit = std::memchr(html.data() + pos, '<', n - pos);
    if (hit == nullptr) break;
    const size_t lt = static_cast<const char*>(hit) - html.data();
    if (html.compare(lt, 4, "<!--") == 0) {
      size_t end;
      if (html.compare(lt + 4, 1, ">") == 0) {
        end = lt + 5;
      } else if (html.compare(lt + 4, 2, "->") == 0) {
        end = lt + 6;
      } else {
        const size_t close = html.find("-->", lt + 4);
        end = close == std::string_view::npos ? n : close + 3;
      }
      filter.Copy(copied, lt);
      copied = pos = end;
      continue;
    }
    bool removed = false;
    for (std::string_view name : kRemovedElements) {
      if (!StartsWithNoCase(html, lt + 1, name)) continue;
      if (lt + 1 + name.size() < n && !IsNameEnd(html[lt + 1 + name.size()])) {
        continue;
      }
      const size_t open_end = TagEnd(html, lt);
      size_t close_begin = n;
      const size_t end =
          open_end >= n ? n : FindEndTag(html, open_end, name, &close_begin);
      if (name == "script" && open_end < n &&
          IsJsonLd(html.substr(lt, open_end - lt))) {
        out->json_ld.emplace_back(
            html.substr(open_end, close_begin - open_end));
        out->json_ld_spans.push_back({static_cast<uint32_t>(open_end),
                                      static_cast<uint32_t>(close_begin)});
      }
      filter.Copy(copied, lt);
      copied = pos = end;
      removed = true;
      break;
    }
    if (!removed) {
      if (lt + 1 < n && IsAsciiLetter(html[lt + 1])) {
        pos = CopyTag(html, lt, &copied, &filter);
      } else {
        pos = lt + 1;
      }
    }
  }
  filter.Copy(copied, n);
}

}  // namespace khabar
