// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: institutions named by a head noun and its definite genitive
// ("wizarat al-dakhiliya", the interior ministry; "majlis al-wuzara'", the
// cabinet), which the tagger leaves O because ANERcorp does. The heads and
// the common nouns that never make a name after them are rows of
// data/entities/institution_nouns.tsv; AddKnownNames adds what this
// finds (docs/ENTITIES.md, "Institutions").
//
//   InstitutionNouns nouns;
//   KHABAR_RETURN_IF_ERROR(nouns.Add(file_text, "institution_nouns"));
//   nouns.Find(text, &found);

#ifndef KHABAR_ENTITIES_INSTITUTION_NAMES_H_
#define KHABAR_ENTITIES_INSTITUTION_NAMES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "entities/name_match.h"
#include "entities/titles.h"
#include "khabar/entities.h"
#include "khabar/status.h"

namespace khabar {

class InstitutionNouns {
 public:
  // Adds the rows of `tsv` (word TAB HEAD|NOT [TAB note]). `source` names
  // the file in errors: kDataLoss for ill-formed UTF-8, kInvalidArgument
  // for a bad row, each with the line number.
  Status Add(std::string_view tsv, std::string_view source);

  // Appends to `*found` the institution names of `text`, left to right,
  // without overlaps, typed ORG: a head noun (through a proclitic, the
  // span starting after it), the next word if it is definite (al-...), not
  // a NOT word (unless an adjective follows it) and on the same line with
  // only spaces before it, and up to two definite nisba adjectives after
  // it (TitleTable::IsRoleModifier: al-sa'udiya, al-islamiya; not NOT
  // words: al-sabiq, al-madi).
  void Find(std::string_view text, std::vector<EntityMention>* found) const {
    Find(text, TextWords(text), found);
  }
  // The same with the text's words split already.
  void Find(std::string_view text, const TextWords& words,
            std::vector<EntityMention>* found) const;

  // Adds to `*known` (the known names of the text, KnownNames::Find) the
  // institutions of `text` (Find): one replaces the known names it covers
  // ("amanat al-mintaqa al-sharqiya" over the province) and gives way to
  // one it overlaps otherwise; none where a person or an organization of
  // `tagged` (the tagger's mentions) starts after its head ("majlis
  // al-ahli", the club's board: the club stays). `*known` ends sorted by
  // span begin.
  void AddTo(std::string_view text, const TextWords& words,
             const std::vector<EntityMention>& tagged,
             std::vector<EntityMention>* known) const;

  size_t size() const { return heads_.size(); }

 private:
  // False if no head, with up to two proclitic letters, folds to `key`:
  // a cheap test before the words are split.
  bool MayBeHead(std::string_view key) const;

  TitleTable heads_;
  std::vector<std::string> head_keys_;  // the heads, folded
  TitleTable not_after_;
};

}  // namespace khabar

#endif  // KHABAR_ENTITIES_INSTITUTION_NAMES_H_
