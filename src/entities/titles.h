// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Titles and honorifics that precede a person's name (data/entities/
// titles.txt: "the president", "the foreign minister", "Ayatollah", "Sheikh",
// ...). The resolver keeps them as the mention's role, not its name.
//
//   khabar::TitleTable titles;
//   KHABAR_RETURN_IF_ERROR(titles.Add(file_text, "titles"));
//   uint32_t skip = 0;
//   size_t n = titles.Match(words, 0, before, &skip);  // words of a title
//
// Matching compares folded words (entities/name_match.h), longest title
// first; the first word may carry a proclitic (wa-, fa-, bi-, li-, ka-, or
// "ll" for li + al-). Internal to src/entities/.
//
// Thread safety: const methods may be called concurrently.

#ifndef KHABAR_ENTITIES_TITLES_H_
#define KHABAR_ENTITIES_TITLES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "entities/name_match.h"
#include "khabar/status.h"

namespace khabar {

class TitleTable {
 public:
  // Adds the titles of `text` (one per line, '#' comments, an optional
  // TAB-separated note). `source` names the file in errors: kDataLoss for
  // ill-formed UTF-8, kInvalidArgument for a line without words, both with
  // the line number.
  Status Add(std::string_view text, std::string_view source);

  // The number of words of the longest title that starts at words[start];
  // 0 if none. `before` is the text just before words[start] in its token
  // (see CliticCandidates). On a match through a proclitic, `*skip` is the
  // number of bytes of words[start] before the title, else 0.
  size_t Match(const std::vector<NameWord>& words, size_t start,
               std::string_view before, uint32_t* skip) const;

  // True for a word that may follow a title as part of the role: a nisba
  // adjective (al-...-i / al-...-iya: "the American") or "former".
  static bool IsRoleModifier(std::string_view folded);

  // True for a title of one word in construct form, without the article,
  // that needs a genitive to be one ("qa'id", "amir", "wazir", "wazira",
  // "za'im": "qa'id al-jaysh"). Inside a mention, right before its one
  // last word, it is a word of the name ("qayid al-sibsi", "qayid salih");
  // right before a mention it is no role ("al-baji qayid | al-sibsi";
  // docs/ENTITIES.md, "Construct titles in names"). `folded` as
  // FoldNameWord folds.
  static bool IsConstructTitle(std::string_view folded);

  // False if no title ends with `words` after at least one word of its
  // own (their first word is no title's second word or later, or they are
  // as many as the longest title's): a cheap test before Match.
  bool MayEndWith(const std::vector<NameWord>& words) const {
    return !words.empty() && words.size() < max_words_ &&
           inner_words_.contains(words[0].key);
  }

  // False if no title has `key` (a folded word) as a word of its own: a
  // cheap test before Match for the last word of a title.
  bool HasWord(const std::string& key) const {
    return first_words_.contains(key) || inner_words_.contains(key);
  }

  // True if a title starts with `key` (a folded word).
  bool StartsTitle(const std::string& key) const {
    return first_words_.contains(key);
  }

  size_t size() const { return titles_.size(); }

 private:
  size_t MatchFolded(const std::vector<NameWord>& words, size_t start,
                     const std::string& first_key) const;

  std::vector<std::vector<std::string>> titles_;  // folded words, longest first
  std::unordered_set<std::string> first_words_;
  std::unordered_set<std::string> inner_words_;  // second word or later
  size_t max_words_ = 0;
};

}  // namespace khabar

#endif  // KHABAR_ENTITIES_TITLES_H_
