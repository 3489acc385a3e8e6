// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Character sets of scraped pages: what a page declares (byte order mark,
// <meta charset>, <meta http-equiv="Content-Type">, <?xml encoding>) and
// conversion of legacy encodings to UTF-8 with the C library's iconv.
//
//   std::string charset = khabar::DetectHtmlCharset(bytes);  // "windows-1256"
//   std::string utf8;
//   khabar::Status s = khabar::ConvertToUtf8(bytes, charset, &utf8);
//
// Names follow the WHATWG Encoding Standard labels: "iso-8859-1" and
// "us-ascii" read as "windows-1252", "cp1256" as "windows-1256", and so on.
// UTF-8 input is never converted: its ill-formed bytes stay as they are (the
// readers downstream see them as U+FFFD).
//
// Thread safety: all functions are pure and thread-safe.

#ifndef KHABAR_CLEAN_CHARSET_H_
#define KHABAR_CLEAN_CHARSET_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "khabar/status.h"

namespace khabar {

// How many leading bytes DetectHtmlCharset() looks at for a declaration.
inline constexpr size_t kCharsetSniffBytes = 4096;

// The canonical lower-case name for a charset label ("CP1256" ->
// "windows-1256", "latin1" -> "windows-1252", "utf8" -> "utf-8"); "" for a
// label it does not know.
std::string CanonicalCharsetName(std::string_view label);

// The charset `html` declares, canonical; "utf-8" when it declares none or
// one this library does not know.
std::string DetectHtmlCharset(std::string_view html);

// Whether `charset` (canonical) is UTF-8 or a subset of it.
bool IsUtf8Charset(std::string_view charset);

// Converts `input` from `charset` (a canonical name) to UTF-8 in `*out`.
// A byte sequence the charset does not define becomes U+FFFD. For "utf-8"
// the bytes are copied unchanged. kInvalidArgument for an unknown charset.
Status ConvertToUtf8(std::string_view input, std::string_view charset,
                     std::string* out);

}  // namespace khabar

#endif  // KHABAR_CLEAN_CHARSET_H_
