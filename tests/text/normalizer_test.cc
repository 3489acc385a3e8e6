// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/normalizer.h"

#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "golden_table.h"
#include "gtest/gtest.h"
#include "khabar/alignment.h"
#include "khabar/tokenizer.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

using golden::EscapeForDisplay;

// ---------------------------------------------------------------------------
// Helpers

// Parses the options column of normalize.tsv: a level, then +switch/-switch.
StatusOr<NormalizerOptions> ParseOptions(std::string_view spec) {
  std::istringstream in{std::string(spec)};
  std::string word;
  in >> word;
  StatusOr<NormalizationLevel> level = ParseNormalizationLevel(word);
  if (!level.ok()) return level.status();
  NormalizerOptions o = NormalizerOptions::ForLevel(*level);
  while (in >> word) {
    if (word.size() < 2 || (word[0] != '+' && word[0] != '-')) {
      return InvalidArgumentError("bad switch " + word);
    }
    const bool on = word[0] == '+';
    const std::string name = word.substr(1);
    if (name == "ascii_digits") {
      o.ascii_digits = on;
    } else if (name == "unify_quotes") {
      o.unify_quotes = on;
    } else if (name == "collapse_whitespace") {
      o.collapse_whitespace = on;
    } else if (name == "fold_teh_marbuta") {
      o.fold_teh_marbuta = on;
    } else if (name == "fold_alef_maksura") {
      o.fold_alef_maksura = on;
    } else if (name == "fold_latin_case") {
      o.fold_latin_case = on;
    } else {
      return InvalidArgumentError("unknown switch " + name);
    }
  }
  return o;
}

std::unique_ptr<const Normalizer> MakeNormalizer(
    const NormalizerOptions& options) {
  StatusOr<std::unique_ptr<const Normalizer>> n = Normalizer::Create(options);
  EXPECT_TRUE(n.ok()) << n.status().ToString();
  return n.ok() ? *std::move(n) : nullptr;
}

std::unique_ptr<const Normalizer> MakeNormalizer(NormalizationLevel level) {
  return MakeNormalizer(NormalizerOptions::ForLevel(level));
}

std::string NormalizeOrDie(const Normalizer& n, std::string_view text) {
  StatusOr<NormalizedText> out = n.Normalize(text);
  EXPECT_TRUE(out.ok()) << out.status().ToString();
  return out.ok() ? out->text : std::string();
}

bool OptionOn(const NormalizerOptions& o, const std::string& name) {
  if (name.empty()) return true;
  if (name == "ascii_digits") return o.ascii_digits;
  if (name == "unify_quotes") return o.unify_quotes;
  if (name == "collapse_whitespace") return o.collapse_whitespace;
  if (name == "fold_teh_marbuta") return o.fold_teh_marbuta;
  if (name == "fold_alef_maksura") return o.fold_alef_maksura;
  if (name == "fold_latin_case") return o.fold_latin_case;
  return false;
}

// Code points the normalizer may drop under `o`, from the documented rule
// tables (delete rows, and whitespace when collapsing).
std::set<char32_t> DroppableCodePoints(const NormalizerOptions& o) {
  std::set<char32_t> out;
  for (const NormalizationRule& r : Normalizer::Rules()) {
    if (r.level == NormalizationLevel::kSearch &&
        o.level != NormalizationLevel::kSearch) {
      continue;
    }
    if (!OptionOn(o, r.option)) continue;
    if (r.action == "delete" || r.action == "zwj" ||
        (o.collapse_whitespace &&
         (r.action == "space" || r.action == "linebreak"))) {
      out.insert(r.from);
    }
  }
  return out;
}

std::string CodePointName(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

// Checks the documented properties of an alignment map (include/khabar/
// alignment.h): segments sorted and disjoint, ToOriginalBegin monotone over
// every normalized character boundary, the whole text mapping to the first
// and last kept original bytes, and every original byte either inside a
// segment or in a gap made only of droppable characters.
::testing::AssertionResult AlignmentIsSound(std::string_view original,
                                            const NormalizedText& n,
                                            const NormalizerOptions& o) {
  const AlignmentMap& map = n.alignment;
  const auto fail = [&]() {
    return ::testing::AssertionFailure()
           << "original \"" << EscapeForDisplay(original) << "\" normalized \""
           << EscapeForDisplay(n.text) << "\": ";
  };
  if (map.original_size() != original.size()) {
    return fail() << "original_size " << map.original_size();
  }
  if (map.normalized_size() != n.text.size()) {
    return fail() << "normalized_size " << map.normalized_size();
  }
  const auto& segs = map.segments();
  if (!n.text.empty() && (segs.empty() || segs[0].normalized_begin != 0)) {
    return fail() << "first segment does not start at 0";
  }
  for (size_t i = 0; i < segs.size(); ++i) {
    if (segs[i].original_begin > segs[i].original_end ||
        segs[i].original_end > original.size()) {
      return fail() << "segment " << i << " out of bounds";
    }
    if (segs[i].normalized_begin > n.text.size()) {
      return fail() << "segment " << i << " starts past the text";
    }
    if (i > 0 && (segs[i - 1].normalized_begin >= segs[i].normalized_begin ||
                  segs[i - 1].original_end > segs[i].original_begin)) {
      return fail() << "segments " << i - 1 << " and " << i
                    << " unsorted or overlapping";
    }
  }
  // Monotone over every normalized character boundary.
  uint32_t prev = 0;
  for (uint32_t p = 0; p <= n.text.size(); ++p) {
    if (!IsUtf8Boundary(n.text, p)) continue;
    const uint32_t b = map.ToOriginalBegin(p);
    if (b < prev) {
      return fail() << "ToOriginalBegin(" << p << ") = " << b << " < " << prev;
    }
    if (b > original.size()) return fail() << "ToOriginalBegin past the end";
    prev = b;
  }
  // Gaps hold only droppable characters.
  const std::set<char32_t> droppable = DroppableCodePoints(o);
  std::vector<bool> covered(original.size(), false);
  for (const auto& s : segs) {
    for (uint32_t i = s.original_begin; i < s.original_end; ++i) {
      covered[i] = true;
    }
  }
  size_t first_kept = original.size(), last_kept_end = 0;
  for (size_t i = 0; i < original.size();) {
    const DecodedChar c = DecodeUtf8(original, i);
    const bool dropped = !covered[i];
    for (uint32_t k = 1; k < c.length; ++k) {
      if (covered[i + k] == dropped) {
        return fail() << "a segment boundary splits the character at " << i;
      }
    }
    if (dropped && (!c.valid || droppable.count(c.code_point) == 0)) {
      return fail() << "byte " << i << " (" << CodePointName(c.code_point)
                    << ") is in a gap but is not droppable";
    }
    if (!dropped && !droppable.count(c.code_point)) {
      if (first_kept == original.size()) first_kept = i;
      last_kept_end = i + c.length;
    }
    i += c.length;
  }
  if (!n.text.empty()) {
    const ByteSpan all =
        map.ToOriginal({0, static_cast<uint32_t>(n.text.size())});
    // The whole normalized text maps to the first through the last kept
    // visible byte (collapsed whitespace inside is covered, never at the
    // ends because leading/trailing whitespace is trimmed).
    if (o.collapse_whitespace &&
        (all.begin != first_kept || all.end != last_kept_end)) {
      return fail() << "ToOriginal(all) = [" << all.begin << "," << all.end
                    << ") but kept bytes are [" << first_kept << ","
                    << last_kept_end << ")";
    }
  } else if (o.collapse_whitespace && first_kept != original.size()) {
    return fail() << "empty output but byte " << first_kept << " is kept";
  }
  return ::testing::AssertionSuccess();
}

bool IsQuoteToken(std::string_view t) {
  return t == "\xC2\xAB" || t == "\xC2\xBB";
}

// Round trip: every token of the normalized text maps back to an original
// span whose normalization is that token. Quotation marks take their
// direction from context, so a lone one may flip; it must stay a quote.
::testing::AssertionResult RoundTripsTokens(const Normalizer& normalizer,
                                            std::string_view original,
                                            const NormalizedText& n) {
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  const Status s = tokenizer.Tokenize(n.text, &tokens);
  if (!s.ok()) return ::testing::AssertionFailure() << s.ToString();
  for (const Token& t : tokens) {
    const std::string_view norm_token =
        std::string_view(n.text).substr(t.span.begin, t.span.size());
    const ByteSpan o = n.alignment.ToOriginal(t.span);
    if (o.end > original.size() || o.begin > o.end) {
      return ::testing::AssertionFailure() << "span out of bounds";
    }
    const std::string_view slice = original.substr(o.begin, o.size());
    StatusOr<NormalizedText> again = normalizer.Normalize(slice);
    if (!again.ok()) {
      return ::testing::AssertionFailure() << again.status().ToString();
    }
    const bool same = again->text == norm_token ||
                      (IsQuoteToken(norm_token) && IsQuoteToken(again->text));
    if (!same) {
      return ::testing::AssertionFailure()
             << "token \"" << EscapeForDisplay(norm_token) << "\" at ["
             << t.span.begin << "," << t.span.end << ") maps to original \""
             << EscapeForDisplay(slice) << "\" which normalizes to \""
             << EscapeForDisplay(again->text) << "\"";
    }
  }
  return ::testing::AssertionSuccess();
}

std::string SeedArticle() {
  StatusOr<std::string> text = golden::ReadFile(std::string(KHABAR_SOURCE_DIR) +
                                                "/data/samples/seed.txt");
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return text.ok() ? *text : std::string();
}

// Every input of the three golden tables plus the seed article.
std::vector<std::string> AllGoldenInputs() {
  std::vector<std::string> inputs;
  const auto add = [&](std::string_view table, size_t columns, size_t col) {
    auto rows = golden::ReadTable(table, columns);
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    if (!rows.ok()) return;
    for (const golden::Row& r : *rows) inputs.push_back(r.cells[col]);
  };
  add("text/normalize.tsv", 4, 2);
  add("text/tokenize.tsv", 4, 1);
  add("text/sentences.tsv", 4, 2);
  inputs.push_back(SeedArticle());
  return inputs;
}

// ---------------------------------------------------------------------------
// Golden table

TEST(NormalizerTest, GoldenTable) {
  auto rows = golden::ReadTable("text/normalize.tsv", 4);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  std::map<std::string, std::unique_ptr<const Normalizer>> cache;
  for (const golden::Row& row : *rows) {
    const std::string& id = row.cells[0];
    const std::string& spec = row.cells[1];
    SCOPED_TRACE(row.Where() + " " + id + " [" + spec + "]");
    StatusOr<NormalizerOptions> options = ParseOptions(spec);
    ASSERT_TRUE(options.ok()) << options.status().ToString();
    auto& normalizer = cache[spec];
    if (normalizer == nullptr) normalizer = MakeNormalizer(*options);
    ASSERT_NE(normalizer, nullptr);
    StatusOr<NormalizedText> out = normalizer->Normalize(row.cells[2]);
    ASSERT_TRUE(out.ok()) << out.status().ToString();
    EXPECT_TRUE(golden::SameText(out->text, row.cells[3]));
    EXPECT_TRUE(AlignmentIsSound(row.cells[2], *out, *options));
    EXPECT_TRUE(RoundTripsTokens(*normalizer, row.cells[2], *out));
    // Idempotent under the row's own options.
    EXPECT_TRUE(
        golden::SameText(NormalizeOrDie(*normalizer, out->text), out->text));
  }
}

TEST(NormalizerTest, GoldenTableCoversLuceneCases) {
  auto rows = golden::ReadTable("text/normalize.tsv", 4);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  int lucene = 0;
  for (const golden::Row& row : *rows) {
    if (row.cells[0].rfind("lucene:", 0) == 0) {
      ++lucene;
      EXPECT_EQ(row.cells[1], "search") << row.Where();
    }
  }
  EXPECT_EQ(lucene, 14);
}

// ---------------------------------------------------------------------------
// Properties over real text

TEST(NormalizerTest, SeedArticleAlignmentIsSoundAndRoundTrips) {
  const std::string seed = SeedArticle();
  ASSERT_GT(seed.size(), 5000u);
  for (NormalizationLevel level :
       {NormalizationLevel::kDisplay, NormalizationLevel::kSearch}) {
    SCOPED_TRACE(std::string(NormalizationLevelName(level)));
    const NormalizerOptions o = NormalizerOptions::ForLevel(level);
    auto normalizer = MakeNormalizer(o);
    ASSERT_NE(normalizer, nullptr);
    StatusOr<NormalizedText> out = normalizer->Normalize(seed);
    ASSERT_TRUE(out.ok());
    EXPECT_TRUE(AlignmentIsSound(seed, *out, o));
    EXPECT_TRUE(RoundTripsTokens(*normalizer, seed, *out));
    // The paragraphs stay paragraphs; no line of the article is lost.
    EXPECT_NE(out->text.find("\n\n"), std::string::npos);
    EXPECT_EQ(out->text.find("\n\n\n"), std::string::npos);
    EXPECT_EQ(out->text.find("  "), std::string::npos);
  }
}

TEST(NormalizerTest, IdempotentOnAllGoldenInputsAtBothLevels) {
  const std::vector<std::string> inputs = AllGoldenInputs();
  ASSERT_GT(inputs.size(), 50u);
  for (NormalizationLevel level :
       {NormalizationLevel::kDisplay, NormalizationLevel::kSearch}) {
    NormalizerOptions all_on = NormalizerOptions::ForLevel(level);
    all_on.ascii_digits = true;
    for (const NormalizerOptions& o :
         {NormalizerOptions::ForLevel(level), all_on}) {
      auto normalizer = MakeNormalizer(o);
      ASSERT_NE(normalizer, nullptr);
      for (const std::string& in : inputs) {
        const std::string once = NormalizeOrDie(*normalizer, in);
        const std::string twice = NormalizeOrDie(*normalizer, once);
        EXPECT_TRUE(golden::SameText(twice, once))
            << NormalizationLevelName(level) << " of \""
            << EscapeForDisplay(in.substr(0, 200)) << "\"";
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Every rule of the tables, applied to a character in context

std::string Utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

TEST(NormalizerTest, EveryRuleAppliesInContextAndIsIdempotent) {
  const std::vector<NormalizationRule>& rules = Normalizer::Rules();
  ASSERT_GT(rules.size(), 500u);  // rules.tsv + presentation forms
  const std::string beh = "\u0628";
  std::map<int, std::unique_ptr<const Normalizer>> normalizers;
  // Each level with every switch on, and each level with its defaults.
  for (int level = 0; level < 2; ++level) {
    NormalizerOptions o =
        NormalizerOptions::ForLevel(static_cast<NormalizationLevel>(level));
    normalizers[level * 2] = MakeNormalizer(o);
    o.ascii_digits = true;
    normalizers[level * 2 + 1] = MakeNormalizer(o);
  }
  int checked = 0;
  for (const NormalizationRule& r : rules) {
    SCOPED_TRACE(std::string(NormalizationLevelName(r.level)) + " " + r.action +
                 " " + CodePointName(r.from) + " " + r.name);
    const std::string from = Utf8(std::u32string(1, r.from));
    const std::string to = Utf8(r.to);
    // The normalizer of the rule's own level with every switch on.
    const Normalizer& own = *normalizers[static_cast<int>(r.level) * 2 + 1];
    struct Context {
      std::string input;
      std::string expected;
    };
    std::vector<Context> contexts;
    if (r.action == "delete") {
      contexts.push_back({beh + from + beh, beh + beh});
      contexts.push_back({"a " + from + "b", "a b"});
    } else if (r.action == "map") {
      contexts.push_back({beh + from + beh, beh + to + beh});
    } else if (r.action == "space") {
      contexts.push_back({beh + from + beh, beh + " " + beh});
      contexts.push_back({beh + " " + from + " " + beh, beh + " " + beh});
    } else if (r.action == "linebreak") {
      contexts.push_back({beh + from + beh, beh + "\n" + beh});
    } else if (r.action == "quote-open") {
      contexts.push_back({beh + " " + from + beh, beh + " \u00ab" + beh});
    } else if (r.action == "quote-close") {
      contexts.push_back({beh + from + " " + beh, beh + "\u00bb " + beh});
    } else if (r.action == "quote-either") {
      contexts.push_back({beh + " " + from + beh, beh + " \u00ab" + beh});
      contexts.push_back({beh + from + " " + beh, beh + "\u00bb " + beh});
    } else if (r.action == "zwj") {
      // Removed between letters, kept between two emoji (one sequence).
      const std::string man = "\U0001F468", girl = "\U0001F467";
      contexts.push_back({beh + from + beh, beh + beh});
      contexts.push_back({man + from + girl, man + from + girl});
    } else if (r.action == "separator") {
      contexts.push_back({"1" + from + "2", "1" + to + "2"});
      contexts.push_back({beh + from + beh, beh + from + beh});
    } else {
      ADD_FAILURE() << "undocumented action " << r.action;
      continue;
    }
    for (const Context& c : contexts) {
      // Presentation forms may decompose to text that the same level
      // normalizes further (a space run, a deleted mark): compare with the
      // normalized expectation, which the level must reach in one pass.
      const std::string got = NormalizeOrDie(own, c.input);
      const std::string want = NormalizeOrDie(own, c.expected);
      EXPECT_TRUE(golden::SameText(got, want))
          << "input \"" << EscapeForDisplay(c.input) << "\"";
      if (r.action != "map" || r.name != "presentation_form") {
        EXPECT_TRUE(golden::SameText(got, c.expected))
            << "input \"" << EscapeForDisplay(c.input) << "\"";
      }
      for (const auto& [key, n] : normalizers) {
        const std::string once = NormalizeOrDie(*n, c.input);
        EXPECT_TRUE(golden::SameText(NormalizeOrDie(*n, once), once))
            << "not idempotent, normalizer " << key;
        // The character alone, and at the ends of a word.
        for (const std::string& s : {from, from + beh, beh + from}) {
          const std::string one = NormalizeOrDie(*n, s);
          EXPECT_TRUE(golden::SameText(NormalizeOrDie(*n, one), one))
              << "not idempotent on \"" << EscapeForDisplay(s)
              << "\", normalizer " << key;
        }
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 500);
}

bool SetOption(NormalizerOptions* o, const std::string& name, bool on) {
  if (name == "ascii_digits") {
    o->ascii_digits = on;
  } else if (name == "unify_quotes") {
    o->unify_quotes = on;
  } else if (name == "collapse_whitespace") {
    o->collapse_whitespace = on;
  } else if (name == "fold_teh_marbuta") {
    o->fold_teh_marbuta = on;
  } else if (name == "fold_alef_maksura") {
    o->fold_alef_maksura = on;
  } else if (name == "fold_latin_case") {
    o->fold_latin_case = on;
  } else {
    return false;
  }
  return true;
}

TEST(NormalizerTest, SwitchedOffRuleDoesNotApply) {
  int checked = 0;
  for (const NormalizationRule& r : Normalizer::Rules()) {
    if (r.option.empty()) continue;
    NormalizerOptions o = NormalizerOptions::ForLevel(r.level);
    ASSERT_TRUE(SetOption(&o, r.option, false))
        << "rule " << r.name << " names an unknown switch " << r.option;
    auto n = MakeNormalizer(o);
    const std::string in =
        "\u0628" + Utf8(std::u32string(1, r.from)) + "\u0628";
    EXPECT_TRUE(golden::SameText(NormalizeOrDie(*n, in), in))
        << r.name << " with " << r.option << " off";
    ++checked;
  }
  EXPECT_GT(checked, 40);
}

// ---------------------------------------------------------------------------
// Specific behaviours

TEST(NormalizerTest, RemovesTatweelKeepsOffsets) {
  // KAF TATWEEL TATWEEL TATWEEL TEH ALEF BEH.
  const std::string in = "\u0643\u0640\u0640\u0640\u062a\u0627\u0628";
  auto n = MakeNormalizer(NormalizationLevel::kDisplay);
  StatusOr<NormalizedText> out = n->Normalize(in);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->text, "\u0643\u062a\u0627\u0628");
  // KAF maps to original bytes [0,2), TEH ALEF BEH to [8,14): the tatweels
  // (bytes 2..8) are a gap.
  EXPECT_EQ(out->alignment.ToOriginal({0, 2}), (ByteSpan{0, 2}));
  EXPECT_EQ(out->alignment.ToOriginal({2, 8}), (ByteSpan{8, 14}));
  EXPECT_EQ(out->alignment.ToOriginal({0, 8}), (ByteSpan{0, 14}));
  EXPECT_EQ(out->alignment.FromOriginal(4), 2u);  // a tatweel: next position
}

TEST(NormalizerTest, KeepsOffsetsOfAFoldedWordAfterDeletedDiacritics) {
  // "muHammadun " with harakat, then ALEF-HAMZA-ABOVE + "Hmd".
  const std::string in =
      "\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f\u064c \u0623\u062d"
      "\u0645\u062f";
  auto n = MakeNormalizer(NormalizationLevel::kSearch);
  StatusOr<NormalizedText> out = n->Normalize(in);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->text, "\u0645\u062d\u0645\u062f \u0627\u062d\u0645\u062f");
  // The second word (normalized [9,17)) is original [19,27).
  EXPECT_EQ(out->alignment.ToOriginal({9, 17}), (ByteSpan{19, 27}));
  // The first word maps to the whole vocalized word, final tanween
  // excluded (it lies in the gap after the last kept letter).
  EXPECT_EQ(out->alignment.ToOriginal({0, 8}), (ByteSpan{0, 16}));
}

TEST(NormalizerTest, ContextRulesLookPastAZwjThatIsDeleted) {
  // "20" in Arabic-Indic digits, the Arabic decimal separator, a ZWJ, "6"
  // (found by the normalizer fuzzer). The ZWJ is deleted, so the separator
  // sits between digits and becomes "." in the first pass, not only when
  // the output is normalized again.
  NormalizerOptions o =
      NormalizerOptions::ForLevel(NormalizationLevel::kDisplay);
  o.ascii_digits = true;
  auto n = MakeNormalizer(o);
  const std::string in = "\u0662\u0660\u066b\u200d6";
  const std::string once = NormalizeOrDie(*n, in);
  EXPECT_EQ(once, "20.6");
  EXPECT_EQ(NormalizeOrDie(*n, once), once);
  // A closing quotation mark followed by a ZWJ and a full stop closes too.
  auto quotes = MakeNormalizer(NormalizationLevel::kDisplay);
  const std::string quoted = "\u0642\u0627\u0644 \"\u0646\u0639\u0645\"\u200d.";
  const std::string q1 = NormalizeOrDie(*quotes, quoted);
  EXPECT_EQ(q1, "\u0642\u0627\u0644 \u00ab\u0646\u0639\u0645\u00bb.");
  EXPECT_EQ(NormalizeOrDie(*quotes, q1), q1);
}

TEST(NormalizerTest, CollapsedWhitespaceMapsToTheWholeRun) {
  const std::string in = "a \t\u00a0 b";  // 1 + 1 + 1 + 2 + 1 bytes + b
  auto n = MakeNormalizer(NormalizationLevel::kDisplay);
  StatusOr<NormalizedText> out = n->Normalize(in);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->text, "a b");
  EXPECT_EQ(out->alignment.ToOriginal({1, 2}), (ByteSpan{1, 6}));
  EXPECT_EQ(out->alignment.ToOriginal({2, 3}), (ByteSpan{6, 7}));
}

TEST(NormalizerTest, LigatureSplitMapsBothLettersToTheLigature) {
  const std::string in = "\u0643\ufefc\u0645";  // kaf, lam-alef final, meem
  auto n = MakeNormalizer(NormalizationLevel::kDisplay);
  StatusOr<NormalizedText> out = n->Normalize(in);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->text, "\u0643\u0644\u0627\u0645");
  EXPECT_EQ(out->alignment.ToOriginal({2, 4}), (ByteSpan{2, 5}));  // lam
  EXPECT_EQ(out->alignment.ToOriginal({4, 6}), (ByteSpan{2, 5}));  // alef
  EXPECT_EQ(out->alignment.ToOriginal({6, 8}), (ByteSpan{5, 7}));  // meem
}

TEST(NormalizerTest, TrimmedTextMapsToFirstAndLastKeptBytes) {
  const std::string in = "  \u200f\u0646\u0635\u0640 \n";
  auto n = MakeNormalizer(NormalizationLevel::kDisplay);
  StatusOr<NormalizedText> out = n->Normalize(in);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->text, "\u0646\u0635");
  // RLM at [2,5), noon at [5,7), sad at [7,9), tatweel [9,11).
  EXPECT_EQ(out->alignment.ToOriginal({0, 4}), (ByteSpan{5, 9}));
}

TEST(NormalizerTest, LevelNamesRoundTrip) {
  EXPECT_EQ(NormalizationLevelName(NormalizationLevel::kDisplay), "display");
  EXPECT_EQ(NormalizationLevelName(NormalizationLevel::kSearch), "search");
  StatusOr<NormalizationLevel> d = ParseNormalizationLevel("display");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(*d, NormalizationLevel::kDisplay);
  StatusOr<NormalizationLevel> s = ParseNormalizationLevel("search");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(*s, NormalizationLevel::kSearch);
  EXPECT_EQ(ParseNormalizationLevel("Search").status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(ParseNormalizationLevel("").status().code(),
            StatusCode::kInvalidArgument);
}

TEST(NormalizerTest, ForLevelDefaults) {
  const NormalizerOptions d =
      NormalizerOptions::ForLevel(NormalizationLevel::kDisplay);
  EXPECT_EQ(d.level, NormalizationLevel::kDisplay);
  EXPECT_FALSE(d.ascii_digits);
  EXPECT_TRUE(d.unify_quotes);
  EXPECT_TRUE(d.collapse_whitespace);
  EXPECT_EQ(d.invalid_utf8, InvalidUtf8Policy::kReplace);
  const NormalizerOptions s =
      NormalizerOptions::ForLevel(NormalizationLevel::kSearch);
  EXPECT_EQ(s.level, NormalizationLevel::kSearch);
  EXPECT_TRUE(s.ascii_digits);
  EXPECT_TRUE(s.unify_quotes);
  EXPECT_TRUE(s.collapse_whitespace);
  EXPECT_TRUE(s.fold_teh_marbuta);
  EXPECT_TRUE(s.fold_alef_maksura);
  EXPECT_TRUE(s.fold_latin_case);
  auto n = MakeNormalizer(s);
  EXPECT_EQ(n->options().level, NormalizationLevel::kSearch);
  EXPECT_TRUE(n->options().ascii_digits);
}

TEST(NormalizerTest, RulesAreDocumentedInFileOrder) {
  const std::vector<NormalizationRule>& rules = Normalizer::Rules();
  ASSERT_FALSE(rules.empty());
  // rules.tsv starts with tatweel; presentation forms come after it.
  EXPECT_EQ(rules.front().name, "tatweel");
  EXPECT_EQ(rules.front().from, U'\u0640');
  EXPECT_EQ(rules.front().action, "delete");
  EXPECT_EQ(rules.front().level, NormalizationLevel::kDisplay);
  bool seen_form = false;
  for (const NormalizationRule& r : rules) {
    EXPECT_FALSE(r.name.empty());
    EXPECT_FALSE(r.reason.empty()) << r.name;
    const bool form = r.name == "presentation_form";
    if (form) {
      seen_form = true;
      EXPECT_TRUE((r.from >= 0xFB50 && r.from <= 0xFDFF) ||
                  (r.from >= 0xFE70 && r.from <= 0xFEFE))
          << std::hex << static_cast<uint32_t>(r.from);
    } else {
      EXPECT_FALSE(seen_form)
          << "rules.tsv row " << r.name << " after the presentation forms";
    }
  }
  EXPECT_TRUE(seen_form);
}

// ---------------------------------------------------------------------------
// Bad and edge-case input

struct BadUtf8 {
  const char* name;
  std::string bytes;
  size_t replacements;
};

std::vector<BadUtf8> BadUtf8Cases() {
  return {
      {"lone_continuation", "\x80", 1}, {"overlong", "\xC0\xAF", 2},
      {"surrogate", "\xED\xA0\x80", 3}, {"above_max", "\xF4\x90\x80\x80", 4},
      {"truncated_at_end", "\xD8", 1},
  };
}

size_t CountReplacements(std::string_view s) {
  size_t count = 0;
  for (size_t p = s.find("\xEF\xBF\xBD"); p != std::string_view::npos;
       p = s.find("\xEF\xBF\xBD", p + 3)) {
    ++count;
  }
  return count;
}

TEST(NormalizerTest, RejectPolicyNamesTheBadByte) {
  for (NormalizationLevel level :
       {NormalizationLevel::kDisplay, NormalizationLevel::kSearch}) {
    NormalizerOptions o = NormalizerOptions::ForLevel(level);
    o.invalid_utf8 = InvalidUtf8Policy::kReject;
    auto n = MakeNormalizer(o);
    for (const BadUtf8& c : BadUtf8Cases()) {
      // 7 bytes of Arabic + space before the bad bytes.
      const std::string in = "\u0646\u0635\u0646 " + c.bytes;
      StatusOr<NormalizedText> out = n->Normalize(in);
      ASSERT_FALSE(out.ok()) << c.name;
      EXPECT_EQ(out.status().code(), StatusCode::kDataLoss) << c.name;
      EXPECT_THAT(out.status().message(), ::testing::HasSubstr("byte 7"))
          << c.name;
    }
  }
}

TEST(NormalizerTest, ReplacePolicyWritesReplacementCharacterKeepsOffsets) {
  for (NormalizationLevel level :
       {NormalizationLevel::kDisplay, NormalizationLevel::kSearch}) {
    const NormalizerOptions o = NormalizerOptions::ForLevel(level);
    auto n = MakeNormalizer(o);
    for (const BadUtf8& c : BadUtf8Cases()) {
      SCOPED_TRACE(c.name);
      const std::string in = "\u0646\u0635 " + c.bytes + " \u0646";
      StatusOr<NormalizedText> out = n->Normalize(in);
      ASSERT_TRUE(out.ok()) << out.status().ToString();
      EXPECT_EQ(CountReplacements(out->text), c.replacements);
      EXPECT_EQ(ValidateUtf8(out->text), Status::Ok());
      // The replacement characters map back onto the bad bytes [5, 5+len).
      const uint32_t first =
          static_cast<uint32_t>(out->text.find("\xEF\xBF\xBD"));
      const uint32_t last =
          static_cast<uint32_t>(out->text.rfind("\xEF\xBF\xBD"));
      EXPECT_EQ(out->alignment.ToOriginal({first, last + 3}),
                (ByteSpan{5, static_cast<uint32_t>(5 + c.bytes.size())}));
      // The last word still maps to the last byte pair.
      const uint32_t size = static_cast<uint32_t>(out->text.size());
      EXPECT_EQ(out->alignment.ToOriginal({size - 2, size}),
                (ByteSpan{static_cast<uint32_t>(in.size() - 2),
                          static_cast<uint32_t>(in.size())}));
    }
  }
}

TEST(NormalizerTest, EmptyInput) {
  for (NormalizationLevel level :
       {NormalizationLevel::kDisplay, NormalizationLevel::kSearch}) {
    auto n = MakeNormalizer(level);
    StatusOr<NormalizedText> out = n->Normalize("");
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->text, "");
    EXPECT_EQ(out->alignment.normalized_size(), 0u);
    EXPECT_EQ(out->alignment.original_size(), 0u);
    EXPECT_EQ(out->alignment.ToOriginal({0, 0}), (ByteSpan{0, 0}));
  }
}

TEST(NormalizerTest, WhitespaceOnlyInputBecomesEmpty) {
  const std::string in = " \t\n\r\n\u00a0\u2003\u2028 ";
  for (NormalizationLevel level :
       {NormalizationLevel::kDisplay, NormalizationLevel::kSearch}) {
    auto n = MakeNormalizer(level);
    StatusOr<NormalizedText> out = n->Normalize(in);
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->text, "");
    EXPECT_EQ(out->alignment.original_size(), in.size());
    const ByteSpan s = out->alignment.ToOriginal({0, 0});
    EXPECT_LE(s.end, in.size());
  }
}

TEST(NormalizerTest, NulBytesAreDeleted) {
  const std::string in("\u0628\0\u0628\0", 6);
  auto n = MakeNormalizer(NormalizationLevel::kDisplay);
  StatusOr<NormalizedText> out = n->Normalize(in);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->text, "\u0628\u0628");
  EXPECT_EQ(out->alignment.ToOriginal({2, 4}), (ByteSpan{3, 5}));
  EXPECT_TRUE(AlignmentIsSound(in, *out, n->options()));
}

TEST(NormalizerTest, OutputBufferIsReusedAcrossCalls) {
  auto n = MakeNormalizer(NormalizationLevel::kSearch);
  NormalizedText out;
  ASSERT_TRUE(n->Normalize("\u0623\u062d\u0645\u062f \u0623\u062d\u0645\u062f "
                           "\u0623\u062d\u0645\u062f",
                           &out)
                  .ok());
  ASSERT_TRUE(n->Normalize("AB", &out).ok());
  EXPECT_EQ(out.text, "ab");
  EXPECT_EQ(out.alignment.original_size(), 2u);
  EXPECT_EQ(out.alignment.ToOriginal({0, 2}), (ByteSpan{0, 2}));
}

TEST(NormalizerTest, TwentyMegabytesOfRealLines) {
  const std::string seed = SeedArticle();
  ASSERT_FALSE(seed.empty());
  std::string big;
  size_t reps = 0;
  while (big.size() < (size_t{20} << 20)) {
    if (!big.empty()) big += "\n\n";
    big += seed;
    ++reps;
  }
  for (NormalizationLevel level :
       {NormalizationLevel::kDisplay, NormalizationLevel::kSearch}) {
    auto n = MakeNormalizer(level);
    const std::string one = NormalizeOrDie(*n, seed);
    StatusOr<NormalizedText> out = n->Normalize(big);
    ASSERT_TRUE(out.ok()) << out.status().ToString();
    // Paragraph-separated copies normalize to paragraph-separated copies.
    ASSERT_EQ(out->text.size(), reps * one.size() + (reps - 1) * 2);
    EXPECT_EQ(out->text.substr(0, one.size()), one);
    EXPECT_EQ(out->text.substr(out->text.size() - one.size()), one);
    // The last copy maps back onto the last copy of the input.
    const uint32_t size = static_cast<uint32_t>(out->text.size());
    const ByteSpan last = out->alignment.ToOriginal(
        {static_cast<uint32_t>(size - one.size()), size});
    EXPECT_EQ(last.end, big.size());
    EXPECT_EQ(last.begin, big.size() - seed.size());
  }
}

}  // namespace
}  // namespace khabar
