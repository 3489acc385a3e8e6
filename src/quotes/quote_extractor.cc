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
#include <unordered_set>
#include <utility>
#include <vector>

#include "khabar/quotes.h"
#include "khabar/utf8.h"
#include "quotes/quote_internal.h"

namespace khabar {

extern const char kSpeechVerbsTxt[];
extern const size_t kSpeechVerbsTxtSize;

namespace {

// Folded "an" (U+0627 U+0646): anna, inna, an after folding.
constexpr std::string_view kComplementizer = "\xD8\xA7\xD9\x86";
// Words after which "an" is not a complement: illa, ba'da, qabla, duna,
// mundhu, budda, li-ajli.
constexpr std::string_view kNotComplementBefore[] = {
    "\xD8\xA7\xD9\x84\xD8\xA7",  // illa
    "\xD8\xA8\xD8\xB9\xD8\xAF",  // ba'da
    "\xD9\x82\xD8\xA8\xD9\x84",  // qabla
    "\xD8\xAF\xD9\x88\xD9\x86",  // duna
    "\xD9\x85\xD9\x86\xD8\xB0",  // mundhu
    "\xD8\xA8\xD8\xAF",          // budda
    "\xD8\xA7\xD8\xAC\xD9\x84",  // ajli
    "\xD8\xB1\xD8\xBA\xD9\x85",  // raghma
    "\xD8\xAD\xD9\x8A\xD9\x86",  // hina
};
// The proclitic li- (U+0644): li-anna is "because", not a complement.
constexpr std::string_view kLi = "\xD9\x84";

constexpr int kMaxComplementTokens = 40;
constexpr int kMaxSpeakerTokens = 12;
constexpr int kCarryParagraphs = 2;

enum class Complement { kNone, kClause, kColon };

struct TokenInfo {
  std::string host_form;   // folded
  std::string host_lemma;  // folded
  std::string host_upos;
  bool has_li = false;  // a li- proclitic
  bool has_proclitic = false;
  uint32_t sentence = 0;
  uint32_t paragraph = 0;
};

struct Cue {
  uint32_t token = 0;
  const SpeechCue* entry = nullptr;
  bool participle = false;
  Complement complement = Complement::kNone;
  uint32_t comp_token = 0;  // the complementizer or colon token
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

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

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

// The extraction over one text (scratch and results of one call).
class Run {
 public:
  Run(const SpeechCueTable& table, std::string_view text,
      const MorphAnalysis& a, const std::vector<Entity>& entities)
      : table_(table), text_(text), a_(a), entities_(entities) {}

  void Extract(std::vector<Quote>* out);

 private:
  void IndexTokens();
  void FindCues();
  void FindRegions();
  bool IsQuotedName(const QuoteRegion& r) const;
  std::string RegionKey(const QuoteRegion& r) const;
  Speaker ResolveSpeaker(size_t cue_index);
  void AddQuote(Quote::Kind kind, ByteSpan span, const Cue* cue,
                const Speaker& speaker, double confidence);
  int TokenAt(uint32_t pos) const;  // the token starting at or after pos
  uint32_t SentenceEnd(uint32_t sentence) const;
  ByteSpan Trim(ByteSpan s) const;
  int MentionCovering(ByteSpan s) const;
  void LinkWords(Speaker* sp) const;

  const SpeechCueTable& table_;
  std::string_view text_;
  const MorphAnalysis& a_;
  const std::vector<Entity>& entities_;

  std::vector<TokenInfo> info_;
  std::vector<ByteSpan> paragraphs_;
  std::vector<MentionRef> mentions_;
  std::vector<Cue> cues_;
  std::vector<Speaker> cue_speakers_;
  std::vector<bool> cue_resolved_;
  std::vector<QuoteRegion> regions_;
  std::vector<uint32_t> region_paragraph_;
  std::unordered_set<std::string> names_;
  std::vector<Quote> quotes_;
};

ByteSpan Run::Trim(ByteSpan s) const {
  while (s.begin < s.end && IsSpaceByte(text_[s.begin])) ++s.begin;
  while (s.end > s.begin && IsSpaceByte(text_[s.end - 1])) --s.end;
  return s;
}

int Run::TokenAt(uint32_t pos) const {
  auto it = std::lower_bound(
      a_.tokens.begin(), a_.tokens.end(), pos,
      [](const MorphToken& t, uint32_t p) { return t.span.end <= p; });
  return static_cast<int>(it - a_.tokens.begin());
}

uint32_t Run::SentenceEnd(uint32_t sentence) const {
  const MorphSentence& s = a_.sentences[sentence];
  if (s.token_count == 0) return s.span.end;
  return a_.tokens[s.first_token + s.token_count - 1].span.end;
}

int Run::MentionCovering(ByteSpan s) const {
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
void Run::LinkWords(Speaker* sp) const {
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

void Run::IndexTokens() {
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

void Run::FindCues() {
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
        bool blocked = false;
        if (j > 0) {
          for (std::string_view w : kNotComplementBefore) {
            if (info_[j - 1].host_form == w) blocked = true;
          }
        }
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

std::string Run::RegionKey(const QuoteRegion& r) const {
  const ByteSpan in = Trim(r.inner);
  return FoldArabic(text_.substr(in.begin, in.size()));
}

void Run::FindRegions() {
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

bool Run::IsQuotedName(const QuoteRegion& r) const {
  return names_.count(RegionKey(r)) > 0;
}

Speaker Run::ResolveSpeaker(size_t cue_index) {
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

void Run::AddQuote(Quote::Kind kind, ByteSpan span, const Cue* cue,
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

void Run::Extract(std::vector<Quote>* out) {
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

}  // namespace

Status QuoteExtractor::Extract(std::string_view text,
                               const MorphAnalysis& analysis,
                               const std::vector<Entity>& entities,
                               std::vector<Quote>* quotes) const {
  quotes->clear();
  KHABAR_RETURN_IF_ERROR(CheckInputs(text, analysis, entities));
  Run run(tables_->cues, text, analysis, entities);
  run.Extract(quotes);
  return Status::Ok();
}

}  // namespace khabar
