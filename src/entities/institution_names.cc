// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/institution_names.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/data_file.h"
#include "entities/name_match.h"

namespace khabar {
namespace {

// Nisba adjectives taken in after the genitive (al-islamiya al-duwali).
constexpr size_t kMaxAdjectives = 2;

// The folded article al- (alef, lam).
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";

// True for a definite word of more than the article.
bool Definite(std::string_view key) {
  return key.size() > kAl.size() + 2 && key.substr(0, kAl.size()) == kAl;
}

}  // namespace

Status InstitutionNouns::Add(std::string_view tsv, std::string_view source) {
  return ForEachTsvRow(
      tsv, source, 2, 3, "word, HEAD or NOT[, note]",
      [&](const std::string& where,
          const std::vector<std::string_view>& cells) -> Status {
        if (cells[1] == "HEAD") {
          head_keys_.push_back(FoldNameWord(cells[0]));
          return heads_.Add(cells[0], where);
        }
        if (cells[1] == "NOT") return not_after_.Add(cells[0], where);
        return InvalidArgumentError(where +
                                    ": the role is HEAD or NOT, not \"" +
                                    std::string(cells[1]) + "\"");
      });
}

bool InstitutionNouns::MayBeHead(std::string_view key) const {
  for (const std::string& head : head_keys_) {
    if (key.size() >= head.size() && key.size() <= head.size() + 4 &&
        key.substr(key.size() - head.size()) == head) {
      return true;
    }
  }
  return false;
}

void InstitutionNouns::Find(std::string_view text, const TextWords& text_words,
                            std::vector<EntityMention>* found) const {
  if (head_keys_.empty() || text.empty()) return;
  // Every word's key in one buffer; the words of a name are split again
  // only where a head may stand.
  const std::vector<NameKeySpan>& spans = text_words.words;
  std::vector<NameWord> words;
  uint32_t unused = 0;
  for (size_t h = 0; h + 1 < spans.size(); ++h) {
    const std::string_view key = text_words.key(spans[h]);
    if (!MayBeHead(key)) continue;
    // The head and the words a name may have after it.
    const size_t end = std::min(spans.size(), h + 2 + kMaxAdjectives + 1);
    SplitNameWords(text, {spans[h].span.begin, spans[end - 1].span.end},
                   &words);
    uint32_t skip = 0;
    if (words.size() < 2 || heads_.Match(words, 0, "", &skip) != 1) continue;
    size_t last = 1;
    if (!Definite(words[last].key) ||
        !OnlySpaces(text, words[0].span.end, words[last].span.begin)) {
      continue;
    }
    // A nisba adjective after word k continues the name.
    auto adjective_after = [&](size_t k) {
      return k + 1 < words.size() &&
             TitleTable::IsRoleModifier(words[k + 1].key) &&
             not_after_.Match(words, k + 1, "", &unused) == 0 &&
             OnlySpaces(text, words[k].span.end, words[k + 1].span.begin);
    };
    // A common noun after the head names nothing, unless an adjective
    // makes it a place's ("amanat al-mintaqa al-sharqiya").
    if (not_after_.Match(words, last, "", &unused) > 0 &&
        !adjective_after(last)) {
      continue;
    }
    // At most two: a noun in -iya after them is no adjective of the name
    // ("majlis al-fiqh al-islami al-duwali al-mas'uliya").
    for (size_t a = 0; a < kMaxAdjectives && adjective_after(last); ++a) {
      ++last;
    }
    found->push_back(EntityMention{
        ByteSpan{words[0].span.begin + skip, words[last].span.end},
        EntityType::kOrganization, ""});
    h += last;
  }
}

void InstitutionNouns::AddTo(std::string_view text, const TextWords& words,
                             const std::vector<EntityMention>& tagged,
                             std::vector<EntityMention>* known) const {
  std::vector<EntityMention>& found = *known;
  const size_t names = found.size();
  Find(text, words, &found);
  if (found.size() == names) return;
  std::vector<bool> drop(found.size(), false);
  for (size_t k = names; k < found.size(); ++k) {
    const ByteSpan f = found[k].span;
    for (size_t j = 0; j < names && !drop[k]; ++j) {
      const ByteSpan n = found[j].span;
      if (n.begin >= f.end || f.begin >= n.end) continue;
      if (n.begin >= f.begin && n.end <= f.end) {
        drop[j] = true;
      } else {
        drop[k] = true;
      }
    }
    for (size_t m = 0; m < tagged.size() && !drop[k]; ++m) {
      const EntityMention& t = tagged[m];
      drop[k] = t.span.begin > f.begin && t.span.begin < f.end &&
                (t.type == EntityType::kPerson ||
                 t.type == EntityType::kOrganization);
    }
    // A known name given up for an institution stays given up.
    if (drop[k]) {
      for (size_t j = 0; j < names; ++j) {
        const ByteSpan n = found[j].span;
        if (n.begin >= f.begin && n.end <= f.end) drop[j] = false;
      }
    }
  }
  size_t w = 0;
  for (size_t k = 0; k < found.size(); ++k) {
    if (!drop[k]) found[w++] = found[k];
  }
  found.resize(w);
  std::sort(found.begin(), found.end(),
            [](const EntityMention& a, const EntityMention& b) {
              return a.span.begin < b.span.begin;
            });
}

}  // namespace khabar
