// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "entities/name_match.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/utf8.h"

namespace khabar {
namespace {

// Arabic letters named for readability.
constexpr char32_t kHamza = 0x0621;
constexpr char32_t kAlefMadda = 0x0622;
constexpr char32_t kAlefHamzaAbove = 0x0623;
constexpr char32_t kWawHamza = 0x0624;
constexpr char32_t kAlefHamzaBelow = 0x0625;
constexpr char32_t kYehHamza = 0x0626;
constexpr char32_t kAlef = 0x0627;
constexpr char32_t kBeh = 0x0628;
constexpr char32_t kTehMarbuta = 0x0629;
constexpr char32_t kJeem = 0x062C;
constexpr char32_t kGhain = 0x063A;
constexpr char32_t kFeh = 0x0641;
constexpr char32_t kKaf = 0x0643;
constexpr char32_t kLam = 0x0644;
constexpr char32_t kHeh = 0x0647;
constexpr char32_t kWaw = 0x0648;
constexpr char32_t kAlefMaksura = 0x0649;
constexpr char32_t kYeh = 0x064A;

// What separates the words of a name.
bool IsSeparator(char32_t c) {
  if (c < 0x80) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                       (c >= 'A' && c <= 'Z');
    return !alnum;  // space, controls, ASCII punctuation and quotes
  }
  switch (c) {
    case 0x00A0:  // no-break space
    case 0x00AB:  // left guillemet
    case 0x00BB:  // right guillemet
    case 0x060C:  // Arabic comma
    case 0x061B:  // Arabic semicolon
    case 0x061F:  // Arabic question mark
    case 0x066A:  // Arabic percent sign
    case 0x066D:  // Arabic five pointed star
    case 0x06D4:  // Arabic full stop
    case 0x3000:  // ideographic space
    case 0xFD3E:  // ornate left parenthesis
    case 0xFD3F:  // ornate right parenthesis
      return true;
    default:
      break;
  }
  // General punctuation (spaces, dashes, quotation marks, ellipsis), except
  // the invisible controls that IsIgnorable keeps inside a word.
  if (c >= 0x2000 && c <= 0x206F) {
    return !(c >= 0x200B && c <= 0x200F) && !(c >= 0x202A && c <= 0x202E) &&
           !(c >= 0x2060 && c <= 0x206F);
  }
  return c >= 0x2E00 && c <= 0x2E7F;  // supplemental punctuation
}

// Inside a word but not part of its spelling.
bool IsIgnorable(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) ||  // harakat, tanween, shadda, sukun
         c == 0x0670 ||                   // superscript alef
         (c >= 0x06D6 && c <= 0x06ED) ||  // Quranic annotation marks
         c == 0x0640 ||                   // tatweel
         (c >= 0x200B && c <= 0x200F) ||  // zero-width, LRM, RLM
         (c >= 0x202A && c <= 0x202E) ||  // bidi embeddings
         (c >= 0x2060 && c <= 0x206F) ||  // word joiner, bidi isolates
         c == 0x061C || c == 0xFEFF;      // Arabic letter mark, BOM
}

// The one-letter fold of rule 2; 0 drops the character.
char32_t FoldChar(char32_t c) {
  if (IsIgnorable(c)) return 0;
  switch (c) {
    case kAlefMadda:
    case kAlefHamzaAbove:
    case kAlefHamzaBelow:
    case 0x0671:  // alef wasla
    case 0x0672:  // alef with wavy hamza above
    case 0x0673:  // alef with wavy hamza below
      return kAlef;
    case kWawHamza:
      return kWaw;
    case kYehHamza:
    case kAlefMaksura:
    case 0x06CC:  // Farsi yeh
    case 0x06D2:  // yeh barree
      return kYeh;
    case kTehMarbuta:
    case 0x06C0:  // heh with yeh above
    case 0x06C1:  // heh goal
    case 0x06BE:  // heh doachashmee
      return kHeh;
    case 0x06A9:  // keheh
      return kKaf;
    case 0x06A7:  // qaf with dot above (Maghreb)
    case 0x06A8:  // qaf with three dots above: the Maghreb g (Tunisia)
      return 0x0642;
    case 0x06A2:  // feh with dot moved below (Maghreb)
    case 0x06A4:  // veh: v in transliteration, g in Tunisia
      return 0x0641;
    default:
      break;
  }
  if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
  if (c >= 'A' && c <= 'Z') return c + ('a' - 'A');
  return c;
}

bool IsLongVowel(char32_t c) { return c == kAlef || c == kWaw || c == kYeh; }

std::u32string Decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size() / 2);
  for (size_t i = 0; i < s.size();) {
    const DecodedChar d = DecodeUtf8(s, i);
    out.push_back(d.code_point);
    i += d.length;
  }
  return out;
}

std::string Encode(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 2);
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

// a without a[i] == b without b[j]?
bool EqualWithout(std::u32string_view a, size_t i, std::u32string_view b,
                  size_t j) {
  std::u32string x(a.substr(0, i));
  x.append(a.substr(i + 1));
  std::u32string y(b.substr(0, j));
  y.append(b.substr(j + 1));
  return x == y;
}

const std::string& FoldedBn() {
  static const std::string* const s = new std::string(Encode(U"\u0628\u0646"));
  return *s;
}

// True for "bn" or "bnt" (son / daughter of): what follows names the father.
bool IsPatronymicUnit(const std::string& unit) {
  static const std::string* const bnt =
      new std::string(Encode(U"\u0628\u0646\u062A"));
  return unit == FoldedBn() || unit == *bnt;
}

// What SplitNameKeys does with each character below U+0800 (ASCII, Arabic
// and the Latin, Greek, Cyrillic and Hebrew letters in between), looked up
// instead of computed: its fold (FoldChar; 0: dropped), or kSeparatorEntry.
constexpr uint16_t kSeparatorEntry = 0xFFFF;
constexpr char32_t kTableChars = 0x800;

const uint16_t* FoldTable() {
  static const uint16_t* const table = [] {
    auto* t = new uint16_t[kTableChars];
    for (char32_t c = 0; c < kTableChars; ++c) {
      // Every fold of a character below U+0800 is below it too.
      t[c] =
          IsSeparator(c) ? kSeparatorEntry : static_cast<uint16_t>(FoldChar(c));
    }
    return t;
  }();
  return table;
}

// Builds FoldNameWord's key one character at a time, straight into
// UTF-8, remembering where the last two letters are for the final yeh +
// heh.
class NameKeyBuilder {
 public:
  // Appends the key to *key.
  explicit NameKeyBuilder(std::string* key) : key_(key) {}
  // Starts a new word.
  void Start() {
    letters_ = 0;
    last_at_ = 0;
    last_ = before_last_ = 0;
  }
  void Add(char32_t c) { AddFolded(FoldChar(c)); }
  // Adds a character folded already (0: nothing).
  void AddFolded(char32_t f) {
    if (f == 0) return;
    before_last_ = last_;
    last_ = f;
    last_at_ = key_->size();
    if (f < 0x80) {
      key_->push_back(static_cast<char>(f));
    } else if (f < 0x800) {
      const char two[2] = {static_cast<char>(0xC0 | (f >> 6)),
                           static_cast<char>(0x80 | (f & 0x3F))};
      key_->append(two, 2);
    } else {
      AppendUtf8(f, key_);
    }
    ++letters_;
  }
  void Finish() {
    if (letters_ >= 4 && last_ == kHeh && before_last_ == kYeh) {
      key_->resize(last_at_);
      AppendUtf8(kAlef, key_);
    }
  }

 private:
  std::string* key_;
  size_t letters_ = 0;
  size_t last_at_ = 0;
  char32_t last_ = 0, before_last_ = 0;
};

}  // namespace

void SplitNameKeys(std::string_view text, ByteSpan span, std::string* keys,
                   std::vector<NameKeySpan>* words) {
  keys->clear();
  words->clear();
  size_t i = span.begin;
  const size_t end = span.end;
  NameKeySpan word;
  NameKeyBuilder key(keys);  // of the word being read
  bool in_word = false;
  // A word made only of ignorable characters (a stray tatweel) has an
  // empty key and is dropped.
  auto finish = [&](size_t at) {
    key.Finish();
    in_word = false;
    word.span.end = static_cast<uint32_t>(at);
    word.key_end = static_cast<uint32_t>(keys->size());
    if (word.key_end != word.key_begin) words->push_back(word);
  };
  const uint16_t* const table = FoldTable();
  const std::string_view head = text.substr(0, end);
  while (i < end) {
    const DecodedChar d = DecodeUtf8(head, i);
    // An ill-formed sequence reads as U+FFFD, past the table.
    const bool in_table = d.code_point < kTableChars;
    const uint16_t entry = in_table ? table[d.code_point] : 0;
    if (in_table ? entry == kSeparatorEntry : IsSeparator(d.code_point)) {
      if (in_word) finish(i);
    } else {
      if (!in_word) {
        word.span.begin = static_cast<uint32_t>(i);
        word.key_begin = static_cast<uint32_t>(keys->size());
        key.Start();
        in_word = true;
      }
      if (in_table) {
        key.AddFolded(entry);
      } else {
        key.Add(d.code_point);
      }
    }
    i += d.length;
  }
  if (in_word) finish(end);
}

void SplitNameWords(std::string_view text, ByteSpan span,
                    std::vector<NameWord>* words) {
  std::string keys;
  std::vector<NameKeySpan> spans;
  SplitNameKeys(text, span, &keys, &spans);
  words->clear();
  words->reserve(spans.size());
  for (const NameKeySpan& s : spans) {
    NameWord& w = words->emplace_back();
    w.span = s.span;
    w.display = ReplaceInvalidUtf8(text.substr(s.span.begin, s.span.size()));
    w.key.assign(keys, s.key_begin, s.key_end - s.key_begin);
  }
}

bool OnlySpaces(std::string_view text, uint32_t begin, uint32_t end) {
  if (begin >= end || end > text.size()) return false;
  for (uint32_t p = begin; p < end; ++p) {
    if (text[p] != ' ') return false;
  }
  return true;
}

std::string FoldNameWord(std::string_view word) {
  std::string folded;
  folded.reserve(word.size());
  NameKeyBuilder key(&folded);
  for (size_t i = 0; i < word.size();) {
    const DecodedChar d = DecodeUtf8(word, i);
    i += d.length;
    key.Add(d.code_point);
  }
  key.Finish();
  return folded;
}

bool IsCompoundStart(std::string_view key, std::string_view next_key) {
  static const std::string kAbd = Encode(U"\u0639\u0628\u062F");
  static const std::string kAbu = Encode(U"\u0627\u0628\u0648");
  static const std::string kAl = Encode(U"\u0627\u0644");
  // "allah" ends a compound written joined or apart (nasr allah,
  // nasrallah), like "abd allah"; no shorter form drops it.
  static const std::string kAllah = Encode(U"\u0627\u0644\u0644\u0647");
  return (key == kAbd && next_key.starts_with(kAl)) || key == kAbu ||
         next_key == kAllah;
}

std::vector<std::string> NameUnits(const std::vector<NameWord>& words,
                                   size_t first) {
  static const std::string kIbn = Encode(U"\u0627\u0628\u0646");
  static const std::string kAbu = Encode(U"\u0627\u0628\u0648");
  static const std::string kAbi = Encode(U"\u0627\u0628\u064A");
  static const std::string kAba = Encode(U"\u0627\u0628\u0627");
  static const std::string kAlDin = Encode(U"\u0627\u0644\u062F\u064A\u0646");
  // Two bytes: the Arabic letters of a folded key.
  constexpr size_t kLetterBytes = 2;
  std::vector<std::string> units;
  for (size_t i = first; i < words.size(); ++i) {
    const std::string& key = words[i].key;
    if (i + 1 < words.size() && IsCompoundStart(key, words[i + 1].key)) {
      units.push_back(key + words[i + 1].key);
      ++i;
      continue;
    }
    // abi, aba: abu in the genitive and accusative (abi bakr, aba bakr).
    if (i + 1 < words.size() && (key == kAbi || key == kAba)) {
      units.push_back(kAbu + words[i + 1].key);
      ++i;
      continue;
    }
    // A compound ending in al-din written as one word is the two words
    // (nuraldin is nur al-din), so that "sayf" alone stays a shorter form
    // of "sayf al-din", as Maghrebi news writes it.
    if (key.size() >= kAlDin.size() + 2 * kLetterBytes &&
        key.ends_with(kAlDin)) {
      units.push_back(key.substr(0, key.size() - kAlDin.size()));
      units.push_back(kAlDin);
      continue;
    }
    if (!units.empty() && key == kIbn) {
      units.push_back(FoldedBn());
      continue;
    }
    units.push_back(key);
  }
  return units;
}

std::string JoinUnits(const std::vector<std::string>& units) {
  std::string out;
  for (const std::string& u : units) {
    if (!out.empty()) out.push_back(' ');
    out += u;
  }
  return out;
}

size_t LetterCount(std::string_view folded) {
  size_t n = 0;
  for (size_t i = 0; i < folded.size();) {
    i += DecodeUtf8(folded, i).length;
    ++n;
  }
  return n;
}

std::vector<std::string> WithoutArticle(const std::vector<std::string>& units) {
  static constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";
  if (units.empty() || !units[0].starts_with(kAl)) return {};
  const std::string_view rest = std::string_view(units[0]).substr(kAl.size());
  // Not a compound's space or a second word ("al-X Y" joined as one unit).
  if (rest.find(' ') != std::string_view::npos ||
      LetterCount(rest) < kMinArticleFreeLetters) {
    return {};
  }
  std::vector<std::string> out = units;
  out[0] = std::string(rest);
  return out;
}

namespace {

// The longer word is the shorter with one long vowel inside it (not its
// first or last letter), and it is a foreign-looking word: long enough, no
// article, not an 'abd compound (Arabic names pair this way: al-Qasabi /
// al-Qusaybi, 'Abd Allah / 'Abd al-Ilah).
bool InsertedVowel(std::u32string_view longer, std::u32string_view shorter) {
  if (longer.size() != shorter.size() + 1 ||
      longer.size() < kMinInsertedVowelWordLetters) {
    return false;
  }
  for (std::u32string_view w : {longer, shorter}) {
    if (w.starts_with(U"\u0627\u0644") ||
        w.starts_with(U"\u0639\u0628\u062F")) {
      return false;
    }
  }
  size_t i = 0;
  while (i < shorter.size() && longer[i] == shorter[i]) ++i;
  return i > 0 && i + 1 < longer.size() && IsLongVowel(longer[i]) &&
         longer.substr(i + 1) == shorter.substr(i);
}

// The same word but for one letter, jim in one and ghayn in the other: a
// foreign g transliterated two ways (alkwnjrs / alkwngrs, syrjy / syrghy,
// jwkwny / ghwkwny). Not kaf or qaf, which name other places (kynyA /
// ghynyA, Kenya and Guinea).
bool JimGhaynSwapped(std::u32string_view x, std::u32string_view y) {
  size_t differ = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    if (x[i] == y[i]) continue;
    if (++differ > 1) return false;
    if (!((x[i] == kJeem && y[i] == kGhain) ||
          (x[i] == kGhain && y[i] == kJeem))) {
      return false;
    }
  }
  return differ == 1;
}

}  // namespace

bool WordsClose(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const std::u32string x = Decode(a);
  const std::u32string y = Decode(b);
  if (x == y) return true;  // distinct ill-formed bytes, both U+FFFD
  if (InsertedVowel(x, y) || InsertedVowel(y, x)) return true;
  if (x.size() != y.size() || x.size() < kMinCloseWordLetters) return false;
  if (JimGhaynSwapped(x, y)) return true;
  if (x.front() != y.front() || x.back() != y.back()) return false;
  // The first and last positions where they differ bound the displacement.
  size_t lo = 0;
  while (x[lo] == y[lo]) ++lo;
  size_t hi = x.size() - 1;
  while (x[hi] == y[hi]) --hi;
  // A vowel moved right in x (x[lo] is the vowel, y[hi] the same vowel), or
  // moved left (y[lo] is the vowel, x[hi] the same).
  if (IsLongVowel(x[lo]) && x[lo] == y[hi] && EqualWithout(x, lo, y, hi)) {
    return true;
  }
  return IsLongVowel(y[lo]) && y[lo] == x[hi] && EqualWithout(x, hi, y, lo);
}

bool UnitsMatch(const std::vector<std::string>& a,
                const std::vector<std::string>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!WordsClose(a[i], b[i])) return false;
  }
  return true;
}

bool IsShortNameOf(const std::vector<std::string>& short_units,
                   const std::vector<std::string>& long_units) {
  const size_t n = short_units.size();
  if (n == 0 || n >= long_units.size()) return false;
  size_t letters = 0;
  for (const std::string& u : short_units) letters += LetterCount(u);
  if (letters < kMinShortNameLetters) return false;
  const size_t offset = long_units.size() - n;
  for (size_t i = 0; i < n; ++i) {
    if (!WordsClose(short_units[i], long_units[offset + i])) return false;
  }
  return !IsPatronymicUnit(long_units[offset - 1]);
}

bool IsGivenNameOf(const std::vector<std::string>& given,
                   const std::vector<std::string>& long_units) {
  return given.size() == 1 && long_units.size() >= 3 &&
         LetterCount(given[0]) >= kMinShortNameLetters &&
         given[0] == long_units[0] && IsPatronymicUnit(long_units[1]);
}

namespace {

// Two surnames that are the same name, one perhaps with the article
// ("alHjAzy" and "HjAzy"), kMinArticleFreeLetters letters or more left.
bool SameSurname(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const std::vector<std::string> x = WithoutArticle({a});
  const std::vector<std::string> y = WithoutArticle({b});
  const std::string& bare_a = x.empty() ? a : x[0];
  const std::string& bare_b = y.empty() ? b : y[0];
  return (!x.empty() || !y.empty()) && bare_a == bare_b;
}

}  // namespace

bool IsFullerFormOf(const std::vector<std::string>& short_units,
                    const std::vector<std::string>& long_units) {
  static const std::string* const family =
      new std::string(FoldNameWord("\u0622\u0644"));  // Al (family)
  if (short_units.size() < 2 || long_units.size() <= short_units.size() ||
      short_units[0] != long_units[0] || IsPatronymicUnit(short_units.back())) {
    return false;
  }
  size_t i = 1;
  size_t j = 1;
  while (j < long_units.size()) {
    if (i < short_units.size() && short_units[i] == long_units[j]) {
      ++i;
      ++j;
    } else if (j + 1 < long_units.size() &&
               (IsPatronymicUnit(long_units[j]) ||
                (long_units[j] == *family && j + 2 == long_units.size()))) {
      j += 2;  // "bn X" or the final "Al X" left out
    } else {
      break;
    }
  }
  if (j == long_units.size() && i == short_units.size()) return true;
  return IsMiddleNameFormOf(short_units, long_units);
}

bool IsMiddleNameFormOf(const std::vector<std::string>& short_units,
                        const std::vector<std::string>& long_units) {
  if (short_units.size() != 2 || long_units.size() < 3 ||
      long_units.size() > 2 + kMaxMiddleNames ||
      short_units[0] != long_units[0] || IsPatronymicUnit(short_units[0]) ||
      IsPatronymicUnit(short_units[1]) ||
      LetterCount(short_units[1]) < kMinShortNameLetters) {
    return false;
  }
  for (size_t j = 1; j + 1 < long_units.size(); ++j) {
    if (IsPatronymicUnit(long_units[j])) return false;
  }
  return SameSurname(short_units[1], long_units.back());
}

std::string WordSkeleton(std::string_view folded) {
  const std::u32string w = Decode(folded);
  std::u32string skeleton;
  for (size_t i = 0; i < w.size(); ++i) {
    // Ghayn as jim: words that differ by the two share a key.
    const char32_t c = w[i] == kGhain ? kJeem : w[i];
    if (i == 0 || !IsLongVowel(c)) skeleton.push_back(c);
  }
  if (w.size() >= 2) skeleton.push_back(w.back());  // last letter kept too
  return Encode(skeleton);
}

size_t HamzaCount(std::string_view display) {
  size_t n = 0;
  for (size_t i = 0; i < display.size();) {
    const DecodedChar d = DecodeUtf8(display, i);
    i += d.length;
    if (d.code_point >= kHamza && d.code_point <= kYehHamza) ++n;
  }
  return n;
}

void CliticCandidates(const NameWord& word, std::string_view before,
                      std::vector<CliticCandidate>* out) {
  out->clear();
  const std::u32string w = Decode(word.display);
  // Folded letters for the tests; display letters are kept for the output.
  std::u32string f;
  for (char32_t c : w) f.push_back(FoldChar(c) == 0 ? c : FoldChar(c));
  const std::u32string b = [&] {
    std::u32string folded;
    for (char32_t c : Decode(before)) {
      if (FoldChar(c) != 0) folded.push_back(FoldChar(c));
    }
    return folded;
  }();
  // Byte length of the first k code points of the display form.
  auto bytes_of = [&](size_t k) {
    return static_cast<uint32_t>(
        Encode(std::u32string_view(w).substr(0, k)).size());
  };
  const std::u32string kArticle = {kAlef, kLam};
  // 1. li + al- written "ll": the tagger cut the first lam off (before is
  // "l", "wl" or "fl" and the word starts with the article's lam), or the
  // word still has both.
  const bool cut_ll =
      (b == std::u32string{kLam} || b == std::u32string{kWaw, kLam} ||
       b == std::u32string{kFeh, kLam}) &&
      f.size() >= 4 && f[0] == kLam;
  if (cut_ll) {
    out->push_back({CliticCandidate::kLlRestored,
                    Encode(std::u32string(1, kAlef) + w), 0});
  } else {
    size_t k = 0;
    if (f.size() > k && (f[k] == kWaw || f[k] == kFeh)) ++k;
    if (f.size() >= k + 5 && f[k] == kLam && f[k + 1] == kLam) {
      out->push_back({CliticCandidate::kLlRestored,
                      Encode(kArticle + w.substr(k + 2)), bytes_of(k + 1)});
    }
  }
  // 2. Conjunction and/or preposition before the article.
  {
    size_t k = 0;
    if (f.size() > k && (f[k] == kWaw || f[k] == kFeh)) ++k;
    if (f.size() > k && (f[k] == kBeh || f[k] == kKaf)) ++k;
    if (k > 0 && f.size() >= k + 2 + 3 && f[k] == kAlef && f[k + 1] == kLam) {
      out->push_back(
          {CliticCandidate::kPrepArticle, Encode(w.substr(k)), bytes_of(k)});
    }
  }
  // 3. Conjunction and/or preposition before a bare name; shortest strip
  // first.
  {
    size_t k = 0;
    if (f.size() > k && (f[k] == kWaw || f[k] == kFeh)) {
      ++k;
      if (f.size() >= k + kMinCliticRestLetters) {
        out->push_back(
            {CliticCandidate::kProclitic, Encode(w.substr(k)), bytes_of(k)});
      }
    }
    if (f.size() > k && (f[k] == kBeh || f[k] == kKaf || f[k] == kLam)) {
      ++k;
      if (f.size() >= k + kMinCliticRestLetters) {
        out->push_back(
            {CliticCandidate::kProclitic, Encode(w.substr(k)), bytes_of(k)});
      }
    }
  }
}

bool ReadsCutArticle(const std::vector<CliticCandidate>& candidates) {
  return std::any_of(
      candidates.begin(), candidates.end(), [](const CliticCandidate& c) {
        return c.kind == CliticCandidate::kLlRestored && c.skip == 0;
      });
}

std::string_view TokenPrefixBefore(std::string_view text, uint32_t pos,
                                   size_t max_bytes) {
  size_t begin = pos;
  while (begin > 0 && pos - begin < max_bytes) {
    // Step back one character.
    size_t prev = begin - 1;
    while (prev > 0 && !IsUtf8Boundary(text, prev)) --prev;
    const DecodedChar d = DecodeUtf8(text, prev);
    if (!d.valid || prev + d.length != begin || IsSeparator(d.code_point)) {
      break;
    }
    if (pos - prev > max_bytes) break;
    begin = prev;
  }
  return text.substr(begin, pos - begin);
}

void RewriteMentions(const std::vector<EntityMention>& mentions,
                     const std::vector<char>& dropped,
                     const std::vector<ByteSpan>& spans,
                     const std::vector<EntityType>* types,
                     std::vector<EntityMention>* out) {
  out->clear();
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (dropped[i]) continue;
    EntityMention& m = out->emplace_back(mentions[i]);
    // A span that now starts elsewhere has another first word.
    if (spans[i].begin != m.span.begin) m.whole_first_word = false;
    m.span = spans[i];
    if (types != nullptr) m.type = (*types)[i];
  }
}

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string StableEntityId(EntityType type, std::string_view key) {
  std::string input(EntityTypeName(type));
  input.push_back('\t');
  input.append(key);
  const uint64_t h = Fnv1a64(input);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id(16, '0');
  for (int i = 15, shift = 0; i >= 0; --i, shift += 4) {
    id[i] = kHex[(h >> shift) & 0xF];
  }
  return id;
}

}  // namespace khabar
