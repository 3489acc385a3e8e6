// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The speech-cue table: verbs, participles and name heads from
// data/quotes/speech_verbs.txt (embedded) and the caller's extra rows.

#include <string>
#include <string_view>
#include <vector>

#include "base/data_file.h"
#include "khabar/utf8.h"
#include "quotes/quote_internal.h"

namespace khabar {

void AppendFoldedArabic(std::string_view s, std::string* out) {
  size_t run = 0;  // the start of the bytes not copied yet
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b != 0xD8 && b != 0xD9) continue;
    const unsigned char c = static_cast<unsigned char>(s[i + 1]);
    const char* replacement = nullptr;  // nullptr: drop the letter
    if (b == 0xD9 && ((c >= 0x8B && c <= 0x9F) || c == 0xB0 || c == 0x80)) {
      // harakat, superscript alef, tatweel: dropped
    } else if ((b == 0xD9 && c == 0xB1) ||  // alef wasla
               (b == 0xD8 && (c == 0xA2 || c == 0xA3 || c == 0xA5))) {
      replacement = "\xD8\xA7";
    } else if (b == 0xD9 && c == 0x89) {  // alef maksura -> ya
      replacement = "\xD9\x8A";
    } else if (b == 0xD8 && c == 0xA9) {  // ta marbuta -> ha
      replacement = "\xD9\x87";
    } else {
      ++i;  // another two-byte letter, kept
      continue;
    }
    out->append(s.data() + run, i - run);
    if (replacement != nullptr) out->append(replacement, 2);
    ++i;
    run = i + 1;
  }
  out->append(s.data() + run, s.size() - run);
}

std::string FoldArabic(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendFoldedArabic(s, &out);
  return out;
}

Status SpeechCueTable::Add(std::string_view txt, std::string_view source) {
  Status error;
  ForEachDataLine(txt, [&](size_t line_no, std::string_view line) {
    const std::string where =
        std::string(source) + " line " + std::to_string(line_no);
    if (FindInvalidUtf8(line) != std::string_view::npos) {
      error = DataLossError(where + ": invalid UTF-8");
      return false;
    }
    const std::vector<std::string_view> cells = SplitTabs(line);
    if (cells.size() < 3) {
      error = InvalidArgumentError(
          where + ": expected class, form, lemma[, gloss] separated by TABs");
      return false;
    }
    static constexpr std::string_view kClassNames[kSpeechCueClassCount] = {
        "verb",        "participle",   "name-head",
        "object-verb", "narrator",     "not-complement-after",
        "time",        "tail-head",    "tail-noun",
        "masdar",      "quote-object", "org-head",
        "person-title"};
    int cls = -1;
    for (int i = 0; i < kSpeechCueClassCount; ++i) {
      if (cells[0] == kClassNames[i]) cls = i;
    }
    if (cls < 0) {
      error = InvalidArgumentError(
          where + ": unknown class \"" + std::string(cells[0]) +
          "\" (verb, participle, name-head, object-verb, narrator, "
          "not-complement-after, time, tail-head, tail-noun, masdar, "
          "quote-object, org-head or person-title)");
      return false;
    }
    const std::string form = FoldArabic(cells[1]);
    if (form.empty()) {
      error = InvalidArgumentError(where + ": empty form");
      return false;
    }
    if (Insert(form, cls, cells[2] == "-" ? std::string_view() : cells[2])) {
      ++rows_;
    }
    return true;
  });
  return error;
}

Status SpeechCueTable::AddOrgHeads(std::string_view txt,
                                   std::string_view source) {
  return ForEachTsvRow(txt, source, 1, 2, "noun[, note]",
                       [&](const std::string& where,
                           const std::vector<std::string_view>& cells) {
                         const std::string form = FoldArabic(cells[0]);
                         if (form.empty())
                           return InvalidArgumentError(where + ": empty noun");
                         Insert(form,
                                static_cast<int>(SpeechCueClass::kOrgHead), {});
                         return Status();
                       });
}

Status SpeechCueTable::AddTitleHeads(std::string_view txt,
                                     std::string_view source) {
  static constexpr std::string_view kAl = "\u0627\u0644";
  return ForEachTsvRow(
      txt, source, 1, 2, "title[, note]",
      [&](const std::string& where,
          const std::vector<std::string_view>& cells) {
        std::string head = FoldArabic(cells[0].substr(0, cells[0].find(' ')));
        if (head.size() > kAl.size() + 2 && head.starts_with(kAl)) {
          head.erase(0, kAl.size());
        }
        if (head.empty()) return InvalidArgumentError(where + ": empty title");
        Insert(head, static_cast<int>(SpeechCueClass::kPersonTitle), {});
        return Status();
      });
}

bool SpeechCueTable::Insert(const std::string& form, int cls,
                            std::string_view lemma) {
  const unsigned char first = static_cast<unsigned char>(form[0]);
  first_bytes_[first >> 6] |= uint64_t{1} << (first & 63);
  const uint64_t key = morph::StringKey(form);
  const uint32_t* at = index_.Find(key);
  if (at == nullptr) {
    index_.Insert(key, static_cast<uint32_t>(entries_.size()));
    entries_.emplace_back();
  }
  Entry& entry = at != nullptr ? entries_[*at] : entries_.back();
  const uint32_t bit = uint32_t{1} << cls;
  const bool added = (entry.classes & bit) == 0;
  entry.classes |= bit;
  SpeechCue& cue = entry.cues[cls];
  cue.cls = static_cast<SpeechCueClass>(cls);
  cue.lemma = std::string(lemma);
  cue.folded_lemma = FoldArabic(cue.lemma);
  return added;
}

const SpeechCueTable::Entry* SpeechCueTable::Lookup(
    std::string_view folded) const {
  if (folded.empty()) return nullptr;
  const unsigned char first = static_cast<unsigned char>(folded[0]);
  if (((first_bytes_[first >> 6] >> (first & 63)) & 1) == 0) return nullptr;
  const uint32_t* at = index_.Find(morph::StringKey(folded));
  return at == nullptr ? nullptr : &entries_[*at];
}

}  // namespace khabar
