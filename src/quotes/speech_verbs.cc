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

std::string FoldArabic(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if ((b == 0xD8 || b == 0xD9) && i + 1 < s.size()) {
      const unsigned char c = static_cast<unsigned char>(s[i + 1]);
      if (b == 0xD9 && ((c >= 0x8B && c <= 0x9F) || c == 0xB0 || c == 0x80)) {
        i += 2;  // harakat, superscript alef, tatweel
        continue;
      }
      if (b == 0xD9 && c == 0xB1) {  // alef wasla
        out += "\xD8\xA7";
        i += 2;
        continue;
      }
      if (b == 0xD8 && (c == 0xA2 || c == 0xA3 || c == 0xA5)) {
        out += "\xD8\xA7";
        i += 2;
        continue;
      }
      if (b == 0xD9 && c == 0x89) {  // alef maksura -> ya
        out += "\xD9\x8A";
        i += 2;
        continue;
      }
      if (b == 0xD8 && c == 0xA9) {  // ta marbuta -> ha
        out += "\xD9\x87";
        i += 2;
        continue;
      }
    }
    out.push_back(s[i]);
    ++i;
  }
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
        "verb",        "participle",  "name-head",
        "object-verb", "narrator",    "not-complement-after",
        "time",        "tail-head",   "tail-noun",
        "masdar",      "quote-object"};
    int cls = -1;
    for (int i = 0; i < kSpeechCueClassCount; ++i) {
      if (cells[0] == kClassNames[i]) cls = i;
    }
    if (cls < 0) {
      error = InvalidArgumentError(
          where + ": unknown class \"" + std::string(cells[0]) +
          "\" (verb, participle, name-head, object-verb, narrator, "
          "not-complement-after, time, tail-head, tail-noun, masdar or "
          "quote-object)");
      return false;
    }
    const std::string form = FoldArabic(cells[1]);
    if (form.empty()) {
      error = InvalidArgumentError(where + ": empty form");
      return false;
    }
    Entry& entry = by_form_[form];
    const uint32_t bit = uint32_t{1} << cls;
    if ((entry.classes & bit) == 0) ++rows_;
    entry.classes |= bit;
    SpeechCue& cue = entry.cues[cls];
    cue.cls = static_cast<SpeechCueClass>(cls);
    cue.lemma = cells[2] == "-" ? std::string() : std::string(cells[2]);
    cue.folded_lemma = FoldArabic(cue.lemma);
    return true;
  });
  return error;
}

const SpeechCue* SpeechCueTable::Find(std::string_view folded,
                                      SpeechCueClass cls) const {
  auto it = by_form_.find(folded);
  if (it == by_form_.end()) return nullptr;
  const int i = static_cast<int>(cls);
  return (it->second.classes >> i) & 1 ? &it->second.cues[i] : nullptr;
}

}  // namespace khabar
