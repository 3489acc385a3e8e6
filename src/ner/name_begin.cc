// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/name_begin.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "khabar/utf8.h"
#include "morph/hash_index.h"
#include "morph/morph_text.h"

namespace khabar::ner {
namespace {

constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // alef lam
constexpr std::string_view kWaw = "\xD9\x88";         // wa- "and"
constexpr std::string_view kFeh = "\xD9\x81";         // fa- "so"
constexpr std::string_view kBeh = "\xD8\xA8";         // bi- "with"
constexpr std::string_view kKaf = "\xD9\x83";         // ka- "like"
constexpr std::string_view kLam = "\xD9\x84";         // li- "for"
constexpr std::string_view kAlefHamza = "\xD8\xA3";
constexpr std::string_view kAlefHamzaBelow = "\xD8\xA5";
constexpr std::string_view kAlefMadda = "\xD8\xA2";

// Arabic diacritics, the superscript alef and tatweel.
bool IsMark(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;
}

}  // namespace

uint32_t RawCountBucket(const morph::HashIndex& counts, std::string_view key) {
  const uint32_t* c = counts.Find(morph::StringKey(key));
  if (c == nullptr) return 0;
  uint32_t v = *c, b = 1;
  while (v > 1 && b < 12) {
    v >>= 1;
    ++b;
  }
  return b;
}

// The byte offset after skipping `letters` letters (and the marks after
// each) from `begin` in `text`, not past `end`.
uint32_t SkipLetters(std::string_view text, uint32_t begin, uint32_t end,
                     size_t letters) {
  uint32_t i = begin;
  for (size_t l = 0; l < letters && i < end; ++l) {
    i += DecodeUtf8(text, i).length;
    while (i < end) {
      const DecodedChar c = DecodeUtf8(text, i);
      if (!c.valid || !IsMark(c.code_point)) break;
      i += c.length;
    }
  }
  return i;
}

void SetNameBegin(const morph::HashIndex& word_counts,
                  std::string_view host_form, size_t proclitic_letters,
                  NerToken* t) {
  // A name the analysis split (NerMentionBegin): the token, or the token
  // without a first conjunction, is at least 8 times as frequent in raw news
  // as the host (with its pronoun, if one was split off; count buckets are
  // log2) and seen at least 8 times (the strong test: keeps_prefix); or the
  // host never occurs in raw news while the token does, twice or more
  // (fa-lantinu, bu-rkhis, bi-rayitun: Valentino, Borges, Brighton), unless
  // the host starts with a hamza on alef, which no name after a letter
  // does (wa-ifanjilin).
  t->name_letters = -1;
  t->token_raw = t->raw;
  t->keeps_prefix = false;
  // The strong test: `form` at least 8 times as frequent as `rest` in raw
  // news, and 8 times or more.
  auto far_more = [&](uint32_t form, uint32_t rest) {
    return form >= 4 && form >= rest + 3;
  };
  if (proclitic_letters > 0) {
    t->token_raw = RawCountBucket(word_counts, t->key);
    const bool unseen_host = t->raw == 0 &&
                             !host_form.starts_with(kAlefHamza) &&
                             !host_form.starts_with(kAlefHamzaBelow) &&
                             !host_form.starts_with(kAlefMadda);
    // What the mention would be without the proclitics: the host, or the
    // host and its pronoun (bulunii as bi + walaw + ni: the mention would
    // be "walawni", which raw news never has, not "walaw", which it has
    // often).
    const uint32_t rest =
        t->enclitic ? RawCountBucket(
                          word_counts,
                          std::string_view(t->key).substr(SkipLetters(
                              t->key, 0, static_cast<uint32_t>(t->key.size()),
                              proclitic_letters)))
                    : t->raw;
    auto split_name = [&](std::string_view form, bool* strong) {
      const uint32_t b = form.size() == t->key.size()
                             ? t->token_raw
                             : RawCountBucket(word_counts, form);
      *strong = far_more(b, rest);
      return *strong || (unseen_host && b >= 2);
    };
    const std::string_view whole = t->key;
    bool strong = false;
    if (split_name(whole, &strong)) {
      t->name_letters = 0;
      t->keeps_prefix = strong;
    } else if (proclitic_letters > 1 &&
               (whole.starts_with(kWaw) || whole.starts_with(kFeh)) &&
               split_name(whole.substr(kWaw.size()), &strong)) {
      t->name_letters = 1;
      t->keeps_prefix = strong;
    }
  }
  if (t->name_letters < 0) {
    // A host that reads as one or two proclitic letters (wa, fa, bi, ka,
    // li) + the article: kaliifurniya, bi-kaliifurniya.
    size_t letters = 0;
    std::string_view rest = host_form;
    while (letters < 2 && !rest.starts_with(kAl) &&
           (rest.starts_with(kWaw) || rest.starts_with(kFeh) ||
            rest.starts_with(kBeh) || rest.starts_with(kKaf) ||
            rest.starts_with(kLam))) {
      rest.remove_prefix(kWaw.size());  // each letter is two bytes
      ++letters;
    }
    if (letters > 0 && rest.starts_with(kAl) && rest.size() > kAl.size()) {
      t->keeps_prefix = far_more(RawCountBucket(word_counts, host_form),
                                 RawCountBucket(word_counts, rest));
    }
  }
}

void SetConjunctionBegin(const morph::HashIndex& word_counts,
                         const morph::HashIndex& word_types, NerToken* t) {
  constexpr uint32_t kMinEighths = 4;
  constexpr size_t kMinRestBytes = 4;  // two letters
  if (!t->proclitics.empty() || t->enclitic || t->name_letters >= 0 ||
      (!t->host.starts_with(kWaw) && !t->host.starts_with(kFeh)) ||
      t->host.size() < kWaw.size() + kMinRestBytes ||
      !(t->key.starts_with(kWaw) || t->key.starts_with(kFeh))) {
    return;
  }
  if (WordTypeBest(t->word_type) != 0) return;
  const uint32_t* rest = word_types.Find(
      morph::StringKey(std::string_view(t->host).substr(kWaw.size())));
  if (rest == nullptr) return;
  const uint32_t best = WordTypeBest(*rest);
  if (best == 0 || WordTypeEighths(*rest, best - 1) < kMinEighths) return;
  // And raw news has the rest at least as often as the token: not a name
  // whose own first letter is a w ("wHyd", Wahid: "Hyd" never occurs).
  if (RawCountBucket(word_counts, std::string_view(t->key).substr(
                                      kWaw.size())) < t->token_raw) {
    return;
  }
  t->name_letters = 1;
}

}  // namespace khabar::ner
