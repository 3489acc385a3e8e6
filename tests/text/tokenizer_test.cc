// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/tokenizer.h"

#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "golden_table.h"
#include "gtest/gtest.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

using golden::EscapeForDisplay;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// The one-letter type code of tests/golden/text/tokenize.tsv.
char TypeCode(const Token& t) {
  switch (t.type) {
    case TokenType::kWord:
      switch (t.script) {
        case Script::kArabic:
          return 'A';
        case Script::kLatin:
          return 'L';
        case Script::kMixed:
          return 'M';
        case Script::kOther:
          return 'W';
        case Script::kNone:
          return 'w';
      }
      return '?';
    case TokenType::kNumber:
      return 'N';
    case TokenType::kPunctuation:
      return 'P';
    case TokenType::kSymbol:
      return 'S';
    case TokenType::kUrl:
      return 'U';
    case TokenType::kEmail:
      return 'E';
    case TokenType::kHashtag:
      return 'H';
    case TokenType::kMention:
      return '@';
    case TokenType::kEmoji:
      return 'J';
    case TokenType::kOther:
      return 'O';
  }
  return '?';
}

std::vector<Token> TokenizeOrDie(std::string_view text) {
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  const Status s = tokenizer.Tokenize(text, &tokens);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return tokens;
}

std::vector<std::string> Texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : TokenizeOrDie(text)) {
    out.emplace_back(text.substr(t.span.begin, t.span.size()));
  }
  return out;
}

std::string Types(std::string_view text) {
  std::string out;
  for (const Token& t : TokenizeOrDie(text)) out.push_back(TypeCode(t));
  return out;
}

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

// The documented invariants of a token list over `text` (with `base`).
::testing::AssertionResult TokensAreSound(std::string_view text,
                                          const std::vector<Token>& tokens,
                                          uint32_t base = 0) {
  uint32_t prev_end = base;
  std::vector<bool> covered(text.size(), false);
  // Character starts as the decoder sees them (ill-formed bytes included).
  std::vector<bool> starts(text.size() + 1, false);
  for (size_t i = 0; i < text.size(); i += DecodeUtf8(text, i).length) {
    starts[i] = true;
  }
  starts[text.size()] = true;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.span.begin < prev_end || t.span.end <= t.span.begin ||
        t.span.end > base + text.size()) {
      return ::testing::AssertionFailure()
             << "token " << i << " [" << t.span.begin << "," << t.span.end
             << ") is empty, out of bounds or overlaps the previous one";
    }
    const std::string_view s = text.substr(t.span.begin - base, t.span.size());
    if (!starts[t.span.begin - base] || !starts[t.span.end - base]) {
      return ::testing::AssertionFailure()
             << "token " << i << " splits a character";
    }
    for (char c : s) {
      if (IsAsciiSpace(c)) {
        return ::testing::AssertionFailure()
               << "token " << i << " \"" << EscapeForDisplay(s)
               << "\" contains whitespace";
      }
    }
    if (t.type != TokenType::kWord && t.script != Script::kNone) {
      return ::testing::AssertionFailure()
             << "token " << i << " is not a word but has a script";
    }
    for (uint32_t k = t.span.begin; k < t.span.end; ++k)
      covered[k - base] = true;
    prev_end = t.span.end;
  }
  // Letters and digits are never dropped.
  for (size_t i = 0; i < text.size();) {
    const DecodedChar c = DecodeUtf8(text, i);
    const char32_t cp = c.code_point;
    const bool must = (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
                      (cp >= 'A' && cp <= 'Z') ||
                      (cp >= 0x0621 && cp <= 0x064A) ||
                      (cp >= 0x0660 && cp <= 0x0669) || !c.valid;
    if (must && !covered[i]) {
      return ::testing::AssertionFailure()
             << "byte " << i << " (code point " << static_cast<uint32_t>(cp)
             << ") is in no token";
    }
    i += c.length;
  }
  return ::testing::AssertionSuccess();
}

std::string SeedArticle() {
  StatusOr<std::string> text = golden::ReadFile(std::string(KHABAR_SOURCE_DIR) +
                                                "/data/samples/seed.txt");
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return text.ok() ? *text : std::string();
}

// ---------------------------------------------------------------------------
// Golden table and properties over real text

TEST(TokenizerTest, GoldenTable) {
  auto rows = golden::ReadTable("text/tokenize.tsv", 4);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  for (const golden::Row& row : *rows) {
    SCOPED_TRACE(row.Where() + " " + row.cells[0]);
    const std::string& input = row.cells[1];
    const std::vector<Token> tokens = TokenizeOrDie(input);
    std::string texts, types;
    for (const Token& t : tokens) {
      if (!texts.empty()) texts += ' ';
      texts += input.substr(t.span.begin, t.span.size());
      types.push_back(TypeCode(t));
    }
    ASSERT_EQ(row.cells[2].size() == 0, row.cells[3].size() == 0);
    EXPECT_TRUE(golden::SameText(texts, row.cells[2]));
    EXPECT_EQ(types, row.cells[3]);
    EXPECT_TRUE(TokensAreSound(input, tokens));
  }
}

TEST(TokenizerTest, SpansSliceTheSeedArticleAndGoldenLines) {
  std::vector<std::string> inputs = {SeedArticle()};
  for (auto [table, col] :
       {std::pair<const char*, size_t>{"text/tokenize.tsv", 1},
        {"text/normalize.tsv", 2},
        {"text/sentences.tsv", 2}}) {
    auto rows = golden::ReadTable(table, 4);
    ASSERT_TRUE(rows.ok()) << rows.status().ToString();
    for (const golden::Row& r : *rows) inputs.push_back(r.cells[col]);
  }
  for (const std::string& in : inputs) {
    const std::vector<Token> tokens = TokenizeOrDie(in);
    EXPECT_TRUE(TokensAreSound(in, tokens)) << EscapeForDisplay(in);
  }
  // The seed article has 546 space-separated words, and punctuation.
  EXPECT_GT(TokenizeOrDie(inputs[0]).size(), 600u);
}

TEST(TokenizerTest, BaseIsAddedToEveryOffset) {
  const std::string text = "\u0642\u0627\u0644 \u0643\u064a\u0631\u064a: 20";
  const std::vector<Token> plain = TokenizeOrDie(text);
  Tokenizer tokenizer;
  std::vector<Token> shifted;
  ASSERT_TRUE(tokenizer.Tokenize(text, &shifted, 1000).ok());
  ASSERT_EQ(shifted.size(), plain.size());
  ASSERT_EQ(plain.size(), 4u);
  for (size_t i = 0; i < plain.size(); ++i) {
    EXPECT_EQ(shifted[i].span.begin, plain[i].span.begin + 1000);
    EXPECT_EQ(shifted[i].span.end, plain[i].span.end + 1000);
    EXPECT_EQ(shifted[i].type, plain[i].type);
  }
  EXPECT_TRUE(TokensAreSound(text, shifted, 1000));
}

TEST(TokenizerTest, ClearsTheOutputFirst) {
  Tokenizer tokenizer;
  std::vector<Token> tokens(5);
  ASSERT_TRUE(tokenizer.Tokenize("a b", &tokens).ok());
  EXPECT_EQ(tokens.size(), 2u);
}

// ---------------------------------------------------------------------------
// Words

TEST(TokenizerTest, KeepsCliticsInOneWord) {
  // "wa-Kerry", "bi-Putin", "li-l-Iraq".
  const std::string text =
      "\u0648\u0643\u064a\u0631\u064a \u0628\u0628\u0648"
      "\u062a\u064a\u0646 \u0644\u0644\u0639\u0631\u0627"
      "\u0642";
  EXPECT_THAT(Texts(text), ElementsAre("\u0648\u0643\u064a\u0631\u064a",
                                       "\u0628\u0628\u0648\u062a\u064a\u0646",
                                       "\u0644\u0644\u0639\u0631\u0627\u0642"));
  EXPECT_EQ(Types(text), "AAA");
}

TEST(TokenizerTest, KeepsTatweelAndDiacriticsInsideTheWord) {
  // "hwlanda" with tatweels and a fatha; "la-taqillu" with kasra, shadda.
  const std::string w1 =
      "\u0647\u0640\u0640\u0648\u0644\u064e\u0640\u0646"
      "\u062f\u0627";
  const std::string w2 =
      "\u0644\u0627\u062a\u064e\u0640\u0642\u0650\u0640"
      "\u0644\u0651";
  EXPECT_THAT(Texts(w1 + " " + w2), ElementsAre(w1, w2));
  EXPECT_EQ(Types(w1 + " " + w2), "AA");
}

TEST(TokenizerTest, KeepsJoinersAndBidiMarksInsideAWord) {
  const std::string zwnj = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645";
  const std::string rlm = "ab\u200fcd";
  EXPECT_THAT(Texts(zwnj + " " + rlm), ElementsAre(zwnj, rlm));
}

TEST(TokenizerTest, KeepsCombiningMarksWithLatinLetters) {
  EXPECT_THAT(Texts("Cafe\u0301 ok"), ElementsAre("Cafe\u0301", "ok"));
  EXPECT_EQ(Types("Cafe\u0301 ok"), "LL");
}

TEST(TokenizerTest, ScriptOfWords) {
  EXPECT_EQ(Types("Nintendo"), "L");
  EXPECT_EQ(Types("\u0627\u0644iPhone"), "M");  // "al" + iPhone, one word
  EXPECT_THAT(Texts("\u0627\u0644iPhone"), ElementsAre("\u0627\u0644iPhone"));
  EXPECT_EQ(Types("\u041c\u043e\u0441\u043a\u0432\u0430"), "W");  // Moskva
}

// ---------------------------------------------------------------------------
// Numbers

TEST(TokenizerTest, NumbersKeepDecimalAndThousandsSeparators) {
  const std::string text =
      "5.2 2,509,442 0\u066b58 8769\u066b47 1\u066c000 1102.40";
  EXPECT_THAT(Texts(text),
              ElementsAre("5.2", "2,509,442", "0\u066b58", "8769\u066b47",
                          "1\u066c000", "1102.40"));
  EXPECT_EQ(Types(text), "NNNNNN");
}

TEST(TokenizerTest, ArabicIndicAndPersianDigitsAreNumbers) {
  const std::string text =
      "\u0662\u0664\u0666\u0667 \u06f1\u06f3\u06f9\u06f4 "
      "\u0663\u066b\u0665";
  EXPECT_THAT(Texts(text),
              ElementsAre("\u0662\u0664\u0666\u0667",
                          "\u06f1\u06f3\u06f9\u06f4", "\u0663\u066b\u0665"));
  EXPECT_EQ(Types(text), "NNN");
}

TEST(TokenizerTest, SentencePeriodAndCommaAfterANumberAreNotPartOfIt) {
  EXPECT_THAT(Texts("1979. 20, 3."),
              ElementsAre("1979", ".", "20", ",", "3", "."));
  EXPECT_EQ(Types("1979. 20, 3."), "NPNPNP");
}

TEST(TokenizerTest, PercentAndPlusAroundNumbers) {
  EXPECT_THAT(Texts("2.8% 1 + 5"), ElementsAre("2.8", "%", "1", "+", "5"));
  EXPECT_EQ(Types("2.8% 1 + 5"), "NPNSN");
}

// ---------------------------------------------------------------------------
// URLs, e-mail, hashtags, mentions

TEST(TokenizerTest, UrlsWithSchemeOrWww) {
  const std::string text =
      "http://sabq.org/sabq/user/articles.do?id=897 "
      "https://www.example.com/a/b "
      "www.gdp.gov.sa";
  EXPECT_THAT(Texts(text),
              ElementsAre("http://sabq.org/sabq/user/articles.do?id=897",
                          "https://www.example.com/a/b", "www.gdp.gov.sa"));
  EXPECT_EQ(Types(text), "UUU");
}

TEST(TokenizerTest, UrlExcludesTrailingPunctuation) {
  EXPECT_THAT(Texts("http://www.aljoufedu.gov.sa/."),
              ElementsAre("http://www.aljoufedu.gov.sa/", "."));
  EXPECT_THAT(Texts("(www.nintendo.com)."),
              ElementsAre("(", "www.nintendo.com", ")", "."));
  EXPECT_THAT(Texts("https://x.org/a, \u0648"),
              ElementsAre("https://x.org/a", ",", "\u0648"));
  EXPECT_THAT(Texts("https://x.org/a\u060c \u0648"),
              ElementsAre("https://x.org/a", "\u060c", "\u0648"));
  EXPECT_EQ(Types("http://www.aljoufedu.gov.sa/."), "UP");
}

TEST(TokenizerTest, Emails) {
  const std::string text = "a.khojah@asharqalawsat.com turki@alriyadh.net.";
  EXPECT_THAT(Texts(text), ElementsAre("a.khojah@asharqalawsat.com",
                                       "turki@alriyadh.net", "."));
  EXPECT_EQ(Types(text), "EEP");
}

TEST(TokenizerTest, HashtagsWithArabicAndUnderscore) {
  const std::string tag1 =
      "#\u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629_"
      "\u0627\u0644\u064a\u0648\u0645";
  const std::string tag2 = "#Vision_2030";
  EXPECT_THAT(Texts(tag1 + " " + tag2 + "!"), ElementsAre(tag1, tag2, "!"));
  EXPECT_EQ(Types(tag1 + " " + tag2 + "!"), "HHP");
}

TEST(TokenizerTest, Mentions) {
  EXPECT_THAT(Texts("@pmfhdorg. @emad_Almudaifar"),
              ElementsAre("@pmfhdorg", ".", "@emad_Almudaifar"));
  EXPECT_EQ(Types("@pmfhdorg. @emad_Almudaifar"), "@P@");
}

// ---------------------------------------------------------------------------
// Emoji

TEST(TokenizerTest, EmojiSequencesAreOneToken) {
  const std::string grin = "\U0001F600";
  const std::string family =
      "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466";
  const std::string flag = "\U0001F1F8\U0001F1E6";    // SA
  const std::string thumbs = "\U0001F44D\U0001F3FD";  // medium skin tone
  const std::string heart = "\u2764\ufe0f";
  const std::string keycap = "1\ufe0f\u20e3";
  const std::string text = grin + " " + family + " " + flag + " " + thumbs +
                           " " + heart + " " + keycap;
  EXPECT_THAT(Texts(text),
              ElementsAre(grin, family, flag, thumbs, heart, keycap));
  EXPECT_EQ(Types(text), "JJJJJJ");
}

TEST(TokenizerTest, TwoFlagsInARowAreTwoTokens) {
  const std::string sa = "\U0001F1F8\U0001F1E6";
  const std::string eg = "\U0001F1EA\U0001F1EC";
  EXPECT_THAT(Texts(sa + eg), ElementsAre(sa, eg));
}

TEST(TokenizerTest, EmojiGluedToAWordIsItsOwnToken) {
  const std::string word = "\u0634\u0643\u0631\u0627";
  EXPECT_THAT(Texts(word + "\U0001F64F"), ElementsAre(word, "\U0001F64F"));
  EXPECT_EQ(Types(word + "\U0001F64F"), "AJ");
}

// ---------------------------------------------------------------------------
// Punctuation and symbols

TEST(TokenizerTest, RunsOfTheSameMarkAreOneToken) {
  EXPECT_THAT(
      Texts("\u0645\u0624\u0642\u062a\u0627... \u0627\u0644\u0644\u0647!!"),
      ElementsAre("\u0645\u0624\u0642\u062a\u0627", "...",
                  "\u0627\u0644\u0644\u0647", "!!"));
  EXPECT_EQ(
      Types("\u0645\u0624\u0642\u062a\u0627... \u0627\u0644\u0644\u0647!!"),
      "APAP");
}

TEST(TokenizerTest, ArabicCommaSemicolonAndQuestionMarkEachAToken) {
  const std::string text =
      "\u0646\u0639\u0645\u060c \u0644\u0627\u061b "
      "\u0644\u0645\u0627\u0630\u0627\u061f";
  EXPECT_THAT(
      Texts(text),
      ElementsAre("\u0646\u0639\u0645", "\u060c", "\u0644\u0627", "\u061b",
                  "\u0644\u0645\u0627\u0630\u0627", "\u061f"));
  EXPECT_EQ(Types(text), "APAPAP");
}

TEST(TokenizerTest, QuotesAndBracketsAreSeparateTokens) {
  const std::string text =
      "\u00ab\u062a\u0648\u064a\u062a\u0631\u00bb "
      "(\u064a\u0648\u0646\u064a\u0648) "
      "\u201c\u0627\u0644\u062f\u0648\u0644\u0629\u201d";
  EXPECT_EQ(Types(text), "PAPPAPPAP");
}

TEST(TokenizerTest, SymbolsAreSymbols) {
  EXPECT_EQ(Types("$ \u20ac = | +"), "SSSSS");
}

// ---------------------------------------------------------------------------
// Bad and edge-case input

struct BadUtf8 {
  const char* name;
  std::string bytes;
};

std::vector<BadUtf8> BadUtf8Cases() {
  return {
      {"lone_continuation", "\x80"},    {"overlong", "\xC0\xAF"},
      {"surrogate", "\xED\xA0\x80"},    {"above_max", "\xF4\x90\x80\x80"},
      {"truncated_at_end", "\xE2\x82"},
  };
}

TEST(TokenizerTest, IllFormedUtf8IsAnOtherTokenWithExactOffsets) {
  for (const BadUtf8& c : BadUtf8Cases()) {
    SCOPED_TRACE(c.name);
    const std::string text = "\u0646\u0635 " + c.bytes;  // bad at byte 5
    const std::vector<Token> tokens = TokenizeOrDie(text);
    ASSERT_GE(tokens.size(), 2u);
    EXPECT_EQ(tokens[0].span, (ByteSpan{0, 4}));
    EXPECT_EQ(tokens[0].type, TokenType::kWord);
    // The bad bytes are covered exactly by kOther tokens.
    EXPECT_EQ(tokens[1].span.begin, 5u);
    EXPECT_EQ(tokens.back().span.end, text.size());
    for (size_t i = 1; i < tokens.size(); ++i) {
      EXPECT_EQ(tokens[i].type, TokenType::kOther);
    }
    EXPECT_TRUE(TokensAreSound(text, tokens));
    // And a word after it is still found, with its own offsets.
    const std::string more = text + " \u0646";
    const std::vector<Token> t2 = TokenizeOrDie(more);
    ASSERT_FALSE(t2.empty());
    EXPECT_EQ(t2.back().span, (ByteSpan{static_cast<uint32_t>(more.size() - 2),
                                        static_cast<uint32_t>(more.size())}));
    EXPECT_EQ(t2.back().type, TokenType::kWord);
  }
}

TEST(TokenizerTest, ReplacementCharacterIsAnOtherToken) {
  EXPECT_EQ(Types("a \ufffd b"), "LOL");
}

TEST(TokenizerTest, RejectPolicyNamesTheBadByte) {
  TokenizerOptions o;
  o.invalid_utf8 = InvalidUtf8Policy::kReject;
  Tokenizer tokenizer(o);
  EXPECT_EQ(tokenizer.options().invalid_utf8, InvalidUtf8Policy::kReject);
  for (const BadUtf8& c : BadUtf8Cases()) {
    std::vector<Token> tokens;
    const Status s = tokenizer.Tokenize("\u0646\u0635 " + c.bytes, &tokens);
    EXPECT_EQ(s.code(), StatusCode::kDataLoss) << c.name;
    EXPECT_THAT(s.message(), HasSubstr("byte 5")) << c.name;
  }
  std::vector<Token> tokens;
  EXPECT_TRUE(tokenizer.Tokenize("\u0646\u0635", &tokens).ok());
  EXPECT_EQ(tokens.size(), 1u);
}

TEST(TokenizerTest, NulBytesDoNotBreakOffsets) {
  const std::string text("ab\0cd \0\u0646", 9);
  const std::vector<Token> tokens = TokenizeOrDie(text);
  EXPECT_TRUE(TokensAreSound(text, tokens));
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens.back().span.end, 9u);
}

TEST(TokenizerTest, EmptyAndWhitespaceOnlyInputHaveNoTokens) {
  EXPECT_TRUE(TokenizeOrDie("").empty());
  EXPECT_TRUE(TokenizeOrDie(" \t\n\r\n\u00a0\u2003 ").empty());
}

TEST(TokenizerTest, TwentyMegabytesOfRealLines) {
  const std::string seed = SeedArticle();
  ASSERT_FALSE(seed.empty());
  const size_t per_copy = TokenizeOrDie(seed).size();
  std::string big;
  size_t reps = 0;
  while (big.size() < (size_t{20} << 20)) {
    big += seed;
    big += '\n';
    ++reps;
  }
  const std::vector<Token> tokens = TokenizeOrDie(big);
  EXPECT_EQ(tokens.size(), reps * per_copy);
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens.back().span.end, big.size() - 1);
}

TEST(TokenizerTest, TypeAndScriptNames) {
  EXPECT_EQ(TokenTypeName(TokenType::kWord), "word");
  EXPECT_EQ(TokenTypeName(TokenType::kNumber), "number");
  EXPECT_EQ(TokenTypeName(TokenType::kUrl), "url");
  EXPECT_EQ(TokenTypeName(TokenType::kEmail), "email");
  EXPECT_EQ(TokenTypeName(TokenType::kHashtag), "hashtag");
  EXPECT_EQ(TokenTypeName(TokenType::kMention), "mention");
  EXPECT_EQ(TokenTypeName(TokenType::kEmoji), "emoji");
  EXPECT_EQ(TokenTypeName(TokenType::kOther), "other");
  EXPECT_EQ(ScriptName(Script::kArabic), "arabic");
  EXPECT_EQ(ScriptName(Script::kLatin), "latin");
  EXPECT_EQ(ScriptName(Script::kMixed), "mixed");
  EXPECT_EQ(ScriptName(Script::kNone), "none");
  EXPECT_EQ(ScriptName(Script::kOther), "other");
}

}  // namespace
}  // namespace khabar
