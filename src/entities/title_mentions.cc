// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/title_mentions.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "entities/name_match.h"
#include "khabar/utf8.h"

namespace khabar {

bool EndsATitle(const TitleTable& titles, std::string_view text, ByteSpan span,
                const std::vector<NameWord>& words) {
  if (!titles.MayEndWith(words)) return false;
  constexpr uint32_t kWindowBytes = 64;
  uint32_t lo = span.begin > kWindowBytes ? span.begin - kWindowBytes : 0;
  while (lo < span.begin && (static_cast<uint8_t>(text[lo]) & 0xC0) == 0x80) {
    ++lo;
  }
  std::vector<NameWord> all;
  SplitNameWords(text, ByteSpan{lo, span.end}, &all);
  // The mention must start a word of its own (not after a proclitic).
  if (all.size() <= words.size() ||
      all[all.size() - words.size()].span.begin != span.begin) {
    return false;
  }
  // The window's first word may be cut: not used unless the window starts
  // the text.
  const size_t before = all.size() - words.size() - (lo > 0 ? 1 : 0);
  for (size_t k = 1; k <= 2 && k <= before; ++k) {
    const size_t start = all.size() - words.size() - k;
    uint32_t skip = 0;
    if (titles.Match(all, start, "", &skip) == k + words.size()) return true;
  }
  return false;
}

bool JoinTitleMentions(std::string_view text, const TitleTable& titles,
                       const std::vector<EntityMention>& mentions,
                       std::vector<EntityMention>* out) {
  std::vector<size_t> order(mentions.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return mentions[a].span.begin < mentions[b].span.begin;
  });
  std::vector<char> joined(mentions.size(), 0);  // into the one after it
  std::vector<ByteSpan> spans(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) spans[i] = mentions[i].span;
  std::vector<NameWord> words;
  bool any = false;
  for (size_t k = 0; k + 1 < order.size(); ++k) {
    const EntityMention& title = mentions[order[k]];
    const EntityMention& name = mentions[order[k + 1]];
    if (title.type != EntityType::kPerson || name.type != EntityType::kPerson ||
        name.span.begin - title.span.end > 2 ||
        !OnlySpaces(text, title.span.end, name.span.begin)) {
      continue;
    }
    SplitNameWords(text, title.span, &words);
    const std::string_view before =
        TokenPrefixBefore(text, title.span.begin, kMaxPrefixBytes);
    uint32_t skip = 0;
    if (words.empty() ||
        titles.Match(words, 0, before, &skip) != words.size()) {
      continue;
    }
    joined[order[k]] = 1;
    spans[order[k + 1]].begin = spans[order[k]].begin;
    any = true;
  }
  if (!any) return false;
  RewriteMentions(mentions, joined, spans, nullptr, out);
  return true;
}

namespace {

// True if text[begin, end) is spaces around one comma (Arabic or Latin).
bool OnlyCommaBetween(std::string_view text, uint32_t begin, uint32_t end) {
  if (end > text.size() || begin > end) return false;
  const std::string_view gap = text.substr(begin, end - begin);
  size_t commas = 0;
  for (size_t k = 0; k < gap.size(); ++k) {
    if (gap[k] == ' ') continue;
    if (gap[k] == ',') {
      ++commas;
    } else if (gap.compare(k, 2, "\u060C") == 0) {
      ++commas;
      ++k;
    } else {
      return false;
    }
  }
  return commas == 1;
}

// True if a folded word starts with the article (al-) and goes on.
bool StartsWithArticle(std::string_view folded) {
  static constexpr std::string_view kAl = "\u0627\u0644";
  return folded.size() > kAl.size() + 2 && folded.rfind(kAl, 0) == 0;
}

constexpr std::string_view kLam = "\u0644";
constexpr std::string_view kAlef = "\u0627";
// wa- (and) before a title: the same person's second title.
constexpr std::string_view kWaKey = "\u0648";

// True for "fariq" (the team; also the rank General) with the article
// and a proclitic before it ("li-l-fariq", "bi-l-fariq").
bool IsTeam(std::string_view key) {
  static constexpr std::string_view kFariq = "\u0641\u0631\u064a\u0642";
  return key.ends_with(kFariq) && key.size() - kFariq.size() <= 6;
}

// Heads whose genitive may be a title ("na'ib", "musa'id", "mustashar",
// "wakil", "mudir", ...), as FoldNameWord folds them; with wa-/fa- too.
bool IsConstructHead(std::string_view folded) {
  static const std::unordered_set<std::string> kHeads = [] {
    std::unordered_set<std::string> heads;
    for (std::string_view w : {
             "\u0646\u0627\u0626\u0628",              // na'ib
             "\u0645\u0633\u0627\u0639\u062f",        // musa'id
             "\u0645\u0633\u062a\u0634\u0627\u0631",  // mustashar
             "\u0648\u0643\u064a\u0644",              // wakil
             "\u0645\u062f\u064a\u0631",              // mudir
             "\u0645\u0643\u062a\u0628",              // maktab
             "\u062f\u064a\u0648\u0627\u0646",        // diwan
             "\u0645\u0628\u0639\u0648\u062b",        // mab'uth
             "\u0645\u0645\u062b\u0644",              // mumaththil
             "\u0645\u0646\u062f\u0648\u0628",        // mandub
             "\u0639\u0636\u0648",                    // 'udw
             "\u0632\u0648\u062c",                    // zawj
             "\u0632\u0648\u062c\u0629",              // zawja
             "\u0627\u0628\u0646",                    // ibn
             "\u0627\u0628\u0646\u0629",              // ibna
             "\u0646\u062c\u0644",                    // najl
             "\u0634\u0642\u064a\u0642",              // shaqiq
             "\u062d\u0631\u0645",                    // haram
             "\u0645\u062d\u0627\u0645\u064a",        // muhami
         }) {
      heads.insert(FoldNameWord(w));
    }
    return heads;
  }();
  std::string_view w = folded;
  if (kHeads.contains(std::string(w))) return true;
  // wa- or fa- before the head.
  static constexpr std::string_view kWa = "\u0648", kFa = "\u0641";
  if (w.size() > 2 && (w.substr(0, 2) == kWa || w.substr(0, 2) == kFa)) {
    return kHeads.contains(std::string(w.substr(2)));
  }
  return false;
}

}  // namespace

bool TitleBefore(const TitleTable& titles, std::string_view text,
                 uint32_t begin, std::vector<NameWord>* words) {
  words->clear();
  // Cheap tests first: a space before the mention, and a last word before
  // it that may end a title (a title's word, a role modifier, or a title
  // with a proclitic).
  uint32_t end = begin;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == begin || end == 0) return false;
  // One comma may stand between the title and the name ("ra'is harakat
  // al-nahda, rashid al-ghannushi").
  bool comma = false;
  if (end >= 2 && text.compare(end - 2, 2, "\u060C") == 0) {
    end -= 2;
    comma = true;
  } else if (text[end - 1] == ',') {
    --end;
    comma = true;
  }
  if (comma) {
    while (end > 0 && text[end - 1] == ' ') --end;
    if (end == 0) return false;
  }
  uint32_t last_begin = end;
  while (last_begin > 0 && end - last_begin < 64 &&
         text[last_begin - 1] != ' ' && text[last_begin - 1] != '\n') {
    --last_begin;
  }
  {
    std::string keys;
    std::vector<NameKeySpan> last;
    SplitNameKeys(text, ByteSpan{last_begin, end}, &keys, &last);
    if (last.empty() || last.back().span.end != end) return false;
    const std::string key = keys.substr(
        last.back().key_begin, last.back().key_end - last.back().key_begin);
    // A construct title right before the name, no genitive between, is a
    // word of the name ("al-baji qayid | al-sibsi"): no role.
    if (!comma && TitleTable::IsConstructTitle(key)) return false;
    // A definite genitive after a title's indefinite head ("wazirat
    // al-sihha"): the word before it is a title's.
    bool genitive = false;
    if (!titles.HasWord(key) && !TitleTable::IsRoleModifier(key) &&
        StartsWithArticle(key)) {
      uint32_t prev_end = last_begin;
      while (prev_end > 0 && text[prev_end - 1] == ' ') --prev_end;
      uint32_t prev_begin = prev_end;
      while (prev_begin > 0 && prev_end - prev_begin < 64 &&
             text[prev_begin - 1] != ' ' && text[prev_begin - 1] != '\n') {
        --prev_begin;
      }
      std::vector<NameKeySpan> prev;
      SplitNameKeys(text, ByteSpan{prev_begin, prev_end}, &keys, &prev);
      genitive = prev.size() == 1 &&
                 titles.HasWord(keys.substr(
                     prev[0].key_begin, prev[0].key_end - prev[0].key_begin));
    }
    if (!genitive && !titles.HasWord(key) && !TitleTable::IsRoleModifier(key)) {
      // A one-word title with a proclitic ("li-l-ra'is"): a word that
      // starts with wa-, fa-, bi-, li- or ka-.
      static constexpr std::string_view kProclitics[] = {
          "\u0648", "\u0641", "\u0628", "\u0644", "\u0643"};
      bool proclitic = false;
      for (std::string_view p : kProclitics) {
        proclitic = proclitic || key.rfind(p, 0) == 0;
      }
      if (!proclitic) return false;
      std::vector<NameWord> word;
      SplitNameWords(text, last.back().span, &word);
      uint32_t unused = 0;
      if (word.empty() || titles.Match(word, 0, "", &unused) == 0) {
        return false;
      }
    }
  }
  std::vector<NameWord> all;
  constexpr uint32_t kWindowBytes = 160;
  uint32_t lo = begin > kWindowBytes ? begin - kWindowBytes : 0;
  while (lo < begin && (static_cast<uint8_t>(text[lo]) & 0xC0) == 0x80) ++lo;
  SplitNameWords(text, ByteSpan{lo, begin}, &all);
  // The window's first word may be cut: not used unless the window starts
  // the text. The words must run up to the mention, spaces between.
  const size_t first = lo > 0 ? 1 : 0;
  if (all.size() <= first ||
      !(OnlySpaces(text, all.back().span.end, begin) ||
        (comma && OnlyCommaBetween(text, all.back().span.end, begin)))) {
    return false;
  }
  for (size_t k = all.size(); k-- > first;) {
    if (k + 1 < all.size() &&
        !OnlySpaces(text, all[k].span.end, all[k + 1].span.begin)) {
      break;
    }
    // A chain of titles and modifiers from word k to the end.
    size_t pos = k;
    uint32_t skip = 0;
    // The last title of the chain came after a preposition ("al-ra'is
    // li-l-sayyid shi": the president's words to Mr Xi); one inside the
    // chain is a genitive ("al-na'ib al-thani li-ra'is majlis al-wuzara'
    // wazir al-difa'"), and wa- joins two titles of one person.
    bool after_preposition = false;
    while (pos < all.size()) {
      uint32_t s = 0;
      const std::string_view before =
          pos == k ? TokenPrefixBefore(text, all[k].span.begin, kMaxPrefixBytes)
                   : std::string_view();
      const size_t n = titles.Match(all, pos, before, &s);
      if (n == 0) break;
      // ("li-l-fariq" after a title is "of the team", not the rank
      // General: "al-la'ib al-sabiq li-l-fariq X" is the player.)
      after_preposition = pos != k && s != 0 &&
                          !all[pos].key.starts_with(kWaKey) &&
                          !IsTeam(all[pos].key);
      if (pos == k) skip = s;
      pos += n;
      // A title that ends with an indefinite head ("wazir", "ra'is") takes
      // a definite genitive the table does not list ("wazir al-naql").
      if (pos < all.size() && !StartsWithArticle(all[pos - 1].key) &&
          StartsWithArticle(all[pos].key) &&
          !TitleTable::IsRoleModifier(all[pos].key) &&
          OnlySpaces(text, all[pos - 1].span.end, all[pos].span.begin)) {
        uint32_t unused = 0;
        if (titles.Match(all, pos, "", &unused) == 0) ++pos;
      }
      while (pos < all.size() && TitleTable::IsRoleModifier(all[pos].key)) {
        ++pos;
      }
    }
    if (pos == all.size() && pos > k && !after_preposition) {
      // A title after the head of a longer one is its genitive: "na'ib
      // wazir al-difa' X" is the deputy, "mustashar al-ra'is" the adviser.
      if (k > first && skip == 0 && IsConstructHead(all[k - 1].key)) continue;
      words->assign(all.begin() + static_cast<std::ptrdiff_t>(k), all.end());
      NameWord& w = words->front();  // the longest chain so far
      w.span.begin += skip;
      const bool ll = skip >= 2 && skip < w.display.size() &&
                      w.display.compare(skip - 2, 2, kLam) == 0 &&
                      w.display.compare(skip, 2, kLam) == 0;
      w.display.erase(0, std::min<size_t>(skip, w.display.size()));
      // li + al- written "ll": the article's alef comes back ("li-l-ra'is"
      // -> "al-ra'is").
      if (ll) w.display.insert(0, kAlef);
    }
  }
  return !words->empty();
}

namespace {

// Function words that end an apposition's title: prepositions, relative
// pronouns, particles, demonstratives, time words (folded).
bool IsFunctionWord(const std::string& key) {
  static const auto* const words = [] {
    auto* set = new std::unordered_set<std::string>;
    for (std::string_view w : {
             "\u0641\u064A",                    // fi
             "\u0639\u0644\u0649",              // 'ala
             "\u0645\u0646",                    // min
             "\u0627\u0644\u0649",              // ila (without hamza)
             "\u0625\u0644\u0649",              // ila
             "\u0639\u0646",                    // 'an
             "\u0645\u0639",                    // ma'a
             "\u062E\u0644\u0627\u0644",        // khilal
             "\u0628\u0639\u062F",              // ba'da
             "\u0642\u0628\u0644",              // qabla
             "\u0644\u062F\u0649",              // lada
             "\u0645\u0646\u0630",              // mundhu
             "\u062D\u0648\u0644",              // hawla
             "\u0623\u0646",                    // an
             "\u0625\u0646",                    // in
             "\u0627\u0644\u0630\u064A",        // alladhi
             "\u0627\u0644\u062A\u064A",        // allati
             "\u0627\u0644\u0630\u064A\u0646",  // alladhina
             "\u0642\u062F",                    // qad
             "\u0644\u0645",                    // lam
             "\u0644\u0646",                    // lan
             "\u0643\u0627\u0646",              // kana
             "\u0643\u0627\u0646\u062A",        // kanat
             "\u062B\u0645",                    // thumma
             "\u062D\u064A\u062B",              // haythu
             "\u0639\u0646\u062F",              // 'inda
             "\u0623\u0645\u0627\u0645",        // amama
             "\u0628\u064A\u0646",              // bayna
             "\u062F\u0648\u0646",              // duna
             "\u063A\u064A\u0631",              // ghayr
             "\u0647\u0630\u0627",              // hadha
             "\u0647\u0630\u0647",              // hadhihi
             "\u0630\u0644\u0643",              // dhalika
             "\u062A\u0644\u0643",              // tilka
             "\u0648\u0641\u0642",              // wafqa
             "\u062D\u0633\u0628",              // hasaba
             "\u0625\u0646\u0647",              // innahu
             "\u0625\u0646\u0647\u0627",        // innaha
             "\u0623\u0646\u0647",              // annahu
             "\u0623\u0646\u0647\u0627",        // annaha
             "\u062D\u062A\u0649",              // hatta
             "\u0627\u0644\u0644\u064A",        // illi (dialect)
             "\u064A\u0648\u0645",              // yawm (time words)
             "\u0627\u0644\u064A\u0648\u0645",  // al-yawm
             "\u0623\u0645\u0633",              // ams
             "\u063A\u062F\u0627",              // ghadan
             "\u0645\u0633\u0627\u0621",        // masa'
             "\u0635\u0628\u0627\u062D",        // sabah
             "\u0644\u064A\u0644\u0629",        // layla
         }) {
      set->insert(FoldNameWord(w));
    }
    return set;
  }();
  return words->contains(key);
}

// True for the code points that end an apposition: punctuation and
// quotation marks.
bool EndsApposition(char32_t c) {
  switch (c) {
    case ',':
    case '.':
    case ':':
    case ';':
    case '!':
    case '?':
    case '(':
    case ')':
    case '"':
    case '\n':
    case 0x060C:
    case 0x061B:
    case 0x061F:
    case 0x06D4:
    case 0x00AB:
    case 0x00BB:
    case 0x201C:
    case 0x201D:
    case 0x2013:
    case 0x2014:
    case '-':
      return true;
    default:
      return false;
  }
}

}  // namespace

bool TitleAfter(const TitleTable& titles, std::string_view text, uint32_t end,
                std::vector<NameWord>* words) {
  words->clear();
  constexpr size_t kMaxBytes = 160;
  size_t pos = end;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  // At most one comma (Arabic or Latin) before the title.
  if (pos + 1 < text.size() && text.compare(pos, 2, "\u060C") == 0) {
    pos += 2;
  } else if (pos < text.size() && text[pos] == ',') {
    ++pos;
  }
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos == end || pos >= text.size()) return false;  // glued, or nothing
  // Up to the next mark that ends the apposition, in reach.
  size_t stop = pos;
  bool ended = false;
  while (stop < text.size() && stop - pos < kMaxBytes) {
    const DecodedChar d = DecodeUtf8(text, stop);
    if (EndsApposition(d.code_point)) {
      ended = true;
      break;
    }
    stop += d.length;
  }
  if (stop >= text.size()) ended = true;
  if (!ended) return false;
  // The tests read the words' keys only (no display strings: this runs
  // after every person mention); the words are built once they pass.
  const ByteSpan span{static_cast<uint32_t>(pos), static_cast<uint32_t>(stop)};
  std::string keys;
  std::vector<NameKeySpan> found;
  SplitNameKeys(text, span, &keys, &found);
  auto key = [&](const NameKeySpan& k) {
    return keys.substr(k.key_begin, k.key_end - k.key_begin);
  };
  // Two words or more: one word after a name is more often its surname
  // ("husayn al-shaykh") than a title.
  if (found.size() < 2 || found.size() > kMaxTitleAfterWords ||
      found[0].span.begin != pos || !titles.StartsTitle(key(found[0]))) {
    return false;
  }
  // No function word, no word with wa- (a verb or a second clause
  // follows: "wa-sayutabi'"; not a title's own waw: "wazir", "wali"),
  // none with a preposition and the article ("li-l-sahafiyyin": to whom
  // it was said).
  static constexpr std::string_view kWa = "\u0648";
  static constexpr std::string_view kPrepArticle[] = {
      "\u0644\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644",
      "\u0641\u0627\u0644"};
  for (const NameKeySpan& k : found) {
    const std::string w = key(k);
    bool bad = IsFunctionWord(w) || (w.starts_with(kWa) && !titles.HasWord(w));
    for (std::string_view p : kPrepArticle) bad = bad || w.starts_with(p);
    if (bad) return false;
  }
  SplitNameWords(text, span, words);
  return true;
}

bool TitleAfterMention(const TitleTable& titles, std::string_view text,
                       const std::vector<EntityMention>& mentions,
                       const std::vector<ByteSpan>& spans, size_t i,
                       std::vector<NameWord>* words) {
  if (!TitleAfter(titles, text, spans[i].end, words)) return false;
  // No person named in it (the title is theirs); its last word definite,
  // a role modifier or the end of an organization's or place's mention.
  const ByteSpan last = words->back().span;
  bool fits = StartsWithArticle(words->back().key) ||
              TitleTable::IsRoleModifier(words->back().key);
  for (size_t j = 0; j < mentions.size(); ++j) {
    if (spans[j].begin < spans[i].end || spans[j].begin >= last.end) continue;
    if (mentions[j].type == EntityType::kPerson) {
      fits = false;
      break;
    }
    fits = fits || spans[j].end >= last.end;
  }
  // Nor when a person is named right after it, past a comma ("iltaqa X
  // wazir al-kharijiyya al-irani, muhammad jawad zarif").
  for (size_t j = 0; fits && j < mentions.size(); ++j) {
    if (mentions[j].type == EntityType::kPerson && spans[j].begin >= last.end &&
        OnlyCommaBetween(text, last.end, spans[j].begin)) {
      fits = false;
    }
  }
  if (!fits) words->clear();
  return fits;
}

}  // namespace khabar
