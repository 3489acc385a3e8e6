// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Speakers of the quotation extractor's cues (docs/QUOTES.md, "Rules" 5):
// entity mentions and words around the speech verb, carried-over speakers,
// and the entity a speaker's words resolve to.

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quotes/quote_internal.h"
#include "quotes/quote_run.h"

namespace khabar {
namespace {

constexpr int kMaxSpeakerTokens = 12;
constexpr int kMaxSubjectWords = 4;
constexpr int kMaxSubjectWordsBefore = 5;
// Words between kana and qad that may be kana's subject ("wa-kana mas'ul
// rafi' fi wizarat al-difa' al-amrikiyya qad qala").
constexpr uint32_t kMaxKanaSubjectWords = 8;
// Tokens between kana and qad with an apposition or relative clause set
// off by commas after the subject.
constexpr uint32_t kMaxKanaScanTokens = 24;
// Words of an apposition between a person and "alladhi" ("rajul a'mal",
// "wazirat al-'adl al-isra'iliyya al-sabiqa").
constexpr uint32_t kMaxAppositionWords = 6;

// Folded 'an (from): "naqala ... 'an X" relays X.
constexpr std::string_view kAn = "\xD8\xB9\xD9\x86";
// Folded kana (its lemma) and the complementizer "an": a subject noun
// phrase may follow them ("wa-kanat wasa'il i'lam dhakarat").
constexpr std::string_view kKana = "\xD9\x83\xD8\xA7\xD9\x86";
constexpr std::string_view kComplementizerAn = "\xD8\xA7\xD9\x86";
constexpr std::string_view kArabicComma = "\xD8\x8C";
bool IsName(const TokenInfo& x) {
  return x.host_upos == "PROPN" || x.host_upos == "X";
}

// True if token x, right before a place mention (an organization's if
// `organization`), makes the two a title of someone (a noun without a
// clitic: "amin jidda", the mayor of Jeddah; "shurtat jidda"; "safirat
// al-wilayat al-muttahida"; "mudir sharikat aramku"), not the state itself
// ("saltanat 'uman", "hukumat al-yunan") nor a given name the analysis
// split ("wa-n-di shirman").
bool TitleWordBefore(const TokenInfo& x, bool organization) {
  static const std::string kStates[] = {
      FoldArabic("\u0633\u0644\u0637\u0646\u0629"),              // saltana
      FoldArabic("\u0645\u0645\u0644\u0643\u0629"),              // mamlaka
      FoldArabic("\u0627\u0644\u0645\u0645\u0644\u0643\u0629"),  // al-mamlaka
      FoldArabic("\u062C\u0645\u0647\u0648\u0631\u064A\u0629"),  // jumhuriya
      FoldArabic("\u062F\u0648\u0644\u0629"),                    // dawla
      FoldArabic("\u0625\u0645\u0627\u0631\u0629"),              // imara
      FoldArabic("\u062D\u0643\u0648\u0645\u0629")};             // hukuma
  // Not a noun with a pronoun ("armalatuhu suha 'arafat", his widow).
  // Before an organization also a word the analysis does not know
  // ("muwazzafu wizarat al-maliya", the ministry's employees).
  const bool noun =
      x.host_upos == "NOUN" ||
      (organization && (x.host_upos == "ADJ" || x.host_upos == "X"));
  if (!noun || x.has_proclitic || x.form != x.host_form) return false;
  for (const std::string& state : kStates) {
    if (x.host_form == state) return false;
  }
  return true;
}

// Folded forms: a feminine ending (ta marbuta, folded to ha) and a sound
// masculine plural ending (-in, -un).
bool IsFeminine(std::string_view form) {
  static constexpr std::string_view kHa = "\xD9\x87";
  return form.size() > 2 && form.substr(form.size() - 2) == kHa;
}

bool IsSoundPlural(std::string_view form) {
  static constexpr std::string_view kYaNun = "\xD9\x8A\xD9\x86";
  static constexpr std::string_view kWawNun = "\xD9\x88\xD9\x86";
  if (form.size() <= 6) return false;
  const std::string_view end = form.substr(form.size() - 4);
  return end == kYaNun || end == kWawNun;
}

// A relative adjective (-i, -iyya, -iyyun, -iyyin, -iyyat), folded: it
// may agree with the head of an iDafa rather than the word before it
// (sahifat al-watan al-sa'udiyya).
bool IsNisba(std::string_view form) {
  static constexpr std::string_view kEndings[] = {
      "\xD9\x8A", "\xD9\x8A\xD9\x87", "\xD9\x8A\xD9\x8A\xD9\x86",
      "\xD9\x8A\xD9\x88\xD9\x86", "\xD9\x8A\xD8\xA7\xD8\xAA"};
  for (std::string_view e : kEndings) {
    if (form.size() > e.size() + 4 &&
        form.substr(form.size() - e.size()) == e) {
      return true;
    }
  }
  return false;
}

// dhalika, hadha, hadhihi, tilka, dhaka, ha'ula'i, ula'ika, folded.
bool IsDemonstrative(std::string_view folded) {
  static const std::vector<std::string> kWords = [] {
    std::vector<std::string> words;
    for (std::string_view w :
         {"\xD8\xB0\xD9\x84\xD9\x83", "\xD9\x87\xD8\xB0\xD8\xA7",
          "\xD9\x87\xD8\xB0\xD9\x87", "\xD8\xAA\xD9\x84\xD9\x83",
          "\xD8\xB0\xD8\xA7\xD9\x83",
          "\xD9\x87\xD8\xA4\xD9\x84\xD8\xA7\xD8\xA1",
          "\xD8\xA3\xD9\x88\xD9\x84\xD8\xA6\xD9\x83"}) {
      AppendFoldedArabic(w, &words.emplace_back());
    }
    return words;
  }();
  return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

bool IsNominal(const TokenInfo& x) {
  return IsName(x) || x.host_upos == "NOUN" || x.host_upos == "ADJ";
}

// Whether the cue verb is in the plural: a finite verb whose host ends
// with -uu (qaluu, akkaduu, yaquluu) or -uun (yu'akkiduun). Its subject is
// a group, never one person.
bool IsPluralVerb(const Cue& cue, const TokenInfo& x) {
  static constexpr std::string_view kUu = "\xD9\x88\xD8\xA7";   // waw alef
  static constexpr std::string_view kUun = "\xD9\x88\xD9\x86";  // waw nun
  return !cue.participle && x.host_upos == "VERB" &&
         (x.host_form.ends_with(kUu) || x.host_form.ends_with(kUun));
}

bool IsComma(const TokenInfo& x) {
  return x.form == kArabicComma || x.form == ",";
}

}  // namespace

int QuoteRun::PersonEndingBefore(uint32_t comma, uint32_t sentence) const {
  const uint32_t first = a_.sentences[sentence].first_token;
  const uint32_t lo = a_.tokens[first].span.begin;
  bool comma_skipped = false;
  for (uint32_t k = comma; k > first && k + kMaxAppositionWords >= comma;) {
    --k;
    const uint32_t end = a_.tokens[k].span.end;
    for (size_t m = 0; m < mentions_.size(); ++m) {
      if (mentions_[m].span.end == end && mentions_[m].span.begin >= lo &&
          mentions_[m].type == EntityType::kPerson) {
        return static_cast<int>(m);
      }
    }
    if (IsComma(info_[k]) && !comma_skipped) {
      comma_skipped = true;
    } else if (!IsNominal(info_[k]) || info_[k].has_proclitic) {
      return -1;
    }
  }
  return -1;
}

bool QuoteRun::IsPlace(const MentionRef& m) const {
  const EntityType type =
      m.entity >= 0 && static_cast<size_t>(m.entity) < entities_.size()
          ? entities_[m.entity].type
          : m.type;
  return type == EntityType::kLocation;
}

int QuoteRun::MentionCovering(ByteSpan s) const {
  int best = -1;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const ByteSpan m = mentions_[i].span;
    if (m.begin < s.end && s.begin < m.end) {
      best = static_cast<int>(i);
      if (mentions_[i].type == EntityType::kPerson) break;
    }
  }
  return best;
}

// A speaker found as words: the entity of a mention covering its last
// word (not a place after other words: the title of its holder), else the
// one person or organization whose canonical name ends with that word.
void QuoteRun::LinkWords(Speaker* sp) const {
  const ByteSpan s = Trim(sp->span);
  uint32_t last = s.end;
  while (last > s.begin && text_[last - 1] != ' ') --last;
  const int m = MentionCovering({last, s.end});
  // A person's title in construct with the organization or place after
  // it ("ra'is al-ittihad al-duwali", "safir dawlat almaniya"): the holder
  // speaks, not the organization: a person named before with these words
  // as a role, or no one.
  if (m >= 0 && mentions_[m].span.begin > s.begin &&
      entities_[mentions_[m].entity].type != EntityType::kPerson &&
      TitleOf(s.begin, mentions_[m].span.begin)) {
    sp->entity =
        RoleHolder(FoldArabic(text_.substr(s.begin, s.size())), s.begin);
    return;
  }
  if (m >= 0) {
    // Not a place that ends a title ("amin jidda", "safir faransa"): the
    // speaker holds the title.
    const int head = TokenAt(mentions_[m].span.begin) - 1;
    if (!IsPlace(mentions_[m]) || mentions_[m].span.begin <= s.begin ||
        head < 0 || !TitleWordBefore(info_[head], false)) {
      sp->entity = mentions_[m].entity;
    }
    return;
  }
  // A title that is the role of one person named before it ("wa-hadhdhara
  // al-ra'is al-amriki" after "al-ra'is al-amriki barak awbama"; one word,
  // "al-ra'is", as the role's first word): that person.
  const int holder =
      RoleHolder(FoldArabic(text_.substr(s.begin, s.size())), s.begin);
  if (holder >= 0) {
    sp->entity = holder;
    return;
  }
  // A definite noun for the organization named before with it
  // ("wa-qalat al-sharika" after "sharikat aramku").
  const int referent = NounReferent(s);
  if (referent >= 0) {
    sp->entity = referent;
    return;
  }
  const std::string word = FoldArabic(text_.substr(last, s.end - last));
  // A nisba adjective after a definite noun ends many names ("al-shurta
  // al-isbaniya" is not "wizarat al-dakhiliya al-isbaniya"); a surname in
  // -i after a given name ("'a'id al-harbi") does not.
  if (last > s.begin + 1 && IsNisba(word)) {
    uint32_t prev = last - 1;
    while (prev > s.begin && text_[prev - 1] != ' ') --prev;
    if (StartsWithAl(FoldArabic(text_.substr(prev, last - 1 - prev)))) return;
  }
  int found = -1;
  for (size_t e = 0; e < entities_.size(); ++e) {
    if (entities_[e].type != EntityType::kPerson &&
        entities_[e].type != EntityType::kOrganization) {
      continue;
    }
    const std::string name = FoldArabic(entities_[e].canonical);
    const size_t space = name.rfind(' ');
    const std::string tail =
        space == std::string::npos ? name : name.substr(space + 1);
    if (tail != word) continue;
    if (found >= 0) return;  // two candidates: leave it unresolved
    found = static_cast<int>(e);
  }
  sp->entity = found;
}

bool QuoteRun::QuotedAt(uint32_t pos) const {
  const int t = TokenAt(pos);
  return t < static_cast<int>(info_.size()) && info_[t].quoted;
}

bool QuoteRun::SubjectWords(uint32_t first, uint32_t limit, Speaker* sp) const {
  if (first >= limit || info_[first].has_proclitic) return false;
  // A quantified noun phrase is the object (da'at jami' al-atraf ila,
  // nashada kaffat al-muwatinin), not the subject.
  static constexpr std::string_view kQuantifiers[] = {
      "\xD8\xAC\xD9\x85\xD9\x8A\xD8\xB9",  // jami'
      "\xD9\x83\xD8\xA7\xD9\x81\xD9\x87",  // kaffa
      "\xD9\x83\xD9\x84",                  // kull
  };
  for (std::string_view q : kQuantifiers) {
    if (info_[first].host_form == q) return false;
  }
  // A short quoted name as the subject ("as" al-isbaniyya).
  if (info_[first].opens_region >= 0) {
    const QuoteRegion& r = regions_[info_[first].opens_region];
    if (r.close.empty() || RegionWords(r) >= kMinQuoteWords) return false;
    uint32_t end = r.close.end;
    const uint32_t j = static_cast<uint32_t>(TokenAt(r.close.end));
    if (j < limit && info_[j].host_upos == "ADJ" && !info_[j].has_proclitic) {
      end = a_.tokens[j].span.end;
    }
    sp->span = {a_.tokens[first].span.begin, end};
    sp->how = 2;
    return true;
  }
  // A proper name goes on with proper names only; a title (noun) with
  // nouns, adjectives and names.
  const bool named = IsName(info_[first]);
  uint32_t j = first;
  uint32_t end = 0;
  while (j < limit && j < first + kMaxSubjectWords) {
    const TokenInfo& tj = info_[j];
    if (tj.has_proclitic && j > first) break;
    if (SpeechCueTable::In(tj.host_entry, SpeechCueClass::kTimeWord)) break;
    // A first word tagged as an adjective is a nominal subject too
    // (mas'ul, mutahaddithun), unless an adverbial accusative (-an).
    static constexpr std::string_view kAlef = "\xD8\xA7";
    const bool adverb =
        tj.form.size() > 2 && tj.form.substr(tj.form.size() - 2) == kAlef;
    const bool fits = named
                          ? IsName(tj)
                          : (tj.host_upos == "NOUN" || IsName(tj) ||
                             (tj.host_upos == "ADJ" && (j > first || !adverb)));
    if (!fits) break;
    // After a definite word (never the first term of an iDafa, so what
    // follows is no genitive of it), an indefinite accusative (-an, -ha) is
    // an adverb or the object (qa'ilan, hinaha, qawlaha), and a definite
    // noun that does not agree with it in gender or number is the object
    // (a definite noun that agrees is an adjective the tagger read as a
    // noun: al-amina al-'amma al-musa'ida, al-mas'ul al-baladi): "wa-talabat
    // al-wizara al-muwatinin al-mawjudin".
    const std::string_view prev = j > first ? info_[j - 1].form : "";
    if (!named && StartsWithAl(prev) &&
        MentionCovering(a_.tokens[j].span) < 0) {
      const bool definite = StartsWithAl(tj.form);
      if (adverb && !definite && !IsName(tj)) break;
      if (definite && tj.host_upos == "NOUN" && !IsNisba(tj.form) &&
          (IsFeminine(prev) != IsFeminine(tj.form) ||
           (IsSoundPlural(tj.form) && !IsSoundPlural(prev)))) {
        break;
      }
    }
    end = a_.tokens[j].span.end;
    ++j;
  }
  if (j == first) return false;
  // A quoted name after the head ("sahifat <<sunday people>>"), and its
  // adjective.
  if (j < limit && info_[j].opens_region >= 0) {
    const QuoteRegion& r = regions_[info_[j].opens_region];
    if (!r.close.empty() && IsQuotedName(r)) {
      end = r.close.end;
      j = static_cast<uint32_t>(TokenAt(r.close.end));
      if (j < limit && info_[j].host_upos == "ADJ" && !info_[j].has_proclitic) {
        end = a_.tokens[j].span.end;
      }
    }
  }
  sp->span = {a_.tokens[first].span.begin, end};
  sp->how = 2;
  return true;
}

bool QuoteRun::PersonForGroup(const Cue& cue, const Speaker& sp) const {
  return sp.entity >= 0 && IsPluralVerb(cue, info_[cue.token]) &&
         entities_[sp.entity].type == EntityType::kPerson;
}

Speaker QuoteRun::ResolveSpeaker(size_t cue_index) {
  if (cue_resolved_[cue_index]) return cue_speakers_[cue_index];
  cue_resolved_[cue_index] = true;
  const Cue& cue = cues_[cue_index];
  const uint32_t t = cue.token;
  const TokenInfo& ti = info_[t];
  const MorphSentence& sent = a_.sentences[ti.sentence];
  const uint32_t sent_end = sent.first_token + sent.token_count;
  const uint32_t clause_end = std::min(cue.complement == Complement::kNone
                                           ? sent_end
                                           : std::max(cue.comp_token, t + 1),
                                       sent_end);
  uint32_t limit = std::min(clause_end, t + 1 + kMaxSpeakerTokens);
  Speaker sp;
  if (cue.narrator) {
    cue_speakers_[cue_index] = sp;
    return sp;
  }
  auto from_mention = [&](int m) {
    sp.span = mentions_[m].span;
    sp.entity = mentions_[m].entity;
    sp.how = 3;
  };
  // The subject is searched from `from`: after the verb, or after "'an"
  // when the verb relays (naqalat al-sahifa 'an mutahaddith ...).
  uint32_t from = t + 1;
  bool relay = false;
  if (!cue.participle && cue.entry->folded_lemma == kNaqalaLemma) {
    for (uint32_t j = t + 1; j < limit; ++j) {
      if (info_[j].form == kAn) {
        from = j + 1;
        relay = true;
        break;
      }
    }
    // The relayed speaker's words are counted from "'an": the agency's
    // name and a long title may come before the name ("naqalat wakalat
    // anba' al-imarat (wam) 'an al-wakil al-musa'id li-l-shu'un
    // al-qunsuliyya bi-wizarat al-kharijiyya ahmad ...").
    if (relay) limit = std::min(clause_end, from + kMaxSpeakerTokens);
  }
  // Skipped before the subject: the mark of a quoted name ('an "sandar
  // bitshay"), time words (qala al-ithnayn), a preposition with a pronoun
  // (dhakara 'anha X) and an adverbial accusative (akkada ta'qiban 'ala).
  auto skippable = [&](uint32_t j) {
    const TokenInfo& x = info_[j];
    if (x.opens_region >= 0) return IsQuotedName(regions_[x.opens_region]);
    static constexpr std::string_view kAlef = "\xD8\xA7";
    static constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";
    return SpeechCueTable::In(x.host_entry, SpeechCueClass::kTimeWord) ||
           (x.host_upos == "ADP" && a_.tokens[j].word_count > 1 &&
            !x.has_proclitic) ||
           (x.host_upos == "NOUN" && !x.has_proclitic && x.form.size() > 4 &&
            x.form.substr(x.form.size() - 2) == kAlef &&
            x.form.substr(0, 4) != kAl);
  };
  // The medium the speaker spoke to, li- and a quoted name or up to three
  // quoted words ("awdahat li-<<'ukaz>> al-duktura X"), is skipped whole:
  // its preposition is no adjunct before the subject.
  auto after_recipient = [&](uint32_t j) {
    static constexpr std::string_view kLi = "\xD9\x84";
    if (j + 1 >= limit || info_[j].host_upos != "ADP" ||
        info_[j].host_form != kLi || info_[j + 1].opens_region < 0) {
      return j;
    }
    const QuoteRegion& r = regions_[info_[j + 1].opens_region];
    if (r.close.empty() || (!IsQuotedName(r) && RegionWords(r) > 3)) {
      return j;
    }
    return static_cast<uint32_t>(TokenAt(r.close.end));
  };
  while (from < limit) {
    if (skippable(from)) {
      ++from;
    } else if (const uint32_t next = after_recipient(from); next != from) {
      from = next;
    } else {
      break;
    }
  }
  // Mentions after a bare preposition are adjuncts ("qala X fi mu'tamar
  // 'aqadahu ma'a Y"): the subject comes before it.
  uint32_t adjunct = limit;
  for (uint32_t j = from; j < limit; ++j) {
    if (info_[j].host_upos == "ADP" && a_.tokens[j].word_count == 1) {
      adjunct = j;
      break;
    }
  }
  auto mention_after = [&](uint32_t stop, bool near_other) {
    if (stop <= from) return false;
    const uint32_t lo = a_.tokens[from].span.begin;
    const uint32_t hi = a_.tokens[stop - 1].span.end;
    int first = -1, person = -1;
    for (size_t m = 0; m < mentions_.size(); ++m) {
      const ByteSpan s = mentions_[m].span;
      if (s.begin < lo || s.end > hi) continue;
      if (first < 0) first = static_cast<int>(m);
      if (person < 0 && mentions_[m].type == EntityType::kPerson) {
        person = static_cast<int>(m);
      }
    }
    // A place or an organization after a title word is what that word
    // heads ("amin jidda", the mayor of Jeddah; "muwazzafu wizarat
    // al-maliya"): the words are the subject. After a name head ("sharikat
    // google", "nadi al-ittihad") the organization is.
    const int first_token =
        first >= 0 ? TokenAt(mentions_[first].span.begin) : -1;
    if (person >= 0) {
      from_mention(person);
    } else if (near_other && first >= 0 &&
               first_token <= static_cast<int>(from) + 1 &&
               (first_token <= static_cast<int>(from) ||
                !TitleWordBefore(info_[from], !IsPlace(mentions_[first])) ||
                (!IsPlace(mentions_[first]) && IsNameHead(from)))) {
      from_mention(first);
    }
    return sp.how > 0;
  };
  // (a) a mention after the verb, before the complement and any adjunct:
  // a person first, another type right after the verb.
  if (!cue.participle) mention_after(adjunct, false);
  // (a0) "X, alladhi qala": a relative pronoun set off by a comma right
  // before the verb stands for the person named before the comma, or
  // before an apposition ("X, rajul a'mal, alladhi qala", "X wazirat
  // al-'adl al-sabiqa, allati asharat"); it comes before a mention of
  // another type after the verb, the object ("alladhi ablagha sahifat
  // ..."). The analysis reads alladhi as a name (X), so it had been the
  // speaker.
  if (sp.how == 0 && !cue.participle && t > sent.first_token + 2 &&
      IsRelativePronoun(info_[t - 1].host_form) &&
      RelativeAgreesWithVerb(info_[t - 1].host_form, info_[t].host_form,
                             info_[t].host_lemma) &&
      IsComma(info_[t - 2])) {
    const int m = PersonEndingBefore(t - 2, ti.sentence);
    if (m >= 0) from_mention(m);
  }
  if (sp.how == 0 && !cue.participle) mention_after(adjunct, true);
  // The subject before the verb is looked for before "qad" ("wa-kana
  // al-natiq ... sufyan al-sliti qad akkada").
  static constexpr std::string_view kQad = "\xD9\x82\xD8\xAF";
  const uint32_t vt =
      t > sent.first_token + 1 && info_[t - 1].form == kQad ? t - 1 : t;
  // "amma X ... fa-qala": the topic after amma is the subject (a person
  // mentioned there, else its words).
  static constexpr std::string_view kAmma = "\xD8\xA7\xD9\x85\xD8\xA7";
  if (sp.how == 0 && !cue.participle && !relay && ti.has_conj) {
    for (uint32_t j = t; j-- > sent.first_token;) {
      if (info_[j].punct || info_[j].quoted || info_[j].host_upos == "VERB") {
        break;
      }
      if (info_[j].form != kAmma) continue;
      for (size_t m = 0; m < mentions_.size() && sp.how == 0; ++m) {
        if (mentions_[m].type == EntityType::kPerson &&
            mentions_[m].span.begin >= a_.tokens[j].span.end &&
            mentions_[m].span.end <= a_.tokens[t].span.begin) {
          from_mention(static_cast<int>(m));
        }
      }
      if (sp.how == 0) SubjectWords(j + 1, t, &sp);
      break;
    }
  }
  // A verb with wa-/fa- opens its clause: a noun before it belongs to the
  // clause before ("... fi al-kamirun wa-nayjirya wa-wasafatha bi-annaha").
  const bool subject_before =
      !cue.participle && !relay && t > sent.first_token && !ti.has_conj;
  if (sp.how == 0 && subject_before) {
    // (b) a mention ending just before the verb (subject first).
    const uint32_t verb_begin = a_.tokens[vt].span.begin;
    const uint32_t prev_begin = a_.tokens[vt - 1].span.begin;
    for (size_t m = 0; m < mentions_.size(); ++m) {
      const ByteSpan s = mentions_[m].span;
      if (s.end <= verb_begin && s.end > prev_begin &&
          s.begin >= a_.tokens[sent.first_token].span.begin) {
        // Not the object of a preposition ("wa-'an al-yaman qala").
        const int first = TokenAt(s.begin);
        if (first > static_cast<int>(sent.first_token) &&
            info_[first - 1].host_upos == "ADP") {
          continue;
        }
        from_mention(static_cast<int>(m));
      }
    }
  }
  // (c) the subject's words after the verb; a title's holder named right
  // before the complement speaks for them (c').
  if (sp.how == 0 && !cue.participle && SubjectWords(from, limit, &sp) &&
      cue.complement != Complement::kNone) {
    const int holder = TitleHolder(sp.span, clause_end);
    if (holder >= 0) from_mention(holder);
  }
  if (sp.how == 0 && subject_before) {
    // (d) the subject before the verb: up to 3 proper nouns; else a noun
    // phrase opening the sentence or clause (after punctuation, kana or a
    // complementizer: "wa-kanat wasa'il i'lam dhakarat", "anna al-mudarrib
    // ya'tabir"), or before a relative pronoun ("al-shahid alladhi akkada").
    uint32_t j = vt;
    while (j > sent.first_token && j + 3 > vt && IsName(info_[j - 1]) &&
           !info_[j - 1].has_proclitic &&
           !IsRelativePronoun(info_[j - 1].host_form)) {
      --j;
    }
    // Not the object of a preposition ("wa-'an al-yaman qala").
    if (j < vt && !(j > sent.first_token && info_[j - 1].host_upos == "ADP")) {
      sp.span = {a_.tokens[j].span.begin, a_.tokens[vt - 1].span.end};
      sp.how = 2;
    }
  }
  if (sp.how == 0 && subject_before) {
    uint32_t end = vt;
    const bool relative = IsRelativePronoun(info_[vt - 1].host_form);
    if (relative) --end;
    // A relative pronoun of the other gender is the verb's object: the
    // words before it are not the speaker.
    if (relative &&
        !RelativeAgreesWithVerb(info_[vt - 1].host_form, info_[t].host_form,
                                info_[t].host_lemma)) {
      end = sent.first_token;
    }
    uint32_t j = end;
    while (j > sent.first_token && j + kMaxSubjectWordsBefore > end &&
           IsNominal(info_[j - 1]) &&
           !SpeechCueTable::In(info_[j - 1].host_entry,
                               SpeechCueClass::kTimeWord)) {
      --j;
      if (info_[j].has_proclitic) break;
    }
    bool opens = j == sent.first_token;
    if (j > sent.first_token) {
      const TokenInfo& before = info_[j - 1];
      opens = before.punct || before.host_lemma == kKana ||
              before.host_form == kComplementizerAn;
    }
    if (j < end && (relative || opens)) {
      sp.span = {a_.tokens[j].span.begin, a_.tokens[end - 1].span.end};
      sp.how = 2;
    }
  }
  // (d'') "wa-kana X qad qala": whatever stands between kana and qad is
  // kana's subject, a prepositional phrase included ("wa-kana mas'ul fi
  // wizarat al-difa' qad dhakara"), so the statement is X's and not the
  // speaker of the sentence before. An apposition or a relative clause set
  // off by commas may follow the subject, verbs and all ("wa-kana dawud
  // ughlu, al-mukallaf ..., qad", "wa-kanat al-qubantini allati tamma ...,
  // qad akkadat"): the subject ends at the first comma or relative pronoun.
  if (sp.how == 0 && subject_before && vt + 1 == t) {
    uint32_t commas = 0;
    uint32_t end = vt;
    for (uint32_t j = vt;
         j-- > sent.first_token && j + kMaxKanaScanTokens >= vt;) {
      const TokenInfo& tj = info_[j];
      if (tj.host_lemma == kKana) {
        // After a relative pronoun ("al-duwal allati kanat tarafan ... qad
        // aqarrat") kana's subject is the pronoun's: the words are its
        // predicate.
        const bool relative =
            j > sent.first_token && IsRelativePronoun(info_[j - 1].host_form);
        for (uint32_t k = j + 1; k < end; ++k) {
          if (IsRelativePronoun(info_[k].host_form)) {
            end = k;
            break;
          }
        }
        if (j + 1 < end && end - (j + 1) <= kMaxKanaSubjectWords &&
            !info_[j + 1].has_proclitic && !relative) {
          sp.span = {a_.tokens[j + 1].span.begin, a_.tokens[end - 1].span.end};
          sp.how = 2;
        }
        break;
      }
      if (IsComma(tj) && commas < 2) {
        ++commas;
        end = j;
        continue;
      }
      if (tj.punct || tj.quoted || tj.opens_region >= 0) break;
      // A verb only inside the commas (the apposition or relative clause).
      if (tj.host_upos == "VERB" && commas != 1) break;
    }
  }
  // (a') a person mentioned after an adjunct ("qala fi tasrih li-X wazir
  // al-kharijiyya Y").
  if (sp.how == 0 && !cue.participle) mention_after(limit, false);
  if (sp.how == 0 && cue.participle &&
      (cue_index == 0 ||
       info_[cues_[cue_index - 1].token].sentence != ti.sentence)) {
    // A participle after a non-speech verb: the subject of the clause's
    // verb (the nearest verb before it with wa-/fa- or opening the
    // sentence: "wa-bada'a al-muhtajjun ..., murad-didin"), else the
    // sentence's first person or organization before it ("met X ...,
    // stressing that").
    uint32_t v = t;
    while (v > sent.first_token &&
           !(info_[v - 1].host_upos == "VERB" && !info_[v - 1].quoted &&
             (info_[v - 1].has_conj || v - 1 == sent.first_token))) {
      --v;
    }
    if (v > sent.first_token) {
      const uint32_t after = v;  // the token after the verb
      for (size_t m = 0; m < mentions_.size() && after < t; ++m) {
        const MentionRef& r = mentions_[m];
        if (r.span.begin == a_.tokens[after].span.begin &&
            (r.type == EntityType::kPerson ||
             r.type == EntityType::kOrganization)) {
          from_mention(static_cast<int>(m));
        }
      }
      if (sp.how == 0) SubjectWords(after, t, &sp);
    }
    const uint32_t lo = a_.tokens[sent.first_token].span.begin;
    const uint32_t hi = a_.tokens[t].span.begin;
    for (size_t m = 0; m < mentions_.size() && sp.how == 0; ++m) {
      const MentionRef& r = mentions_[m];
      if (r.span.begin >= lo && r.span.end <= hi && !QuotedAt(r.span.begin) &&
          (r.type == EntityType::kPerson ||
           r.type == EntityType::kOrganization)) {
        from_mention(static_cast<int>(m));
      }
    }
  }
  // A demonstrative alone names no one ("ja'a dhalika ..., mu'akkidan":
  // the statement's speaker is named before); the speaker is looked for
  // as if none was found.
  if (sp.how == 2) {
    const int k = TokenAt(sp.span.begin);
    if (k >= 0 && a_.tokens[k].span.end == sp.span.end &&
        IsDemonstrative(info_[k].host_form)) {
      sp = Speaker{};
    }
  }
  if (sp.how == 2) LinkWords(&sp);
  // An honorific pronoun ("wa-bayyana sumuwwuhu") for the person it
  // stands for.
  if (sp.how == 2 && sp.entity < 0) {
    const int honorific = HonorificAt(sp.span);
    if (honorific >= 0) {
      sp.entity = HonorificHolder(honorific, sp.span, cue_index);
    } else if (SameSourceAt(sp.span) || GuestAt(sp.span)) {
      sp.entity = EarlierPersonSpeaker(cue_index);
    }
  }
  // A verb without its subject agrees with the one it stands for: a
  // feminine verb carries no speaker from a masculine one ("wa-qala kiri
  // ... wa-adafat": another speaker), nor the reverse.
  bool other_gender = false;
  // A plural verb stands for no one person: it carries no person's
  // statement, and takes no name from the sentences before (the group it
  // stands for is rarely a name: "ablaghuhu" after a byline's name, "wa-
  // qalu" of residents after a ministry).
  const bool plural = sp.how == 0 && CuePlural(cue);
  auto person = [&](int entity) {
    return entity >= 0 &&
           entities_[static_cast<size_t>(entity)].type == EntityType::kPerson;
  };
  if (sp.how == 0) {
    const int gender = CueGender(cue);
    // (e) carried over from the nearest earlier cue with a speaker: one
    // with a complement, or one without whose subject was found in its
    // own clause (a'lanat al-haraka 'an ..., wa-qalat ...); never from
    // speech nested in another statement or from narration; one whose
    // verb agrees with this one.
    for (size_t k = cue_index; k-- > 0;) {
      if (info_[cues_[k].token].paragraph + kCarryParagraphs < ti.paragraph) {
        break;
      }
      if (cues_[k].narrator || (cues_[k].nested && !cue.nested)) continue;
      // A verb inside a quotation is the quoted speaker's narration
      // ("samina al-murshid yaqul inna ..."), not a statement to carry
      // past the quotation.
      if (info_[cues_[k].token].quoted && !ti.quoted) continue;
      const bool stated = cues_[k].complement != Complement::kNone;
      const uint32_t kt = cues_[k].token;
      if (!stated && ((k > 0 && info_[cues_[k - 1].token].sentence ==
                                    info_[kt].sentence) ||
                      (kt > 0 && IsRelativePronoun(info_[kt - 1].host_form)))) {
        continue;  // a verb without complement inside a sentence
      }
      const Speaker prev = ResolveSpeaker(k);
      if (prev.how >= 2 || (stated && prev.how == 1 && !prev.text.empty())) {
        const int g = CueGender(cues_[k]);
        if ((gender != 0 && g != 0 && g != gender) ||
            (plural && person(prev.entity))) {
          other_gender = true;
          break;
        }
        sp.text =
            prev.how >= 2
                ? std::string(text_.substr(prev.span.begin, prev.span.size()))
                : prev.text;
        sp.entity = prev.entity;
        sp.how = 1;
        break;
      }
    }
  }
  if (sp.how == 0 && !other_gender && !plural) {
    // (f) no statement before: the first person (else organization) named
    // in the nearest earlier sentence that names one, in reach (not when
    // the statements before were another gender's: their names are no
    // better a guess).
    for (uint32_t s = ti.sentence; s-- > 0 && sp.how == 0;) {
      const MorphSentence& prev = a_.sentences[s];
      if (prev.token_count == 0) continue;
      if (info_[prev.first_token].paragraph + kCarryParagraphs < ti.paragraph) {
        break;
      }
      const uint32_t lo = a_.tokens[prev.first_token].span.begin;
      const uint32_t hi = SentenceEnd(s);
      for (EntityType type : {EntityType::kPerson, EntityType::kOrganization}) {
        for (const MentionRef& r : mentions_) {
          if (r.span.begin >= lo && r.span.end <= hi && r.type == type) {
            sp.text = std::string(text_.substr(r.span.begin, r.span.size()));
            sp.entity = r.entity;
            sp.how = 1;
            break;
          }
        }
        if (sp.how != 0) break;
      }
    }
  }
  if (sp.how >= 2)
    sp.text = std::string(text_.substr(sp.span.begin, sp.span.size()));
  cue_speakers_[cue_index] = sp;
  return sp;
}

}  // namespace khabar
