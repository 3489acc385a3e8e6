// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: organizations written as a generic noun + a quoted name
// (munazzamat "atibba bila hudud", ma'had "brukings", with guillemets or
// curly quotes): the tagger often tags the noun alone, and the noun then
// stands as an entity of its own. QuotedNameEnd finds the quoted name
// right after such a mention so that the resolver can take it in
// (docs/ENTITIES.md, "Quoted names").
//
//   const uint32_t end = QuotedNameEnd(text, mention.span.end);
//   if (end != 0) mention.span.end = end;  // through the closing mark
//
// Thread safety: a pure function.

#ifndef KHABAR_ENTITIES_QUOTED_NAMES_H_
#define KHABAR_ENTITIES_QUOTED_NAMES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/titles.h"
#include "khabar/alignment.h"
#include "khabar/entities.h"

namespace khabar {

// At most this many words inside the marks, and this many bytes from the
// opening mark to the end of the closing one: names, not quotations.
inline constexpr size_t kMaxQuotedNameWords = 6;
inline constexpr size_t kMaxQuotedNameBytes = 120;

// The end, after its closing mark, of a quoted name that starts after at
// most two spaces from `pos`: an opening mark (U+00AB, U+201C or '"'),
// 1 to kMaxQuotedNameWords words, at least one letter, no line break and
// no sentence or clause punctuation (. ! ? : ; , and their Arabic forms),
// then the closing mark (U+00BB after U+00AB; U+201D or '"' after U+201C
// or '"'). 0 if there is none. `pos` must be at most text.size().
uint32_t QuotedNameEnd(std::string_view text, uint32_t pos);

// For a mention text[span] that opens a quoted name without closing it
// (a known name or the tagger read `tanzim <<da'ish` or `tanzim <<al-qa'ida`
// of `tanzim <<al-qa'ida fi jazirat al-arab>>`): the end, after its closing
// mark, of the quoted name that starts at the span's last unclosed opening
// mark (QuotedNameEnd from the mark), if it ends after the span; else 0.
// `span` must lie in `text`.
uint32_t OpenQuotedNameEnd(std::string_view text, uint32_t begin, uint32_t end);

// Organizations written as a generic noun + a quoted name (munazzamat
// "atibba bila hudud"): a one-word ORG mention that is one of `nouns`,
// right before a quoted name (QuotedNameEnd), is taken through the closing
// mark, and so is a mention that opens a quoted name without closing it
// (OpenQuotedNameEnd: tanzim <<al-qa'ida fi jazirat al-arab>>, not
// tanzim <<al-qa'ida). Sets `*spans` to every mention's span, extended
// where so, and `*absorbed` to the mentions inside a quoted name (they are
// dropped). If another mention overlaps it otherwise, the span stays as it
// is.
void ExtendQuotedNames(std::string_view text, const TitleTable& nouns,
                       const std::vector<EntityMention>& mentions,
                       std::vector<ByteSpan>* spans,
                       std::vector<bool>* absorbed);

}  // namespace khabar

#endif  // KHABAR_ENTITIES_QUOTED_NAMES_H_
