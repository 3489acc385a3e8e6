// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_split_mentions.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "ner/ner_consistency.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {
namespace {

// At most this many touching mentions are joined into one.
constexpr size_t kMaxJoined = 4;
// At most this many O tokens join a mention.
constexpr size_t kMaxExtra = 3;

// The words of tokens [b, e) as a key: the first token's host when the
// mention starts there, after its proclitics ("li-jami'at"), else the
// token; the other tokens whole (their analysis may split a name in one
// sentence and not in another: "bal'id", "b" + "l'id").
std::string WordsKey(std::span<const NerToken* const> tokens, size_t b,
                     size_t e) {
  const NerToken& first = *tokens[b];
  std::string key = first.name_letters < 0 ? first.host : first.key;
  for (size_t k = b + 1; k < e; ++k) {
    key += '\x1F';
    key += tokens[k]->key;
  }
  return key;
}

// The mentions of a text as [begin, end) token ranges, and those of two
// tokens or more by their words (WordsKey) and sentence.
class Mentions {
 public:
  Mentions(const NerModelData& m, std::span<const NerToken* const> tokens,
           std::span<const uint32_t> sentence, const std::vector<uint16_t>& l) {
    const size_t n = tokens.size();
    for (size_t i = 0; i < n; ++i) {
      if (l[i] == 0 || !m.LabelStarts(l[i])) continue;
      const size_t e = MentionEnd(m, l, i, n);
      touching_ |= !ranges_.empty() && ranges_.back().second == i;
      ranges_.emplace_back(i, e);
      if (e - i >= 2) {
        wholes_.push_back(
            {WordsKey(tokens, i, e), sentence[i], i, m.LabelType(l[i])});
      }
      i = e - 1;
    }
    std::sort(wholes_.begin(), wholes_.end(),
              [](const Whole& x, const Whole& y) {
                return std::tie(x.key, x.sentence, x.token) <
                       std::tie(y.key, y.sentence, y.token);
              });
  }

  const std::vector<std::pair<size_t, size_t>>& ranges() const {
    return ranges_;
  }
  // True if two mentions touch.
  bool touching() const { return touching_; }
  bool has_wholes() const { return !wholes_.empty(); }

  // The type of the mention of two tokens or more with words `key` nearest
  // to sentence s and at most kNerHistoryWindow sentences away; -1 if
  // none.
  // Two binary searches, whatever the number of such mentions (a huge
  // text naming one organization thousands of times).
  int NearestType(const std::string& key, uint32_t s) const {
    auto less = [](const Whole& x, const Whole& y) {
      return std::tie(x.key, x.sentence) < std::tie(y.key, y.sentence);
    };
    // The first mention of `key` in sentence s or after, and the last
    // before s.
    const auto at = std::lower_bound(wholes_.begin(), wholes_.end(),
                                     Whole{key, s, 0, 0}, less);
    int type = -1;
    size_t best = kNerHistoryWindow + 1;
    auto consider = [&](std::vector<Whole>::const_iterator it) {
      if (it->key != key) return;
      const size_t d = it->sentence > s ? it->sentence - s : s - it->sentence;
      if (d < best) {
        best = d;
        type = static_cast<int>(it->type);
      }
    };
    if (at != wholes_.begin()) consider(at - 1);
    if (at != wholes_.end()) consider(at);
    return type;
  }

 private:
  struct Whole {
    std::string key;
    uint32_t sentence = 0;
    size_t token = 0;  // the first; of two in one sentence, the first wins
    size_t type = 0;
  };
  std::vector<std::pair<size_t, size_t>> ranges_;
  std::vector<Whole> wholes_;
  bool touching_ = false;
};

}  // namespace

size_t JoinSplitMentions(const NerModelData& m, std::string_view text,
                         const MorphAnalysis& a,
                         std::span<const NerToken* const> tokens,
                         std::span<const uint32_t> sentence,
                         std::vector<uint16_t>* labels) {
  std::vector<uint16_t>& l = *labels;
  const size_t n = tokens.size();
  if (l.size() != n || sentence.size() != n || a.tokens.size() != n) return 0;
  const Mentions mentions(m, tokens, sentence, l);
  if (!mentions.touching() || !mentions.has_wholes()) return 0;
  const auto& ranges = mentions.ranges();
  // Does mention j + 1 go on from mention j as more of one name? Not after
  // a conjunction split off its first token: two names coordinated
  // ("bilmukhtar wa-l-ansari"), even where the tagger took the pair for
  // one mention elsewhere.
  auto goes_on = [&](size_t j) {
    const auto [b, e] = ranges[j];
    const size_t next = ranges[j + 1].first;
    return next == e && sentence[next] == sentence[b] &&
           !AfterConjunction(*tokens[next]) &&
           OnlySpacesBetween(text, a, e - 1);
  };
  size_t joined = 0;
  for (size_t j = 0; j + 1 < ranges.size();) {
    // The run of touching mentions from j: j .. last.
    size_t last = j;
    while (last + 1 < ranges.size() && last - j + 1 < kMaxJoined &&
           goes_on(last)) {
      ++last;
    }
    // The longest join a whole mention nearby names.
    const size_t b = ranges[j].first;
    bool done = false;
    for (size_t k = last; k > j && !done; --k) {
      const size_t e = ranges[k].second;
      const int type =
          mentions.NearestType(WordsKey(tokens, b, e), sentence[b]);
      if (type < 0) continue;
      LabelMention(m, static_cast<size_t>(type), b, e, &l);
      joined += k - j;
      j = k + 1;
      done = true;
    }
    if (!done) ++j;
  }
  return joined;
}

size_t ExtendToWholeMentions(const NerModelData& m, std::string_view text,
                             const MorphAnalysis& a,
                             std::span<const NerToken* const> tokens,
                             std::span<const uint32_t> sentence,
                             std::vector<uint16_t>* labels) {
  std::vector<uint16_t>& l = *labels;
  const size_t n = tokens.size();
  if (l.size() != n || sentence.size() != n || a.tokens.size() != n) return 0;
  const Mentions mentions(m, tokens, sentence, l);
  if (!mentions.has_wholes()) return 0;
  // Can token k join the O tokens or the mention after it (k + 1), in one
  // sentence, only spaces between, no conjunction split off k + 1?
  auto joins_next = [&](size_t k) {
    return k + 1 < n && sentence[k + 1] == sentence[k] &&
           !AfterConjunction(*tokens[k + 1]) && OnlySpacesBetween(text, a, k);
  };
  // Can O token k be a word of a name of type `type`: nominal (a number
  // after the name: "windouz 10") without a pronoun, or for a person a word
  // raw news has as a person's ("fawzi", not "fawz" + "my"; "'ali", not
  // "'ala"), not "ibnuha muhammad" (her son) nor "fi bin qirdan" where the
  // tagger took the pronoun or the preposition in elsewhere?
  const size_t per = m.TypeIndex("PER");  // types.size() if none
  auto name_word = [&](size_t k, size_t type, bool after) {
    const NerToken& t = *tokens[k];
    if (l[k] != 0) return false;
    if (!t.enclitic && (NominalUpos(t.upos) || (after && t.upos == "NUM"))) {
      return true;
    }
    const uint32_t word_type =
        t.token_fold_key != t.host_key && t.token_word_type != 0
            ? t.token_word_type
            : t.word_type;
    return type == per && word_type != 0 && WordTypeEighths(word_type, per) > 0;
  };
  size_t extended = 0;
  for (const auto& [b, e] : mentions.ranges()) {
    const size_t type = m.LabelType(l[b]);
    const uint32_t s = sentence[b];
    auto names = [&](size_t from, size_t to) {
      return mentions.NearestType(WordsKey(tokens, from, to), s) ==
             static_cast<int>(type);
    };
    // O tokens after the mention, the most first.
    size_t after = 0;
    while (after < kMaxExtra && e + after < n &&
           name_word(e + after, type, true) && joins_next(e + after - 1)) {
      ++after;
    }
    while (after > 0 && !names(b, e + after)) --after;
    // O tokens before it, when the mention starts at its first token's
    // first letter (no proclitic between the words).
    size_t before = 0;
    if (after == 0 && tokens[b]->proclitics.empty()) {
      while (before < kMaxExtra && b > before &&
             name_word(b - before - 1, type, false) &&
             joins_next(b - before - 1)) {
        ++before;
      }
      while (before > 0 && !names(b - before, e)) --before;
    }
    if (after == 0 && before == 0) continue;
    LabelMention(m, type, b - before, e + after, &l);
    ++extended;
  }
  return extended;
}

}  // namespace khabar::ner
