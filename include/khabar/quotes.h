// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Who said what: direct quotations, quoted fragments inside reported speech
// and reported (indirect) speech, each attributed to a speaker and, when the
// speaker is a resolved entity, to that entity.
//
//   auto extractor = khabar::QuoteExtractor::Create();  // embedded verb list
//   if (!extractor.ok()) return extractor.status();
//   khabar::MorphAnalysis analysis = ...;   // MorphAnalyzer::Analyze(text)
//   std::vector<khabar::Entity> entities = ...;  // EntityResolver::Resolve
//   std::vector<khabar::Quote> quotes;
//   KHABAR_RETURN_IF_ERROR(
//       (*extractor)->Extract(text, analysis, entities, &quotes));
//   for (const khabar::Quote& q : quotes) {
//     // q.kind kDirect, q.span: the words inside the marks (bytes of text),
//     // q.cue: "wa-qala" -> the verb "qala", q.cue_lemma "qala",
//     // q.speaker: "kiri", q.entity_name "jun kiri", q.confidence 0.9
//   }
//
// Patterns (docs/QUOTES.md has each with an example):
//   - Direct: a quotation in " \u201C \u201D \u00AB \u00BB (any mixture,
//     marks paired by context and a stack, so nested quotes pair inside
//     out) after a speech verb and a colon, after the verb or its subject
//     and adjuncts where the complement is due ("qalat al-sharika fi bayan
//     "..."", also when it starts with inna), or followed by a speech
//     verb; words after "verb X:" without marks, to the sentence end; an
//     unclosed quotation ends with its paragraph or before an attribution
//     tail; a closing mark without an opening one after "verb ...:"
//     starts after the colon.
//   - Partial: a quoted fragment inside reported speech ("... la tunassiq
//     "askariyyan" ..."), one attributed in narration (talaba "...",
//     "..." 'ala hadd qawlihi, ma wasafahu bi-"..."), or a closing mark
//     without an opening one after reported speech (the fragment starts
//     at the complement).
//   - Reported: a speech verb (data/quotes/speech_verbs.txt, matched on the
//     morphological lemma, so wa-qala, qalat, fa-adafa are found) followed
//     in its sentence by the complementizer anna/inna (with or without a
//     pronoun), up to the next statement (a participle such as mudifan
//     anna is its own item, a second cue, narration), an attribution tail
//     (wifqa ta'birihi) or the writer's addition; nested speech is its own
//     item. Calls (da'a ila an) and the writer's impersonal narration
//     (yudhkaru anna) are not reported speech.
//   Quoted names (tanzim "..." or a quoted entity mention, and any other
//   quotation of the same words in the article) are never quotations.
// Speaker: an entity mention after the verb, before its complement and
// any prepositional adjunct (a person first), else one ending just before
// the verb (SVO), else the subject words after the verb (time words
// skipped; after 'an for naqala), else the noun phrase opening the clause
// before the verb, else carried over from the previous statement within
// two paragraphs, else the person named in the previous sentence. The
// speaker resolves to the entity whose mention overlaps the speaker span,
// or to the carried item's entity.
//
// Spans: `span` of a direct or partial quote is the text inside its marks
// (without them; nested marks stay inside), of reported speech the text
// from the complementizer to the end of the statement (see above). Offsets
// are bytes of `text`.
//
// Errors: Extract() returns kInvalidArgument when `analysis` does not
// belong to `text` (a token outside the text or starting/ending in
// whitespace) or an entity mention lies outside the text, and
// kResourceExhausted past kMaxQuoteTextBytes. Create() fails with
// kInvalidArgument on a bad row in options.extra_speech_verbs_txt.
//
// Thread safety: a QuoteExtractor is immutable after Create(); Extract() is
// const and may run on many threads at once, each with its own output.

#ifndef KHABAR_QUOTES_H_
#define KHABAR_QUOTES_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/entities.h"
#include "khabar/morph_analyzer.h"
#include "khabar/status.h"

namespace khabar {

struct Quote {
  enum class Kind : uint8_t { kDirect = 0, kPartial = 1, kReported = 2 };
  Kind kind = Kind::kDirect;
  ByteSpan span;  // the quoted or reported words, in the text
  // The speech verb or participle token (with its clitics), empty when the
  // quotation has no cue of its own (a partial quote inside reported speech
  // has the cue of that speech).
  ByteSpan cue;
  std::string cue_lemma;  // "" when `cue` is empty
  // The speaker's words in the text; empty when the speaker is carried over
  // from an earlier item (then `entity_*` and `speaker_text` come from it)
  // or unknown.
  ByteSpan speaker;
  // The speaker as written where it was found (possibly in an earlier
  // sentence), "" if unknown.
  std::string speaker_text;
  std::string entity_id;    // the resolved entity's id, "" if none
  std::string entity_name;  // its canonical name, "" if none
  double confidence = 0;    // in [0, 1]
};

// "direct", "partial", "reported".
std::string_view QuoteKindName(Quote::Kind kind);

struct QuoteExtractorOptions {
  // Extra rows in the format of data/quotes/speech_verbs.txt (contents,
  // not a path), added to the embedded table. Default: none.
  std::string extra_speech_verbs_txt;
};

inline constexpr size_t kMaxQuoteTextBytes = size_t{1} << 30;

class QuoteExtractor {
 public:
  static StatusOr<std::unique_ptr<const QuoteExtractor>> Create(
      const QuoteExtractorOptions& options = {});

  ~QuoteExtractor();
  QuoteExtractor(const QuoteExtractor&) = delete;
  QuoteExtractor& operator=(const QuoteExtractor&) = delete;

  // Finds the quotations of `text` into `*quotes` (replaced), in text order
  // of their spans. `analysis` must be MorphAnalyzer's analysis of `text`;
  // `entities` EntityResolver's entities of it (may be empty: speakers are
  // then unresolved). On error `*quotes` is left empty.
  Status Extract(std::string_view text, const MorphAnalysis& analysis,
                 const std::vector<Entity>& entities,
                 std::vector<Quote>* quotes) const;

  size_t verb_count() const;

 private:
  struct Tables;
  explicit QuoteExtractor(std::unique_ptr<Tables> tables);
  std::unique_ptr<Tables> tables_;
};

// Appends `quotes` as a JSON array:
//   [{"kind": "direct", "begin": 10, "end": 80, "text": "...",
//     "cue_begin": 2, "cue_end": 7, "cue": "...", "cue_lemma": "...",
//     "speaker_begin": 8, "speaker_end": 12, "speaker": "...",
//     "entity_id": "...", "entity": "...", "confidence": 0.9}]
// Offsets are bytes plus `offset_base`; "text", "cue" and "speaker" are
// the bytes of `text` at the spans (the caller's text, needed for them);
// cue_*, speaker_* and entity_* keys are omitted when empty.
// Thread safety: a pure function.
void AppendQuotesJson(std::string_view text, const std::vector<Quote>& quotes,
                      uint64_t offset_base, std::string* out);

}  // namespace khabar

#endif  // KHABAR_QUOTES_H_
