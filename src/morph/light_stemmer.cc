// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The light stemmer works on a small buffer of one byte per letter: each
// Arabic letter, after the search folds, is written as its Buckwalter
// transliteration (A b t v j H x d * r z s $ S D T Z E g f q k l m n h w y,
// ' for hamza, & and } for hamza on waw and ya). Affixes and the word lists
// below are spelled in the same ASCII code, so matching is byte comparison
// and the sources stay ASCII. The stem is written back as UTF-8 at the end.
//
// The word lists are compiled into two open-addressing hash sets of 64-bit
// FNV-1a hashes (a false match needs a 64-bit collision with one of a few
// hundred words), built at compile time.

#include "khabar/light_stemmer.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "khabar/normalizer.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

// ---------------------------------------------------------------------------
// Letters.

constexpr uint8_t kNone = 0;  // not an Arabic letter: leave the fast path
constexpr uint8_t kDrop = 1;  // a mark removed by the search level

// U+0600..U+06FF -> letter code, kDrop or kNone.
constexpr std::array<uint8_t, 256> MakeLetterTable() {
  std::array<uint8_t, 256> t{};
  constexpr std::string_view kBase =  // U+0621..U+063A
      "'AA&A}AbhtvjHxd*rzs$SDTZEg";
  for (size_t i = 0; i < kBase.size(); ++i) {
    t[0x21 + i] = static_cast<uint8_t>(kBase[i]);
  }
  constexpr std::string_view kSecond = "fqklmnhwyy";  // U+0641..U+064A
  for (size_t i = 0; i < kSecond.size(); ++i) {
    t[0x41 + i] = static_cast<uint8_t>(kSecond[i]);
  }
  t[0x40] = kDrop;                                  // tatweel
  for (int c = 0x4B; c <= 0x5F; ++c) t[c] = kDrop;  // harakat
  t[0x70] = kDrop;                                  // dagger alef
  for (int c = 0x10; c <= 0x1A; ++c) t[c] = kDrop;  // honorifics
  t[0x1C] = kDrop;                                  // ALM
  for (int c = 0xD6; c <= 0xDC; ++c) t[c] = kDrop;  // Quranic marks
  for (int c = 0xDF; c <= 0xE4; ++c) t[c] = kDrop;
  for (int c = 0xE7; c <= 0xE8; ++c) t[c] = kDrop;
  for (int c = 0xEA; c <= 0xED; ++c) t[c] = kDrop;
  t[0x71] = t[0x72] = t[0x73] = t[0x75] = 'A';  // wasla, rare alef variants
  t[0xCC] = 'y';                                // Farsi yeh
  t[0xA9] = 'k';                                // keheh
  t[0xBE] = 'h';                                // heh doachashmee
  t[0x7E] = 'P';                                // peh
  t[0x86] = 'J';                                // tcheh
  t[0x98] = 'R';                                // jeh
  t[0xAF] = 'G';                                // gaf
  t[0xA4] = 'V';                                // veh
  return t;
}
constexpr std::array<uint8_t, 256> kLetter = MakeLetterTable();

// Letter code -> the two UTF-8 bytes of its (folded) letter.
struct Utf8Pair {
  char b0 = 0;
  char b1 = 0;
};
constexpr std::array<Utf8Pair, 128> MakeOutputTable() {
  std::array<Utf8Pair, 128> t{};
  for (int low = 0; low < 256; ++low) {
    const uint8_t code = kLetter[low];
    if (code <= kDrop) continue;
    const int cp = 0x600 + low;
    // The first code point mapped to a code is its canonical spelling,
    // except where the fold names another letter.
    if (t[code].b0 != 0) continue;
    t[code] = {static_cast<char>(0xC0 | (cp >> 6)),
               static_cast<char>(0x80 | (cp & 0x3F))};
  }
  auto set = [&t](char code, int cp) {
    t[static_cast<uint8_t>(code)] = {static_cast<char>(0xC0 | (cp >> 6)),
                                     static_cast<char>(0x80 | (cp & 0x3F))};
  };
  set('A', 0x627);
  set('h', 0x647);
  set('y', 0x64A);
  set('k', 0x643);
  return t;
}
constexpr std::array<Utf8Pair, 128> kOutput = MakeOutputTable();

// ---------------------------------------------------------------------------
// Word lists (Buckwalter, after the folds: p -> h, Y -> y, > < | -> A).

constexpr uint64_t kFnvBasis = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

constexpr uint64_t FnvStep(uint64_t h, char c) {
  return (h ^ static_cast<uint8_t>(c)) * kFnvPrime;
}
constexpr uint64_t Fnv(std::string_view s) {
  uint64_t h = kFnvBasis;
  for (char c : s) h = FnvStep(h, c);
  return h;
}

template <size_t kSlots>
class HashSet {
 public:
  template <size_t N>
  constexpr explicit HashSet(const std::string_view (&words)[N]) {
    static_assert(N * 2 <= kSlots, "hash set too full");
    for (std::string_view w : words) {
      const uint64_t h = Fnv(w);
      size_t i = Slot(h);
      while (slots_[i] != 0 && slots_[i] != h) i = (i + 1) & (kSlots - 1);
      slots_[i] = h;
    }
  }
  constexpr bool Contains(uint64_t h) const {
    for (size_t i = Slot(h);; i = (i + 1) & (kSlots - 1)) {
      if (slots_[i] == h) return true;
      if (slots_[i] == 0) return false;
    }
  }
  static constexpr size_t bytes() { return kSlots * sizeof(uint64_t); }

 private:
  static constexpr size_t Slot(uint64_t h) {
    return static_cast<size_t>(h >> 32) & (kSlots - 1);
  }
  std::array<uint64_t, kSlots> slots_{};
};

// Words that start with a letter that is also a proclitic (w f b l k s):
// a word whose letters from the candidate clitic on begin with one of these
// keeps that letter. Only the letter contexts in which the stemmer would
// strip need entries (b, k only before m/t; l before m/t/y; s before
// y/t/n).
constexpr std::string_view kProtectedStarts[] = {
    // w
    "wzyr", "wzr", "wzAr", "wTn", "wqt", "wDE", "wfd", "wld", "wjh", "wjwd",
    "wsT", "wHd", "wAqE", "wkAl", "wkyl", "wlAy", "wA$nTn", "wrq", "wrd", "wSl",
    "wSwl", "wSf", "wSy", "wEd", "wEy", "wfq", "wfA", "wzn", "wAjb", "wAdy",
    "wDH", "wsA}l", "wsyl", "wsAT", "wlAd", "wly", "wqf", "wqE", "wjd", "wrT",
    "wdAE", "wzE", "wsm", "wr$", "wjb", "wfr", "wH$", "wkr", "wHy", "wvA}q",
    "wvyq", "wsAm", "wAfq", "wAjh", "wASl", "wzAr", "wrv", "wSAy", "wdy",
    "wlyd", "wlA'", "wHsh", "wkAlh", "wrAq", "wlA",
    // f
    "fy", "flsTyn", "fryq", "frns", "frS", "ftr", "fkr", "fSl", "fSA}l", "fhm",
    "fEl", "fEAl", "fwz", "fwq", "fwr", "fwA}d", "fwj", "fndq", "fnAn", "fqr",
    "fqdAn", "fqh", "fAz", "fATm", "frd", "frD", "frE", "frq", "fHS", "ftH",
    "ftw", "ftA", "fDl", "fDA'", "fnzwyl", "fytnAm", "fAtwr", "frAg", "fjr",
    "fTr", "fhd", "fAyz", "fAEl", "fAsd", "fsAd", "fwD", "frAns", "fkAh",
    "fSyl", "frAr",
    // b, k, l before m/t (and l before y)
    "btrwl", "btr", "btwl", "lmA*A", "lms", "lmH", "lmE", "lybyA", "lyl", "lys",
    "lymwn", "lyfr", "lybr", "lywn", "lytr", "ltr", "kmAl", "kmy", "kmbywtr",
    "kmyn", "kmA", "ktAb", "ktb", "ktl", "ktf", "ktyb", "ktA}b", "lmdy",
    "bAkst", "bArz", "bAHv", "bAlg", "bAlwn", "bAry", "bAnk", "bAdr", "bbg",
    "lAEb", "lAj}", "lAft", "lAzm", "lAHq", "lAtyn", "lAsym", "lAmE", "lAyH",
    "lAnh", "lAnhA", "lAnhm",
    // s before y/t/n
    "syAr", "syAs", "syTr", "syd", "snw", "snt", "syAH", "syAq", "synA'",
    "synm", "stwk", "sngAf", "snd", "sywl", "syjAr", "synAr", "sydn", "sny",
    "syf", "syl", "syn", "stwd", "stAr", "styn", "snAr", "snAn", "snH", "syr",
    "syw", "stAl", "stmr", "sty", "snb", "snE", "snAE", "snyn", "sntr", "sntym",
    "snAE", "sy'", "sy}", "stn", "std", "snjAb"};

// Words kept whole (looked up on the whole word and again after each
// prefix is stripped): function words and frequent words whose ending only
// looks like a suffix.
constexpr std::string_view kKeepWords[] = {
    "Allh",      "bAllh",      "wAllh",   "fAllh",     "tAllh",    "llh",
    "Al*y",      "Al*yn",      "Alty",    "AlAty",     "AllAty",   "AllwAty",
    "All*An",    "All*yn",     "AlltAn",  "Alltyn",    "AlAn",     "*lk",
    "k*lk",      "l*lk",       "tlk",     "h*A",       "h*h",      "h*An",
    "h*yn",      "htAn",       "htyn",    "hwlA'",     "kwrwnA",   "AHyAnA",
    "qAnwn",     "mlywn",      "mlAyyn",  "tlfzywn",   "zytwn",    "kAnwn",
    "lymwn",     "hArwn",      "SAlwn",   "bAlwn",     "brlmAn",   "slymAn",
    "ETmAn",     "bh*A",       "bh*h",    "lh*A",      "lh*h",     "kh*A",
    "kh*h",      "EbdAllh",    "wbAllh",  "fbAllh",    "Alyh",     "AlyhA",
    "Alyhm",     "Alyhn",      "AlyhmA",  "Alyk",      "Alykm",    "AlynA",
    "Alyy",      "flsTyn",     "bAkstAn", "AfgAnstAn", "krdstAn",  "kAzAxstAn",
    "TAjykstAn", "trkmAnstAn", "dAgstAn", "hndwstAn",  "blw$stAn", "qrgyzstAn",
    "AwzbkstAn", "lmA*A",      "bynmA",   "lkn",       "lknh",     "lknhA",
    "lknhm",     "Endmh",      "Endm",    "Anh",       "AnhA",     "Anhm",
    "lAnh",      "mnh",        "mnhA",    "mnhm",      "Elyh",     "Elyhm",
    "AymA"};

constexpr HashSet<512> kProtectedStartSet(kProtectedStarts);
constexpr HashSet<256> kKeepWordSet(kKeepWords);

// ---------------------------------------------------------------------------
// Stemming on the letter buffer.

struct Word {
  const char* w;  // letter codes
  int b;          // first letter of the stem
  int e;          // one past the last
  int len() const { return e - b; }
  char last() const { return w[e - 1]; }
  bool EndsWith(std::string_view s) const {
    return static_cast<size_t>(len()) >= s.size() &&
           std::memcmp(w + e - s.size(), s.data(), s.size()) == 0;
  }
  bool StartsWith(std::string_view s) const {
    return static_cast<size_t>(len()) >= s.size() &&
           std::memcmp(w + b, s.data(), s.size()) == 0;
  }
};

bool IsKeepWord(const Word& x) {
  uint64_t h = kFnvBasis;
  for (int i = x.b; i < x.e; ++i) h = FnvStep(h, x.w[i]);
  return kKeepWordSet.Contains(h);
}

// True if x's letters from x.b on begin with a protected word start.
bool HasProtectedStart(const Word& x) {
  uint64_t h = FnvStep(kFnvBasis, x.w[x.b]);
  const int end = x.e < x.b + 8 ? x.e : x.b + 8;
  for (int i = x.b + 1; i < end; ++i) {
    h = FnvStep(h, x.w[i]);
    if (kProtectedStartSet.Contains(h)) return true;
  }
  return false;
}

// Strips the proclitics of a raw token (step 2 and 3 of the header).
// Returns false if the word is a keep word (then nothing more is stripped).
bool StripPrefixes(Word* x, bool raw) {
  if (IsKeepWord(*x)) return false;
  // Spellings of a word-initial hamza before an alef: the interrogative a-
  // before a hamzated word (AA after the folds) and the Quranic 'A.
  if (x->len() >= 3 && (x->w[x->b] == 'A' || x->w[x->b] == '\'') &&
      x->w[x->b + 1] == 'A') {
    ++x->b;
  }
  if (raw) {
    // Conjunction wa / fa.
    if ((x->w[x->b] == 'w' || x->w[x->b] == 'f') && x->len() >= 4 &&
        !HasProtectedStart(*x)) {
      ++x->b;
      if (IsKeepWord(*x)) return false;
    }
    const char c = x->w[x->b];
    const char next = x->len() >= 2 ? x->w[x->b + 1] : 0;
    if ((c == 'b' || c == 'k') && x->StartsWith(c == 'b' ? "bAl" : "kAl") &&
        x->len() >= 6 && !HasProtectedStart(*x)) {
      x->b += 3;  // bi + al, ka + al: at least three letters left
      return true;
    }
    if (c == 'l' && next == 'l' && x->len() >= 5) {
      x->b += 2;  // li + al written ll
      return true;
    }
    // bi, ka, li before the m/t of a derived noun or verb form, li before
    // the y of an imperfect verb, bi/li before an alef (the hamza of
    // ifEaal/iftiEaal/istifEaal) in a long word, bi before b.
    const bool preposition =
        ((c == 'b' || c == 'k' || c == 'l') &&
         (next == 'm' || next == 't' || (c == 'l' && next == 'y'))) ||
        ((c == 'b' || c == 'l') && next == 'A' && x->len() >= 6) ||
        (c == 'b' && next == 'b');
    const bool future = c == 's' && (next == 'y' || next == 't' || next == 'n');
    if ((preposition || future) && x->len() >= 5 && !HasProtectedStart(*x)) {
      ++x->b;
      if (IsKeepWord(*x)) return false;
      return true;  // no article after a bare preposition or sa
    }
  }
  // The article needs two letters after it, three when the word ends in y
  // (Algy, Alqy are the verbs >lgY, >lqY).
  if (x->StartsWith("Al") &&
      (x->len() >= 5 || (x->len() == 4 && x->last() != 'y'))) {
    x->b += 2;
    if (IsKeepWord(*x)) return false;
  }
  return true;
}

struct Suffix {
  std::string_view s;
  int min_left;  // letters that must remain
};

constexpr Suffix kPronouns[] = {{"hmA", 3}, {"kmA", 3}, {"hm", 4},
                                {"hn", 4},  {"km", 4},  {"kn", 4},
                                {"hA", 3},  {"nA", 3},  {"h", 3}};

void StripSuffixes(Word* x) {
  // 1. One enclitic pronoun (a final h is also a folded ta marbuta).
  bool pronoun = false;
  for (const Suffix& p : kPronouns) {
    if (p.s == "h" && x->EndsWith("Allh")) break;  // EbdAllh, rEAh Allh
    if (x->EndsWith(p.s) &&
        x->len() - static_cast<int>(p.s.size()) >= p.min_left) {
      x->e -= static_cast<int>(p.s.size());
      pronoun = true;
      break;
    }
  }
  // The plural -uu(na) and the verb's -uu before a pronoun.
  if (pronoun && x->last() == 'w' && x->len() >= 4) --x->e;

  // 2. One inflection.
  bool inflected = false;
  bool dual_or_plural_yn = false;
  const int n = x->len();
  if ((x->EndsWith("tAn") || x->EndsWith("tyn")) && n >= 6) {
    x->e -= 3;  // feminine dual: the t is the ta marbuta
    inflected = true;
  } else if (x->EndsWith("At") && n >= 5) {
    x->e -= 2;
    inflected = true;
  } else if (x->EndsWith("wn") && n >= 5 &&
             !(n == 5 && x->w[x->b] == 'm')) {  // maf'uun of a n-final root
    x->e -= 2;
    inflected = true;
  } else if (x->EndsWith("yn") && n >= 5) {
    x->e -= 2;
    inflected = dual_or_plural_yn = true;
  } else if (x->EndsWith("An") && n >= 6) {
    x->e -= 2;
    inflected = dual_or_plural_yn = true;
  } else if (x->EndsWith("wA") && n >= 5) {
    x->e -= 2;
    inflected = true;
  }

  // 3. A final t: the ta marbuta before a pronoun or a dual ending, or the
  // t of the 3rd person feminine past (only after a consonant).
  if ((!inflected || dual_or_plural_yn) && x->last() == 't' && x->len() >= 4) {
    const char before = x->w[x->e - 2];
    const bool taa_context = pronoun || dual_or_plural_yn;
    if (taa_context ? before != 'w'
                    : (before != 'A' && before != 'w' && before != 'y')) {
      --x->e;
    }
  }

  // 4. Nisba / first-person ya, then a ta marbuta (folded to h) that was not
  // taken as a pronoun.
  if (x->last() == 'y' && x->len() >= 4) --x->e;
  if (!pronoun && x->last() == 'h' && x->len() >= 4) --x->e;
}

// ---------------------------------------------------------------------------
// Driver.

enum class Scan { kStemmed, kNotArabic };

// Folds `word` into letter codes and stems it into *out. Returns kNotArabic
// (with *out untouched) when `word` holds anything but Arabic letters and
// marks, or is longer than kLightStemMaxLetters letters.
Scan FastStem(std::string_view word, bool raw, std::string* out) {
  char buf[kLightStemMaxLetters];
  int n = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(word.data());
  const size_t size = word.size();
  for (size_t i = 0; i < size;) {
    const unsigned char b0 = s[i];
    if (b0 >= 0xD8 && b0 <= 0xDB && i + 1 < size && (s[i + 1] & 0xC0) == 0x80) {
      const uint8_t code = kLetter[((b0 & 0x03) << 6) | (s[i + 1] & 0x3F)];
      if (code == kNone) return Scan::kNotArabic;
      i += 2;
      if (code == kDrop) continue;
      if (n == static_cast<int>(kLightStemMaxLetters)) return Scan::kNotArabic;
      buf[n++] = static_cast<char>(code);
      continue;
    }
    // Invisible formatting characters removed at the display level.
    if (b0 == 0xE2 && i + 2 < size && s[i + 1] == 0x80 &&
        ((s[i + 2] >= 0x8B && s[i + 2] <= 0x8F) ||
         (s[i + 2] >= 0xAA && s[i + 2] <= 0xAE))) {
      i += 3;
      continue;
    }
    return Scan::kNotArabic;
  }
  Word x{buf, 0, n};
  if (n > 0 && StripPrefixes(&x, raw)) StripSuffixes(&x);
  out->resize(static_cast<size_t>(x.len()) * 2);
  char* o = out->data();
  for (int i = x.b; i < x.e; ++i) {
    const Utf8Pair& p = kOutput[static_cast<uint8_t>(x.w[i]) & 0x7F];
    *o++ = p.b0;
    *o++ = p.b1;
  }
  return Scan::kStemmed;
}

const Normalizer* SearchNormalizer() {
  static const Normalizer* const normalizer = []() -> const Normalizer* {
    NormalizerOptions options =
        NormalizerOptions::ForLevel(NormalizationLevel::kSearch);
    options.fold_latin_case = false;
    StatusOr<std::unique_ptr<const Normalizer>> n = Normalizer::Create(options);
    return n.ok() ? std::move(*n).release() : nullptr;  // lives forever
  }();
  return normalizer;
}

void Stem(std::string_view word, bool raw, std::string* out) {
  if (FastStem(word, raw, out) == Scan::kStemmed) return;
  bool ascii = true;
  for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    out->assign(word);
    return;
  }
  const Normalizer* normalizer = SearchNormalizer();
  NormalizedText normalized;
  if (normalizer == nullptr || !normalizer->Normalize(word, &normalized).ok()) {
    out->assign(word);  // unreachable with the built-in tables
    return;
  }
  if (FastStem(normalized.text, raw, out) == Scan::kStemmed) return;
  *out = std::move(normalized.text);
}

}  // namespace

void LightStem(std::string_view word, std::string* out) {
  Stem(word, /*raw=*/true, out);
}

std::string LightStem(std::string_view word) {
  std::string out;
  Stem(word, /*raw=*/true, &out);
  return out;
}

void LightStemHost(std::string_view host, std::string* out) {
  Stem(host, /*raw=*/false, out);
}

std::string LightStemHost(std::string_view host) {
  std::string out;
  Stem(host, /*raw=*/false, &out);
  return out;
}

}  // namespace khabar
