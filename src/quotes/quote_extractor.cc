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
  Quote& q = quotes_.emplace_back();
  q.kind = kind;
  q.span = span;
  if (cue != nullptr) {
    q.cue = a_.tokens[cue->token].span;
    q.cue_lemma = cue->entry->lemma;
  }
  if (speaker.how >= 2) q.speaker = speaker.span;
  q.speaker_text = speaker.text;
  if (speaker.entity >= 0) {
    q.entity_id = entities_[speaker.entity].id;
    q.entity_name = entities_[speaker.entity].canonical;
  }
  static constexpr double kSpeakerFactor[] = {0.6, 0.8, 0.9, 1.0};
  q.confidence = std::clamp(confidence * kSpeakerFactor[speaker.how], 0.0, 1.0);
}

void QuoteRun::Extract(std::vector<Quote>* out) {
  IndexTokens();
  FindCues();
  FindRegions();
  cue_speakers_.assign(cues_.size(), Speaker());
  cue_resolved_.assign(cues_.size(), false);

  // Reported speech: a cue with a clause complement, to the sentence end or
  // the next finite speech verb; a participle inside reported speech of its
  // sentence continues it.
  struct Reported {
    ByteSpan span;
    size_t cue;
  };
  std::vector<Reported> reported;
  for (size_t c = 0; c < cues_.size(); ++c) {
    const Cue& cue = cues_[c];
    if (cue.complement != Complement::kClause) continue;
    const uint32_t sentence = info_[cue.token].sentence;
    const uint32_t begin = a_.tokens[cue.comp_token].span.begin;
    if (cue.participle && !reported.empty() &&
        reported.back().span.end >= begin &&
        info_[cues_[reported.back().cue].token].sentence == sentence) {
      continue;
    }
    uint32_t end = SentenceEnd(sentence);
    for (size_t d = c + 1; d < cues_.size(); ++d) {
      const Cue& next = cues_[d];
      if (info_[next.token].sentence != sentence) break;
      if (!next.participle && next.complement != Complement::kNone) {
        end = std::min(end, a_.tokens[next.token].span.begin);
        break;
      }
    }
    if (end <= begin) continue;
    reported.push_back({{begin, end}, c});
  }
  for (const Reported& r : reported) {
    const Cue& cue = cues_[r.cue];
    AddQuote(Quote::Kind::kReported, r.span, &cue, ResolveSpeaker(r.cue),
             cue.participle ? 0.75 : 0.85);
  }

  // The latest cue starting before byte `pos` in paragraph `p`.
  auto cue_before = [&](uint32_t pos, uint32_t p) -> int {
    int found = -1;
    for (size_t c = 0; c < cues_.size(); ++c) {
      const uint32_t t = cues_[c].token;
      if (a_.tokens[t].span.begin >= pos) break;
      if (info_[t].paragraph == p && cues_[c].complement != Complement::kNone) {
        found = static_cast<int>(c);
      }
    }
    return found;
  };
  std::vector<ByteSpan> taken;  // spans of direct and partial quotes
  auto inside_taken = [&](ByteSpan s) {
    for (const ByteSpan& t : taken) {
      if (t.begin <= s.begin && s.end <= t.end + 4) return true;
    }
    return false;
  };
  // First the closing marks without an opening one.
  for (size_t i = 0; i < regions_.size(); ++i) {
    const QuoteRegion& r = regions_[i];
    if (!r.open.empty() || r.depth != 0) continue;
    const int c = cue_before(r.close.begin, region_paragraph_[i]);
    if (c < 0) continue;
    const Cue& cue = cues_[c];
    const ByteSpan comp = a_.tokens[cue.comp_token].span;
    if (cue.complement == Complement::kColon) {
      // "verb X: words" then '"': the quotation starts after the colon,
      // unless a quotation opens there.
      size_t after = comp.end;
      while (after < r.close.begin && IsSpaceByte(text_[after])) ++after;
      size_t len = 0;
      if (IsQuoteMarkAt(text_, after, &len)) continue;
      const ByteSpan span{static_cast<uint32_t>(after), r.close.begin};
      AddQuote(Quote::Kind::kDirect, span, &cue, ResolveSpeaker(c), 0.8);
      taken.push_back(span);
    } else {
      const ByteSpan span{comp.begin, r.close.begin};
      AddQuote(Quote::Kind::kPartial, span, &cue, ResolveSpeaker(c), 0.7);
      taken.push_back(span);
    }
  }
  // Then the quotations with an opening mark.
  for (size_t i = 0; i < regions_.size(); ++i) {
    const QuoteRegion& r = regions_[i];
    if (r.open.empty() || r.depth != 0) continue;
    const ByteSpan inner = Trim(r.inner);
    if (inner.empty() || inside_taken(inner) || IsQuotedName(r)) continue;
    const uint32_t p = region_paragraph_[i];
    const double closed = r.close.empty() ? 0.85 : 0.95;
    // (a) after "verb ...:" (or the verb itself).
    const int c = cue_before(r.open.begin, p);
    if (c >= 0 && cues_[c].complement == Complement::kColon) {
      const ByteSpan comp = a_.tokens[cues_[c].comp_token].span;
      size_t after = comp.end;
      while (after < r.open.begin && IsSpaceByte(text_[after])) ++after;
      if (after == r.open.begin) {
        AddQuote(Quote::Kind::kDirect, inner, &cues_[c], ResolveSpeaker(c),
                 closed);
        taken.push_back(inner);
        continue;
      }
    }
    // (b) inside reported speech: a partial quote.
    const Reported* in = nullptr;
    for (const Reported& rep : reported) {
      if (rep.span.begin <= r.open.begin && r.open.begin < rep.span.end) {
        in = &rep;
      }
    }
    if (in != nullptr) {
      AddQuote(Quote::Kind::kPartial, inner, &cues_[in->cue],
               ResolveSpeaker(in->cue), 0.8);
      taken.push_back(inner);
      continue;
    }
    // (c) followed by a speech verb: "...", qala X.
    if (!r.close.empty()) {
      const int t = TokenAt(r.close.end);
      bool done = false;
      for (int j = t; j < t + 3 && j < static_cast<int>(a_.tokens.size());
           ++j) {
        for (size_t k = 0; k < cues_.size(); ++k) {
          if (cues_[k].token == static_cast<uint32_t>(j) &&
              !cues_[k].participle) {
            AddQuote(Quote::Kind::kDirect, inner, &cues_[k], ResolveSpeaker(k),
                     0.85);
            taken.push_back(inner);
            done = true;
            break;
          }
        }
        if (done) break;
      }
      if (done) continue;
    }
    // (d) a quotation of four words or more opening its paragraph: the
    // speaker of the previous statement goes on.
    int words = 1;
    for (uint32_t b = inner.begin; b < inner.end; ++b) {
      words += text_[b] == ' ';
    }
    if (r.open.begin == paragraphs_[p].begin && words >= 4) {
      const int prev =
          cue_before(r.open.begin, p) >= 0
              ? cue_before(r.open.begin, p)
              : cue_before(paragraphs_[p].begin, p > 0 ? p - 1 : 0);
      if (prev >= 0) {
        Speaker carried = ResolveSpeaker(prev);
        if (carried.how >= 2) carried.how = 1;
        AddQuote(Quote::Kind::kDirect, inner, nullptr, carried, 0.6);
        taken.push_back(inner);
      }
    }
  }
  // Last, "verb X: words." with no quotation mark in the rest of the
  // sentence: a direct quotation without marks, to the sentence's end.
  for (size_t c = 0; c < cues_.size(); ++c) {
    const Cue& cue = cues_[c];
    if (cue.complement != Complement::kColon || cue.comp_token == cue.token) {
      continue;
    }
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
    AddQuote(Quote::Kind::kDirect, {begin, end}, &cue, ResolveSpeaker(c), 0.6);
  }
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
