// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The quotation gold set reader (simdjson's DOM API, error codes only) and
// the overlap scoring of include/khabar/quotes_eval.h.

#include "khabar/quotes_eval.h"

#include <simdjson.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/quotes.h"
#include "khabar/status.h"
#include "khabar/utf8.h"
#include "quotes/quote_internal.h"

namespace khabar {
namespace {

// ---- Reading the gold set ----

Status LineError(size_t line, const std::string& what) {
  return DataLossError("quote gold line " + std::to_string(line) + ": " + what);
}

// A string member: absent is "" unless `required`.
Status GetString(simdjson::dom::object obj, std::string_view key, bool required,
                 size_t line, std::string* out) {
  simdjson::dom::element v;
  if (obj.at_key(key).get(v) != simdjson::SUCCESS) {
    if (required) {
      return LineError(line, "missing \"" + std::string(key) + "\"");
    }
    out->clear();
    return Status::Ok();
  }
  std::string_view s;
  if (v.get_string().get(s) != simdjson::SUCCESS) {
    return LineError(line, "\"" + std::string(key) + "\" is not a string");
  }
  *out = std::string(s);
  return Status::Ok();
}

Status GetOffset(simdjson::dom::object obj, std::string_view key, size_t line,
                 uint64_t* out) {
  simdjson::dom::element v;
  if (obj.at_key(key).get(v) != simdjson::SUCCESS ||
      v.get_uint64().get(*out) != simdjson::SUCCESS) {
    return LineError(line, "item without a non-negative integer \"" +
                               std::string(key) + "\"");
  }
  return Status::Ok();
}

StatusOr<Quote::Kind> ParseKind(std::string_view kind, size_t line) {
  if (kind == "direct") return Quote::Kind::kDirect;
  if (kind == "partial") return Quote::Kind::kPartial;
  if (kind == "reported") return Quote::Kind::kReported;
  return LineError(line, "unknown kind \"" + std::string(kind) + "\"");
}

StatusOr<QuoteGoldItem> ParseItem(simdjson::dom::element e,
                                  std::string_view text, size_t line) {
  simdjson::dom::object obj;
  if (e.get_object().get(obj) != simdjson::SUCCESS) {
    return LineError(line, "an item is not an object");
  }
  QuoteGoldItem item;
  std::string s;
  KHABAR_RETURN_IF_ERROR(GetString(obj, "kind", true, line, &s));
  StatusOr<Quote::Kind> kind = ParseKind(s, line);
  if (!kind.ok()) return kind.status();
  item.kind = *kind;
  uint64_t begin = 0, end = 0;
  KHABAR_RETURN_IF_ERROR(GetOffset(obj, "begin", line, &begin));
  KHABAR_RETURN_IF_ERROR(GetOffset(obj, "end", line, &end));
  if (begin > end || end > text.size() || !IsUtf8Boundary(text, begin) ||
      !IsUtf8Boundary(text, end)) {
    return LineError(line, "item span " + std::to_string(begin) + ".." +
                               std::to_string(end) +
                               " is not a span of the text");
  }
  item.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  KHABAR_RETURN_IF_ERROR(GetString(obj, "text", true, line, &s));
  if (s != text.substr(begin, end - begin)) {
    return LineError(line, "item text differs from the text at " +
                               std::to_string(begin) + ".." +
                               std::to_string(end));
  }
  KHABAR_RETURN_IF_ERROR(GetString(obj, "cue", false, line, &item.cue));
  KHABAR_RETURN_IF_ERROR(GetString(obj, "speaker", false, line, &item.speaker));
  simdjson::dom::element alt;
  if (obj.at_key("speaker_alt").get(alt) == simdjson::SUCCESS) {
    simdjson::dom::array arr;
    if (alt.get_array().get(arr) != simdjson::SUCCESS) {
      return LineError(line, "\"speaker_alt\" is not an array");
    }
    for (simdjson::dom::element a : arr) {
      std::string_view name;
      if (a.get_string().get(name) != simdjson::SUCCESS) {
        return LineError(line, "\"speaker_alt\" holds a non-string");
      }
      item.speaker_alt.emplace_back(name);
    }
  }
  return item;
}

StatusOr<QuoteGoldArticle> ParseArticle(simdjson::dom::parser* parser,
                                        std::string_view json, size_t line) {
  simdjson::dom::element e;
  const simdjson::padded_string padded(json);
  if (const auto error = parser->parse(padded).get(e);
      error != simdjson::SUCCESS) {
    return LineError(
        line, std::string("malformed JSON: ") + simdjson::error_message(error));
  }
  simdjson::dom::object obj;
  if (e.get_object().get(obj) != simdjson::SUCCESS) {
    return LineError(line, "not a JSON object");
  }
  QuoteGoldArticle a;
  KHABAR_RETURN_IF_ERROR(GetString(obj, "id", true, line, &a.id));
  KHABAR_RETURN_IF_ERROR(GetString(obj, "corpus", false, line, &a.corpus));
  KHABAR_RETURN_IF_ERROR(GetString(obj, "source", false, line, &a.source));
  KHABAR_RETURN_IF_ERROR(GetString(obj, "title", false, line, &a.title));
  KHABAR_RETURN_IF_ERROR(GetString(obj, "text", true, line, &a.text));
  if (a.text.size() > kMaxQuoteTextBytes) {
    return LineError(line, "text too long");
  }
  simdjson::dom::element items;
  simdjson::dom::array arr;
  if (obj.at_key("items").get(items) != simdjson::SUCCESS) {
    return LineError(line, "missing \"items\"");
  }
  if (items.get_array().get(arr) != simdjson::SUCCESS) {
    return LineError(line, "\"items\" is not an array");
  }
  for (simdjson::dom::element item : arr) {
    StatusOr<QuoteGoldItem> parsed = ParseItem(item, a.text, line);
    if (!parsed.ok()) return parsed.status();
    a.items.push_back(std::move(*parsed));
  }
  return a;
}

// ---- Scoring ----

bool IsTrimmed(char32_t c) {
  switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '.':
    case ',':
    case ':':
    case ';':
    case '!':
    case '?':
    case '"':
    case 0x00A0:  // no-break space
    case 0x00AB:  // left guillemet
    case 0x00BB:  // right guillemet
    case 0x060C:  // Arabic comma
    case 0x061B:  // Arabic semicolon
    case 0x061F:  // Arabic question mark
    case 0x201C:  // left double quotation mark
    case 0x201D:  // right double quotation mark
    case 0x201E:  // double low-9 quotation mark
    case 0x2026:  // ellipsis
    case 0x2033:  // double prime
      return true;
    default:
      return false;
  }
}

// Word separators for speaker names: ASCII that is not a letter or digit,
// spaces, quotation marks, Arabic punctuation, general punctuation.
bool IsWordSeparator(char32_t c) {
  if (c < 0x80) {
    return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
             (c >= 'A' && c <= 'Z'));
  }
  return c == 0x00A0 || c == 0x00AB || c == 0x00BB || c == 0x060C ||
         c == 0x061B || c == 0x061F || (c >= 0x066A && c <= 0x066D) ||
         (c >= 0x2000 && c <= 0x206F);
}

// The folded words of a name, sorted and unique.
std::vector<std::string> NameWords(std::string_view name) {
  const std::string folded = FoldArabic(name);
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < folded.size();) {
    const DecodedChar d = DecodeUtf8(folded, i);
    if (IsWordSeparator(d.code_point)) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.append(folded, i, d.length);
    }
    i += d.length;
  }
  if (!word.empty()) words.push_back(std::move(word));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// One name word written with and without the conjunction wa- or fa-
// (which attach to names: "fulfjanj" and "wulfjanj" for Wolfgang).
bool SameNameWord(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() < b.size()) std::swap(a, b);
  constexpr std::string_view kWa = "\xD9\x88", kFa = "\xD9\x81";
  return a.size() == b.size() + 2 && b.size() >= 6 &&
         (a.substr(0, 2) == kWa || a.substr(0, 2) == kFa) && a.substr(2) == b;
}

// Every word of `a` is a word of `b`.
bool AllIn(const std::vector<std::string>& a,
           const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    bool found = false;
    for (const std::string& y : b) found = found || SameNameWord(x, y);
    if (!found) return false;
  }
  return true;
}

bool Nested(const std::vector<std::string>& a,
            const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  return AllIn(a, b) || AllIn(b, a);
}

uint32_t CountChars(std::string_view text, uint32_t begin, uint32_t end) {
  uint32_t n = 0;
  for (uint32_t i = begin; i < end; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

bool ValidSpan(std::string_view text, ByteSpan s) {
  return s.begin <= s.end && s.end <= text.size();
}

struct Candidate {
  double overlap;  // share of the longer span
  int gold;
  int system;
};

// Greedy one-to-one matching, larger overlaps first (ties: earlier gold,
// then earlier system item). `same_kind` restricts pairs to equal kinds.
void MatchSpans(std::string_view text, const std::vector<QuoteGoldItem>& gold,
                const std::vector<Quote>& system, double min_overlap,
                bool same_kind, std::vector<int>* gold_to_system,
                std::vector<int>* system_to_gold) {
  std::vector<Candidate> candidates;
  for (size_t g = 0; g < gold.size(); ++g) {
    const uint32_t gold_chars =
        CountChars(text, gold[g].span.begin, gold[g].span.end);
    for (size_t s = 0; s < system.size(); ++s) {
      if (same_kind && system[s].kind != gold[g].kind) continue;
      const uint32_t shared =
          QuoteOverlapChars(text, gold[g].span, system[s].span);
      if (shared == 0) continue;
      const uint32_t longer =
          std::max(gold_chars,
                   CountChars(text, system[s].span.begin, system[s].span.end));
      const double overlap = static_cast<double>(shared) / longer;
      if (overlap + 1e-12 >= min_overlap) {
        candidates.push_back(
            {overlap, static_cast<int>(g), static_cast<int>(s)});
      }
    }
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) {
              return std::tie(b.overlap, a.gold, a.system) <
                     std::tie(a.overlap, b.gold, b.system);
            });
  gold_to_system->assign(gold.size(), -1);
  system_to_gold->assign(system.size(), -1);
  for (const Candidate& c : candidates) {
    if ((*gold_to_system)[c.gold] >= 0 || (*system_to_gold)[c.system] >= 0) {
      continue;
    }
    (*gold_to_system)[c.gold] = c.system;
    (*system_to_gold)[c.system] = c.gold;
  }
}

}  // namespace

StatusOr<std::vector<QuoteGoldArticle>> ParseQuoteGoldJsonl(
    std::string_view jsonl) {
  std::vector<QuoteGoldArticle> out;
  simdjson::dom::parser parser;
  size_t pos = 0, line = 0;
  while (pos < jsonl.size()) {
    size_t eol = jsonl.find('\n', pos);
    if (eol == std::string_view::npos) eol = jsonl.size();
    std::string_view text = jsonl.substr(pos, eol - pos);
    pos = eol + 1;
    ++line;
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    StatusOr<QuoteGoldArticle> article = ParseArticle(&parser, text, line);
    if (!article.ok()) return article.status();
    out.push_back(std::move(*article));
  }
  return out;
}

double QuoteScore::precision() const {
  return system == 0 ? 0 : static_cast<double>(matched) / system;
}
double QuoteScore::recall() const {
  return gold == 0 ? 0 : static_cast<double>(matched) / gold;
}
double QuoteScore::f1() const {
  const double p = precision(), r = recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}
double QuoteScore::exact_precision() const {
  return system == 0 ? 0 : static_cast<double>(exact) / system;
}
double QuoteScore::exact_recall() const {
  return gold == 0 ? 0 : static_cast<double>(exact) / gold;
}
double QuoteScore::exact_f1() const {
  const double p = exact_precision(), r = exact_recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}
double QuoteScore::speaker_accuracy() const {
  return speaker_gold == 0 ? 0
                           : static_cast<double>(speaker_right) / speaker_gold;
}
void QuoteScore::Add(const QuoteScore& other) {
  gold += other.gold;
  system += other.system;
  matched += other.matched;
  exact += other.exact;
  speaker_gold += other.speaker_gold;
  speaker_right += other.speaker_right;
}

ByteSpan TrimQuoteSpan(std::string_view text, ByteSpan span) {
  uint32_t begin = span.begin, end = span.end;
  while (begin < end) {
    const DecodedChar d = DecodeUtf8(text, begin);
    if (!IsTrimmed(d.code_point) || begin + d.length > end) break;
    begin += d.length;
  }
  while (end > begin) {
    uint32_t start = end - 1;
    while (start > begin &&
           (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
      --start;
    }
    const DecodedChar d = DecodeUtf8(text, start);
    if (!IsTrimmed(d.code_point) || start + d.length != end) break;
    end = start;
  }
  return {begin, end};
}

uint32_t QuoteOverlapChars(std::string_view text, ByteSpan a, ByteSpan b) {
  const uint32_t begin = std::max(a.begin, b.begin);
  const uint32_t end = std::min(a.end, b.end);
  if (begin >= end || end > text.size()) return 0;
  return CountChars(text, begin, end);
}

bool QuoteSpeakerMatches(const QuoteGoldItem& gold,
                         std::string_view system_speaker,
                         std::string_view system_entity) {
  if (gold.speaker.empty()) return false;
  std::vector<std::vector<std::string>> designations;
  designations.push_back(NameWords(gold.speaker));
  for (const std::string& alt : gold.speaker_alt) {
    designations.push_back(NameWords(alt));
  }
  for (std::string_view s : {system_speaker, system_entity}) {
    if (s.empty()) continue;
    const std::vector<std::string> words = NameWords(s);
    for (const std::vector<std::string>& d : designations) {
      if (Nested(words, d)) return true;
    }
  }
  return false;
}

StatusOr<QuoteArticleMatch> ScoreQuoteArticle(
    std::string_view text, const std::vector<QuoteGoldItem>& gold,
    const std::vector<Quote>& system, QuoteScores* scores,
    const QuoteMatchOptions& options) {
  if (!(options.min_overlap > 0 && options.min_overlap <= 1)) {
    return InvalidArgumentError("quote scoring: min_overlap not in (0, 1]");
  }
  for (const QuoteGoldItem& g : gold) {
    if (!ValidSpan(text, g.span)) {
      return InvalidArgumentError(
          "quote scoring: a gold span is outside "
          "the text");
    }
  }
  for (const Quote& q : system) {
    if (!ValidSpan(text, q.span)) {
      return InvalidArgumentError(
          "quote scoring: a system span is outside "
          "the text");
    }
  }
  QuoteArticleMatch match;
  MatchSpans(text, gold, system, options.min_overlap, /*same_kind=*/true,
             &match.gold_to_system, &match.system_to_gold);
  match.exact.assign(gold.size(), false);
  match.speaker.assign(gold.size(), -1);
  std::array<QuoteScore, 3> add;
  for (const QuoteGoldItem& g : gold) ++add[static_cast<size_t>(g.kind)].gold;
  for (const Quote& q : system) ++add[static_cast<size_t>(q.kind)].system;
  for (size_t g = 0; g < gold.size(); ++g) {
    const int s = match.gold_to_system[g];
    if (s < 0) continue;
    QuoteScore& k = add[static_cast<size_t>(gold[g].kind)];
    ++k.matched;
    const Quote& q = system[static_cast<size_t>(s)];
    if (TrimQuoteSpan(text, gold[g].span) == TrimQuoteSpan(text, q.span)) {
      match.exact[g] = true;
      ++k.exact;
    }
    if (!gold[g].speaker.empty()) {
      ++k.speaker_gold;
      const bool right =
          QuoteSpeakerMatches(gold[g], q.speaker_text, q.entity_name);
      match.speaker[g] = right ? 1 : 0;
      if (right) ++k.speaker_right;
    }
  }
  // Any kind: the same matching without the kind condition.
  std::vector<int> any_gold, any_system;
  MatchSpans(text, gold, system, options.min_overlap, /*same_kind=*/false,
             &any_gold, &any_system);
  QuoteScore any;
  any.gold = static_cast<int64_t>(gold.size());
  any.system = static_cast<int64_t>(system.size());
  for (size_t g = 0; g < gold.size(); ++g) {
    const int s = any_gold[g];
    if (s < 0) continue;
    ++any.matched;
    const Quote& q = system[static_cast<size_t>(s)];
    if (TrimQuoteSpan(text, gold[g].span) == TrimQuoteSpan(text, q.span)) {
      ++any.exact;
    }
    if (!gold[g].speaker.empty()) {
      ++any.speaker_gold;
      if (QuoteSpeakerMatches(gold[g], q.speaker_text, q.entity_name)) {
        ++any.speaker_right;
      }
    }
  }
  for (size_t k = 0; k < add.size(); ++k) {
    scores->by_kind[k].Add(add[k]);
    scores->overall.Add(add[k]);
  }
  scores->any_kind.Add(any);
  ++scores->articles;
  return match;
}

}  // namespace khabar
