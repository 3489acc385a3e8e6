// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internals of the quotation extractor: the speech-cue table
// (speech_verbs.cc, data/quotes/speech_verbs.txt) and quotation-mark
// pairing (quote_marks.cc).
//
//   SpeechCueTable table;
//   KHABAR_RETURN_IF_ERROR(table.Add(kSpeechVerbsTxt, "speech_verbs.txt"));
//   const SpeechCue* cue = table.FindVerb(FoldArabic(word.lemma));
//   std::vector<QuoteRegion> regions;
//   PairQuoteMarks(text, {0, text.size()}, &regions);
//
// Thread safety: a built SpeechCueTable is read-only; the functions are
// pure.

#ifndef KHABAR_QUOTES_QUOTE_INTERNAL_H_
#define KHABAR_QUOTES_QUOTE_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/status.h"
#include "morph/hash_index.h"

namespace khabar {

// Diacritics and tatweel dropped, U+0623 U+0625 U+0622 U+0671 -> U+0627,
// U+0649 -> U+064A, U+0629 -> U+0647. Never longer than `s`.
std::string FoldArabic(std::string_view s);
// The same, appended to `*out`.
void AppendFoldedArabic(std::string_view s, std::string* out);

// The classes of data/quotes/speech_verbs.txt (its header explains each).
enum class SpeechCueClass : uint8_t {
  kVerb,                // a finite speech verb (lemma)
  kParticiple,          // a participle or masdar continuing a statement
  kNameHead,            // a noun after which a quotation is a name
  kObjectVerb,          // call or condemn: a quoted object is a fragment
  kNarrator,            // an impersonal form: the writer's narration
  kNotComplementAfter,  // a word after which "an" is no speech complement
  kTimeWord,            // a date or time word, never a speaker
  kTailHead,            // wifqa, hasaba ...: the head of an attribution tail
  kTailNoun,            // qawlihi, ta'birihi ...: the noun of the tail
  kMasdar,              // qawlahu, ta'kidaha: a verbal noun continuing a verb
  kQuoteObject,         // i'tabara, wasafa: a quoted object is a fragment
  kOrgHead,      // sharika, wizara: the head noun of an organization's name
                 // (data/entities/org_nouns.txt, AddOrgHeads)
  kPersonTitle,  // ra'is, mudir, safir: a person's title's first word
                 // (data/entities/titles.txt, AddTitleHeads)
};
inline constexpr int kSpeechCueClassCount = 13;

struct SpeechCue {
  SpeechCueClass cls = SpeechCueClass::kVerb;
  std::string lemma;         // the verb reported as the cue's lemma
  std::string folded_lemma;  // FoldArabic(lemma)
};

class SpeechCueTable {
 public:
  // The classes listed for one folded form.
  struct Entry {
    uint32_t classes = 0;  // bit i: class i is listed
    SpeechCue cues[kSpeechCueClassCount];
  };

  // Parses rows of data/quotes/speech_verbs.txt; `source` names them in
  // errors ("speech_verbs.txt line 3: ...").
  Status Add(std::string_view txt, std::string_view source);
  // Adds the nouns of data/entities/org_nouns.txt (one per line, an
  // optional TAB and a note) as class kOrgHead.
  Status AddOrgHeads(std::string_view txt, std::string_view source);
  // Adds the first word of each title of data/entities/titles.txt (one
  // title per line, an optional TAB and a note), without the article, as
  // class kPersonTitle.
  Status AddTitleHeads(std::string_view txt, std::string_view source);
  // The entry of a folded form, nullptr if it is listed in no class. Does
  // not allocate; the entry lives as long as the table.
  const Entry* Lookup(std::string_view folded) const;
  // The cue of class `cls` of an entry (nullptr-safe), nullptr if none.
  static const SpeechCue* Get(const Entry* e, SpeechCueClass cls) {
    const int i = static_cast<int>(cls);
    return e != nullptr && ((e->classes >> i) & 1) ? &e->cues[i] : nullptr;
  }
  static bool In(const Entry* e, SpeechCueClass cls) {
    return Get(e, cls) != nullptr;
  }
  // Lookup() and Get() in one.
  const SpeechCue* Find(std::string_view folded, SpeechCueClass cls) const {
    return Get(Lookup(folded), cls);
  }
  bool Has(std::string_view folded, SpeechCueClass cls) const {
    return Find(folded, cls) != nullptr;
  }
  // The number of (class, form) rows added by Add (not AddOrgHeads or
  // AddTitleHeads).
  size_t size() const { return rows_; }

 private:
  // Lists `form` (folded, not empty) in class `cls` with `lemma`; false
  // if it was listed in that class already.
  bool Insert(const std::string& form, int cls, std::string_view lemma);

  // Entries by StringKey of their folded form (two forms share an entry
  // only if their 64-bit hashes collide: about n^2 / 2^65).
  std::vector<Entry> entries_;
  morph::HashIndex index_;
  size_t rows_ = 0;
  // The first bytes of the listed forms: most lookups (punctuation,
  // digits, Latin words) end here without hashing.
  uint64_t first_bytes_[4] = {0, 0, 0, 0};
};

// One quotation region found by pairing marks in a paragraph.
struct QuoteRegion {
  // The opening and closing mark (empty span when missing).
  ByteSpan open;
  ByteSpan close;
  // Inside the marks; when a mark is missing, from/to the paragraph edge.
  ByteSpan inner;
  int depth = 0;  // 0 = outermost
};

// Pairs the quotation marks (" U+201C U+201D U+00AB U+00BB U+201E U+2033)
// of `text[paragraph]` into `*regions` (appended, in order of their first
// mark). Each mark is classified by context (space or start before and a
// non-space after: opening; a non-space before and space, punctuation or
// end after: closing), else by its shape (U+201C U+00AB U+201E open,
// U+201D U+00BB close) or, for '"', by whether a '"' is open; a '"' after a
// colon opens (a '"' still open is then one never closed). A closing
// mark closes the innermost open quotation, whatever its shape; an opening
// mark never closed runs to the paragraph end; a closing mark with nothing
// open gives a region with an empty `open` whose `inner` starts at the
// paragraph start (the caller moves it).
void PairQuoteMarks(std::string_view text, ByteSpan paragraph,
                    std::vector<QuoteRegion>* regions);

// True for the bytes of a quotation mark at `pos`; sets `*len`.
bool IsQuoteMarkAt(std::string_view text, size_t pos, size_t* len);

}  // namespace khabar

#endif  // KHABAR_QUOTES_QUOTE_INTERNAL_H_
