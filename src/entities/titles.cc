// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/titles.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "base/data_file.h"
#include "entities/name_match.h"
#include "khabar/utf8.h"

namespace khabar {

Status TitleTable::Add(std::string_view text, std::string_view source) {
  Status error;
  std::vector<NameWord> words;
  ForEachDataLine(text, [&](size_t line_no, std::string_view line) {
    const std::string where =
        std::string(source) + " line " + std::to_string(line_no) + ": ";
    const std::string_view title = SplitTabs(line)[0];
    if (FindInvalidUtf8(title) != std::string_view::npos) {
      error = DataLossError(where + "invalid UTF-8");
      return false;
    }
    SplitNameWords(title, {0, static_cast<uint32_t>(title.size())}, &words);
    if (words.empty()) {
      error = InvalidArgumentError(where + "a title needs a word");
      return false;
    }
    std::vector<std::string> keys;
    for (const NameWord& w : words) keys.push_back(w.key);
    if (std::find(titles_.begin(), titles_.end(), keys) == titles_.end()) {
      first_words_.insert(keys[0]);
      inner_words_.insert(keys.begin() + 1, keys.end());
      max_words_ = std::max(max_words_, keys.size());
      titles_.push_back(std::move(keys));
    }
    return true;
  });
  KHABAR_RETURN_IF_ERROR(error);
  std::stable_sort(
      titles_.begin(), titles_.end(),
      [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return Status::Ok();
}

size_t TitleTable::MatchFolded(const std::vector<NameWord>& words, size_t start,
                               const std::string& first_key) const {
  if (first_words_.count(first_key) == 0) return 0;
  for (const std::vector<std::string>& title : titles_) {
    if (start + title.size() > words.size() || title[0] != first_key) {
      continue;
    }
    bool same = true;
    for (size_t k = 1; k < title.size() && same; ++k) {
      same = title[k] == words[start + k].key;
    }
    if (same) return title.size();
  }
  return 0;
}

size_t TitleTable::Match(const std::vector<NameWord>& words, size_t start,
                         std::string_view before, uint32_t* skip) const {
  *skip = 0;
  if (start >= words.size()) return 0;
  if (size_t n = MatchFolded(words, start, words[start].key); n > 0) return n;
  std::vector<CliticCandidate> candidates;
  CliticCandidates(words[start], before, &candidates);
  for (const CliticCandidate& c : candidates) {
    const size_t n = MatchFolded(words, start, FoldNameWord(c.display));
    if (n > 0) {
      *skip = c.skip;
      return n;
    }
  }
  return 0;
}

bool TitleTable::IsRoleModifier(std::string_view folded) {
  // "Al" + at least 3 letters + "y" or "yA" (the folded -iya).
  static const std::string kAl = "\xD8\xA7\xD9\x84";  // U+0627 U+0644
  static const std::string kY = "\xD9\x8A";           // U+064A
  static const std::string kYa = "\xD9\x8A\xD8\xA7";  // U+064A U+0627
  static const std::string kFormer =                  // AlsAbq
      "\xD8\xA7\xD9\x84\xD8\xB3\xD8\xA7\xD8\xA8\xD9\x82";
  static const std::string kFormerF = kFormer + "\xD9\x87";  // AlsAbqh
  static const std::string kFormerA =                        // AlAsbq
      "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB3\xD8\xA8\xD9\x82";
  if (folded == kFormer || folded == kFormerF || folded == kFormerA) {
    return true;
  }
  if (folded.rfind(kAl, 0) != 0 || LetterCount(folded) < 6) return false;
  const auto ends_with = [&](const std::string& s) {
    return folded.size() >= s.size() &&
           folded.compare(folded.size() - s.size(), s.size(), s) == 0;
  };
  return ends_with(kY) || ends_with(kYa);
}

bool TitleTable::IsConstructTitle(std::string_view folded) {
  static const std::unordered_set<std::string> kTitles = [] {
    std::unordered_set<std::string> titles;
    for (std::string_view w : {
             "\u0642\u0627\u0626\u062f",        // qa'id
             "\u0623\u0645\u064a\u0631",        // amir
             "\u0648\u0632\u064a\u0631",        // wazir
             "\u0648\u0632\u064a\u0631\u0629",  // wazira
             "\u0632\u0639\u064a\u0645",        // za'im
         }) {
      titles.insert(FoldNameWord(w));
    }
    return titles;
  }();
  return kTitles.contains(std::string(folded));
}

}  // namespace khabar
