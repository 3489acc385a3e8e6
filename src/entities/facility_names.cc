// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/facility_names.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/data_file.h"
#include "entities/name_match.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

// Bytes read on either side of a mention for the words around it: a noun
// and a title before it, two adjectives after it.
constexpr uint32_t kWindowBytes = 96;
// Nisba adjectives taken in after the name (al-duwali, al-jami'i).
constexpr size_t kMaxAdjectives = 2;

// The first byte of a UTF-8 character at or after `pos`.
uint32_t CharStart(std::string_view text, uint32_t pos) {
  while (pos < text.size() && !IsUtf8Boundary(text, pos)) ++pos;
  return pos;
}

}  // namespace

Status FacilityNouns::Add(std::string_view tsv, std::string_view source) {
  return ForEachTsvRow(
      tsv, source, 2, 3, "noun, type[, note]",
      [&](const std::string& where,
          const std::vector<std::string_view>& cells) -> Status {
        TitleTable* table = &titles_;
        if (cells[1] != "TITLE") {
          StatusOr<EntityType> type = ParseEntityType(cells[1]);
          if (!type.ok()) {
            return InvalidArgumentError(where + ": " + type.status().message() +
                                        " or TITLE");
          }
          if (*type == EntityType::kPerson) {
            return InvalidArgumentError(where +
                                        ": a facility is not a person (PER)");
          }
          table = &nouns_[static_cast<size_t>(*type)];
        }
        const Status s = table->Add(cells[0], where);
        if (!s.ok()) return s;
        ++count_;
        return Status::Ok();
      });
}

bool FacilityNouns::NounAt(const std::vector<NameWord>& words, size_t index,
                           EntityType* type, uint32_t* skip) const {
  for (size_t t = 0; t < nouns_.size(); ++t) {
    if (nouns_[t].size() > 0 && nouns_[t].Match(words, index, "", skip) == 1) {
      *type = static_cast<EntityType>(t);
      return true;
    }
  }
  return false;
}

bool FacilityNouns::Rename(std::string_view text,
                           const std::vector<EntityMention>& mentions,
                           std::vector<EntityMention>* out) const {
  struct Renamed {
    size_t mention;
    ByteSpan span;
    EntityType type;
  };
  std::vector<Renamed> renamed;
  std::vector<NameWord> before, after;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const EntityMention& m = mentions[i];
    if (m.type != EntityType::kPerson || m.span.begin == 0) continue;
    // The words before the mention; the window's first word may be cut,
    // so it is used only when the window starts the text.
    const uint32_t lo = CharStart(
        text, m.span.begin > kWindowBytes ? m.span.begin - kWindowBytes : 0);
    SplitNameWords(text, ByteSpan{lo, m.span.begin}, &before);
    const size_t first_whole = lo == 0 ? 0 : 1;
    if (before.size() <= first_whole ||
        !OnlySpaces(text, before.back().span.end, m.span.begin)) {
      continue;
    }
    // The noun is the word before the mention (whose own first word may be
    // a title), or before a title before it.
    size_t noun = before.size() - 1;  // the noun's index in `before`
    uint32_t skip = 0;
    if (titles_.Match(before, noun, "", &skip) == 1 && skip == 0) {
      // noun + title + name: the title is the word before the mention.
      if (noun == first_whole || !OnlySpaces(text, before[noun - 1].span.end,
                                             before[noun].span.begin)) {
        continue;
      }
      --noun;
    }
    EntityType type = EntityType::kPerson;
    if (!NounAt(before, noun, &type, &skip)) continue;
    ByteSpan span{before[noun].span.begin + skip, m.span.end};
    // Nisba adjectives right after the name.
    const uint32_t hi = static_cast<uint32_t>(
        std::min<size_t>(text.size(), size_t{m.span.end} + kWindowBytes));
    SplitNameWords(text, ByteSpan{m.span.end, hi}, &after);
    for (size_t k = 0; k < after.size() && k < kMaxAdjectives; ++k) {
      const bool whole = after[k].span.end < hi || hi == text.size();
      if (!whole || !OnlySpaces(text, span.end, after[k].span.begin) ||
          !TitleTable::IsRoleModifier(after[k].key)) {
        break;
      }
      span.end = after[k].span.end;
    }
    renamed.push_back({i, span, type});
  }
  if (renamed.empty()) return false;

  // Each new span drops the mentions inside it; one that overlaps it
  // otherwise (or another new span) keeps the mention as it was.
  std::vector<char> dropped(mentions.size(), 0);
  std::vector<ByteSpan> spans(mentions.size());
  std::vector<EntityType> types(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) {
    spans[i] = mentions[i].span;
    types[i] = mentions[i].type;
  }
  bool changed = false;
  std::vector<size_t> inside;
  for (const Renamed& r : renamed) {
    if (dropped[r.mention]) continue;
    auto other = [&](size_t j) {
      return j == r.mention || dropped[j] ? nullptr : &spans[j];
    };
    if (!SpansInside(r.span, mentions.size(), other, &inside)) continue;
    for (size_t j : inside) dropped[j] = 1;
    spans[r.mention] = r.span;
    types[r.mention] = r.type;
    changed = true;
  }
  if (!changed) return false;
  RewriteMentions(mentions, dropped, spans, &types, out);
  return true;
}

}  // namespace khabar
