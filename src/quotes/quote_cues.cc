// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The quotation extractor's reading of a text: tokens with their host
// words, paragraphs and entity mentions; speech cues and their complements;
// quotation regions and quoted names (docs/QUOTES.md, "Cues" and "Marks").

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quotes/quote_run.h"

namespace khabar {
namespace {

// Folded "an" (U+0627 U+0646): anna, inna, an after folding.
constexpr std::string_view kComplementizer = "\xD8\xA7\xD9\x86";
// The proclitic li- (U+0644): li-anna is "because", not a complement.
constexpr std::string_view kLi = "\xD9\x84";

constexpr int kMaxComplementTokens = 40;

}  // namespace

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
        if (FoldArabic(word.form) == kLi) ti.has_li = true;
      }
    }
    if (host == nullptr) host = &a_.words[tok.first_word];
    ti.host_form = FoldArabic(host->form);
    ti.host_lemma = FoldArabic(host->lemma);
    ti.host_upos = host->upos;
  }
  for (size_t e = 0; e < entities_.size(); ++e) {
    for (const ResolvedMention& m : entities_[e].mentions) {
      mentions_.push_back({m.span, static_cast<int>(e), m.type});
    }
  }
  std::sort(mentions_.begin(), mentions_.end(),
            [](const MentionRef& x, const MentionRef& y) {
              return x.span.begin < y.span.begin;
            });
}

void QuoteRun::FindCues() {
  for (uint32_t t = 0; t < a_.tokens.size(); ++t) {
    const TokenInfo& ti = info_[t];
    const SpeechCue* entry = nullptr;
    bool participle = false;
    if (ti.host_upos == "VERB") {
      entry = table_.Find(ti.host_lemma, SpeechCueClass::kVerb);
      if (entry == nullptr) {
        entry = table_.Find(ti.host_form, SpeechCueClass::kVerb);
      }
    } else if (ti.host_upos != "NOUN" && ti.host_upos != "ADP") {
      entry = table_.Find(ti.host_form, SpeechCueClass::kVerb);
    }
    if (entry == nullptr) {
      entry = table_.Find(ti.host_form, SpeechCueClass::kParticiple);
      if (entry == nullptr) {
        const ByteSpan sp = a_.tokens[t].span;
        entry = table_.Find(FoldArabic(text_.substr(sp.begin, sp.size())),
                            SpeechCueClass::kParticiple);
      }
      participle = entry != nullptr;
    }
    if (entry == nullptr) continue;
    Cue cue;
    cue.token = t;
    cue.entry = entry;
    cue.participle = participle;
    // The complement: "an"/"anna"/"inna" or a colon, in the sentence.
    const MorphSentence& sent = a_.sentences[ti.sentence];
    const uint32_t sent_end = sent.first_token + sent.token_count;
    for (uint32_t j = t + 1; j < sent_end && j <= t + kMaxComplementTokens;
         ++j) {
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
      if (tj.host_form == kComplementizer && !tj.has_li) {
        const bool blocked =
            j > 0 && table_.Has(info_[j - 1].host_form,
                                SpeechCueClass::kNotComplementAfter);
        if (!blocked) {
          cue.complement = Complement::kClause;
          cue.comp_token = j;
          break;
        }
      }
      // Another finite speech verb: this one has no complement of its own.
      if (tj.host_upos == "VERB" &&
          table_.Find(tj.host_lemma, SpeechCueClass::kVerb) != nullptr) {
        break;
      }
      // An opening quotation mark right after the verb phrase.
      size_t len = 0;
      if (j == t + 1 && IsQuoteMarkAt(text_, sp.begin, &len) &&
          sp.size() == len) {
        cue.complement = Complement::kColon;
        cue.comp_token = t;
        break;
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
    const size_t before = regions_.size();
    PairQuoteMarks(text_, paragraphs_[p], &regions_);
    region_paragraph_.resize(regions_.size(), p);
    (void)before;
  }
  // Quoted names: after a name head, or (five words or fewer) covered by an
  // entity mention; every region with the same words is a name too.
  for (const QuoteRegion& r : regions_) {
    if (r.open.empty() || r.close.empty()) continue;
    const ByteSpan in = Trim(r.inner);
    if (in.empty()) continue;
    bool name = false;
    const int before = TokenAt(r.open.begin) - 1;
    if (before >= 0 && a_.tokens[before].span.end <= r.open.begin &&
        (table_.Find(info_[before].host_form, SpeechCueClass::kNameHead) !=
             nullptr ||
         table_.Find(info_[before].host_lemma, SpeechCueClass::kNameHead) !=
             nullptr)) {
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

bool QuoteRun::IsQuotedName(const QuoteRegion& r) const {
  return names_.count(RegionKey(r)) > 0;
}

}  // namespace khabar
