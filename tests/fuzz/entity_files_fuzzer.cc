// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The user's entity files (alias, title and known-name rows) and the text
// they are matched in, on arbitrary bytes. The input is split at the first
// three NUL bytes: aliases, titles (also given as not-names and as heads
// of institutions' names), names, text. EntityResolver::Create
// returns an error or a resolver; a resolver must find the known names of
// the text and resolve them without crashing, with spans inside the text
// and ordered, and resolve every word of the text read as a person (the
// facility and title rules).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/entities.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  std::string parts[3];
  for (std::string& part : parts) {
    const size_t nul = rest.find('\0');
    if (nul == std::string_view::npos) return 0;
    part = std::string(rest.substr(0, nul));
    rest.remove_prefix(nul + 1);
  }
  khabar::EntityResolverOptions options;
  options.extra_aliases_tsv = parts[0];
  options.extra_titles_txt = parts[1];
  options.extra_not_names_txt = parts[1];
  options.extra_names_tsv = parts[2];
  // The title lines as heads of institutions' names too (word TAB HEAD).
  for (size_t i = 0; i < parts[1].size();) {
    const size_t end = std::min(parts[1].find('\n', i), parts[1].size());
    const std::string line = parts[1].substr(i, end - i);
    if (!line.empty() && line.find('\t') == std::string::npos) {
      options.extra_institution_nouns_tsv += line + "\tHEAD\n";
    }
    i = end + 1;
  }
  auto resolver = khabar::EntityResolver::Create(options);
  if (!resolver.ok()) return 0;
  const std::string text(rest);
  std::vector<khabar::EntityMention> mentions;
  Check((*resolver)->AddKnownNames(text, &mentions).ok());
  uint32_t last = 0;
  for (const khabar::EntityMention& m : mentions) {
    Check(m.span.begin < m.span.end && m.span.end <= text.size());
    Check(m.span.begin >= last);
    last = m.span.begin;
  }
  std::vector<khabar::Entity> entities;
  Check((*resolver)->Resolve(text, mentions, &entities).ok());
  // Every space-separated word as a person mention, as a tagger might give
  // them: the facility and title rules read the words around each.
  std::vector<khabar::EntityMention> words;
  for (size_t i = 0; i < text.size() && words.size() < 256;) {
    const size_t end = std::min(text.find(' ', i), text.size());
    if (end > i) {
      words.push_back({{static_cast<uint32_t>(i), static_cast<uint32_t>(end)},
                       khabar::EntityType::kPerson,
                       ""});
    }
    i = end + 1;
  }
  const khabar::Status status = (*resolver)->Resolve(text, words, &entities);
  // Spans must start and end on character boundaries: other words are
  // refused, never a crash.
  Check(status.ok() || status.code() == khabar::StatusCode::kInvalidArgument);
  for (const khabar::Entity& e : entities) {
    for (const khabar::ResolvedMention& m : e.mentions) {
      Check(m.span.begin < m.span.end && m.span.end <= text.size());
    }
  }
  return 0;
}
