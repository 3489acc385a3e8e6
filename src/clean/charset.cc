// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/charset.h"

#include <errno.h>
#include <iconv.h>

#include <array>
#include <cstring>
#include <string>

namespace khabar {
namespace {

struct CharsetLabel {
  std::string_view label;      // lower case
  std::string_view canonical;  // WHATWG name
  std::string_view iconv;      // glibc iconv name
};

// Labels from the WHATWG Encoding Standard, reduced to the encodings news
// sites use. Latin-1 and ASCII read as windows-1252, as browsers do.
constexpr std::array kLabels = {
    CharsetLabel{"utf-8", "utf-8", "UTF-8"},
    CharsetLabel{"utf8", "utf-8", "UTF-8"},
    CharsetLabel{"unicode-1-1-utf-8", "utf-8", "UTF-8"},
    CharsetLabel{"windows-1256", "windows-1256", "CP1256"},
    CharsetLabel{"cp1256", "windows-1256", "CP1256"},
    CharsetLabel{"x-cp1256", "windows-1256", "CP1256"},
    CharsetLabel{"iso-8859-6", "iso-8859-6", "ISO-8859-6"},
    CharsetLabel{"iso8859-6", "iso-8859-6", "ISO-8859-6"},
    CharsetLabel{"iso_8859-6", "iso-8859-6", "ISO-8859-6"},
    CharsetLabel{"arabic", "iso-8859-6", "ISO-8859-6"},
    CharsetLabel{"asmo-708", "iso-8859-6", "ISO-8859-6"},
    CharsetLabel{"ecma-114", "iso-8859-6", "ISO-8859-6"},
    CharsetLabel{"windows-1252", "windows-1252", "CP1252"},
    CharsetLabel{"cp1252", "windows-1252", "CP1252"},
    CharsetLabel{"x-cp1252", "windows-1252", "CP1252"},
    CharsetLabel{"iso-8859-1", "windows-1252", "CP1252"},
    CharsetLabel{"iso8859-1", "windows-1252", "CP1252"},
    CharsetLabel{"iso_8859-1", "windows-1252", "CP1252"},
    CharsetLabel{"latin1", "windows-1252", "CP1252"},
    CharsetLabel{"l1", "windows-1252", "CP1252"},
    CharsetLabel{"us-ascii", "windows-1252", "CP1252"},
    CharsetLabel{"ascii", "windows-1252", "CP1252"},
    CharsetLabel{"iso-8859-15", "iso-8859-15", "ISO-8859-15"},
    CharsetLabel{"latin9", "iso-8859-15", "ISO-8859-15"},
    CharsetLabel{"iso-8859-2", "iso-8859-2", "ISO-8859-2"},
    CharsetLabel{"latin2", "iso-8859-2", "ISO-8859-2"},
    CharsetLabel{"iso-8859-5", "iso-8859-5", "ISO-8859-5"},
    CharsetLabel{"iso-8859-7", "iso-8859-7", "ISO-8859-7"},
    CharsetLabel{"iso-8859-8", "iso-8859-8", "ISO-8859-8"},
    CharsetLabel{"iso-8859-9", "windows-1254", "CP1254"},
    CharsetLabel{"windows-1250", "windows-1250", "CP1250"},
    CharsetLabel{"cp1250", "windows-1250", "CP1250"},
    CharsetLabel{"windows-1251", "windows-1251", "CP1251"},
    CharsetLabel{"cp1251", "windows-1251", "CP1251"},
    CharsetLabel{"windows-1253", "windows-1253", "CP1253"},
    CharsetLabel{"windows-1254", "windows-1254", "CP1254"},
    CharsetLabel{"windows-1255", "windows-1255", "CP1255"},
    CharsetLabel{"windows-1257", "windows-1257", "CP1257"},
    CharsetLabel{"windows-1258", "windows-1258", "CP1258"},
    CharsetLabel{"koi8-r", "koi8-r", "KOI8-R"},
    CharsetLabel{"koi8-u", "koi8-u", "KOI8-U"},
    CharsetLabel{"shift_jis", "shift_jis", "SHIFT_JIS"},
    CharsetLabel{"sjis", "shift_jis", "SHIFT_JIS"},
    CharsetLabel{"euc-jp", "euc-jp", "EUC-JP"},
    CharsetLabel{"iso-2022-jp", "iso-2022-jp", "ISO-2022-JP"},
    CharsetLabel{"euc-kr", "euc-kr", "EUC-KR"},
    CharsetLabel{"gbk", "gbk", "GBK"},
    CharsetLabel{"gb2312", "gbk", "GBK"},
    CharsetLabel{"gb18030", "gb18030", "GB18030"},
    CharsetLabel{"big5", "big5", "BIG5"},
    CharsetLabel{"utf-16le", "utf-16le", "UTF-16LE"},
    CharsetLabel{"utf-16be", "utf-16be", "UTF-16BE"},
    CharsetLabel{"utf-16", "utf-16le", "UTF-16LE"},
};

const CharsetLabel* FindLabel(std::string_view label) {
  std::string lower;
  lower.reserve(label.size());
  for (char c : label) {
    lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  for (const CharsetLabel& l : kLabels) {
    if (l.label == lower) return &l;
  }
  return nullptr;
}

char Lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

bool IsLabelChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
}

// Case-insensitive search for lower-case `needle` in `hay` from `from`.
size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty() || hay.size() < needle.size())
    return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    if (Lower(hay[i]) != needle[0]) continue;
    size_t k = 1;
    while (k < needle.size() && Lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// The label after `key` [spaces] '=' [spaces] [quote] in `s` from `pos`.
std::string_view LabelAfter(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  if (pos >= s.size() || s[pos] != '=') return {};
  ++pos;
  while (pos < s.size() &&
         (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '"' || s[pos] == '\'')) {
    ++pos;
  }
  size_t end = pos;
  while (end < s.size() && IsLabelChar(s[end])) ++end;
  return s.substr(pos, end - pos);
}

}  // namespace

std::string CanonicalCharsetName(std::string_view label) {
  const CharsetLabel* l = FindLabel(label);
  return l == nullptr ? std::string() : std::string(l->canonical);
}

bool IsUtf8Charset(std::string_view charset) { return charset == "utf-8"; }

std::string DetectHtmlCharset(std::string_view html) {
  if (html.size() >= 3 && html.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (html.size() >= 2 && html.substr(0, 2) == "\xFF\xFE") return "utf-16le";
  if (html.size() >= 2 && html.substr(0, 2) == "\xFE\xFF") return "utf-16be";
  const std::string_view head = html.substr(0, kCharsetSniffBytes);
  // <?xml version="1.0" encoding="..."?>
  if (head.substr(0, 5) == "<?xml") {
    const size_t close = head.find("?>");
    const std::string_view decl = head.substr(0, close);
    const size_t at = FindNoCase(decl, "encoding", 0);
    if (at != std::string_view::npos) {
      const std::string canonical =
          CanonicalCharsetName(LabelAfter(decl, at + 8));
      if (!canonical.empty()) return canonical;
    }
  }
  // Every <meta ...> in the head: charset=... as an attribute or inside
  // http-equiv's content="text/html; charset=...".
  size_t pos = 0;
  while ((pos = FindNoCase(head, "<meta", pos)) != std::string_view::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string_view::npos) end = head.size();
    const std::string_view tag = head.substr(pos, end - pos);
    const size_t at = FindNoCase(tag, "charset", 0);
    if (at != std::string_view::npos) {
      const std::string canonical =
          CanonicalCharsetName(LabelAfter(tag, at + 7));
      // A declaration readable as ASCII cannot be in UTF-16: browsers read
      // such a page as UTF-8, and so do we.
      if (canonical.rfind("utf-16", 0) == 0) return "utf-8";
      if (!canonical.empty()) return canonical;
    }
    pos = end;
  }
  return "utf-8";
}

Status ConvertToUtf8(std::string_view input, std::string_view charset,
                     std::string* out) {
  out->clear();
  const CharsetLabel* label = FindLabel(charset);
  if (label == nullptr) {
    return InvalidArgumentError("unknown charset '" + std::string(charset) +
                                "'");
  }
  if (label->canonical == "utf-8") {
    out->assign(input);
    return Status::Ok();
  }
  const std::string to_code = "UTF-8";
  const std::string from_code(label->iconv);
  iconv_t cd = iconv_open(to_code.c_str(), from_code.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    return InvalidArgumentError("charset '" + std::string(charset) +
                                "' is not supported by iconv");
  }
  out->resize(input.size() * 2 + 16);
  // iconv's interface is not const-correct; it never writes the input.
  char* in = const_cast<char*>(input.data());
  size_t in_left = input.size();
  size_t written = 0;
  // Skip a byte order mark the conversion would keep as U+FEFF.
  if ((label->canonical == "utf-16le" && input.substr(0, 2) == "\xFF\xFE") ||
      (label->canonical == "utf-16be" && input.substr(0, 2) == "\xFE\xFF")) {
    in += 2;
    in_left -= 2;
  }
  Status status;
  while (in_left > 0) {
    char* dst = out->data() + written;
    size_t dst_left = out->size() - written;
    const size_t r = iconv(cd, &in, &in_left, &dst, &dst_left);
    written = out->size() - dst_left;
    if (r != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) {
      out->resize(out->size() * 2);
    } else if (errno == EILSEQ || errno == EINVAL) {
      // An undefined or truncated sequence: one U+FFFD per byte.
      if (out->size() - written < 3) out->resize(out->size() * 2);
      std::memcpy(out->data() + written, "\xEF\xBF\xBD", 3);
      written += 3;
      ++in;
      --in_left;
      iconv(cd, nullptr, nullptr, nullptr, nullptr);
    } else {
      status = InternalError("iconv failed for charset '" +
                             std::string(charset) + "'");
      break;
    }
  }
  iconv_close(cd);
  out->resize(written);
  return status;
}

}  // namespace khabar
