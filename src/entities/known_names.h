// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Known names (data/entities/names.tsv: "da'ish", "al-bayt al-abyad",
// "sunduq al-naqd al-duwali", ...): organizations and institutions that news
// names every day and a tagger trained on older newswire misses. Found in a
// text as word sequences, spelling folded (entities/name_match.h), the first
// word possibly with a proclitic (wa-, bi-, li-, li + al-), quotation marks
// allowed between the words ("tanzim <<al-dawla al-islamiya>>"); the longest
// name at a position wins. Internal to src/entities/.
//
//   khabar::KnownNames names;
//   KHABAR_RETURN_IF_ERROR(names.Add(file_text, "names"));
//   names.Find(text, &found);  // EntityMention spans and types
//
// Thread safety: const methods may be called concurrently.

#ifndef KHABAR_ENTITIES_KNOWN_NAMES_H_
#define KHABAR_ENTITIES_KNOWN_NAMES_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/string_hash.h"
#include "entities/name_match.h"
#include "khabar/entities.h"
#include "khabar/status.h"

namespace khabar {

class KnownNames {
 public:
  // Adds the rows of `tsv` (name TAB type [TAB note]; '#' comments).
  // `source` names the file in errors: kDataLoss for ill-formed UTF-8,
  // kInvalidArgument for a bad row (columns, type, a name without letters,
  // a name listed with two types), each with the line number.
  Status Add(std::string_view tsv, std::string_view source);

  // Appends to `*found` the known names in `text`, left to right, without
  // overlaps. A span starts after the proclitic letters of its first word
  // (as the tagger's mentions do) and ends with its last word.
  void Find(std::string_view text, std::vector<EntityMention>* found) const {
    Find(text, TextWords(text), found);
  }
  // The same with the text's words split already.
  void Find(std::string_view text, const TextWords& words,
            std::vector<EntityMention>* found) const;

  size_t size() const { return count_; }

 private:
  struct Name {
    std::vector<std::string> rest;  // folded words after the first
    EntityType type;
  };
  // False if no word folded to `key` can start a name through a proclitic:
  // no suffix of the key is in tails_ (CliticCandidates only strips
  // letters, and may put an alef back before what is left).
  bool MayStartAfterProclitic(std::string_view key) const;

  // Folded first word -> the names that start with it, longest first.
  std::unordered_map<std::string, std::vector<Name>, StringHash,
                     std::equal_to<>>
      by_first_;
  // Hashes of every first word, and of those that start with an alef
  // without it: a cheap test before the proclitic candidates.
  std::unordered_set<size_t> tails_;
  size_t count_ = 0;
};

}  // namespace khabar

#endif  // KHABAR_ENTITIES_KNOWN_NAMES_H_
