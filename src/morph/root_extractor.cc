// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Root extraction in four steps:
//   1. the word is folded into one byte per letter (Buckwalter, as in
//      light_stemmer.cc, but keeping the hamza seats > < | & } ', the alef
//      maksura Y and the ta marbuta p that the search folds erase);
//   2. the light stemmer decides the clitics and affixes; its stem is
//      found again in the hamza-keeping letters;
//   3. verb endings (-tm, -tmA, -tn, -t, -A, -k, -y) and the future sa are
//      stripped;
//   4. the stem is matched against derivational patterns, digits 1-3 being
//      the radicals; the pattern with the most fixed letters wins; weak,
//      hamza and doubled radicals are then spelled as the header says.

#include "khabar/root_extractor.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "khabar/light_stemmer.h"

namespace khabar {
namespace {

constexpr uint8_t kDrop = 1;
constexpr int kMaxLetters = 64;

// U+0600..U+06FF -> letter code (hamza seats kept), kDrop or 0.
constexpr std::array<uint8_t, 256> MakeTable() {
  std::array<uint8_t, 256> t{};
  constexpr std::string_view kBase = "'|>&<}AbptvjHxd*rzs$SDTZEg";  // 0621..
  for (size_t i = 0; i < kBase.size(); ++i) {
    t[0x21 + i] = static_cast<uint8_t>(kBase[i]);
  }
  constexpr std::string_view kSecond = "fqklmnhwYy";  // 0641..064A
  for (size_t i = 0; i < kSecond.size(); ++i) {
    t[0x41 + i] = static_cast<uint8_t>(kSecond[i]);
  }
  t[0x40] = kDrop;
  for (int c = 0x4B; c <= 0x5F; ++c) t[c] = kDrop;
  t[0x70] = kDrop;
  for (int c = 0x10; c <= 0x1A; ++c) t[c] = kDrop;
  for (int c = 0xD6; c <= 0xDC; ++c) t[c] = kDrop;
  for (int c = 0xDF; c <= 0xE4; ++c) t[c] = kDrop;
  for (int c = 0xE7; c <= 0xE8; ++c) t[c] = kDrop;
  for (int c = 0xEA; c <= 0xED; ++c) t[c] = kDrop;
  t[0x71] = 'A';
  t[0xCC] = 'y';
  t[0xA9] = 'k';
  t[0xBE] = 'h';
  return t;
}
constexpr std::array<uint8_t, 256> kLetter = MakeTable();

// The search fold of a hamza-keeping letter code (what the light stemmer
// writes).
char Fold(char c) {
  switch (c) {
    case '|':
    case '>':
    case '<':
      return 'A';
    case 'Y':
      return 'y';
    case 'p':
      return 'h';
    default:
      return c;
  }
}

bool IsAlef(char c) { return c == 'A' || c == '>' || c == '<' || c == '|'; }
bool IsHamza(char c) {
  return c == '>' || c == '<' || c == '|' || c == '&' || c == '}' || c == '\'';
}

// Folds `word` into letter codes; false if it holds anything else.
bool ToLetters(std::string_view word, char* buf, int* n) {
  const auto* s = reinterpret_cast<const unsigned char*>(word.data());
  *n = 0;
  for (size_t i = 0; i < word.size();) {
    const unsigned char b0 = s[i];
    if (b0 < 0xD8 || b0 > 0xDB || i + 1 >= word.size() ||
        (s[i + 1] & 0xC0) != 0x80) {
      return false;
    }
    const uint8_t code = kLetter[((b0 & 0x03) << 6) | (s[i + 1] & 0x3F)];
    if (code == 0) return false;
    i += 2;
    if (code == kDrop) continue;
    if (*n == kMaxLetters) return false;
    buf[(*n)++] = static_cast<char>(code);
  }
  return *n > 0;
}

// Patterns: digits are radicals; 'A' matches any alef or hamza-on-alef; a
// 't' right after radical 1 also matches the assimilated T (after S D T Z)
// and d (after z d *) of the iftaEal forms.
constexpr std::string_view kPatterns[] = {
    // 7 letters
    "Ast12A3",
    // 6 letters
    "Ast123", "mst123", "yst123", "tst123", "nst123", "A1t2A3", "An12A3",
    "m1A2y3", "t1A2y3", "mt1A23", "yt1A23", "tt1A23", "nt1A23", "1wA2y3",
    "A1A2y3",
    // 5 letters
    "m12w3", "m1A23", "m12A3", "m12y3", "t12y3", "t1A23", "A1t23", "An123",
    "A12A3", "1wA23", "12A}3", "A12w3", "m1t23", "mn123", "mt123", "yt123",
    "tt123", "nt123", "y1t23", "t1t23", "n1t23", "A1A23", "1A2w3", "t12A3",
    "At2A3", "123A'",
    // 4 letters; on a tie the first listed wins: the imperfect (ykwn,
    // tgyr) before fEwl/fEyl, fEyl (>myr) before >fEl, >fEl (>wDH) before
    // fwEl
    "y123", "t123", "n123", "12y3", "12w3", "12A3", "1A23", "m123", "A123",
    "1w23"};

struct Match {
  int fixed = -1;  // letters fixed by the pattern; -1: no match
  char radicals[3] = {0, 0, 0};
};

Match MatchPattern(std::string_view pattern, const char* s, int len) {
  Match m;
  if (static_cast<int>(pattern.size()) != len) return m;
  int fixed = 0;
  char r[3] = {0, 0, 0};
  for (int i = 0; i < len; ++i) {
    const char p = pattern[i];
    const char c = s[i];
    if (p >= '1' && p <= '3') {
      r[p - '1'] = c;
      continue;
    }
    bool ok = false;
    if (p == 'A') {
      ok = IsAlef(c);
    } else if (p == 't' && i > 0 && pattern[i - 1] == '1') {
      const char f = r[0];
      ok = c == 't' ||
           (c == 'T' && (f == 'S' || f == 'D' || f == 'T' || f == 'Z')) ||
           (c == 'd' && (f == 'z' || f == 'd' || f == '*'));
      // iftaEal of a w-initial root: w + t -> tt (AttfAq from wfq).
      if (ok && c == 't' && f == 't') r[0] = 'w';
    } else {
      ok = c == p;
    }
    if (!ok) return m;
    ++fixed;
  }
  m.fixed = fixed;
  if (r[0] == 0) r[0] = 'w';  // At2A3: the w of AttHAd assimilated to t
  std::memcpy(m.radicals, r, 3);
  return m;
}

Match BestPattern(const char* s, int len) {
  Match best;
  for (std::string_view p : kPatterns) {
    const Match m = MatchPattern(p, s, len);
    if (m.fixed > best.fixed) best = m;
  }
  return best;
}

void AppendLetter(char code, std::string* out) {
  static constexpr std::string_view kFrom = "'>bthvjHxd*rzs$SDTZEgfqklmnwy";
  static constexpr char32_t kTo[] = {
      0x623, 0x623, 0x628, 0x62A, 0x647, 0x62B, 0x62C, 0x62D, 0x62E, 0x62F,
      0x630, 0x631, 0x632, 0x633, 0x634, 0x635, 0x636, 0x637, 0x638, 0x639,
      0x63A, 0x641, 0x642, 0x643, 0x644, 0x645, 0x646, 0x648, 0x64A};
  const size_t i = kFrom.find(code);
  if (i == std::string_view::npos) return;
  const char32_t cp = kTo[i];
  out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
  out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
}

// Spells radicals as the header says.
std::string Spell(const char* r, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    char c = r[i];
    if (IsHamza(c)) {
      c = '>';
    } else if (c == 'A') {
      c = i == 0 ? '>' : 'w';
    } else if (c == 'Y') {
      c = 'y';
    } else if (c == 'p') {
      c = 't';
    }
    AppendLetter(c, &out);
  }
  return out;
}

bool EndsWith(const char* s, int b, int e, std::string_view suffix) {
  const int k = static_cast<int>(suffix.size());
  return e - b >= k && std::memcmp(s + e - k, suffix.data(), k) == 0;
}

std::string Extract(std::string_view word, bool raw) {
  char buf[kMaxLetters];
  int n = 0;
  if (!ToLetters(word, buf, &n)) return "";

  // 2. The light stem, found again in buf (its letters are buf's, folded).
  const std::string stem = raw ? LightStem(word) : LightStemHost(word);
  char folded[kMaxLetters];
  for (int i = 0; i < n; ++i) folded[i] = Fold(buf[i]);
  char want[kMaxLetters];
  int m = 0;
  if (!ToLetters(stem, want, &m) || m > n) return "";
  for (int i = 0; i < m; ++i) want[i] = Fold(want[i]);
  int b = -1;
  for (int i = 0; i + m <= n; ++i) {
    if (std::memcmp(folded + i, want, m) == 0) {
      b = i;
      break;
    }
  }
  if (b < 0) return "";
  int e = b + m;

  // The name of God: the stemmer keeps it whole (Allh, bAllh, llh, ...).
  if ((m >= 4 && std::memcmp(folded + b + m - 4, "Allh", 4) == 0) ||
      (m == 3 && std::memcmp(folded + b, "llh", 3) == 0)) {
    return "\u0623\u0644\u0647";
  }
  // An article the light stemmer kept on a short word.
  if (e - b >= 4 && IsAlef(buf[b]) && buf[b + 1] == 'l' && e - b - 2 >= 2) {
    b += 2;
  }

  // 3. Verb endings and the future particle.
  if (e - b >= 5 && buf[b] == 's' &&
      (buf[b + 1] == 'y' || buf[b + 1] == 't' || buf[b + 1] == 'n' ||
       IsAlef(buf[b + 1]))) {
    ++b;
  }
  if (EndsWith(buf, b, e, "tmA") && e - b >= 6) {
    e -= 3;
  } else if ((EndsWith(buf, b, e, "tm") || EndsWith(buf, b, e, "tn")) &&
             e - b >= 5) {
    e -= 2;
  } else if (EndsWith(buf, b, e, "wA") && e - b >= 5) {
    e -= 2;
  }
  if (e - b >= 3 && buf[e - 1] == 'p') --e;  // qlp -> ql -> qll

  // 4. Patterns, on the stem and on variants: without a final k (pronoun),
  // t (verb ending; not after a bare alef, whose At is a plural) or alef
  // (dual), and with a final weak letter the stemmer removed (the Y of
  // mst$fY). The variant whose pattern fixes the most letters wins; on a
  // tie the stem itself.
  struct Variant {
    int b, e;
  };
  Variant variants[5] = {{b, e}};
  int n_variants = 1;
  const int len0 = e - b;
  if (len0 >= 5 && buf[e - 1] == 'k') variants[n_variants++] = {b, e - 1};
  if (len0 >= 4 && buf[e - 1] == 't' && buf[e - 2] != 'A') {
    variants[n_variants++] = {b, e - 1};
  }
  if (len0 >= 4 && IsAlef(buf[e - 1]) && buf[e - 2] != 'A') {
    variants[n_variants++] = {b, e - 1};
  }
  if (len0 >= 5 && e < n && (buf[e] == 'y' || buf[e] == 'Y')) {
    variants[n_variants++] = {b, e + 1};
  }
  Match best;
  for (int i = 0; i < n_variants; ++i) {
    const Match candidate =
        BestPattern(buf + variants[i].b, variants[i].e - variants[i].b);
    if (candidate.fixed > best.fixed) best = candidate;
  }
  if (best.fixed >= 0) return Spell(best.radicals, 3);
  // No pattern: the shortest variant (a verb ending is likelier than a
  // fourth radical).
  for (int i = 1; i < n_variants; ++i) {
    if (variants[i].e < e) e = variants[i].e;
  }

  const int len = e - b;
  const char* s = buf + b;
  if (len == 2) {
    if (s[1] == 'A' || s[1] == 'w' || s[1] == 'y' || s[1] == 'Y') return "";
    const char r[3] = {s[0], s[1], s[1]};  // a doubled radical written once
    return Spell(r, 3);
  }
  if (len == 3) return Spell(s, 3);
  if (len < 2) return "";
  // Four or five letters fitting no pattern: drop long vowels and the
  // augment letters of the imperfect/participle, then accept three or four
  // letters.
  char r[kMaxLetters];
  int k = 0;
  for (int i = 0; i < len; ++i) {
    const char c = s[i];
    const bool vowel = i > 0 && (c == 'A' || c == 'w' || c == 'y');
    if (!vowel) r[k++] = c;
  }
  if (k > 3 && len >= 5 &&
      (r[0] == 'm' || r[0] == 't' || r[0] == 'y' || r[0] == 'n')) {
    std::memmove(r, r + 1, --k);
  }
  if (k == 3 || (k == 4 && len <= 5)) return Spell(r, k);
  return "";
}

}  // namespace

std::string ExtractRoot(std::string_view word) {
  return Extract(word, /*raw=*/true);
}

std::string ExtractRootHost(std::string_view host) {
  return Extract(host, /*raw=*/false);
}

}  // namespace khabar
