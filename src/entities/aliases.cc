// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/aliases.h"

#include <string>
#include <vector>

#include "base/data_file.h"
#include "entities/name_match.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

// The folded key of a name cell, "" if it has no words.
std::string NameKey(std::string_view name) {
  std::vector<NameWord> words;
  SplitNameWords(name, {0, static_cast<uint32_t>(name.size())}, &words);
  return JoinUnits(NameUnits(words, 0));
}

}  // namespace

Status AliasTable::Claim(const std::string& key, int group,
                         const std::string& where, std::string_view name) {
  auto [it, inserted] = by_key_.emplace(key, Entry{group, where});
  if (inserted || it->second.group == group) return Status::Ok();
  return InvalidArgumentError(
      where + ": \"" + std::string(name) + "\" already names \"" +
      groups_[it->second.group].canonical + "\" (" + it->second.where + ")");
}

Status AliasTable::Add(std::string_view tsv, std::string_view source) {
  return ForEachTsvRow(
      tsv, source, 3, 4, "canonical, type, alias[, note]",
      [&](const std::string& where,
          const std::vector<std::string_view>& cells) -> Status {
        StatusOr<EntityType> type = ParseEntityType(cells[1]);
        if (!type.ok()) {
          return InvalidArgumentError(where + ": " + type.status().message());
        }
        const std::string canonical_key = NameKey(cells[0]);
        const std::string alias_key = NameKey(cells[2]);
        if (canonical_key.empty() || alias_key.empty()) {
          return InvalidArgumentError(
              where + ": the canonical name and the alias need a letter");
        }
        // The group of the canonical name: found by its key, or new.
        int group = -1;
        auto it = by_key_.find(canonical_key);
        if (it != by_key_.end()) {
          group = it->second.group;
          const AliasGroup& g = groups_[group];
          if (g.key != canonical_key) {
            return InvalidArgumentError(where + ": \"" + std::string(cells[0]) +
                                        "\" is an alias of \"" + g.canonical +
                                        "\" (" + it->second.where +
                                        "), not a canonical name");
          }
          if (g.type != *type) {
            return InvalidArgumentError(
                where + ": \"" + g.canonical + "\" has type " +
                std::string(EntityTypeName(g.type)) + " (" + it->second.where +
                "), not " + std::string(cells[1]));
          }
        } else {
          group = static_cast<int>(groups_.size());
          groups_.push_back({std::string(cells[0]), *type, canonical_key});
          by_key_.emplace(canonical_key, Entry{group, where});
        }
        return Claim(alias_key, group, where, cells[2]);
      });
}

int AliasTable::Find(std::string_view key) const {
  auto it = by_key_.find(std::string(key));
  return it == by_key_.end() ? -1 : it->second.group;
}

}  // namespace khabar
