// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/known_names.h"

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/data_file.h"
#include "entities/name_match.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

// True if text[begin, end) (between two words) holds only spaces and
// quotation marks: the words may belong to one name.
bool JoinsNameWords(std::string_view text, uint32_t begin, uint32_t end) {
  static constexpr std::string_view kMarks[] = {
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB",
      "\xC2\xBB",  // U+201C U+201D U+00AB U+00BB
  };
  bool space = false;
  for (uint32_t p = begin; p < end;) {
    const char c = text[p];
    if (c == ' ' || c == '"' || c == '\'') {
      space |= c == ' ';
      ++p;
      continue;
    }
    bool mark = false;
    for (std::string_view m : kMarks) {
      if (text.substr(p, m.size()) == m) {
        p += static_cast<uint32_t>(m.size());
        mark = true;
        break;
      }
    }
    if (!mark) return false;
  }
  return space || begin == end;
}

// True if the word (as written) may start with a proclitic (w, f, b, l, k).
bool MayHaveProclitic(std::string_view display) {
  if (display.size() < 2 || static_cast<unsigned char>(display[0]) < 0xD8) {
    return false;
  }
  const auto b0 = static_cast<unsigned char>(display[0]);
  const auto b1 = static_cast<unsigned char>(display[1]);
  return (b0 == 0xD9 &&
          (b1 == 0x88 || b1 == 0x81 || b1 == 0x84 || b1 == 0x83)) ||  // w f l k
         (b0 == 0xD8 && b1 == 0xA8);                                  // b
}

constexpr std::string_view kAlef = "\xD8\xA7";  // U+0627

}  // namespace

bool KnownNames::MayStartAfterProclitic(std::string_view key) const {
  auto any_suffix = [&](std::string_view k) {
    for (size_t i = 0; i < k.size(); ++i) {
      if ((static_cast<unsigned char>(k[i]) & 0xC0) == 0x80) continue;
      if (tails_.contains(std::hash<std::string_view>{}(k.substr(i)))) {
        return true;
      }
    }
    return false;
  };
  if (any_suffix(key)) return true;
  // FoldNameWord writes a final yeh + heh as yeh + alef in words of 4
  // letters or more only: a shorter suffix keeps its heh.
  static constexpr std::string_view kYehAlef = "\xD9\x8A\xD8\xA7";
  if (!key.ends_with(kYehAlef)) return false;
  std::string heh(key.substr(0, key.size() - kAlef.size()));
  heh += "\xD9\x87";  // U+0647
  return any_suffix(heh);
}

Status KnownNames::Add(std::string_view tsv, std::string_view source) {
  std::vector<NameWord> words;
  return ForEachTsvRow(
      tsv, source, 2, 3, "name, type[, note]",
      [&](const std::string& where,
          const std::vector<std::string_view>& cells) -> Status {
        StatusOr<EntityType> type = ParseEntityType(cells[1]);
        if (!type.ok()) {
          return InvalidArgumentError(where + ": " + type.status().message());
        }
        SplitNameWords(cells[0], {0, static_cast<uint32_t>(cells[0].size())},
                       &words);
        if (words.empty() || words[0].key.empty()) {
          return InvalidArgumentError(where + ": the name needs a letter");
        }
        Name name;
        name.type = *type;
        for (size_t k = 1; k < words.size(); ++k) {
          name.rest.push_back(words[k].key);
        }
        const std::string& first = words[0].key;
        tails_.insert(std::hash<std::string_view>{}(first));
        if (first.starts_with(kAlef)) {
          tails_.insert(std::hash<std::string_view>{}(
              std::string_view(first).substr(kAlef.size())));
        }
        std::vector<Name>& list = by_first_[first];
        for (const Name& other : list) {
          if (other.rest != name.rest) continue;
          if (other.type == name.type) return Status::Ok();  // listed twice
          return InvalidArgumentError(
              where + ": \"" + std::string(cells[0]) + "\" is listed as " +
              std::string(EntityTypeName(other.type)) + " too");
        }
        list.push_back(std::move(name));
        std::stable_sort(list.begin(), list.end(),
                         [](const Name& a, const Name& b) {
                           return a.rest.size() > b.rest.size();
                         });
        ++count_;
        return Status::Ok();
      });
}

void KnownNames::Find(std::string_view text, const TextWords& text_words,
                      std::vector<EntityMention>* found) const {
  if (by_first_.empty() || text.empty()) return;
  // Every word's key in one buffer: most words start no name, and are
  // looked up without a string of their own.
  const std::vector<NameKeySpan>& words = text_words.words;
  auto key_of = [&](const NameKeySpan& w) { return text_words.key(w); };
  std::vector<CliticCandidate> candidates;
  // The names starting with words[i] read through `first_key`: the number
  // of words of the longest that matches (0: none), its type in *type.
  auto match = [&](size_t i, std::string_view first_key, EntityType* type) {
    auto it = by_first_.find(first_key);
    if (it == by_first_.end()) return size_t{0};
    for (const Name& name : it->second) {
      if (i + name.rest.size() >= words.size()) continue;
      bool same = true;
      for (size_t k = 0; k < name.rest.size() && same; ++k) {
        const NameKeySpan& prev = words[i + k];
        const NameKeySpan& next = words[i + k + 1];
        same = key_of(next) == name.rest[k] &&
               JoinsNameWords(text, prev.span.end, next.span.begin);
      }
      if (same) {
        *type = name.type;
        return name.rest.size() + 1;
      }
    }
    return size_t{0};
  };
  for (size_t i = 0; i < words.size();) {
    EntityType type = EntityType::kMisc;
    uint32_t skip = 0;
    const std::string_view key = key_of(words[i]);
    const std::string_view written =
        text.substr(words[i].span.begin, words[i].span.size());
    size_t n = match(i, key, &type);
    if (n == 0 && MayHaveProclitic(written) && MayStartAfterProclitic(key)) {
      const NameWord word{words[i].span, ReplaceInvalidUtf8(written),
                          std::string(key)};
      CliticCandidates(word, "", &candidates);
      for (const CliticCandidate& c : candidates) {
        n = match(i, FoldNameWord(c.display), &type);
        if (n > 0) {
          skip = c.skip;
          break;
        }
      }
    }
    // A first word of two letters after one proclitic letter (bi-bin
    // qirdan, wa-bin 'arus): CliticCandidates leaves a rest that short to
    // itself, as a word alone; the name's other words make it one here.
    if (n == 0 && MayHaveProclitic(written) && key.size() == 3 * kAlef.size()) {
      const size_t longer = match(i, key.substr(kAlef.size()), &type);
      if (longer >= 2) {
        n = longer;
        skip = static_cast<uint32_t>(kAlef.size());
      }
    }
    if (n == 0) {
      ++i;
      continue;
    }
    found->push_back(EntityMention{
        ByteSpan{words[i].span.begin + skip, words[i + n - 1].span.end}, type,
        ""});
    i += n;
  }
}

}  // namespace khabar
