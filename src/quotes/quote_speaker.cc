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

#include "quotes/quote_run.h"

namespace khabar {
namespace {

constexpr int kMaxSpeakerTokens = 12;
constexpr int kCarryParagraphs = 2;

}  // namespace

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
// word, else the one person or organization whose canonical name ends with
// that word.
void QuoteRun::LinkWords(Speaker* sp) const {
  const ByteSpan s = Trim(sp->span);
  uint32_t last = s.end;
  while (last > s.begin && text_[last - 1] != ' ') --last;
  const int m = MentionCovering({last, s.end});
  if (m >= 0) {
    sp->entity = mentions_[m].entity;
    return;
  }
  const std::string word = FoldArabic(text_.substr(last, s.end - last));
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

Speaker QuoteRun::ResolveSpeaker(size_t cue_index) {
  if (cue_resolved_[cue_index]) return cue_speakers_[cue_index];
  cue_resolved_[cue_index] = true;
  const Cue& cue = cues_[cue_index];
  const uint32_t t = cue.token;
  const TokenInfo& ti = info_[t];
  const MorphSentence& sent = a_.sentences[ti.sentence];
  const uint32_t sent_end = sent.first_token + sent.token_count;
  uint32_t limit = cue.complement == Complement::kNone
                       ? sent_end
                       : std::max(cue.comp_token, t + 1);
  limit = std::min(limit, t + 1 + kMaxSpeakerTokens);
  limit = std::min(limit, sent_end);
  Speaker sp;
  auto from_mention = [&](int m) {
    sp.span = mentions_[m].span;
    sp.entity = mentions_[m].entity;
    sp.how = 3;
  };
  if (!cue.participle && limit > t + 1) {
    // (a) a mention after the verb, before the complement: a person first.
    const uint32_t lo = a_.tokens[t].span.end;
    const uint32_t hi = a_.tokens[limit - 1].span.end;
    int first = -1, person = -1;
    for (size_t m = 0; m < mentions_.size(); ++m) {
      const ByteSpan s = mentions_[m].span;
      if (s.begin < lo || s.end > hi) continue;
      if (first < 0) first = static_cast<int>(m);
      if (person < 0 && mentions_[m].type == EntityType::kPerson) {
        person = static_cast<int>(m);
      }
    }
    if (person >= 0) {
      from_mention(person);
    } else if (first >= 0 && TokenAt(mentions_[first].span.begin) <=
                                 static_cast<int>(t) + 2) {
      from_mention(first);
    }
  }
  if (sp.how == 0 && !cue.participle && t > sent.first_token) {
    // (b) a mention ending just before the verb (subject first).
    const uint32_t verb_begin = a_.tokens[t].span.begin;
    const uint32_t prev_begin = a_.tokens[t - 1].span.begin;
    for (size_t m = 0; m < mentions_.size(); ++m) {
      const ByteSpan s = mentions_[m].span;
      if (s.end <= verb_begin && s.end > prev_begin &&
          s.begin >= a_.tokens[sent.first_token].span.begin) {
        from_mention(static_cast<int>(m));
      }
    }
  }
  if (sp.how == 0 && !cue.participle && t + 1 < limit) {
    // (c) the subject's words after the verb.
    // A proper name goes on with proper names only; a title (noun) with
    // nouns, adjectives and names.
    uint32_t j = t + 1;
    const uint32_t first = j;
    auto is_name = [&](const TokenInfo& x) {
      return x.host_upos == "PROPN" || x.host_upos == "X";
    };
    const bool named = is_name(info_[first]);
    while (j < limit && j < first + 4) {
      const TokenInfo& tj = info_[j];
      if (tj.has_proclitic && j > first) break;
      const bool fits = named ? is_name(tj)
                              : (tj.host_upos == "NOUN" || is_name(tj) ||
                                 (tj.host_upos == "ADJ" && j > first));
      if (!fits) break;
      ++j;
    }
    if (j > first && !info_[first].has_proclitic) {
      sp.span = {a_.tokens[first].span.begin, a_.tokens[j - 1].span.end};
      sp.how = 2;
    }
  }
  if (sp.how == 0 && !cue.participle && t > sent.first_token) {
    // (d) proper nouns just before the verb.
    uint32_t j = t;
    while (
        j > sent.first_token && j + 3 > t &&
        (info_[j - 1].host_upos == "PROPN" || info_[j - 1].host_upos == "X") &&
        !info_[j - 1].has_proclitic) {
      --j;
    }
    if (j < t) {
      sp.span = {a_.tokens[j].span.begin, a_.tokens[t - 1].span.end};
      sp.how = 2;
    }
  }
  if (sp.how == 0 && cue.participle &&
      (cue_index == 0 ||
       info_[cues_[cue_index - 1].token].sentence != ti.sentence)) {
    // A participle after a non-speech verb: the sentence's first person or
    // organization before it ("met X ..., stressing that").
    const uint32_t lo = a_.tokens[sent.first_token].span.begin;
    const uint32_t hi = a_.tokens[t].span.begin;
    for (size_t m = 0; m < mentions_.size(); ++m) {
      const MentionRef& r = mentions_[m];
      if (r.span.begin >= lo && r.span.end <= hi &&
          (r.type == EntityType::kPerson ||
           r.type == EntityType::kOrganization)) {
        from_mention(static_cast<int>(m));
        break;
      }
    }
  }
  if (sp.how == 2) LinkWords(&sp);
  if (sp.how == 0) {
    // (e) carried over from the nearest earlier cue with a speaker.
    for (size_t k = cue_index; k-- > 0;) {
      if (info_[cues_[k].token].paragraph + kCarryParagraphs < ti.paragraph) {
        break;
      }
      if (cues_[k].complement == Complement::kNone) continue;
      const Speaker prev = ResolveSpeaker(k);
      if (prev.how >= 2 || (prev.how == 1 && !prev.text.empty())) {
        sp.text = prev.text;
        sp.entity = prev.entity;
        sp.how = 1;
        break;
      }
    }
  }
  if (sp.how >= 2)
    sp.text = std::string(text_.substr(sp.span.begin, sp.span.size()));
  cue_speakers_[cue_index] = sp;
  return sp;
}

}  // namespace khabar
