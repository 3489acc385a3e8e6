// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The quotation extractor (khabar/quotes.h): speech cues on the
// morphological analysis, their complements, quotation regions from the
// mark pairing, quoted names, speakers and carried-over speakers. The rules
// are described with examples in docs/QUOTES.md.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/quotes.h"
#include "khabar/utf8.h"
#include "quotes/quote_run.h"

namespace khabar {

extern const char kSpeechVerbsTxt[];
extern const size_t kSpeechVerbsTxtSize;
extern const char kEntityOrgNounsTxt[];
extern const size_t kEntityOrgNounsTxtSize;
extern const char kEntityTitlesTxt[];
extern const size_t kEntityTitlesTxtSize;

struct QuoteExtractor::Tables {
  SpeechCueTable cues;
};

QuoteExtractor::QuoteExtractor(std::unique_ptr<Tables> tables)
    : tables_(std::move(tables)) {}
QuoteExtractor::~QuoteExtractor() = default;

size_t QuoteExtractor::verb_count() const { return tables_->cues.size(); }

std::string_view QuoteKindName(Quote::Kind kind) {
  switch (kind) {
    case Quote::Kind::kDirect:
      return "direct";
    case Quote::Kind::kPartial:
      return "partial";
    case Quote::Kind::kReported:
      return "reported";
  }
  return "direct";
}

StatusOr<std::unique_ptr<const QuoteExtractor>> QuoteExtractor::Create(
    const QuoteExtractorOptions& options) {
  auto tables = std::make_unique<Tables>();
  Status s =
      tables->cues.Add(std::string_view(kSpeechVerbsTxt, kSpeechVerbsTxtSize),
                       "speech_verbs.txt");
  if (!s.ok()) return InternalError("embedded " + s.message());
  // The heads of organizations' names, shared with the entity resolver: a
  // definite one as a speaker refers back to the organization
  // (quote_referents.cc).
  s = tables->cues.AddOrgHeads(
      std::string_view(kEntityOrgNounsTxt, kEntityOrgNounsTxtSize),
      "org_nouns.txt");
  if (!s.ok()) return InternalError("embedded " + s.message());
  // ... and of persons' titles: "ra'is al-ittihad al-duwali" speaks for
  // the federation's president, not the federation.
  s = tables->cues.AddTitleHeads(
      std::string_view(kEntityTitlesTxt, kEntityTitlesTxtSize), "titles.txt");
  if (!s.ok()) return InternalError("embedded " + s.message());
  if (!options.extra_speech_verbs_txt.empty()) {
    s = tables->cues.Add(options.extra_speech_verbs_txt, "extra speech verbs");
    if (!s.ok()) return s;
  }
  return std::unique_ptr<const QuoteExtractor>(
      new QuoteExtractor(std::move(tables)));
}

namespace {

Status CheckInputs(std::string_view text, const MorphAnalysis& a,
                   const std::vector<Entity>& entities) {
  if (text.size() > kMaxQuoteTextBytes) {
    return ResourceExhaustedError(
        "quotes: text over " + std::to_string(kMaxQuoteTextBytes) + " bytes");
  }
  uint32_t last_end = 0;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const MorphToken& t = a.tokens[i];
    if (t.span.begin >= t.span.end || t.span.end > text.size() ||
        t.span.begin < last_end || IsSpaceByte(text[t.span.begin]) ||
        IsSpaceByte(text[t.span.end - 1]) || t.word_count == 0 ||
        size_t{t.first_word} + t.word_count > a.words.size()) {
      return InvalidArgumentError(
          "quotes: the analysis does not belong to the text (token " +
          std::to_string(i) + ")");
    }
    last_end = t.span.end;
  }
  for (const MorphSentence& s : a.sentences) {
    if (size_t{s.first_token} + s.token_count > a.tokens.size()) {
      return InvalidArgumentError(
          "quotes: the analysis does not belong to the text (sentence)");
    }
  }
  for (const Entity& e : entities) {
    for (const ResolvedMention& m : e.mentions) {
      if (m.span.begin > m.span.end || m.span.end > text.size()) {
        return InvalidArgumentError("quotes: entity mention outside the text");
      }
    }
  }
  return Status::Ok();
}

}  // namespace

ByteSpan QuoteRun::Trim(ByteSpan s) const {
  while (s.begin < s.end && IsSpaceByte(text_[s.begin])) ++s.begin;
  while (s.end > s.begin && IsSpaceByte(text_[s.end - 1])) --s.end;
  return s;
}

int QuoteRun::TokenAt(uint32_t pos) const {
  auto it = std::lower_bound(
      a_.tokens.begin(), a_.tokens.end(), pos,
      [](const MorphToken& t, uint32_t p) { return t.span.end <= p; });
  return static_cast<int>(it - a_.tokens.begin());
}

uint32_t QuoteRun::SentenceEnd(uint32_t sentence) const {
  const MorphSentence& s = a_.sentences[sentence];
  if (s.token_count == 0) return s.span.end;
  return a_.tokens[s.first_token + s.token_count - 1].span.end;
}

void QuoteRun::AddQuote(Quote::Kind kind, ByteSpan span, const Cue* cue,
                        const Speaker& speaker, double confidence) {
  span = Trim(span);
  if (span.empty()) return;
  // Words that are the verb's own subject are no quotation of it
  // (tu'tabar "al-khumsa" "lu'lu'at tunis": the quoted name is the
  // subject).
  if (speaker.how >= 2 && speaker.span.begin < span.end &&
      span.begin < speaker.span.end) {
    return;
  }
  Quote& q = quotes_.emplace_back();
  q.kind = kind;
  q.span = span;
  if (cue != nullptr) {
    q.cue = a_.tokens[cue->token].span;
    q.cue_lemma = cue->entry->lemma;
  }
  const bool group = cue != nullptr && PersonForGroup(*cue, speaker);
  if (!group) {
    if (speaker.how >= 2) q.speaker = speaker.span;
    q.speaker_text = speaker.text;
    if (speaker.entity >= 0) {
      q.entity_id = entities_[speaker.entity].id;
      q.entity_name = entities_[speaker.entity].canonical;
    }
  }
  static constexpr double kSpeakerFactor[] = {0.6, 0.8, 0.9, 1.0};
  q.confidence = std::clamp(
      confidence * kSpeakerFactor[group ? 0 : speaker.how], 0.0, 1.0);
}

int QuoteRun::CueBefore(uint32_t pos, uint32_t p) const {
  int found = -1;
  for (size_t c = 0; c < cues_.size(); ++c) {
    const uint32_t t = cues_[c].token;
    if (a_.tokens[t].span.begin >= pos) break;
    if (info_[t].paragraph == p && cues_[c].complement != Complement::kNone &&
        !cues_[c].narrator) {
      found = static_cast<int>(c);
    }
  }
  return found;
}

// Where the reported speech of cue c ends: the end of its sentence (or of
// a later sentence when a quotation runs over the sentence end), or before
// a new statement (a participle, "wa-qala", a cue after punctuation,
// narration), an attribution tail ("wifqa ta'birihi") or the writer's
// addition (", wa-dhalika"); trailing commas and spaces dropped.
bool QuoteRun::InClosedQuotation(uint32_t k, uint32_t first) const {
  if (!info_[k].quoted) return false;
  const ByteSpan tok = a_.tokens[k].span;
  for (const QuoteRegion& r : regions_) {
    if (!r.open.empty() && !r.close.empty() &&
        r.open.begin > a_.tokens[first].span.begin && r.open.end <= tok.begin &&
        tok.end <= r.close.begin) {
      return true;
    }
  }
  return false;
}

uint32_t QuoteRun::ReportedEnd(size_t c) const {
  const Cue& cue = cues_[c];
  const uint32_t first = cue.comp_token;
  uint32_t sentence = info_[first].sentence;
  uint32_t end = SentenceEnd(sentence);
  // A quotation that opens before the sentence end and closes after it, in
  // the same paragraph, takes the sentence of its closing mark along.
  for (bool extended = true; extended;) {
    extended = false;
    for (const QuoteRegion& r : regions_) {
      if (r.open.empty() || r.close.empty() || r.depth != 0) continue;
      if (r.open.begin >= a_.tokens[first].span.begin && r.open.begin < end &&
          r.close.begin >= end) {
        const int t = TokenAt(r.close.begin);
        if (t >= static_cast<int>(a_.tokens.size())) continue;
        sentence = std::max(sentence, info_[t].sentence);
        end = SentenceEnd(sentence);
        extended = true;
      }
    }
  }
  // Reported speech that opens with a quotation ends with it ("bi-annahum
  // "yumaththilun nukhba ..." ila al-idtila'"): what follows is the
  // writer's again, unless a verb goes on with the clause ("annahu
  // <<ittifaq jayyid li-l-'alam>> yastahiqq iqrar al-kungris").
  for (uint32_t k = first + 1; k <= first + 2 && k < a_.tokens.size(); ++k) {
    if (info_[k].opens_region < 0) continue;
    const QuoteRegion& r = regions_[info_[k].opens_region];
    const int after = r.close.empty() ? -1 : TokenAt(r.close.end);
    const bool verb_after = after >= 0 &&
                            after < static_cast<int>(info_.size()) &&
                            info_[after].host_upos == "VERB";
    if (!r.close.empty() && r.close.end < end && !IsQuotedName(r) &&
        RegionWords(r) >= kMinQuoteWords && !verb_after) {
      end = r.close.end;
    }
    break;
  }
  const uint32_t last = static_cast<uint32_t>(TokenAt(end));
  size_t d = c + 1;
  for (uint32_t k = first + 1; k < last && k < a_.tokens.size(); ++k) {
    const TokenInfo& tk = info_[k];
    const bool after_punct = info_[k - 1].punct;
    while (d < cues_.size() && cues_[d].token < k) ++d;
    // Words in marks inside the reported speech are the speaker's: no cue,
    // tail or addition there ends it (ann al-majmu'a kanat <<bi-sadad ...,
    // wa-dhalika bi-l-tansiq ...>>).
    if (InClosedQuotation(k, first)) continue;
    bool stop = false;
    if (d < cues_.size() && cues_[d].token == k) {
      const Cue& next = cues_[d];
      // An object participle (mutaliba, da'iyan) is often a noun or an
      // adjective ("mutaliba bi-l-najah"): a new clause only after
      // punctuation.
      // A verb with wa- or after punctuation starts a new statement when
      // it has a complement of its own or is a call; without one it is
      // part of the reported account (", wa-akkada al-atibba' hajatahu
      // ila ...").
      // A participle without a complement and without punctuation before
      // it is an adjective ("ma'lumat mu'akkada"), no new statement.
      stop = (next.participle && !next.object &&
              (next.complement != Complement::kNone || after_punct)) ||
             next.narrator ||
             ((tk.has_conj || after_punct) &&
              (next.complement != Complement::kNone || next.object));
    }
    stop = stop || IsTailAt(k, last);
    // The writer's additions after a comma: ", wa-dhalika ...", ", 'ilman
    // bi-anna ...".
    static constexpr std::string_view kWaDhalika =
        "\xD9\x88\xD8\xB0\xD9\x84\xD9\x83";
    static constexpr std::string_view kIlman =
        "\xD8\xB9\xD9\x84\xD9\x85\xD8\xA7";
    stop =
        stop || (after_punct && (tk.form == kWaDhalika || tk.form == kIlman));
    if (stop) {
      end = a_.tokens[k].span.begin;
      break;
    }
  }
  const uint32_t begin = a_.tokens[first].span.begin;
  while (end > begin) {
    const char ch = text_[end - 1];
    if (IsSpaceByte(ch) || ch == ',' || ch == ';') {
      --end;
    } else if (end - begin >= 2 && text_[end - 2] == '\xD8' &&
               (ch == '\x8C' || ch == '\x9B')) {  // Arabic comma, semicolon
      end -= 2;
    } else {
      break;
    }
  }
  return end;
}

void QuoteRun::FindReported() {
  for (size_t c = 0; c < cues_.size(); ++c) {
    const Cue& cue = cues_[c];
    if (cue.complement != Complement::kClause || cue.narrator) continue;
    const uint32_t begin = a_.tokens[cue.comp_token].span.begin;
    const uint32_t end = ReportedEnd(c);
    if (end <= begin) continue;
    reported_.push_back({{begin, end}, c});
  }
  // A cue inside the reported speech of another is nested ("qala inna
  // al-shahid alladhi akkada annahu ..."): its own item, but never the
  // speaker carried to later statements.
  for (const Reported& r : reported_) {
    for (Cue& cue : cues_) {
      const ByteSpan s = a_.tokens[cue.token].span;
      if (r.span.begin <= s.begin && s.end <= r.span.end) cue.nested = true;
    }
  }
}

// A quotation whose closing mark is missing ends with its paragraph, or
// before an attribution tail ("... wa-dahalatihim wifqa qawlihi.") or a
// sentence that opens with a statement of its own ("wa-akkada X ...").
ByteSpan QuoteRun::UnclosedEnd(ByteSpan inner) const {
  const uint32_t n = static_cast<uint32_t>(a_.tokens.size());
  size_t c = 0;
  for (uint32_t k = static_cast<uint32_t>(TokenAt(inner.begin));
       k < n && a_.tokens[k].span.end <= inner.end; ++k) {
    while (c < cues_.size() && cues_[c].token < k) ++c;
    const bool statement = c < cues_.size() && cues_[c].token == k &&
                           info_[k].has_conj &&
                           k == a_.sentences[info_[k].sentence].first_token &&
                           a_.tokens[k].span.begin > inner.begin;
    if (statement ||
        (a_.tokens[k].span.begin > inner.begin && IsTailAt(k, n))) {
      inner.end = a_.tokens[k].span.begin;
      break;
    }
  }
  while (inner.end > inner.begin &&
         (IsSpaceByte(text_[inner.end - 1]) || text_[inner.end - 1] == ',')) {
    --inner.end;
  }
  return inner;
}

bool QuoteRun::TailAfter(size_t i) const {
  for (int hops = 0; hops < 3 && i < regions_.size(); ++hops) {
    const QuoteRegion& r = regions_[i];
    if (r.close.empty()) return false;
    uint32_t k = static_cast<uint32_t>(TokenAt(r.close.end));
    const uint32_t n = static_cast<uint32_t>(a_.tokens.size());
    while (k < n && info_[k].punct) ++k;
    if (k >= n || info_[k].paragraph != region_paragraph_[i]) return false;
    if (IsTailAt(k, n)) return true;
    // "<<...>> wa-<<...>> 'ala hadd za'mihim": the next fragment's tail.
    static constexpr std::string_view kWa = "\xD9\x88";
    if (info_[k].form == kWa && k + 1 < n) ++k;
    if (info_[k].opens_region < 0) return false;
    i = static_cast<size_t>(info_[k].opens_region);
  }
  return false;
}

bool QuoteRun::WholeSentenceQuote(size_t i) const {
  const QuoteRegion& r = regions_[i];
  if (r.open.empty() || r.close.empty()) return false;
  const ByteSpan para = paragraphs_[region_paragraph_[i]];
  auto sentence_end = [](std::string_view ch) {
    return ch == "." || ch == "!" || ch == "?" ||
           ch == "\xD8\x9F";  // Arabic question mark
  };
  // Before: a sentence end, then an optional wa- on the mark.
  uint32_t b = r.open.begin;
  static constexpr std::string_view kWa = "\xD9\x88";
  if (b >= para.begin + 2 && text_.substr(b - 2, 2) == kWa) b -= 2;
  while (b > para.begin && IsSpaceByte(text_[b - 1])) --b;
  if (b == para.begin) return false;  // a paragraph opening: rule (e)
  const bool after_end =
      sentence_end(text_.substr(b - 1, 1)) ||
      (b >= para.begin + 2 && sentence_end(text_.substr(b - 2, 2)));
  if (!after_end) return false;
  // After: a sentence end (inside or after the mark) or the paragraph end.
  uint32_t e = r.close.end;
  while (e < para.end && IsSpaceByte(text_[e])) ++e;
  if (e >= para.end) return true;
  const ByteSpan in = Trim(r.inner);
  return sentence_end(text_.substr(e, 1)) || sentence_end(text_.substr(e, 2)) ||
         (!in.empty() && sentence_end(text_.substr(in.end - 1, 1)));
}

ByteSpan QuoteRun::CutAtNarration(ByteSpan span, const Speaker& sp) const {
  if (sp.text.empty()) return span;
  const size_t space = sp.text.rfind(' ');
  const std::string last = FoldArabic(
      space == std::string::npos ? std::string_view(sp.text)
                                 : std::string_view(sp.text).substr(space + 1));
  const uint32_t n = static_cast<uint32_t>(a_.tokens.size());
  for (uint32_t k = static_cast<uint32_t>(TokenAt(span.begin)) + 1;
       k + 1 < n && a_.tokens[k + 1].span.end <= span.end; ++k) {
    if (!info_[k - 1].punct || !info_[k].has_conj ||
        info_[k].host_upos != "VERB") {
      continue;
    }
    // "..., wa-abda al-harithi mu'anatahu": the speaker in the third
    // person, the writer narrates again.
    for (uint32_t j = k + 1; j <= k + 2 && j < n; ++j) {
      if (info_[j].form == last) {
        span.end = a_.tokens[k - 1].span.begin;
        while (span.end > span.begin && IsSpaceByte(text_[span.end - 1])) {
          --span.end;
        }
        return span;
      }
    }
  }
  return span;
}

void QuoteRun::AddRegionQuotes() {
  auto inside_taken = [&](ByteSpan s) {
    for (const ByteSpan& t : taken_) {
      if (t.begin <= s.begin && s.end <= t.end + 4) return true;
    }
    return false;
  };
  // First the closing marks without an opening one.
  for (size_t i = 0; i < regions_.size(); ++i) {
    const QuoteRegion& r = regions_[i];
    if (!r.open.empty() || r.depth != 0) continue;
    const int c = CueBefore(r.close.begin, region_paragraph_[i]);
    if (c < 0 || cues_[c].complement == Complement::kQuote) continue;
    const Cue& cue = cues_[c];
    const ByteSpan comp = a_.tokens[cue.comp_token].span;
    // A quotation (not a name) between the complement and the mark: the
    // mark is a stray, not the end of a fragment opened at the complement.
    bool quoted_between = false;
    for (const QuoteRegion& q : regions_) {
      quoted_between |= !q.open.empty() && !q.close.empty() &&
                        q.open.begin > comp.begin &&
                        q.close.end <= r.close.begin && !IsQuotedName(q);
    }
    if (quoted_between) continue;
    if (cue.complement == Complement::kColon) {
      // "verb X: words" then '"': the quotation starts after the colon,
      // unless a quotation opens there.
      size_t after = comp.end;
      while (after < r.close.begin && IsSpaceByte(text_[after])) ++after;
      size_t len = 0;
      if (IsQuoteMarkAt(text_, after, &len)) continue;
      const ByteSpan span{static_cast<uint32_t>(after), r.close.begin};
      AddQuote(Quote::Kind::kDirect, span, &cue, ResolveSpeaker(c), 0.8);
      taken_.push_back(span);
    } else {
      const ByteSpan span{comp.begin, r.close.begin};
      AddQuote(Quote::Kind::kPartial, span, &cue, ResolveSpeaker(c), 0.7);
      taken_.push_back(span);
    }
  }
  // Then the quotations with an opening mark.
  for (size_t i = 0; i < regions_.size(); ++i) {
    const QuoteRegion& r = regions_[i];
    if (r.open.empty() || r.depth != 0) continue;
    ByteSpan inner = Trim(r.inner);
    if (r.close.empty()) inner = UnclosedEnd(inner);
    if (inner.empty() || inside_taken(inner) || IsQuotedName(r)) continue;
    const uint32_t p = region_paragraph_[i];
    const double closed = r.close.empty() ? 0.85 : 0.95;
    const int open_token = TokenAt(r.open.begin);
    // (a) the complement of a cue: "verb ...:" then the mark, or the mark
    // where the complement is due.
    int direct = -1;
    for (size_t c = 0; c < cues_.size(); ++c) {
      if (cues_[c].complement == Complement::kQuote &&
          static_cast<int>(cues_[c].comp_token) == open_token) {
        direct = static_cast<int>(c);
      }
    }
    const int c = CueBefore(r.open.begin, p);
    if (direct < 0 && c >= 0 && cues_[c].complement == Complement::kColon) {
      const ByteSpan comp = a_.tokens[cues_[c].comp_token].span;
      size_t after = comp.end;
      while (after < r.open.begin && IsSpaceByte(text_[after])) ++after;
      if (after == r.open.begin) direct = c;
    }
    if (direct >= 0) {
      const Speaker sp = ResolveSpeaker(direct);
      if (r.close.empty()) inner = CutAtNarration(inner, sp);
      AddQuote(Quote::Kind::kDirect, inner, &cues_[direct], sp, closed);
      taken_.push_back(inner);
      continue;
    }
    // (b) inside reported speech: a partial quote.
    const Reported* in = nullptr;
    for (const Reported& rep : reported_) {
      if (rep.span.begin <= r.open.begin && r.open.begin < rep.span.end) {
        in = &rep;
      }
    }
    if (in != nullptr) {
      // An unclosed fragment stays inside its reported speech.
      if (r.close.empty()) inner.end = std::min(inner.end, in->span.end);
      AddQuote(Quote::Kind::kPartial, inner, &cues_[in->cue],
               ResolveSpeaker(in->cue), 0.8);
      taken_.push_back(inner);
      continue;
    }
    // (c) an attributed fragment: after "'ala hadd qawlihi" or before an
    // attribution tail, the object of a call or condemnation (talaba
    // "..."), or a word or two quoted after a speech verb without a
    // complement (nafat "al-isha'at"). The latest cue of the sentence (of
    // the paragraph for a tail) speaks.
    const uint32_t sentence = open_token < static_cast<int>(info_.size())
                                  ? info_[open_token].sentence
                                  : 0;
    int latest = -1;
    for (size_t k = 0; k < cues_.size(); ++k) {
      const uint32_t t = cues_[k].token;
      if (a_.tokens[t].span.begin >= r.open.begin) break;
      if (info_[t].paragraph == p && !cues_[k].narrator) {
        latest = static_cast<int>(k);
      }
    }
    const bool same_sentence =
        latest >= 0 && info_[cues_[latest].token].sentence == sentence;
    const bool tail_before =
        open_token > 0 && SpeechCueTable::In(info_[open_token - 1].form_entry,
                                             SpeechCueClass::kTailNoun);
    // "ma i'tabarahu "...", "ma wasafahu bi-"...": the words of the one
    // who considered or described.
    int v = open_token - 1;
    static constexpr std::string_view kBi = "\xD8\xA8";
    if (v > 0 && info_[v].form == kBi) --v;
    const bool relative_verb =
        v > 0 && info_[v].host_upos == "VERB" && AfterRelativeMa(v);
    // A date in marks is no fragment ("fi khitam ijtima'iha <<al-arbi'a'
    // al-madi>>").
    const bool dated = open_token + 1 < static_cast<int>(info_.size()) &&
                       SpeechCueTable::In(info_[open_token + 1].host_entry,
                                          SpeechCueClass::kTimeWord);
    const bool attributed = tail_before || relative_verb || TailAfter(i) ||
                            (same_sentence && !dated &&
                             (cues_[latest].object ||
                              table_.Has(cues_[latest].entry->folded_lemma,
                                         SpeechCueClass::kQuoteObject) ||
                              (cues_[latest].complement == Complement::kNone &&
                               RegionWords(r) < kMinQuoteWords)));
    if (attributed) {
      Speaker sp;
      if (latest >= 0) sp = ResolveSpeaker(latest);
      AddQuote(Quote::Kind::kPartial, inner,
               latest >= 0 ? &cues_[latest] : nullptr, sp, 0.7);
      taken_.push_back(inner);
      continue;
    }
    // (d) followed by a speech verb in its paragraph: "...", qala X; a word
    // or two in marks there are a credit or a name (<<d.b.a>> wa-tattahim).
    if (!r.close.empty() && RegionWords(r) >= kMinQuoteWords) {
      const int t = TokenAt(r.close.end);
      bool done = false;
      for (int j = t; j < t + 3 && j < static_cast<int>(a_.tokens.size());
           ++j) {
        if (info_[j].paragraph != p) break;
        for (size_t k = 0; k < cues_.size(); ++k) {
          const Cue& cue = cues_[k];
          if (cue.token == static_cast<uint32_t>(j) && !cue.participle &&
              !cue.object && !cue.narrator &&
              cue.complement == Complement::kNone) {
            AddQuote(Quote::Kind::kDirect, inner, &cue, ResolveSpeaker(k),
                     0.85);
            taken_.push_back(inner);
            done = true;
            break;
          }
        }
        if (done) break;
      }
      if (done) continue;
    }
    // (e') a whole sentence of four words or more in marks right after a
    // sentence with a statement in its paragraph ("... inna ... mazmin.
    // wa-<<yujad nahw 50 alf tilmidh ...>>."): the same speaker goes on.
    if (c >= 0 && WholeSentenceQuote(i) && RegionWords(r) >= 4 &&
        info_[cues_[c].token].sentence + 1 >= sentence) {
      Speaker carried = ResolveSpeaker(c);
      if (carried.how >= 2) carried.how = 1;
      AddQuote(Quote::Kind::kDirect, inner, nullptr, carried, 0.6);
      taken_.push_back(inner);
      continue;
    }
    // (e) a quotation of four words or more opening its paragraph: the
    // speaker of the previous statement goes on.
    if (r.open.begin == paragraphs_[p].begin && RegionWords(r) >= 4) {
      const int prev =
          c >= 0 ? c : CueBefore(paragraphs_[p].begin, p > 0 ? p - 1 : 0);
      if (prev >= 0) {
        Speaker carried = ResolveSpeaker(prev);
        if (carried.how >= 2) carried.how = 1;
        AddQuote(Quote::Kind::kDirect, inner, nullptr, carried, 0.6);
        taken_.push_back(inner);
      }
    }
  }
}

// "verb X: words." with no quotation mark in the rest of the sentence: a
// direct quotation without marks, to the sentence's end.
void QuoteRun::AddUnmarkedQuotes() {
  for (size_t c = 0; c < cues_.size(); ++c) {
    const Cue& cue = cues_[c];
    if (cue.complement != Complement::kColon) continue;
    const uint32_t sentence = info_[cue.comp_token].sentence;
    uint32_t begin = a_.tokens[cue.comp_token].span.end;
    uint32_t end = SentenceEnd(sentence);
    bool marked = false;
    for (const QuoteRegion& r : regions_) {
      for (const ByteSpan& mark : {r.open, r.close}) {
        if (!mark.empty() && begin <= mark.begin && mark.begin < end) {
          marked = true;
        }
      }
    }
    if (marked) continue;
    while (begin < end && IsSpaceByte(text_[begin])) ++begin;
    // The sentence's final punctuation is not part of the words quoted.
    while (end > begin && (text_[end - 1] == '.' || text_[end - 1] == '!' ||
                           IsSpaceByte(text_[end - 1]))) {
      --end;
    }
    int words = 1;
    for (uint32_t b = begin; b < end; ++b) words += text_[b] == ' ';
    if (end <= begin || words < 3) continue;
    const Speaker sp = ResolveSpeaker(c);
    // A plural verb carries no speaker, but inside a statement ("... wa-
    // qalu: sanattasil bik ..., wa-abda al-harithi") the writer narrates
    // again where the statement's speaker is named.
    Speaker narrated = sp;
    if (sp.text.empty() && CuePlural(cue)) {
      const int prev = EarlierStatement(c, c);
      if (prev >= 0) narrated = ResolveSpeaker(static_cast<size_t>(prev));
    }
    AddQuote(Quote::Kind::kDirect, CutAtNarration({begin, end}, narrated), &cue,
             sp, 0.6);
  }
}

bool QuoteRun::WordAfterFirst(ByteSpan span) const {
  uint32_t b = span.begin;
  while (b < span.end && !IsSpaceByte(text_[b])) ++b;
  while (b < span.end) {
    const DecodedChar d = DecodeUtf8(text_, b);
    const char32_t c = d.valid ? d.code_point : 0;
    // A letter or digit: ASCII, Latin with accents, Arabic (not its comma
    // or question mark).
    if ((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') ||
        (c >= 0x00C0 && c < 0x0250) || (c >= 0x0621 && c <= 0x064A) ||
        (c >= 0x0660 && c <= 0x0669)) {
      return true;
    }
    b += d.length > 0 ? d.length : 1;
  }
  return false;
}

void QuoteRun::Extract(std::vector<Quote>* out) {
  IndexTokens();
  FindRegions();
  FindCues();
  cue_speakers_.assign(cues_.size(), Speaker());
  cue_resolved_.assign(cues_.size(), false);
  FindReported();
  for (const Reported& r : reported_) {
    // Nothing said after the complementizer ("qala inna." where the
    // scraper cut the statement): no quotation.
    if (!WordAfterFirst(r.span)) continue;
    const Cue& cue = cues_[r.cue];
    AddQuote(Quote::Kind::kReported, r.span, &cue, ResolveSpeaker(r.cue),
             cue.participle ? 0.75 : 0.85);
  }
  const size_t reported_count = quotes_.size();
  AddRegionQuotes();
  AddUnmarkedQuotes();
  // Reported speech whose cue is inside a quotation is the quoted
  // speaker's own words ("... wa-lakinnani u'akkid annahu amr mahsum").
  for (size_t i = 0; i < reported_count; ++i) {
    for (size_t j = reported_count; j < quotes_.size(); ++j) {
      if (quotes_[j].kind != Quote::Kind::kReported &&
          quotes_[j].span.begin <= quotes_[i].cue.begin &&
          quotes_[i].cue.end <= quotes_[j].span.end) {
        quotes_[i].span = ByteSpan();
      }
    }
  }
  // Reported speech that is all inside a partial quotation from the same
  // complement (a closing mark without an opening one after "mudifan
  // annahu ..."): the partial quotation stands for it.
  for (size_t i = 0; i < reported_count; ++i) {
    for (size_t j = reported_count; j < quotes_.size(); ++j) {
      const ByteSpan rep = quotes_[i].span;
      const ByteSpan part = quotes_[j].span;
      if (quotes_[j].kind == Quote::Kind::kPartial && part.begin == rep.begin &&
          part.end <= rep.end && part.end + 4 >= rep.end) {
        quotes_[i].span = ByteSpan();
      }
    }
  }
  quotes_.erase(std::remove_if(quotes_.begin(), quotes_.end(),
                               [](const Quote& q) { return q.span.empty(); }),
                quotes_.end());
  std::stable_sort(quotes_.begin(), quotes_.end(),
                   [](const Quote& x, const Quote& y) {
                     return x.span.begin < y.span.begin;
                   });
  *out = std::move(quotes_);
}

Status QuoteExtractor::Extract(std::string_view text,
                               const MorphAnalysis& analysis,
                               const std::vector<Entity>& entities,
                               std::vector<Quote>* quotes) const {
  quotes->clear();
  KHABAR_RETURN_IF_ERROR(CheckInputs(text, analysis, entities));
  QuoteRun run(tables_->cues, text, analysis, entities);
  run.Extract(quotes);
  return Status::Ok();
}

}  // namespace khabar
