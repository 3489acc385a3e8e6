// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// One run of the quotation extractor over a text: the scratch and results
// of one QuoteExtractor::Extract() call, shared by quote_extractor.cc (the
// items and their spans), quote_cues.cc (tokens, cues, complements and
// quotation regions) and quote_speaker.cc (speakers).
//
//   QuoteRun run(table, text, analysis, entities);
//   run.Extract(&quotes);
//
// Thread safety: a QuoteRun belongs to one call on one thread.

#ifndef KHABAR_QUOTES_QUOTE_RUN_H_
#define KHABAR_QUOTES_QUOTE_RUN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/entities.h"
#include "khabar/morph_analyzer.h"
#include "khabar/quotes.h"
#include "quotes/quote_internal.h"

namespace khabar {

// kClause: an/anna/inna (reported speech); kColon: "verb ...:" (a direct
// quotation, marked or not); kQuote: an opening quotation mark where the
// complement is due ("qala X fi bayan "..."": a direct quotation).
enum class Complement { kNone, kClause, kColon, kQuote };

struct TokenInfo {
  // Folded forms, views into QuoteRun::folded_; the host word's UPOS, a
  // view into the analysis.
  std::string_view host_form;
  std::string_view host_lemma;
  std::string_view form;  // the whole token
  std::string_view host_upos;
  // The cue-table entries of host_form, host_lemma and form (nullptr when
  // listed in no class).
  const SpeechCueTable::Entry* host_entry = nullptr;
  const SpeechCueTable::Entry* lemma_entry = nullptr;
  const SpeechCueTable::Entry* form_entry = nullptr;
  bool has_li = false;    // a li- proclitic
  bool has_conj = false;  // a wa- or fa- proclitic
  bool has_proclitic = false;
  bool has_prep = false;  // a preposition proclitic (bi-, li-, ka-)
  bool punct = false;     // a punctuation token (not a quotation mark)
  int opens_region = -1;  // the region whose opening mark this token is
  bool quoted = false;    // inside a quotation region
  uint32_t sentence = 0;
  uint32_t paragraph = 0;
};

struct Cue {
  uint32_t token = 0;
  const SpeechCue* entry = nullptr;
  bool participle = false;  // a participle or a masdar
  bool masdar = false;      // qawlahu, ta'kidaha
  bool object = false;      // an object verb (call, condemn): no reported item
  bool narrator = false;    // the writer's impersonal narration: no item
  bool nested = false;      // inside the reported speech of an earlier cue
  Complement complement = Complement::kNone;
  uint32_t comp_token = 0;  // the complementizer, colon or opening mark
};

struct Speaker {
  ByteSpan span;
  std::string text;
  int entity = -1;  // index into the entities
  int how = 0;      // 3 mention, 2 words, 1 carried, 0 none
};

struct MentionRef {
  ByteSpan span;
  int entity = 0;
  EntityType type = EntityType::kMisc;
};

// A speaker is carried over (or referred back to) from at most this many
// paragraphs before.
inline constexpr int kCarryParagraphs = 2;

// The article al-, folded.
inline constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";

// The folded form starts with the article al- (and is longer than it).
inline bool StartsWithAl(std::string_view form) {
  return form.size() > kArticle.size() + 2 &&
         form.substr(0, kArticle.size()) == kArticle;
}

// A direct quotation introduced without a colon has at least this many
// words (shorter quoted words after a verb are a fragment or a name).
inline constexpr int kMinQuoteWords = 3;

// True for a folded relative pronoun (alladhi, allati, alladhina ...).
bool IsRelativePronoun(std::string_view folded);
// False when the relative pronoun `relative` (folded) and the speech verb
// `verb` (its folded host form; `lemma` its folded lemma) disagree in
// gender, alladhi with a feminine verb or allati with a masculine one
// ("al-ijra'at allati qala innaha": the pronoun is the verb's object, not
// its subject); true otherwise.
bool RelativeAgreesWithVerb(std::string_view relative, std::string_view verb,
                            std::string_view lemma);

// The folded lemma naqala: "naqala ... 'an X" relays X's words.
inline constexpr std::string_view kNaqalaLemma = "\xD9\x86\xD9\x82\xD9\x84";

inline bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class QuoteRun {
 public:
  QuoteRun(const SpeechCueTable& table, std::string_view text,
           const MorphAnalysis& a, const std::vector<Entity>& entities)
      : table_(table), text_(text), a_(a), entities_(entities) {}

  void Extract(std::vector<Quote>* out);

 private:
  // quote_cues.cc
  void IndexTokens();
  void FindRegions();
  void FindCues();
  bool IsQuotedName(const QuoteRegion& r) const;
  // True when token t is a name head (tanzim, sahifa ...) without a
  // pronoun.
  bool IsNameHead(uint32_t t) const;
  std::string RegionKey(const QuoteRegion& r) const;
  // True when token j is a speech complementizer (an, anna, inna with or
  // without a pronoun or bi-; not li-anna, not after a word of class
  // not-complement-after, not the concessive wa-in before a verb).
  bool IsComplementizer(uint32_t j) const;
  // True when an attribution tail ("wifqa ta'birihi", ", wifqan li-...")
  // starts at token j.
  bool IsTailAt(uint32_t j, uint32_t end) const;
  int RegionWords(const QuoteRegion& r) const;
  // The speech-verb entry of class `cls` (kVerb, kObjectVerb) for token t:
  // its lemma, its host form, or the token less wa-/fa- and a 3rd person
  // suffix; nullptr if none.
  const SpeechCue* FindVerb(uint32_t t, SpeechCueClass cls) const;
  // True when token t is "bayna" with a pronoun ("wa-baynahum", "min
  // bayniha"): the preposition "among them", never the verb bayyana
  // ("explained"), which the analysis also reads as bayna.
  bool IsBaynaWithPronoun(uint32_t t) const;
  // True when token t follows ma, bi-ma or mimma (a relative clause).
  bool AfterRelativeMa(uint32_t t) const;
  // quote_speaker.cc
  Speaker ResolveSpeaker(size_t cue_index);
  // True if `sp`, found for `cue`, is one person but the cue verb is in the
  // plural ("armalat 'arafat i'tabaruu": his widow's lawyers; "wa-qaluu"
  // carried over from a statement of one man): its subject is a group, and
  // the item gets no speaker (the speaker still bounds the quotation).
  bool PersonForGroup(const Cue& cue, const Speaker& sp) const;
  // Words of a subject noun phrase from token `first` (up to `limit`):
  // proper names, or a title noun with nouns, adjectives and names; a
  // quoted name after a name head is part of it.
  bool SubjectWords(uint32_t first, uint32_t limit, Speaker* sp) const;
  // The one person named before byte `before` with `words` (folded) as a
  // role, or, for one word, as a role's first word (with or without its
  // article); -1 if none or several.
  int RoleHolder(const std::string& words, uint32_t before) const;
  // The person mention that ends right before the complement token
  // `complement`, after the title words `words` with no verb or "ma'a"
  // between (the title's holder: "al-mutahaddith al-rasmi li-... X:");
  // -1 if none.
  int TitleHolder(ByteSpan words, uint32_t complement) const;
  // True if the token at byte `pos` is a person's title's first word
  // (kPersonTitle; a proclitic aside) without the article, and every word
  // from it to byte `name` (a mention) is too, but quotation marks: the
  // title is in construct with the mention ("ra'is al-ittihad", "ra'is
  // tahrir <<'arab nyuz>>", "safir dawlat almaniya"), which names what the
  // title is of, not its holder ("mudarrib al-fariq <<X>>": X is the
  // coach). Not "fariq" (a team more than a General).
  bool TitleOf(uint32_t pos, uint32_t name) const;
  // quote_referents.cc
  // The token `words` (trimmed) is, if one whole token without a
  // proclitic; else -1.
  int OneWord(ByteSpan words) const;
  // The organization a definite noun names as a speaker refers back to
  // (`words`, one token: "al-sharika", "al-wizara", "al-sahifa"): the one
  // organization mentioned before byte `words.begin`, in reach, whose
  // mention starts with the noun ("sharikat aramku", "al-jaysh al-suri")
  // or follows it ("sahifat <<al-wi'am>>"); -1 if none or several.
  int NounReferent(ByteSpan words) const;
  // The honorific pronoun `words` is ("sumuwwuhu", His Highness;
  // "ma'alihi", His Excellency; "fakhamatuhu", "samahatuhu" ...): an index
  // for HonorificHolder; -1 if none.
  int HonorificAt(ByteSpan words) const;
  // The person honorific `honorific` (`words`), speaking at cue
  // `cue_index`, stands for: the nearest earlier statement's speaker if a
  // person whose role fits the honorific ("sumuww" a prince's or a
  // shaykh's, not the king's), else the first person with a fitting title
  // in the nearest sentence that names one, in reach; -1 if none.
  int HonorificHolder(int honorific, ByteSpan words, size_t cue_index);
  // True if `words` (trimmed) are "the same source", two whole tokens
  // without proclitics: dhat al-masdar, nafs al-masdar, al-masdar
  // dhatuhu, al-masdar nafsuhu.
  bool SameSourceAt(ByteSpan words) const;
  // True if `words` (trimmed) are a guest's title: "dayf" or "dayfa", a
  // whole token without proclitics, and the programme after it ("dayf
  // <<bulitika>>").
  bool GuestAt(ByteSpan words) const;
  // The person "the same source" or a programme's guest at cue
  // `cue_index` is: the speaker of the statement right before, in reach,
  // if a person (an unnamed source stays unnamed; a station or agency
  // that relayed the source is not it); -1 if none, or if an unnamed
  // source is named in between.
  int EarlierPersonSpeaker(size_t cue_index);
  // The grammatical gender of cue `c`'s verb: 1 masculine, 2 feminine, 0
  // unknown (a dual, a plural, a first-person form, a masdar, a relaying
  // naqala, or a form that does not say). A perfect in -at (not the lemma's own
  // t) is feminine, an imperfect in y- and a perfect that is its lemma are
  // masculine; a participle in -a (-ah) feminine, in -an masculine.
  int CueGender(const Cue& c) const;
  // True if cue `c`'s verb is a masculine plural: a perfect in -uu
  // (qaluu, ablaghuu-hu), an imperfect in -uun (yaqulun), a participle in
  // -iin (mu'akkidin). Such a verb stands for no one person.
  bool CuePlural(const Cue& c) const;
  // The nearest cue before cue `before` that is a statement (not
  // narration, not speech nested in another), in reach of cue `cue_index`
  // (kCarryParagraphs); -1 if none.
  int EarlierStatement(size_t before, size_t cue_index) const;
  // True when the token at or after byte `pos` is inside a quotation.
  bool QuotedAt(uint32_t pos) const;
  int MentionCovering(ByteSpan s) const;
  // True if mention m names a place: its entity's type (the resolver may
  // have joined a mention the tagger typed otherwise to a person).
  bool IsPlace(const MentionRef& m) const;
  // The person mention that ends at token `comma` - 1, or after up to
  // kMaxAppositionWords nominal words (and one more comma) before it, in
  // sentence `sentence`; -1 if none ("X, rajul a'mal, alladhi qala").
  int PersonEndingBefore(uint32_t comma, uint32_t sentence) const;
  void LinkWords(Speaker* sp) const;
  // quote_extractor.cc
  struct Reported {
    ByteSpan span;
    size_t cue;
  };
  void FindReported();
  uint32_t ReportedEnd(size_t c) const;
  // True when token k is inside a closed quotation opened after token
  // `first`.
  bool InClosedQuotation(uint32_t k, uint32_t first) const;
  void AddRegionQuotes();
  void AddUnmarkedQuotes();
  // The latest cue with a complement (not narration) starting before byte
  // `pos` in paragraph `p`; -1 if none.
  int CueBefore(uint32_t pos, uint32_t p) const;
  // True when an attribution tail follows region i (after punctuation, or
  // after another quoted fragment joined by wa-).
  bool TailAfter(size_t i) const;
  ByteSpan UnclosedEnd(ByteSpan inner) const;
  // True when region i is a whole sentence in marks after another
  // sentence of its paragraph (an optional wa- on the mark).
  bool WholeSentenceQuote(size_t i) const;
  // `span` (a direct quotation without its closing mark) up to a clause
  // in which the writer names its speaker again after punctuation
  // ("..., wa-abda al-harithi ..."); unchanged when there is none.
  ByteSpan CutAtNarration(ByteSpan span, const Speaker& sp) const;
  // True if `span` holds a letter or digit after its first word (a
  // reported statement says something after its complementizer).
  bool WordAfterFirst(ByteSpan span) const;
  void AddQuote(Quote::Kind kind, ByteSpan span, const Cue* cue,
                const Speaker& speaker, double confidence);
  int TokenAt(uint32_t pos) const;  // the token starting at or after pos
  uint32_t SentenceEnd(uint32_t sentence) const;
  ByteSpan Trim(ByteSpan s) const;

  const SpeechCueTable& table_;
  std::string_view text_;
  const MorphAnalysis& a_;
  const std::vector<Entity>& entities_;

  std::string folded_;  // the folded forms of info_, reserved once
  std::string scratch_;
  std::vector<TokenInfo> info_;
  std::vector<ByteSpan> paragraphs_;
  std::vector<MentionRef> mentions_;
  std::vector<Cue> cues_;
  std::vector<Speaker> cue_speakers_;
  std::vector<bool> cue_resolved_;
  std::vector<QuoteRegion> regions_;
  std::vector<uint32_t> region_paragraph_;
  std::unordered_set<std::string> names_;
  std::vector<Reported> reported_;
  std::vector<ByteSpan> taken_;  // spans of direct and partial quotations
  std::vector<Quote> quotes_;
};

}  // namespace khabar

#endif  // KHABAR_QUOTES_QUOTE_RUN_H_
