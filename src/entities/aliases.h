// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Alias groups: names of one entity that no spelling rule relates (Daesh and
// "the Islamic State organization", America and "the United States"). Rows
// come from data/entities/aliases.tsv (embedded) and from the caller:
//
//   canonical <TAB> type <TAB> alias [<TAB> note]
//
//   khabar::AliasTable aliases;
//   KHABAR_RETURN_IF_ERROR(aliases.Add(tsv, "aliases"));
//   int group = aliases.Find(JoinUnits(units));  // -1 if not an alias
//
// Names are compared by their folded key (entities/name_match.h), so one row
// covers the hamza and ta marbuta spellings of an alias. Internal to
// src/entities/.
//
// Thread safety: const methods may be called concurrently.

#ifndef KHABAR_ENTITIES_ALIASES_H_
#define KHABAR_ENTITIES_ALIASES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "khabar/entities.h"
#include "khabar/status.h"

namespace khabar {

struct AliasGroup {
  std::string canonical;  // as written in the table
  EntityType type;
  std::string key;  // folded key of `canonical`
};

class AliasTable {
 public:
  // Adds the rows of `tsv`. `source` names it in errors, with the line:
  // kDataLoss for ill-formed UTF-8; kInvalidArgument for a wrong column
  // count, an unknown type, a name without words, a canonical name given
  // two types, or a name claimed by two groups (both lines named).
  Status Add(std::string_view tsv, std::string_view source);

  // The group whose canonical name or alias has folded key `key`, or -1.
  int Find(std::string_view key) const;

  const std::vector<AliasGroup>& groups() const { return groups_; }

 private:
  struct Entry {
    int group;
    std::string where;  // "aliases line 12", for conflict messages
  };
  Status Claim(const std::string& key, int group, const std::string& where,
               std::string_view name);

  std::vector<AliasGroup> groups_;
  std::unordered_map<std::string, Entry> by_key_;
};

}  // namespace khabar

#endif  // KHABAR_ENTITIES_ALIASES_H_
