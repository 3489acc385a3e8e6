// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: places and institutions named after a person (data/entities/
// facility_nouns.tsv): a facility noun right before a person mention, with
// or without a naming title between (mustashfa al-malik fahd, "King Fahd
// Hospital"; matar al-malik khalid al-duwali; masjid al-husayn bin ali).
// The tagger reads the person there, and a reader of Saudi news would see
// King Fahd in an article about a hospital; the name is the facility's.
// The resolver rewrites such a mention before its rules (docs/ENTITIES.md,
// "Facilities named after a person").
//
//   khabar::FacilityNouns facilities;
//   KHABAR_RETURN_IF_ERROR(facilities.Add(file_text, "facility_nouns"));
//   std::vector<EntityMention> renamed;
//   if (facilities.Rename(text, mentions, &renamed)) Use(renamed);
//
// Thread safety: const methods may be called concurrently.

#ifndef KHABAR_ENTITIES_FACILITY_NAMES_H_
#define KHABAR_ENTITIES_FACILITY_NAMES_H_

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "entities/titles.h"
#include "khabar/entities.h"
#include "khabar/status.h"

namespace khabar {

class FacilityNouns {
 public:
  // Adds the rows of `tsv` (noun TAB type [TAB note]; type PER is refused,
  // TITLE adds a naming title). `source` names the file in errors:
  // kDataLoss for ill-formed UTF-8, kInvalidArgument for a bad row, each
  // with the line number.
  Status Add(std::string_view tsv, std::string_view source);

  // If a person mention of `mentions` stands right after a facility noun
  // (only spaces between; the noun may carry a proclitic and starts a
  // token; the mention may start with a naming title), or after a noun and
  // a naming title: writes to `*out` the mentions with that one
  // taken back to the noun (after its proclitic), typed as the noun is,
  // and on over up to two nisba adjectives right after it (al-duwali);
  // the mentions inside the new span are dropped. A mention that overlaps
  // the new span otherwise leaves it as it is. Returns false, `*out`
  // untouched, if no mention changed. `mentions` must lie in `text`.
  bool Rename(std::string_view text, const std::vector<EntityMention>& mentions,
              std::vector<EntityMention>* out) const;

  size_t size() const { return count_; }

 private:
  // The type of the noun at words[index] (through a proclitic: *skip bytes
  // before it), or false.
  bool NounAt(const std::vector<NameWord>& words, size_t index,
              EntityType* type, uint32_t* skip) const;

  std::array<TitleTable, 4> nouns_;  // by EntityType (PER's stays empty)
  TitleTable titles_;
  size_t count_ = 0;
};

}  // namespace khabar

#endif  // KHABAR_ENTITIES_FACILITY_NAMES_H_
