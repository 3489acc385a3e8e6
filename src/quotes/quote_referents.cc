// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Speakers named by a word that refers back (docs/QUOTES.md, "Rules" 5):
// a definite noun for the organization named before with that noun
// ("wa-qalat al-sharika" after "sharikat aramku"), an honorific pronoun
// for the person it addresses ("wa-bayyana sumuwwuhu" after "al-amir
// mish'al bin majid"), "the same source" and a programme's guest for
// the person who spoke before ("wa-awdaha dhat al-masdar" after "kashafa
// al-muhami X", "wa-akkada dayf <<bulitika>>" after "qala X").

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quotes/quote_internal.h"
#include "quotes/quote_run.h"

namespace khabar {
namespace {

// The first word of a folded name.
std::string_view FirstWord(std::string_view name) {
  return name.substr(0, name.find(' '));
}

}  // namespace

int QuoteRun::OneWord(ByteSpan words) const {
  const ByteSpan s = Trim(words);
  const int k = TokenAt(s.begin);
  if (k < 0 || static_cast<size_t>(k) >= info_.size() ||
      a_.tokens[k].span.begin != s.begin || a_.tokens[k].span.end != s.end ||
      info_[k].has_proclitic) {
    return -1;
  }
  return k;
}

int QuoteRun::NounReferent(ByteSpan words) const {
  const int k = OneWord(words);
  if (k < 0) return -1;
  const ByteSpan s = Trim(words);
  const std::string_view form = info_[k].form;
  if (!StartsWithAl(form)) return -1;
  const std::string_view bare = form.substr(kArticle.size());
  // Without the article the noun must head organizations' names
  // (data/entities/org_nouns.txt): "al-kitab" is not "kitab <<X>>"'s X.
  const bool head = table_.Has(bare, SpeechCueClass::kOrgHead);
  int found = -1;
  for (const MentionRef& r : mentions_) {
    if (r.span.end > s.begin) break;  // mentions_ is in text order
    const Entity& e = entities_[r.entity];
    if (e.type != EntityType::kOrganization || r.entity == found) continue;
    // The mention's first word (clitics aside) is the noun, with the
    // article ("al-jaysh al-suri") or without ("li-sharikat aramku"), or
    // the noun stands right before it ("bi-sahifat <<al-wi'am>>"); or the
    // entity's name starts with it.
    const int j = TokenAt(r.span.begin);
    if (static_cast<size_t>(j) >= info_.size()) continue;
    bool named = info_[j].form == form ||
                 (head && (info_[j].host_form == bare ||
                           FirstWord(FoldArabic(e.canonical)) == bare));
    for (int b = j - 1; head && !named && b >= 0 && b + 2 >= j; --b) {
      if (info_[b].host_form == bare) named = true;
      if (info_[b].opens_region < 0) break;  // only a mark in between
    }
    if (!named) continue;
    if (found >= 0) return -1;  // two organizations: leave it unresolved
    found = r.entity;
  }
  return found;
}

namespace {

// An honorific pronoun and the role words (folded, without the article)
// one of which its holder's role must hold (none: any role).
struct Honorific {
  std::string form;  // folded
  std::vector<std::string_view> role_words;
};

const std::vector<Honorific>& Honorifics() {
  static const auto* const table = [] {
    const std::vector<std::string_view> prince = {
        "\xD8\xA7\xD9\x85\xD9\x8A\xD8\xB1",          // amir
        "\xD8\xA7\xD9\x85\xD9\x8A\xD8\xB1\xD9\x87",  // amira
        "\xD9\x88\xD9\x84\xD9\x8A",                  // wali (al-'ahd)
        "\xD8\xB4\xD9\x8A\xD8\xAE",                  // shaykh
        "\xD8\xB4\xD9\x8A\xD8\xAE\xD9\x87"};         // shaykha
    const std::vector<std::string_view> king = {
        "\xD9\x85\xD9\x84\xD9\x83",           // malik
        "\xD9\x85\xD9\x84\xD9\x83\xD9\x87",   // malika
        "\xD8\xB9\xD8\xA7\xD9\x87\xD9\x84"};  // 'ahil
    const std::vector<std::string_view> president = {
        "\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3",           // ra'is
        "\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3\xD9\x87"};  // ra'isa
    const std::vector<std::string_view> cleric = {
        "\xD8\xB4\xD9\x8A\xD8\xAE",           // shaykh
        "\xD9\x85\xD9\x81\xD8\xAA\xD9\x8A",   // mufti
        "\xD8\xA7\xD9\x8A\xD9\x87",           // aya (allah)
        "\xD8\xB3\xD9\x8A\xD8\xAF",           // sayyid
        "\xD8\xA7\xD9\x85\xD8\xA7\xD9\x85"};  // imam
    auto* t = new std::vector<Honorific>{
        {"\u0633\u0645\u0648\u0647", prince},                 // sumuwwuhu
        {"\u0633\u0645\u0648\u0647\u0627", prince},           // sumuwwuha
        {"\u062C\u0644\u0627\u0644\u062A\u0647", king},       // jalalatuhu
        {"\u0641\u062E\u0627\u0645\u062A\u0647", president},  // fakhamatuhu
        {"\u0641\u062E\u0627\u0645\u062A\u0647\u0627", president},
        {"\u0633\u0645\u0627\u062D\u062A\u0647", cleric},  // samahatuhu
        {"\u0645\u0639\u0627\u0644\u064A\u0647", {}},      // ma'alihi
        {"\u0645\u0639\u0627\u0644\u064A\u0647\u0627", {}},
        {"\u0633\u0639\u0627\u062F\u062A\u0647", {}},  // sa'adatuhu
        {"\u0633\u0639\u0627\u062F\u062A\u0647\u0627", {}},
        {"\u0641\u0636\u064A\u0644\u062A\u0647", {}},  // fadilatuhu
        {"\u0633\u064A\u0627\u062F\u062A\u0647", {}},  // siyadatuhu
    };
    for (Honorific& h : *t) h.form = FoldArabic(h.form);
    return t;
  }();
  return *table;
}

// True if one of `roles` has a word of `words` (folded, with or without
// the article); true for any role when `words` is empty.
bool RoleFits(const std::vector<std::string>& roles,
              const std::vector<std::string_view>& words) {
  if (words.empty()) return true;
  for (const std::string& role : roles) {
    const std::string folded = FoldArabic(role);
    size_t pos = 0;
    while (pos <= folded.size()) {
      size_t end = folded.find(' ', pos);
      if (end == std::string::npos) end = folded.size();
      std::string_view word(folded.data() + pos, end - pos);
      if (StartsWithAl(word)) word.remove_prefix(kArticle.size());
      for (std::string_view w : words) {
        if (word == w) return true;
      }
      pos = end + 1;
    }
  }
  return false;
}

}  // namespace

int QuoteRun::HonorificAt(ByteSpan words) const {
  const int k = OneWord(words);
  if (k < 0) return -1;
  const std::vector<Honorific>& table = Honorifics();
  for (size_t i = 0; i < table.size(); ++i) {
    if (info_[k].form == table[i].form) return static_cast<int>(i);
  }
  return -1;
}

int QuoteRun::HonorificHolder(int honorific, ByteSpan words, size_t cue_index) {
  const std::vector<std::string_view>& fits =
      Honorifics()[static_cast<size_t>(honorific)].role_words;
  const TokenInfo& at = info_[cues_[cue_index].token];
  // The nearest earlier statement's speaker that is a person (whose role,
  // if known, fits), as rule (e) carries one; not past an organization
  // ("qalat al-wizara ... wa-akkada ma'alihi": the minister is named).
  for (int k = EarlierStatement(cue_index, cue_index); k >= 0;
       k = EarlierStatement(static_cast<size_t>(k), cue_index)) {
    const Speaker prev = ResolveSpeaker(static_cast<size_t>(k));
    if (prev.entity < 0) continue;
    const Entity& e = entities_[prev.entity];
    if (e.type != EntityType::kPerson) break;
    if (e.roles.empty() || RoleFits(e.roles, fits)) return prev.entity;
  }
  // Else the first person with a title that fits in the nearest sentence
  // that names one, this sentence first (before the words), in reach: the
  // subject of the story ("rahhaba sahib al-sumuww al-amir X ...
  // wa-awdaha sumuwwuhu"), not the dignitaries a formula lists after him.
  for (uint32_t s = at.sentence + 1; s-- > 0;) {
    const MorphSentence& sent = a_.sentences[s];
    if (sent.token_count == 0) continue;
    if (info_[sent.first_token].paragraph + kCarryParagraphs < at.paragraph) {
      break;
    }
    const uint32_t lo = a_.tokens[sent.first_token].span.begin;
    const uint32_t hi = std::min(SentenceEnd(s), words.begin);
    for (const MentionRef& r : mentions_) {
      if (r.span.begin >= hi) break;
      const Entity& e = entities_[r.entity];
      if (r.span.begin >= lo && r.span.end <= hi &&
          r.type == EntityType::kPerson && e.type == EntityType::kPerson &&
          !e.roles.empty() && RoleFits(e.roles, fits)) {
        return r.entity;
      }
    }
  }
  return -1;
}

bool QuoteRun::SameSourceAt(ByteSpan words) const {
  // Folded forms: dhat, nafs; al-masdar; dhatuhu, nafsuhu.
  static constexpr std::string_view kDhat = "\xD8\xB0\xD8\xA7\xD8\xAA";
  static constexpr std::string_view kNafs = "\xD9\x86\xD9\x81\xD8\xB3";
  static constexpr std::string_view kMasdar =
      "\xD8\xA7\xD9\x84\xD9\x85\xD8\xB5\xD8\xAF\xD8\xB1";
  static constexpr std::string_view kDhatuhu =
      "\xD8\xB0\xD8\xA7\xD8\xAA\xD9\x87";
  static constexpr std::string_view kNafsuhu =
      "\xD9\x86\xD9\x81\xD8\xB3\xD9\x87";
  const ByteSpan s = Trim(words);
  const int k = TokenAt(s.begin);
  if (k < 0 || static_cast<size_t>(k) + 1 >= info_.size() ||
      a_.tokens[k].span.begin != s.begin ||
      a_.tokens[k + 1].span.end != s.end || info_[k].has_proclitic ||
      info_[k + 1].has_proclitic) {
    return false;
  }
  const std::string_view first = info_[k].form;
  const std::string_view second = info_[k + 1].form;
  return ((first == kDhat || first == kNafs) && second == kMasdar) ||
         (first == kMasdar && (second == kDhatuhu || second == kNafsuhu));
}

int QuoteRun::CueGender(const Cue& c) const {
  // A relaying verb (naqalat al-idha'a 'an X) agrees with the relayer,
  // not with the speaker it names.
  if (c.masdar || c.entry->folded_lemma == kNaqalaLemma) return 0;
  const TokenInfo& ti = info_[c.token];
  const std::string_view f = ti.host_form;
  static constexpr std::string_view kTa = "\xD8\xAA";    // t
  static constexpr std::string_view kHa = "\xD9\x87";    // folded -a (-ah)
  static constexpr std::string_view kAlef = "\xD8\xA7";  // -an, -a, -aa
  static constexpr std::string_view kWaw = "\xD9\x88";   // -uu (-uu, -uun)
  static constexpr std::string_view kNun = "\xD9\x86";   // -uun, -aan
  static constexpr std::string_view kYa = "\xD9\x8A";    // y- (he)
  if (c.participle) {
    // With a pronoun (mutaba'atuha, "its follow-up") the form is a noun's.
    if (!ti.form.ends_with(f)) return 0;
    if (f.ends_with(kHa)) return 2;
    return f.ends_with(kAlef) ? 1 : 0;
  }
  const std::string_view lemma = ti.host_lemma;
  // Duals and plurals (qala, qalu, yaqulun, yaqulan), the first person
  // (naqul, aqul: inside a quotation) say nothing of one referent.
  if (f.size() < 4 || f.ends_with(kAlef) || f.ends_with(kWaw) ||
      (f.ends_with(kNun) && !lemma.ends_with(kNun))) {
    return 0;
  }
  if (f.ends_with(kTa) && !lemma.ends_with(kTa)) return 2;
  // An imperfect in t- is "she" or "you", or a perfect of forms V and VI
  // (tasa'ala) whose lemma the analysis may have got wrong: unknown.
  if (f.starts_with(kYa) && !lemma.starts_with(kYa)) return 1;
  // A perfect with no ending: its own lemma's letters.
  return f == lemma ? 1 : 0;
}

bool QuoteRun::CuePlural(const Cue& c) const {
  if (c.masdar) return false;
  const TokenInfo& ti = info_[c.token];
  const std::string_view f = ti.host_form;
  const std::string_view lemma = ti.host_lemma;
  static constexpr std::string_view kWaw = "\u0648";
  static constexpr std::string_view kWawAlef = "\u0648\u0627";
  static constexpr std::string_view kWawNun = "\u0648\u0646";
  static constexpr std::string_view kYaNun = "\u064a\u0646";
  if (f.size() < 6 || lemma.ends_with(kWaw) || lemma.ends_with(kWawNun)) {
    return false;
  }
  if (c.participle) return f.ends_with(kYaNun) || f.ends_with(kWawNun);
  // -uu before a pronoun loses its alef: ablaghuu-hu is "ablghw" + h.
  const bool pronoun = !ti.form.ends_with(f);
  return f.ends_with(kWawAlef) || f.ends_with(kWawNun) ||
         (pronoun && f.ends_with(kWaw));
}

bool QuoteRun::GuestAt(ByteSpan words) const {
  // Folded forms: dayf, dayfa (ta marbuta folds to ha).
  static constexpr std::string_view kGuest = "\xD8\xB6\xD9\x8A\xD9\x81";
  static constexpr std::string_view kGuestF =
      "\xD8\xB6\xD9\x8A\xD9\x81\xD9\x87";
  const ByteSpan s = Trim(words);
  const int k = TokenAt(s.begin);
  if (k < 0 || static_cast<size_t>(k) + 1 >= info_.size() ||
      a_.tokens[k].span.begin != s.begin || a_.tokens[k].span.end >= s.end ||
      info_[k].has_proclitic) {
    return false;
  }
  return info_[k].form == kGuest || info_[k].form == kGuestF;
}

int QuoteRun::EarlierPersonSpeaker(size_t cue_index) {
  // Unnamed sources, folded: masdar, masadir, mas'ul.
  static constexpr std::string_view kUnnamed[] = {
      "\xD9\x85\xD8\xB5\xD8\xAF\xD8\xB1",
      "\xD9\x85\xD8\xB5\xD8\xA7\xD8\xAF\xD8\xB1",
      "\xD9\x85\xD8\xB3\xD8\xA4\xD9\x88\xD9\x84"};
  // The statement right before: if it has no speaker, the source is
  // someone the analysis did not find ("wa-kana mas'ul ... dhakara"), not
  // a person named further back.
  const int k = EarlierStatement(cue_index, cue_index);
  if (k < 0) return -1;
  const Speaker prev = ResolveSpeaker(static_cast<size_t>(k));
  if (prev.how == 0) return -1;
  // An unnamed source named since ("wifqa ma akkadahu masdar tibbi",
  // "wa-kana mas'ul ... dhakara": no cue or no speaker found there) is the
  // one meant.
  for (uint32_t j = cues_[k].token + 1; j < cues_[cue_index].token; ++j) {
    for (std::string_view unnamed : kUnnamed) {
      if (info_[j].host_form == unnamed) return -1;
    }
  }
  // A person; not the station or agency that relayed the source, nor a
  // place the speaker's words had been linked to.
  return prev.entity >= 0 && entities_[prev.entity].type == EntityType::kPerson
             ? prev.entity
             : -1;
}

int QuoteRun::EarlierStatement(size_t before, size_t cue_index) const {
  const TokenInfo& at = info_[cues_[cue_index].token];
  for (size_t k = before; k-- > 0;) {
    if (info_[cues_[k].token].paragraph + kCarryParagraphs < at.paragraph) {
      return -1;
    }
    if (!cues_[k].narrator && !cues_[k].nested) return static_cast<int>(k);
  }
  return -1;
}

}  // namespace khabar
