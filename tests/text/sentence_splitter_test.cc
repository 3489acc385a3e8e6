// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/sentence_splitter.h"

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "golden_table.h"
#include "gtest/gtest.h"
#include "khabar/tokenizer.h"

namespace khabar {
namespace {

using golden::EscapeForDisplay;
using ::testing::ElementsAre;

StatusOr<SentenceSplitterOptions> ParseOptions(std::string_view spec) {
  SentenceSplitterOptions o;
  if (spec == "-") return o;
  std::istringstream in{std::string(spec)};
  std::string word;
  while (in >> word) {
    if (word == "no_line_breaks") {
      o.split_on_line_breaks = false;
    } else if (word.rfind("max_tokens=", 0) == 0) {
      o.max_tokens = static_cast<uint32_t>(std::stoul(word.substr(11)));
    } else {
      return InvalidArgumentError("unknown option " + word);
    }
  }
  return o;
}

std::vector<Token> TokenizeOrDie(std::string_view text, uint32_t base = 0) {
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  const Status s = tokenizer.Tokenize(text, &tokens, base);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return tokens;
}

std::vector<Sentence> SplitOrDie(std::string_view text,
                                 const std::vector<Token>& tokens,
                                 const SentenceSplitterOptions& o = {}) {
  SentenceSplitter splitter(o);
  std::vector<Sentence> sentences;
  const Status s = splitter.Split(text, tokens, &sentences);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return sentences;
}

std::vector<std::string> Sentences(std::string_view text,
                                   const SentenceSplitterOptions& o = {}) {
  std::vector<std::string> out;
  for (const Sentence& s : SplitOrDie(text, TokenizeOrDie(text), o)) {
    out.emplace_back(text.substr(s.span.begin, s.span.size()));
  }
  return out;
}

// Sentences partition the tokens in order; each span runs from its first
// token's begin to its last token's end; no sentence exceeds max_tokens.
::testing::AssertionResult SentencesAreSound(
    const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
    uint32_t max_tokens) {
  uint32_t next = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    if (s.token_begin != next || s.token_end <= s.token_begin ||
        s.token_end > tokens.size()) {
      return ::testing::AssertionFailure()
             << "sentence " << i << " tokens [" << s.token_begin << ","
             << s.token_end << ") do not continue at " << next;
    }
    if (s.token_end - s.token_begin > max_tokens) {
      return ::testing::AssertionFailure()
             << "sentence " << i << " has " << s.token_end - s.token_begin
             << " tokens";
    }
    const ByteSpan want = {tokens[s.token_begin].span.begin,
                           tokens[s.token_end - 1].span.end};
    if (!(s.span == want)) {
      return ::testing::AssertionFailure()
             << "sentence " << i << " span [" << s.span.begin << ","
             << s.span.end << ") != [" << want.begin << "," << want.end << ")";
    }
    next = s.token_end;
  }
  if (next != tokens.size()) {
    return ::testing::AssertionFailure()
           << "tokens from " << next << " are in no sentence";
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
// Golden table and properties

TEST(SentenceSplitterTest, GoldenTable) {
  auto rows = golden::ReadTable("text/sentences.tsv", 4);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  for (const golden::Row& row : *rows) {
    SCOPED_TRACE(row.Where() + " " + row.cells[0]);
    StatusOr<SentenceSplitterOptions> o = ParseOptions(row.cells[1]);
    ASSERT_TRUE(o.ok()) << o.status().ToString();
    const std::string& input = row.cells[2];
    const std::vector<Token> tokens = TokenizeOrDie(input);
    const std::vector<Sentence> sentences = SplitOrDie(input, tokens, *o);
    std::string got;
    for (const Sentence& s : sentences) {
      if (!got.empty()) got += " || ";
      got += input.substr(s.span.begin, s.span.size());
    }
    EXPECT_TRUE(golden::SameText(got, row.cells[3]));
    EXPECT_TRUE(SentencesAreSound(tokens, sentences, o->max_tokens));
  }
}

TEST(SentenceSplitterTest, SentencesPartitionTheTokensOfRealText) {
  std::vector<std::string> inputs = {SeedArticle()};
  for (auto [table, col] :
       {std::pair<const char*, size_t>{"text/tokenize.tsv", 1},
        {"text/normalize.tsv", 2}}) {
    auto rows = golden::ReadTable(table, 4);
    ASSERT_TRUE(rows.ok()) << rows.status().ToString();
    for (const golden::Row& r : *rows) inputs.push_back(r.cells[col]);
  }
  for (const std::string& in : inputs) {
    const std::vector<Token> tokens = TokenizeOrDie(in);
    EXPECT_TRUE(SentencesAreSound(tokens, SplitOrDie(in, tokens),
                                  kMaxTokensPerSentence))
        << EscapeForDisplay(in.substr(0, 200));
  }
}

TEST(SentenceSplitterTest, SeedArticleHeadlineAndCaptionAreSentences) {
  const std::string seed = SeedArticle();
  const std::vector<std::string> s = Sentences(seed);
  ASSERT_GT(s.size(), 20u);
  // Line 1 (the headline) and line 7 (a photo caption) have no punctuation.
  EXPECT_EQ(s[0], seed.substr(0, seed.find('\n')));
  const std::string caption =
      "\u062e\u0627\u0645\u0646\u0626\u064a \u0639\u0646\u062f \u062e\u0631"
      "\u0648\u062c\u0647 \u0645\u0646 \u0627\u0644\u0645\u0633\u062a\u0634"
      "\u0641\u0649 \u062d\u064a\u062b \u062e\u0636\u0639 \u0644\u0639\u0645"
      "\u0644\u064a\u0629 \u062c\u0631\u0627\u062d\u064a\u0629";
  EXPECT_THAT(s, ::testing::Contains(caption));
  // The last line, the comments widget label, is its own sentence.
  EXPECT_EQ(s.back(), "\u0627\u0644\u062a\u0639\u0644\u064a\u0642\u0627\u062a");
}

// ---------------------------------------------------------------------------
// Behaviours of the header comment

TEST(SentenceSplitterTest, EachTerminatorEndsASentence) {
  const std::string w = "\u0646\u0639\u0645";  // a word
  for (const char* term : {".", "!", "?", "\u061f", "\u2026", "\u06d4"}) {
    const std::string text = w + term + " " + w + term;
    EXPECT_THAT(Sentences(text), ElementsAre(w + term, w + term))
        << EscapeForDisplay(term);
  }
}

TEST(SentenceSplitterTest, TerminatorGluedToTextDoesNotEnd) {
  // A terminator must be followed by whitespace or the end of the text.
  EXPECT_THAT(Sentences("Yes!No"), ElementsAre("Yes!No"));
}

TEST(SentenceSplitterTest, ClosingQuoteAfterTerminatorStaysInTheSentence) {
  const std::string a =
      "\u0642\u0627\u0644: \u00ab\u0627\u0646\u062a\u0647"
      "\u0649.\u00bb";
  const std::string b = "\u062b\u0645 \u0630\u0647\u0628.";
  EXPECT_THAT(Sentences(a + " " + b), ElementsAre(a, b));
  const std::string c = "He said: \"Done.\"";
  EXPECT_THAT(Sentences(c + " " + b), ElementsAre(c, b));
  const std::string d = "(\u0627\u0646\u062a\u0647\u0649!)";
  EXPECT_THAT(Sentences(d + " " + b), ElementsAre(d, b));
}

TEST(SentenceSplitterTest, DecimalsDoNotSplit) {
  const std::string text =
      "\u0628\u0644\u063a 5.2 \u0645\u0644\u064a\u0627"
      "\u0631 \u0648 0\u066b58 \u0646\u0642\u0637\u0629.";
  EXPECT_THAT(Sentences(text), ElementsAre(text));
}

TEST(SentenceSplitterTest, InitialsDoNotSplit) {
  EXPECT_THAT(Sentences("William A. Fraker directed it."),
              ElementsAre("William A. Fraker directed it."));
  const std::string arabic =
      "\u0627\u0644\u0646\u0627\u0626\u0628 \u062f. "
      "\u0639\u0628\u062f\u0627\u0644\u062d\u0645\u064a"
      "\u062f \u062f\u0634\u062a\u064a.";
  EXPECT_THAT(Sentences(arabic), ElementsAre(arabic));
}

TEST(SentenceSplitterTest, AbbreviationsDoNotSplit) {
  EXPECT_THAT(Sentences("Dr. Smith met Mr. Jones. They left."),
              ElementsAre("Dr. Smith met Mr. Jones.", "They left."));
  EXPECT_THAT(Sentences("See Fig. 3 and Vol. 2 now. Done."),
              ElementsAre("See Fig. 3 and Vol. 2 now.", "Done."));
}

TEST(SentenceSplitterTest, PeriodBeforeLowerCaseLatinDoesNotSplit) {
  EXPECT_THAT(
      Sentences("The score was 3 to 1 in the U.S. and it was a win."),
      ElementsAre("The score was 3 to 1 in the U.S. and it was a win."));
}

TEST(SentenceSplitterTest, PeriodGluedToLatinWordDoesNotSplit) {
  const std::string text =
      "\u0627\u0644\u0645\u0648\u0642\u0639 "
      "aljazeera.net \u0646\u0634\u0631.";
  EXPECT_THAT(Sentences(text), ElementsAre(text));
}

TEST(SentenceSplitterTest, GluedArabicPeriodSplits) {
  const std::string a =
      "\u0627\u0646\u062a\u0647\u0649 \u0627\u0644\u0627"
      "\u062c\u062a\u0645\u0627\u0639.";
  const std::string b =
      "\u0648\u0628\u062f\u0623 \u0627\u0644\u0645\u0624"
      "\u062a\u0645\u0631.";
  EXPECT_THAT(Sentences(a + b), ElementsAre(a, b));
}

TEST(SentenceSplitterTest, SpacedPeriodGluedToTheNextArabicWordSplits) {
  // SaudiNewsNet 2015-08-09/957, as scraped: "alfariq .waqad".
  const std::string a =
      "\u0644\u064a\u0633\u062a\u0642\u064a\u0644 "
      "\u0628\u0639\u062f\u0647\u0627 \u0645\u062f\u0631\u0628 "
      "\u0645\u0631\u0633\u064a\u0644\u064a\u0627 \u0645\u0646 "
      "\u062a\u062f\u0631\u064a\u0628 "
      "\u0627\u0644\u0641\u0631\u064a\u0642 .";
  const std::string b =
      "\u0648\u0642\u0627\u062f \u0627\u0644\u0645\u062f\u0631\u0628 "
      "\u0645\u0627\u0631\u0633\u064a\u0644\u0648 "
      "\u0641\u0631\u064a\u0642\u0647 "
      "\u0645\u0631\u0633\u064a\u0644\u064a\u0627 "
      "\u0644\u0627\u062d\u062a\u0644\u0627\u0644 "
      "\u0627\u0644\u0645\u0631\u0643\u0632 "
      "\u0627\u0644\u0631\u0627\u0628\u0639.";
  EXPECT_THAT(Sentences(a + b), ElementsAre(a, b));
  // After a closing mark too; not after initials ("iy .bi .si").
  EXPECT_THAT(Sentences("(\u062a\u0645) ." + b),
              ElementsAre("(\u062a\u0645) .", b));
  const std::string initials =
      "\u0634\u0628\u0643\u0629 \u0625\u064a .\u0628\u064a "
      ".\u0633\u064a "
      "\u0627\u0644\u0623\u0645\u0631\u064a\u0643\u064a\u0629.";
  EXPECT_THAT(Sentences(initials), ElementsAre(initials));
  // A spaced period before a Latin word stays (a file name: "mlf .pdf").
  EXPECT_THAT(Sentences("\u0645\u0644\u0641 .pdf \u062c\u062f\u064a\u062f."),
              ElementsAre("\u0645\u0644\u0641 .pdf \u062c\u062f\u064a\u062f."));
}

TEST(SentenceSplitterTest, AnExclamationInBracketsIsAnAside) {
  // SaudiNewsNet 2015-07-25/1103: "i'lam al-ra'is (al-mukhtafi!)
  // wa-atba'uhu": the bracket opened in the sentence, closed right after
  // the mark, and the sentence goes on.
  const std::string a =
      "\u0643\u064a\u0641 \u064a\u0645\u0643\u0646 "
      "\u0644\u0644\u0645\u0634\u062c\u0639 "
      "\u0627\u0644\u0627\u062a\u062d\u0627\u062f\u064a "
      "\u0623\u0646 \u064a\u0631\u0628\u0637 \u0628\u064a\u0646 "
      "\u0627\u0644\u062a\u0639\u0627\u0642\u062f\u0627\u062a "
      "\u0627\u0644\u062a\u064a \u064a\u064f\u0639\u0644\u0646 "
      "\u0639\u0646\u0647\u0627 \u0625\u0639\u0644\u0627\u0645 "
      "\u0627\u0644\u0631\u0626\u064a\u0633 "
      "(\u0627\u0644\u0645\u062e\u062a\u0641\u064a!) "
      "\u0648\u0623\u062a\u0628\u0627\u0639\u0647 "
      "\u0648\u0642\u0627\u0626\u0645\u0629 "
      "\u0627\u0644\u0634\u0643\u0627\u0648\u0649 \u0641\u064a "
      "\u0648\u0642\u062a \u0648\u0627\u062d\u062f\u061f.";
  const std::string b =
      "\u0627\u0644\u0645\u062f\u0631\u0633\u0629 "
      "\u0627\u0644\u0631\u0648\u0645\u0627\u0646\u064a\u0629 "
      "\u0627\u0646\u0636\u0645\u0648\u0627 "
      "\u0623\u062e\u064a\u0631\u0627 "
      "\u0644\u0642\u0627\u0626\u0645\u0629 "
      "\u0627\u0644\u0645\u0637\u0627\u0644\u0628\u064a\u0646 "
      "\u0628\u0645\u0633\u062a\u062d\u0642\u0627\u062a\u0647\u0645.";
  const std::string c =
      "\u0648\u0642\u0627\u0644: (\u0645\u0627 "
      "\u0631\u0623\u064a\u0643 \u0644\u0648 "
      "\u0630\u0647\u0628\u0646\u0627 \u0644\u0645\u0642\u0631 "
      "\u0646\u0627\u062f\u064a "
      "\u0627\u0644\u0647\u0644\u0627\u0644\u061f)";
  EXPECT_THAT(Sentences(a + " " + b), ElementsAre(a, b));
  // A bracket closed at a line's end, or a period in one, still ends it.
  EXPECT_THAT(Sentences(c + "\n" + b), ElementsAre(c, b));
  EXPECT_THAT(Sentences("(\u062a\u0645.) " + b),
              ElementsAre("(\u062a\u0645.)", b));
}

TEST(SentenceSplitterTest, HeadlineLineWithoutPunctuationIsASentence) {
  const std::string headline =
      "\u0623\u0645\u064a\u0631\u0643\u0627 \u0644"
      "\u0646 \u062a\u0646\u0633\u0642";
  const std::string body = "\u0642\u0627\u0644 \u0643\u064a\u0631\u064a.";
  EXPECT_THAT(Sentences(headline + "\n" + body), ElementsAre(headline, body));
  EXPECT_THAT(Sentences(headline + "\r\n\r\n" + body),
              ElementsAre(headline, body));
  EXPECT_THAT(Sentences(headline + "\u2028" + body),
              ElementsAre(headline, body));
  SentenceSplitterOptions o;
  o.split_on_line_breaks = false;
  EXPECT_THAT(Sentences(headline + "\n" + body, o),
              ElementsAre(headline + "\n" + body));
}

TEST(SentenceSplitterTest, MaxTokensCapsEverySentence) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "\u0643\u0644\u0645\u0629 ";
  const std::vector<Token> tokens = TokenizeOrDie(text);
  ASSERT_EQ(tokens.size(), 2000u);
  const std::vector<Sentence> s = SplitOrDie(text, tokens);
  EXPECT_TRUE(SentencesAreSound(tokens, s, kMaxTokensPerSentence));
  ASSERT_EQ(s.size(), 4u);  // 512 + 512 + 512 + 464
  EXPECT_EQ(s[0].token_end - s[0].token_begin, kMaxTokensPerSentence);
  SentenceSplitterOptions o;
  o.max_tokens = 7;
  const std::vector<Sentence> small = SplitOrDie(text, tokens, o);
  EXPECT_TRUE(SentencesAreSound(tokens, small, 7));
  EXPECT_EQ(small.size(), 286u);  // ceil(2000 / 7)
}

TEST(SentenceSplitterTest, MaxTokensCapsARunOfTerminatorsAndClosers) {
  // "a" then 600 glued "!?" pairs: 1201 punctuation tokens in one run.
  std::string text = "a";
  for (int i = 0; i < 600; ++i) text += "!?";
  const std::vector<Token> tokens = TokenizeOrDie(text);
  ASSERT_EQ(tokens.size(), 1201u);
  EXPECT_TRUE(SentencesAreSound(tokens, SplitOrDie(text, tokens),
                                kMaxTokensPerSentence));
  // A closing mark after a terminator does not escape a small cap either.
  SentenceSplitterOptions o;
  o.max_tokens = 1;
  const std::string quoted = "\u0646\u0639\u0645.\u00bb \u0644\u0627";
  const std::vector<Token> t2 = TokenizeOrDie(quoted);
  EXPECT_TRUE(SentencesAreSound(t2, SplitOrDie(quoted, t2, o), 1));
}

TEST(SentenceSplitterTest, DefaultOptions) {
  SentenceSplitter splitter;
  EXPECT_EQ(splitter.options().max_tokens, kMaxTokensPerSentence);
  EXPECT_TRUE(splitter.options().split_on_line_breaks);
}

// ---------------------------------------------------------------------------
// Offsets, errors, edge cases

TEST(SentenceSplitterTest, BaseOffsetsOfASlice) {
  const std::string doc = "XXXX\u0646\u0639\u0645. \u0644\u0627.";
  const std::string_view slice = std::string_view(doc).substr(4);
  const std::vector<Token> tokens = TokenizeOrDie(slice, 4);
  SentenceSplitter splitter;
  std::vector<Sentence> s;
  ASSERT_TRUE(splitter.Split(slice, tokens, &s, 4).ok());
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].span, (ByteSpan{4, 11}));
  EXPECT_EQ(s[1].span, (ByteSpan{12, 17}));
  EXPECT_EQ(doc.substr(s[1].span.begin, s[1].span.size()), "\u0644\u0627.");
}

TEST(SentenceSplitterTest, TokenOutsideTheTextIsInvalidArgument) {
  const std::string text = "\u0646\u0639\u0645.";
  std::vector<Token> tokens = TokenizeOrDie(text);
  tokens.push_back({{4, 40}, TokenType::kWord, Script::kArabic});
  SentenceSplitter splitter;
  std::vector<Sentence> s;
  EXPECT_EQ(splitter.Split(text, tokens, &s).code(),
            StatusCode::kInvalidArgument);
  // A token before the base is outside too.
  std::vector<Token> t2 = TokenizeOrDie(text);
  EXPECT_EQ(splitter.Split(text, t2, &s, 2).code(),
            StatusCode::kInvalidArgument);
}

TEST(SentenceSplitterTest, EmptyAndWhitespaceOnlyInputHaveNoSentences) {
  EXPECT_TRUE(Sentences("").empty());
  EXPECT_TRUE(Sentences(" \n\n\t\u00a0 ").empty());
  SentenceSplitter splitter;
  std::vector<Sentence> s(3);
  ASSERT_TRUE(splitter.Split("abc", {}, &s).ok());
  EXPECT_TRUE(s.empty());  // cleared first
}

TEST(SentenceSplitterTest, IllFormedUtf8DoesNotBreakSplitting) {
  const std::string text = "\u0646\u0639\u0645 \x80\xFF. \u0644\u0627.";
  const std::vector<Token> tokens = TokenizeOrDie(text);
  const std::vector<Sentence> s = SplitOrDie(text, tokens);
  EXPECT_TRUE(SentencesAreSound(tokens, s, kMaxTokensPerSentence));
  EXPECT_EQ(s.size(), 2u);
}

TEST(SentenceSplitterTest, TwentyMegabytesOfRealLines) {
  const std::string seed = SeedArticle();
  ASSERT_FALSE(seed.empty());
  const size_t per_copy = Sentences(seed).size();
  std::string big;
  size_t reps = 0;
  while (big.size() < (size_t{20} << 20)) {
    big += seed;
    big += '\n';
    ++reps;
  }
  const std::vector<Token> tokens = TokenizeOrDie(big);
  const std::vector<Sentence> s = SplitOrDie(big, tokens);
  EXPECT_EQ(s.size(), reps * per_copy);
  EXPECT_TRUE(SentencesAreSound(tokens, s, kMaxTokensPerSentence));
}

}  // namespace
}  // namespace khabar
