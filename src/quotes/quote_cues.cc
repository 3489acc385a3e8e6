// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The quotation extractor's reading of a text: tokens with their host
// words, paragraphs and entity mentions; speech cues and their complements;
// quotation regions and quoted names (docs/QUOTES.md, "Cues" and "Marks").

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "quotes/quote_run.h"

namespace khabar {
namespace {

// Folded "an" (U+0627 U+0646): anna, inna, an after folding.
constexpr std::string_view kComplementizer = "\xD8\xA7\xD9\x86";
// The proclitic li- (U+0644): li-anna is "because", not a complement.
constexpr std::string_view kLi = "\xD9\x84";
// Folded 'ala and 'an: a bare preposition right after the verb takes a noun
// complement (akkada 'ala darura, a'raba 'an).
constexpr std::string_view kAla = "\xD8\xB9\xD9\x84\xD9\x8A";
constexpr std::string_view kAn = "\xD8\xB9\xD9\x86";
// Folded ila: "ila anna" after a speech verb, "i'tibaran ila anna" blocked.
constexpr std::string_view kIla = "\xD8\xA7\xD9\x84\xD9\x8A";
// Folded ma, bi-ma, mimma before a verb: a relative clause ("bi-ma
// yu'akkid anna": which confirms), not a speech cue.
constexpr std::string_view kRelativeMa[] = {
    "\xD9\x85\xD8\xA7",          // ma
    "\xD8\xA8\xD9\x85\xD8\xA7",  // bi-ma
    "\xD9\x85\xD9\x85\xD8\xA7",  // mimma
};

// Folded bi-sha'n and hawla: "about", before a topic or a title.
constexpr std::string_view kBiShan = "\xD8\xA8\xD8\xB4\xD8\xA7\xD9\x86";
constexpr std::string_view kHawla = "\xD8\xAD\xD9\x88\xD9\x84";

constexpr int kMaxComplementTokens = 40;
// A quotation after a name head is a name when it has fewer words.
constexpr int kMaxNameWords = 12;
// A participle's complement follows it closely (mudifan anna, mushiran fi
// al-waqt dhatihi ila anna).
constexpr int kMaxParticipleComplementTokens = 8;
// ... and its quotation (an opening mark or a colon) a little further.
constexpr int kMaxParticipleQuoteTokens = 12;

}  // namespace

bool IsRelativePronoun(std::string_view folded) {
  static constexpr std::string_view kRelatives[] = {
      "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A",                          // alladhi
      "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A",                          // allati
      "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86",                  // alladhina
      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xB0\xD9\x8A\xD9\x86",          // alladhayni
      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xAA\xD9\x8A\xD9\x86",          // allatayni
      "\xD8\xA7\xD9\x84\xD9\x84\xD9\x88\xD8\xA7\xD8\xAA\xD9\x8A",  // allawati
      "\xD8\xA7\xD9\x84\xD9\x84\xD8\xA7\xD8\xAA\xD9\x8A",  // allati (pl.)
  };
  for (std::string_view rel : kRelatives) {
    if (folded == rel) return true;
  }
  return false;
}

bool RelativeAgreesWithVerb(std::string_view relative, std::string_view verb,
                            std::string_view lemma) {
  static constexpr std::string_view kAlladhi =
      "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A";
  static constexpr std::string_view kAllati =
      "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A";
  static constexpr std::string_view kTa = "\xD8\xAA";  // t-
  if (relative != kAlladhi && relative != kAllati) return true;
  // Feminine singular: a perfect in -at (qalat) or an imperfect in t-
  // (taqul: t- that is not the lemma's own, as in tabi'a, tahaddatha).
  const bool feminine =
      verb.ends_with(kTa) || (verb.starts_with(kTa) && !lemma.starts_with(kTa));
  return relative == kAllati ? feminine : !feminine;
}

void QuoteRun::IndexTokens() {
  // Paragraphs: non-blank lines.
  for (size_t pos = 0; pos < text_.size();) {
    size_t eol = text_.find('\n', pos);
    if (eol == std::string_view::npos) eol = text_.size();
    const ByteSpan p =
        Trim({static_cast<uint32_t>(pos), static_cast<uint32_t>(eol)});
    if (!p.empty()) paragraphs_.push_back(p);
    pos = eol + 1;
  }
  info_.assign(a_.tokens.size(), TokenInfo());
  for (uint32_t s = 0; s < a_.sentences.size(); ++s) {
    const MorphSentence& sent = a_.sentences[s];
    for (uint32_t t = sent.first_token; t < sent.first_token + sent.token_count;
         ++t) {
      info_[t].sentence = s;
    }
  }
  // The folded forms go to one buffer reserved for all of them (folding
  // never lengthens), so that the views stay valid.
  size_t folded_bytes = 0;
  for (const MorphToken& tok : a_.tokens) {
    folded_bytes += tok.span.size();
    for (uint32_t w = tok.first_word; w < tok.first_word + tok.word_count;
         ++w) {
      folded_bytes += a_.words[w].form.size() + a_.words[w].lemma.size();
    }
  }
  folded_.clear();
  folded_.reserve(folded_bytes);
  auto fold = [&](std::string_view raw) {
    const size_t at = folded_.size();
    AppendFoldedArabic(raw, &folded_);
    return std::string_view(folded_).substr(at);
  };
  size_t para = 0;
  for (size_t t = 0; t < a_.tokens.size(); ++t) {
    const MorphToken& tok = a_.tokens[t];
    while (para + 1 < paragraphs_.size() &&
           paragraphs_[para].end <= tok.span.begin) {
      ++para;
    }
    TokenInfo& ti = info_[t];
    ti.paragraph = static_cast<uint32_t>(para);
    const MorphWord* host = nullptr;
    for (uint32_t w = tok.first_word; w < tok.first_word + tok.word_count;
         ++w) {
      const MorphWord& word = a_.words[w];
      if (word.role == MorphRole::kHost || word.role == MorphRole::kWhole) {
        if (host == nullptr) host = &word;
      } else if (word.role == MorphRole::kProclitic) {
        ti.has_proclitic = true;
        if (word.upos == "ADP") ti.has_prep = true;
        scratch_.clear();
        AppendFoldedArabic(word.form, &scratch_);
        if (scratch_ == kLi) ti.has_li = true;
        if (scratch_ == "\xD9\x88" || scratch_ == "\xD9\x81") {
          ti.has_conj = true;
        }
      }
    }
    if (host == nullptr) host = &a_.words[tok.first_word];
    // Most tokens are their host word, and many words their lemma: fold
    // each distinct string once.
    const std::string_view raw = text_.substr(tok.span.begin, tok.span.size());
    ti.form = fold(raw);
    ti.host_form = host->form == raw ? ti.form : fold(host->form);
    ti.host_lemma =
        host->lemma == host->form ? ti.host_form : fold(host->lemma);
    ti.host_upos = host->upos;
    ti.host_entry = table_.Lookup(ti.host_form);
    ti.lemma_entry = ti.host_lemma == ti.host_form
                         ? ti.host_entry
                         : table_.Lookup(ti.host_lemma);
    ti.form_entry =
        ti.form == ti.host_form ? ti.host_entry : table_.Lookup(ti.form);
    size_t len = 0;
    ti.punct =
        host->upos == "PUNCT" &&
        !(IsQuoteMarkAt(text_, tok.span.begin, &len) && len == tok.span.size());
  }
  // Each mention with the tagger's type, but a person's full name is the
  // person's where the tagger typed it otherwise once (its canonical name,
  // of an entity typed PER twice or more: "mayya al-jaribi" a place once);
  // not a name typed a person once ("siku", a company; docs/QUOTES.md,
  // "Mention types").
  for (size_t e = 0; e < entities_.size(); ++e) {
    size_t persons = 0;
    for (const ResolvedMention& m : entities_[e].mentions) {
      persons += m.type == EntityType::kPerson ? 1 : 0;
    }
    for (const ResolvedMention& m : entities_[e].mentions) {
      const bool person = entities_[e].type == EntityType::kPerson &&
                          persons >= 2 && m.name == entities_[e].canonical;
      mentions_.push_back(
          {m.span, static_cast<int>(e), person ? EntityType::kPerson : m.type});
    }
  }
  std::sort(mentions_.begin(), mentions_.end(),
            [](const MentionRef& x, const MentionRef& y) {
              return x.span.begin < y.span.begin;
            });
}

bool QuoteRun::IsComplementizer(uint32_t j) const {
  const TokenInfo& tj = info_[j];
  if (tj.host_form != kComplementizer || tj.has_li) return false;
  if (j > 0) {
    const TokenInfo& prev = info_[j - 1];
    // "fima ba'd" is "later", not "after" ("i'tarafat fima ba'd bi-annaha").
    static constexpr std::string_view kFima = "\u0641\u064a\u0645\u0627";
    static constexpr std::string_view kBaad = "\u0628\u0639\u062f";
    const bool later =
        prev.form == kBaad && j > 1 && info_[j - 2].form == kFima;
    if (!later && (SpeechCueTable::In(prev.host_entry,
                                      SpeechCueClass::kNotComplementAfter) ||
                   SpeechCueTable::In(prev.form_entry,
                                      SpeechCueClass::kNotComplementAfter))) {
      return false;
    }
    // A verb with an an-clause of its own ("yuhawiluna an", "yurid an"),
    // by its lemma.
    if (prev.host_upos == "VERB" &&
        SpeechCueTable::In(prev.lemma_entry,
                           SpeechCueClass::kNotComplementAfter)) {
      return false;
    }
    // "i'tibaran ila anna", "nazaran ila anna": a reason, not a statement.
    if (prev.host_form == kIla && j > 1 &&
        SpeechCueTable::In(info_[j - 2].host_entry,
                           SpeechCueClass::kNotComplementAfter)) {
      return false;
    }
  }
  // "fa-an" after a name is the name Van ("luwis fan khal").
  static constexpr std::string_view kFaAn = "\xD9\x81\xD8\xA7\xD9\x86";
  if (tj.form == kFaAn && j > 0 &&
      (info_[j - 1].host_upos == "PROPN" || info_[j - 1].host_upos == "X")) {
    return false;
  }
  // The concessive "wa-in" before a verb ("wa-in i'tarafa"): "even if";
  // "fa-an" before a verb is not "fa-inna" either (tasrihat fan khal).
  static constexpr std::string_view kWaIn = "\xD9\x88\xD8\xA7\xD9\x86";
  if ((tj.form == kWaIn || tj.form == kFaAn) && j + 1 < info_.size() &&
      info_[j + 1].host_upos == "VERB") {
    return false;
  }
  return true;
}

bool QuoteRun::IsTailAt(uint32_t j, uint32_t end) const {
  // "'ala hadd qawlihi": the head is hadd.
  if (info_[j].form == kAla && j + 1 < end) ++j;
  const TokenInfo& tj = info_[j];
  if (!SpeechCueTable::In(tj.host_entry, SpeechCueClass::kTailHead) &&
      !SpeechCueTable::In(tj.form_entry, SpeechCueClass::kTailHead)) {
    return false;
  }
  if (j + 1 >= end) return false;
  const TokenInfo& next = info_[j + 1];
  if (SpeechCueTable::In(next.form_entry, SpeechCueClass::kTailNoun)) {
    // "'ala hadd qawlihi "...": the quotation goes on, the tail is inside.
    return !(j + 2 < end && info_[j + 2].opens_region >= 0);
  }
  // After a comma: ", wifqan li-taqarir", ", hasaba ma", ", naqlan 'an".
  if (j == 0 || !info_[j - 1].punct) return false;
  static constexpr std::string_view kMa = "\xD9\x85\xD8\xA7";
  return next.has_li || next.form == kMa || next.form == kAn;
}

int QuoteRun::RegionWords(const QuoteRegion& r) const {
  const ByteSpan in = Trim(r.inner);
  if (in.empty()) return 0;
  int words = 1;
  for (uint32_t i = in.begin; i < in.end; ++i) words += text_[i] == ' ';
  return words;
}

bool QuoteRun::IsBaynaWithPronoun(uint32_t t) const {
  static constexpr std::string_view kBayna = "\xD8\xA8\xD9\x8A\xD9\x86";
  const MorphToken& tok = a_.tokens[t];
  return info_[t].host_form == kBayna && tok.word_count > 1 &&
         a_.words[tok.first_word + tok.word_count - 1].role ==
             MorphRole::kEnclitic;
}

const SpeechCue* QuoteRun::FindVerb(uint32_t t, SpeechCueClass cls) const {
  const TokenInfo& ti = info_[t];
  if (IsBaynaWithPronoun(t)) return nullptr;
  if (const SpeechCue* e = SpeechCueTable::Get(ti.lemma_entry, cls)) return e;
  if (const SpeechCue* e = SpeechCueTable::Get(ti.host_entry, cls)) return e;
  // A lemma the analysis got wrong: the host form, then the token without
  // wa-/fa-, less a 3rd person suffix (nashadu, katabat).
  static constexpr std::string_view kSuffixes[] = {"\xD9\x88\xD8\xA7",  // -u
                                                   "\xD8\xAA"};         // -at
  for (std::string_view form :
       {std::string_view(ti.host_form), std::string_view(ti.form)}) {
    if (form == ti.form && ti.has_proclitic && form.size() > 2 &&
        (form.substr(0, 2) == "\xD9\x88" || form.substr(0, 2) == "\xD9\x81")) {
      form.remove_prefix(2);
    }
    for (std::string_view suffix : kSuffixes) {
      if (form.size() > suffix.size() + 4 &&
          form.substr(form.size() - suffix.size()) == suffix) {
        const SpeechCue* e =
            table_.Find(form.substr(0, form.size() - suffix.size()), cls);
        if (e != nullptr) return e;
      }
    }
  }
  return nullptr;
}

bool QuoteRun::AfterRelativeMa(uint32_t t) const {
  if (t == 0) return false;
  for (std::string_view ma : kRelativeMa) {
    if (info_[t - 1].form == ma) return true;
  }
  return false;
}

void QuoteRun::FindCues() {
  for (uint32_t t = 0; t < a_.tokens.size(); ++t) {
    const TokenInfo& ti = info_[t];
    const SpeechCue* entry = nullptr;
    bool participle = false;
    bool masdar = false;
    bool object = false;
    bool needs_complement = false;
    const MorphSentence& sent = a_.sentences[ti.sentence];
    const uint32_t sent_end = sent.first_token + sent.token_count;
    const bool before_complement =
        t + 1 < sent_end && info_[t + 1].host_form == kComplementizer;
    const bool clause_start =
        t == sent.first_token || (t > 0 && info_[t - 1].punct);
    if (ti.host_upos == "VERB") {
      entry = FindVerb(t, SpeechCueClass::kVerb);
      if (entry == nullptr) {
        entry = FindVerb(t, SpeechCueClass::kObjectVerb);
        object = entry != nullptr;
      }
    } else if (((ti.host_upos != "NOUN" && ti.host_upos != "ADP") ||
                before_complement || (ti.has_proclitic && clause_start)) &&
               !IsBaynaWithPronoun(t)) {
      // A verb the tagger read as a noun or preposition counts when the
      // complementizer follows at once ("wa-bayyana annahu"), or when it
      // opens the sentence with wa-/fa- and has a complement ("wa-naqala
      // mas'ul ... inna").
      entry = SpeechCueTable::Get(ti.host_entry, SpeechCueClass::kVerb);
      needs_complement =
          entry != nullptr && ti.host_upos == "NOUN" && !before_complement;
    }
    if (entry == nullptr) {
      entry = SpeechCueTable::Get(ti.host_entry, SpeechCueClass::kParticiple);
      if (entry == nullptr) {
        entry = SpeechCueTable::Get(ti.form_entry, SpeechCueClass::kParticiple);
      }
      if (entry == nullptr) {
        entry = SpeechCueTable::Get(ti.form_entry, SpeechCueClass::kMasdar);
        masdar = entry != nullptr;
      }
      if (entry == nullptr) {
        entry = SpeechCueTable::Get(ti.form_entry, SpeechCueClass::kObjectVerb);
        object = entry != nullptr;
      }
      participle = entry != nullptr;
      // A participle form after a preposition is a noun (li-mutaba'at
      // al-yawm al-akhir), not a statement going on.
      if (participle && !masdar && ti.has_prep) entry = nullptr;
    }
    if (entry == nullptr) continue;
    // "bi-ma yu'akkid anna" (which confirms), "'ala hadd qawlihi" (as he
    // put it): not a statement of its own.
    if (AfterRelativeMa(t) ||
        (t > 0 && SpeechCueTable::In(info_[t - 1].host_entry,
                                     SpeechCueClass::kTailHead))) {
      continue;
    }
    Cue cue;
    cue.token = t;
    cue.entry = entry;
    cue.participle = participle;
    cue.masdar = masdar;
    cue.object = object;
    // An impersonal form followed at once by its complement (yudhkaru
    // anna, yushar ila anna): the writer's narration.
    if (SpeechCueTable::In(ti.host_entry, SpeechCueClass::kNarrator)) {
      uint32_t j = t + 1;
      if (j < sent_end && info_[j].host_form == kIla) ++j;
      if (j < sent_end && IsComplementizer(j)) {
        cue.narrator = true;
        cue.complement = Complement::kClause;
        cue.comp_token = j;
        cues_.push_back(cue);
        continue;
      }
    }
    // A bare 'ala or 'an right after the verb: a noun complement
    // (akkada 'ala darura), unless the complementizer follows it; only a
    // colon may still introduce a quotation ('allaqa 'ala al-riwaya fi
    // majalla: "...").
    const bool noun_complement =
        t + 1 < sent_end &&
        (info_[t + 1].form == kAla || info_[t + 1].form == kAn) &&
        !(t + 2 < sent_end && IsComplementizer(t + 2));
    // The complement: "an"/"anna"/"inna", a colon or an opening mark, in
    // the sentence.
    // A participle's quotation may follow a longer adjunct (qa'ilan fi
    // tasrih i'lami muqtadab qabla istijwabihi min qibal al-muhaqqiqin
    // "..."): the search goes on for an opening mark or a colon only.
    const uint32_t clause_reach =
        t +
        (participle ? kMaxParticipleComplementTokens : kMaxComplementTokens);
    const uint32_t reach =
        participle ? t + kMaxParticipleQuoteTokens : clause_reach;
    bool verb_between = false;
    int quote_seen = -1;  // a quotation opened after the verb, not taken
    for (uint32_t j = t + 1; j < sent_end && j <= reach; ++j) {
      const TokenInfo& tj = info_[j];
      const ByteSpan sp = a_.tokens[j].span;
      const std::string_view raw = text_.substr(sp.begin, sp.size());
      if (raw == ":") {
        // "qala X: inna ..." is reported speech introduced by a colon.
        if (j + 1 < sent_end && info_[j + 1].host_form == kComplementizer &&
            !info_[j + 1].has_li) {
          cue.complement = Complement::kClause;
          cue.comp_token = j + 1;
          break;
        }
        cue.complement = Complement::kColon;
        cue.comp_token = j;
        break;
      }
      if (noun_complement) continue;
      if (j <= clause_reach && IsComplementizer(j)) {
        // The complementizer inside a quotation that opened after the verb
        // ("wa-adafa al-mudarrib alladhi kana qad waqqa'a "... fa-a'taqid
        // annahu ..."): the quotation is the complement.
        if (quote_seen >= 0 && tj.quoted) {
          cue.complement = Complement::kQuote;
          cue.comp_token = static_cast<uint32_t>(quote_seen);
          break;
        }
        cue.complement = Complement::kClause;
        cue.comp_token = j;
        break;
      }
      // An opening mark where the complement is due: right after the
      // verb, or after its subject and adjuncts (no other verb between but
      // in a relative clause, not right after a bare preposition), opening
      // a quotation of a few words that is not a name.
      if (tj.opens_region >= 0) {
        const QuoteRegion& r = regions_[tj.opens_region];
        const TokenInfo& prev = info_[j - 1];
        // After a bare preposition, a topic word (bi-sha'n, hawla) or a
        // name head, a quotation is the object of the phrase: a topic, a
        // title or a name ("khilal multaqa ... bi-sha'n "tajribat al-qutb
        // ..."), not the statement.
        const MorphToken& prev_tok = a_.tokens[j - 1];
        const bool prev_pronoun =
            prev_tok.word_count > 1 &&
            a_.words[prev_tok.first_word + prev_tok.word_count - 1].role ==
                MorphRole::kEnclitic;
        // A preposition with an indefinite noun (a verbal noun in
        // construct: li-i'dad " taqyim ...", bi-qasf " arba'at ahya' ...")
        // takes the quotation as its complement.
        static constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";
        const bool after_construct =
            prev.has_prep && prev.host_upos == "NOUN" && !prev_pronoun &&
            prev.host_form.substr(0, kAl.size()) != kAl &&
            MentionCovering(prev_tok.span) < 0;  // not bi-tunis "..."
        const bool after_preposition =
            (prev.host_upos == "ADP" && !prev_pronoun) || after_construct ||
            prev.form == kBiShan || prev.form == kHawla || IsNameHead(j - 1);
        // A quotation followed by a colon is not the complement: the colon
        // is ("fi tasrih li-murasilat "al-jawhara af am": ...").
        const int after_close = r.close.empty() ? -1 : TokenAt(r.close.end);
        const bool colon_after =
            after_close >= 0 && after_close < static_cast<int>(info_.size()) &&
            text_.substr(a_.tokens[after_close].span.begin, 1) == ":";
        // Right after the verb, a word or two in marks followed by more of
        // the clause is a quoted subject (wa-asharat "as" al-isbaniyya ila
        // anna), not the quotation.
        const bool clause_goes_on = after_close >= 0 &&
                                    after_close < static_cast<int>(sent_end) &&
                                    !info_[after_close].punct;
        const bool long_enough = RegionWords(r) >= kMinQuoteWords;
        // i'tabara X "jarima fi haqq al-watan": a quoted object, not the
        // statement (a fragment, see the regions); but a quotation that
        // opens with the complementizer is the statement (i'tabara X "anna
        // al-safqa ...").
        const bool object_quote =
            j > t + 1 &&
            table_.Has(cue.entry->folded_lemma, SpeechCueClass::kQuoteObject) &&
            !(j + 1 < sent_end && IsComplementizer(j + 1));
        if (!IsQuotedName(r) && !colon_after && !object_quote &&
            ((j == t + 1 && (long_enough || !clause_goes_on)) ||
             (!verb_between && !after_preposition && long_enough))) {
          cue.complement = Complement::kQuote;
          cue.comp_token = j;
          break;
        }
        if (!IsQuotedName(r) && !colon_after && !object_quote &&
            !after_preposition && long_enough && r.depth == 0) {
          quote_seen = static_cast<int>(j);
        }
      }
      // Another speech verb or participle: this cue has no complement of
      // its own (a verb after ma is no statement; a masdar continues it).
      if (!AfterRelativeMa(j) &&
          ((tj.host_upos == "VERB" &&
            FindVerb(j, SpeechCueClass::kVerb) != nullptr) ||
           (!tj.has_prep &&
            (SpeechCueTable::In(tj.host_entry, SpeechCueClass::kParticiple) ||
             SpeechCueTable::In(tj.form_entry,
                                SpeechCueClass::kParticiple))))) {
        break;
      }
      if (tj.host_upos == "VERB" &&
          !IsRelativePronoun(info_[j - 1].host_form)) {
        verb_between = true;
      }
    }
    if (object) cue.complement = Complement::kNone;
    if (needs_complement && cue.complement == Complement::kNone) continue;
    // Two cues of one complement (naqalat ... 'an X qawlaha inna): the
    // first keeps it.
    for (const Cue& prev : cues_) {
      if (cue.complement != Complement::kNone &&
          prev.complement == cue.complement &&
          prev.comp_token == cue.comp_token) {
        cue.complement = Complement::kNone;
      }
    }
    cues_.push_back(cue);
  }
}

std::string QuoteRun::RegionKey(const QuoteRegion& r) const {
  const ByteSpan in = Trim(r.inner);
  return FoldArabic(text_.substr(in.begin, in.size()));
}

void QuoteRun::FindRegions() {
  for (uint32_t p = 0; p < paragraphs_.size(); ++p) {
    PairQuoteMarks(text_, paragraphs_[p], &regions_);
    region_paragraph_.resize(regions_.size(), p);
  }
  for (size_t i = 0; i < regions_.size(); ++i) {
    const QuoteRegion& r = regions_[i];
    for (int k = TokenAt(r.inner.begin); k < static_cast<int>(info_.size()) &&
                                         a_.tokens[k].span.end <= r.inner.end;
         ++k) {
      info_[k].quoted = true;
    }
    if (r.open.empty()) continue;
    const int t = TokenAt(r.open.begin);
    if (t < static_cast<int>(a_.tokens.size()) &&
        a_.tokens[t].span.begin == r.open.begin) {
      info_[t].opens_region = static_cast<int>(i);
    }
  }
  // The words after an unquoted name head, one to three of them (hizb
  // al-tahrir): the same words in marks elsewhere are that name
  // ("al-tahrir").
  std::unordered_set<std::string> headed;
  for (uint32_t t = 0; t + 1 < info_.size(); ++t) {
    if (info_[t].quoted || info_[t + 1].opens_region >= 0 || !IsNameHead(t)) {
      continue;
    }
    std::string words;
    for (uint32_t k = t + 1; k <= t + 3 && k < info_.size(); ++k) {
      if (info_[k].quoted || info_[k].punct ||
          info_[k].paragraph != info_[t].paragraph) {
        break;
      }
      if (!words.empty()) words += ' ';
      words += info_[k].form;
      headed.insert(words);
    }
  }
  // Quoted names: after a name head, or (five words or fewer) covered by an
  // entity mention or found after an unquoted name head; every region with
  // the same words is a name too.
  for (const QuoteRegion& r : regions_) {
    if (r.open.empty() || r.close.empty()) continue;
    const ByteSpan in = Trim(r.inner);
    if (in.empty()) continue;
    bool name = false;
    const int before = TokenAt(r.open.begin) - 1;
    // A name is short: twelve words or more after a head are a statement
    // ("fi bayan sahafi "qabla ayyam ..."", sahafi read as sahifa).
    if (before >= 0 && a_.tokens[before].span.end <= r.open.begin &&
        IsNameHead(static_cast<uint32_t>(before)) &&
        RegionWords(r) < kMaxNameWords) {
      name = true;
    }
    if (!name && RegionWords(r) <= 3 && headed.count(RegionKey(r)) > 0) {
      name = true;
    }
    if (!name) {
      int words = 1;
      for (uint32_t i = in.begin; i < in.end; ++i) words += text_[i] == ' ';
      if (words <= 5) {
        uint32_t covered = 0;
        for (const MentionRef& m : mentions_) {
          const uint32_t b = std::max(m.span.begin, in.begin);
          const uint32_t e = std::min(m.span.end, in.end);
          if (b < e) covered += e - b;
        }
        name = covered * 10 >= in.size() * 6;
      }
    }
    if (name) names_.insert(RegionKey(r));
  }
}

bool QuoteRun::IsNameHead(uint32_t t) const {
  // A head with a pronoun is no name head ("sahafi" read as sahaf+i).
  const MorphToken& tok = a_.tokens[t];
  if (tok.word_count > 1 &&
      a_.words[tok.first_word + tok.word_count - 1].role ==
          MorphRole::kEnclitic) {
    return false;
  }
  return SpeechCueTable::In(info_[t].host_entry, SpeechCueClass::kNameHead) ||
         SpeechCueTable::In(info_[t].lemma_entry, SpeechCueClass::kNameHead);
}

bool QuoteRun::IsQuotedName(const QuoteRegion& r) const {
  return names_.count(RegionKey(r)) > 0;
}

}  // namespace khabar
