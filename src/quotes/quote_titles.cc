// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Speakers named by a person's title (docs/QUOTES.md, "Rules" 5): the
// holder named right before the complement ("wa-qala al-mutahaddith
// al-rasmi li-... X:"), the one person named before with the title as a
// role ("wa-hadhdhara al-ra'is al-amriki"), and whether a word is a
// title's at all ("ra'is al-ittihad al-duwali" is not the federation).

#include <cstdint>
#include <string>
#include <string_view>

#include "quotes/quote_internal.h"
#include "quotes/quote_run.h"

namespace khabar {

bool QuoteRun::TitleOf(uint32_t pos, uint32_t name) const {
  static constexpr std::string_view kFariq = "\u0641\u0631\u064a\u0642";
  const int k = TokenAt(pos);
  const int end = TokenAt(name);
  if (k < 0 || end <= k || static_cast<size_t>(end) > info_.size()) {
    return false;
  }
  const std::string_view form = info_[k].host_form;
  if (form == kFariq || !table_.Has(form, SpeechCueClass::kPersonTitle)) {
    return false;
  }
  for (int j = k; j < end; ++j) {
    if (info_[j].opens_region >= 0 || info_[j].punct) continue;
    if (StartsWithAl(info_[j].host_form)) return false;
  }
  return true;
}

int QuoteRun::TitleHolder(ByteSpan words, uint32_t complement) const {
  // "wa-qala al-mutahaddith al-rasmi li-hay'at al-hilal al-ahmar ... khalid
  // bin musa'id al-sahli: ...": the person mention that ends right before
  // the complement (spaces, commas, a colon or a mark between), with no
  // verb, no "ma'a" (with) and no "lisan" (through the mouth of) between
  // the words and it ("qala al-mutahaddith fi mu'tamar ma'a al-wazir X
  // inna" is the spokesman's; "qalat shurtat jidda 'ala lisan
  // mutahaddithiha X" the police's), within 30 tokens
  // of the words, which hold no person and do not start with a name head.
  static constexpr std::string_view kMa3a = "\xD9\x85\xD8\xB9";
  static constexpr std::string_view kLisan = "\xD9\x84\xD8\xB3\xD8\xA7\xD9\x86";
  constexpr int kMaxHolderTokens = 30;
  // Not after a name (a person's, or a name head's: "sahifat <<washintun
  // bust>>" speaks itself).
  const int head = TokenAt(words.begin);
  const int named = MentionCovering(words);
  if (head < 0 || IsNameHead(static_cast<uint32_t>(head)) ||
      (named >= 0 && mentions_[named].type == EntityType::kPerson)) {
    return -1;
  }
  const int first = TokenAt(words.end);
  if (first < 0 || complement > a_.tokens.size() ||
      static_cast<int>(complement) <= first ||
      static_cast<int>(complement) - first > kMaxHolderTokens) {
    return -1;
  }
  // The last word before the complement, punctuation aside.
  int last = static_cast<int>(complement) - 1;
  while (last >= first && (info_[last].punct || info_[last].opens_region >= 0 ||
                           a_.tokens[last].word_count == 0)) {
    --last;
  }
  if (last < first) return -1;
  const int m = MentionCovering(a_.tokens[last].span);
  if (m < 0 || mentions_[m].type != EntityType::kPerson ||
      mentions_[m].span.end != a_.tokens[last].span.end ||
      mentions_[m].span.begin < words.end) {
    return -1;
  }
  // Sources close to a person are not that person ("masadir muqarraba min
  // X", "muqarrabun min X").
  static constexpr std::string_view kClose[] = {
      "\xD9\x85\xD9\x82\xD8\xB1\xD8\xA8",  // muqarrab
      "\xD9\x82\xD8\xB1\xD9\x8A\xD8\xA8",  // qarib
  };
  // Nor is an unnamed source, official or statement the person named in
  // its description ("mas'ul fi hukumat al-ra'is X", "bayan 'an maktab X").
  static constexpr std::string_view kSource[] = {
      "\xD9\x85\xD8\xB5\xD8\xAF\xD8\xB1",                          // masdar
      "\xD9\x85\xD8\xB5\xD8\xA7\xD8\xAF\xD8\xB1",                  // masadir
      "\xD9\x85\xD8\xB3\xD8\xA4\xD9\x88\xD9\x84",                  // mas'ul
      "\xD9\x85\xD8\xB3\xD8\xA4\xD9\x88\xD9\x84\xD9\x88\xD9\x86",  // mas'ulun
      "\xD8\xA8\xD9\x8A\xD8\xA7\xD9\x86",                          // bayan
  };
  for (std::string_view w : kSource) {
    if (info_[head].host_form == w) return -1;
  }
  for (int j = head; j < static_cast<int>(complement); ++j) {
    if (a_.tokens[j].span.begin >= mentions_[m].span.begin) break;
    const std::string_view form = info_[j].host_form;
    if (info_[j].host_upos == "VERB" || form == kMa3a || form == kLisan) {
      return -1;
    }
    for (std::string_view w : kClose) {
      if (form.substr(0, w.size()) == w) return -1;
    }
  }
  return m;
}

int QuoteRun::RoleHolder(const std::string& words, uint32_t before) const {
  if (words.empty()) return -1;
  // Tier 0: the whole role, or for one word the role's first word as
  // written ("al-ra'is" of "al-ra'is al-amriki"); tier 1, only if tier 0
  // has no one: one word without its article as the role's first word
  // ("al-wazir" of "wazir al-kharijiya"; not taken over a president whose
  // role starts with "al-ra'is" itself, as "ra'is al-wuzara'" would be).
  const bool one_word = words.find(' ') == std::string::npos;
  const std::string_view bare =
      one_word && StartsWithAl(words)
          ? std::string_view(words).substr(kArticle.size())
          : std::string_view();
  int found[2] = {-1, -1};
  bool twice[2] = {false, false};
  for (size_t e = 0; e < entities_.size(); ++e) {
    // A title refers back: the holder is named before the words.
    if (entities_[e].type != EntityType::kPerson ||
        entities_[e].mentions.empty() ||
        entities_[e].mentions.front().span.begin >= before) {
      continue;
    }
    for (const std::string& role : entities_[e].roles) {
      const std::string r = FoldArabic(role);
      const std::string_view first = std::string_view(r).substr(0, r.find(' '));
      int tier = -1;
      if (r == words || (one_word && first == words)) {
        tier = 0;
      } else if (!bare.empty() && first == bare) {
        tier = 1;
      }
      if (tier < 0) continue;
      const int holder = static_cast<int>(e);
      if (found[tier] >= 0 && found[tier] != holder) twice[tier] = true;
      found[tier] = holder;
    }
  }
  for (int tier = 0; tier < 2; ++tier) {
    if (found[tier] >= 0) return twice[tier] ? -1 : found[tier];
  }
  return -1;
}

}  // namespace khabar
