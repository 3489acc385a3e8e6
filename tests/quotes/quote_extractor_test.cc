// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The quotation extractor on real text, through the whole chain
// (morphology, NER, entity resolution, quotes) with the committed models:
// the seed article against its annotation (tests/golden/ner/
// seed_expected.json, keys quotes, partial_quotes, reported, as
// tests/golden/quotes/seed_quotes.tsv), each quotation pattern on news
// sentences, unbalanced and nested marks, no quotes, and bad input. The
// rules added for issue 6's targets are tested in quote_patterns_test.cc.

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "golden_table.h"
#include "gtest/gtest.h"
#include "khabar/quotes.h"
#include "quotes/quote_chain.h"
#include "quotes/quote_internal.h"

namespace khabar {
namespace quotes_test {
namespace {

TEST(QuoteExtractorSeedTest, FindsEveryAnnotatedQuotation) {
  Chain& chain = Chain::Get();
  ASSERT_TRUE(chain.ok());
  const std::string source = KHABAR_SOURCE_DIR;
  auto text = golden::ReadFile(source + "/data/samples/seed.txt");
  ASSERT_TRUE(text.ok());
  const std::vector<Quote> quotes = chain.Run(*text);
  // Line starts (the annotation counts 1-based lines of the file).
  std::vector<uint32_t> line_start = {0};
  for (size_t i = 0; i < text->size(); ++i) {
    if ((*text)[i] == '\n') line_start.push_back(i + 1);
  }
  auto line_of = [&](uint32_t pos) {
    return static_cast<int>(
        std::upper_bound(line_start.begin(), line_start.end(), pos) -
        line_start.begin());
  };
  // kind, line, speaker, starts, ends ("-" for none).
  auto rows = golden::ReadTable("quotes/seed_quotes.tsv", 5);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 14u);
  std::vector<bool> used(quotes.size(), false);
  int found = 0, attributed = 0;
  for (const golden::Row& row : *rows) {
    const int line = std::stoi(row.cells[1]);
    const std::string starts = row.cells[3] == "-" ? "" : Core(row.cells[3]);
    const std::string ends = row.cells[4] == "-" ? "" : Core(row.cells[4]);
    const Quote* match = nullptr;
    for (size_t i = 0; i < quotes.size(); ++i) {
      const Quote& q = quotes[i];
      if (used[i] || KindName(q.kind) != row.cells[0] ||
          line_of(q.span.begin) != line) {
        continue;
      }
      const std::string core = Core(SpanText(*text, q.span));
      if (StartsWith(core, starts) && EndsWith(core, ends)) {
        match = &q;
        used[i] = true;
        break;
      }
    }
    EXPECT_NE(match, nullptr) << row.cells[0] << " line " << line << ": "
                              << row.cells[3] << " ... " << row.cells[4];
    if (match == nullptr) continue;
    ++found;
    const bool right = SpeakerIs(*match, row.cells[2]);
    attributed += right;
    EXPECT_TRUE(right) << row.cells[0] << " line " << line << ": speaker \""
                       << match->speaker_text << "\" entity \""
                       << match->entity_name << "\", want " << row.cells[2];
    EXPECT_GE(match->confidence, 0.0);
    EXPECT_LE(match->confidence, 1.0);
    if (match->kind != Quote::Kind::kPartial) {
      EXPECT_FALSE(match->cue.empty());
    }
  }
  // Items in the annotated body lines that match nothing: false positives.
  const std::vector<int> body = {9, 10, 12, 14, 15, 17, 18, 20, 22, 24};
  int extra = 0, system = 0;
  for (size_t i = 0; i < quotes.size(); ++i) {
    const int line = line_of(quotes[i].span.begin);
    if (std::find(body.begin(), body.end(), line) == body.end()) continue;
    ++system;
    if (!used[i]) {
      ++extra;
      ADD_FAILURE() << "unexpected " << KindName(quotes[i].kind) << " line "
                    << line << ": " << SpanText(*text, quotes[i].span);
    }
  }
  EXPECT_EQ(found, 14);
  EXPECT_EQ(attributed, 14);
  EXPECT_EQ(extra, 0);
  std::cout << "seed quotes: " << found << "/" << rows->size() << " found, "
            << system << " in body lines, " << extra << " extra, " << attributed
            << " speakers right\n";
}

TEST(QuoteExtractorTest, OpeningMarkMissingStartsAfterTheColon) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string text =
      "\xD9\x88\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2"
      "\xD9\x8A\xD8\xB1: \xD9\x84\xD9\x86 \xD9\x86\xD8\xAA\xD8\xB1\xD8\xA7"
      "\xD8\xAC\xD8\xB9 \xD8\xB9\xD9\x86 \xD9\x85\xD9\x88\xD9\x82\xD9\x81"
      "\xD9\x86\xD8\xA7\".";  // wa-qala al-wazir: lan natraja' 'an mawqifina".
  const std::vector<Quote> quotes = Chain::Get().Run(text);
  auto direct = OfKind(quotes, Quote::Kind::kDirect);
  ASSERT_EQ(direct.size(), 1u);
  EXPECT_EQ(
      SpanText(text, direct[0]->span),
      text.substr(text.find(": ") + 2, text.find('"') - text.find(": ") - 2));
  EXPECT_EQ(direct[0]->cue_lemma, "\xD9\x82\xD8\xA7\xD9\x84");  // qala
}

TEST(QuoteExtractorTest, ColonThenInnaIsReportedSpeech) {
  ASSERT_TRUE(Chain::Get().ok());
  // wa-qala al-mutahaddith bi-ism al-wizara: inna al-hukuma satadrus
  // al-iqtirah khilal al-ayyam al-muqbila.
  const std::string text =
      "\xD9\x88\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x85\xD8"
      "\xAA\xD8\xAD\xD8\xAF\xD8\xAB \xD8\xA8\xD8\xA7\xD8\xB3\xD9\x85 "
      "\xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xA9: \xD8"
      "\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAD\xD9\x83\xD9\x88\xD9\x85"
      "\xD8\xA9 \xD8\xB3\xD8\xAA\xD8\xAF\xD8\xB1\xD8\xB3 \xD8\xA7\xD9"
      "\x84\xD8\xA7\xD9\x82\xD8\xAA\xD8\xB1\xD8\xA7\xD8\xAD \xD8\xAE"
      "\xD9\x84\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD8\xA3\xD9\x8A\xD8"
      "\xA7\xD9\x85 \xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xA8\xD9\x84"
      "\xD8\xA9.";
  const std::vector<Quote> quotes = Chain::Get().Run(text);
  auto reported = OfKind(quotes, Quote::Kind::kReported);
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_TRUE(OfKind(quotes, Quote::Kind::kDirect).empty());
  EXPECT_EQ(SpanText(text, reported[0]->span),
            text.substr(text.find(": ") + 2));
  EXPECT_EQ(reported[0]->cue_lemma, "\xD9\x82\xD8\xA7\xD9\x84");  // qala
}

TEST(QuoteExtractorTest, ColonWithoutMarksIsAnUnmarkedQuotation) {
  ASSERT_TRUE(Chain::Get().ok());
  // wa-qala ahmad al-khatib: nahnu musta'iddun lil-hiwar ma'a jami'
  // al-atraf.
  const std::string text =
      "\xD9\x88\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA3\xD8\xAD\xD9\x85\xD8"
      "\xAF \xD8\xA7\xD9\x84\xD8\xAE\xD8\xB7\xD9\x8A\xD8\xA8: \xD9\x86"
      "\xD8\xAD\xD9\x86 \xD9\x85\xD8\xB3\xD8\xAA\xD8\xB9\xD8\xAF\xD9"
      "\x88\xD9\x86 \xD9\x84\xD9\x84\xD8\xAD\xD9\x88\xD8\xA7\xD8\xB1 "
      "\xD9\x85\xD8\xB9 \xD8\xAC\xD9\x85\xD9\x8A\xD8\xB9 \xD8\xA7\xD9"
      "\x84\xD8\xA3\xD8\xB7\xD8\xB1\xD8\xA7\xD9\x81.";
  const std::vector<Quote> quotes = Chain::Get().Run(text);
  auto direct = OfKind(quotes, Quote::Kind::kDirect);
  ASSERT_EQ(direct.size(), 1u);
  // From after the colon to the sentence's end, without the full stop.
  const size_t begin = text.find(": ") + 2;
  EXPECT_EQ(SpanText(text, direct[0]->span),
            text.substr(begin, text.size() - 1 - begin));
  EXPECT_LT(direct[0]->confidence, 0.8);
}

TEST(QuoteExtractorTest, NestedAndMixedMarksStayInsideTheQuotation) {
  ASSERT_TRUE(Chain::Get().ok());
  // wa-qala al-mutahaddith: <<inna al-wizara tutabi' "mubadarat al-salam"
  // wa-lan taqbal bi-hulul manqusa>>.
  const std::string inner =
      "\xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1\xD8"
      "\xA9 \xD8\xAA\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9 \"\xD9\x85\xD8\xA8\xD8"
      "\xA7\xD8\xAF\xD8\xB1\xD8\xA9 \xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xA7"
      "\xD9\x85\" \xD9\x88\xD9\x84\xD9\x86 \xD8\xAA\xD9\x82\xD8\xA8\xD9\x84 "
      "\xD8\xA8\xD8\xAD\xD9\x84\xD9\x88\xD9\x84 \xD9\x85\xD9\x86\xD9\x82\xD9"
      "\x88\xD8\xB5\xD8\xA9";
  const std::string text =
      "\xD9\x88\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x85\xD8\xAA\xD8"
      "\xAD\xD8\xAF\xD8\xAB: \xC2\xAB" +
      inner + "\xC2\xBB.";
  const std::vector<Quote> quotes = Chain::Get().Run(text);
  auto direct = OfKind(quotes, Quote::Kind::kDirect);
  ASSERT_EQ(direct.size(), 1u);
  EXPECT_EQ(SpanText(text, direct[0]->span), inner);
  EXPECT_TRUE(OfKind(quotes, Quote::Kind::kPartial).empty());
}

TEST(QuoteExtractorTest, QuotationOverSeveralSentences) {
  ASSERT_TRUE(Chain::Get().ok());
  // wa-qala al-amin al-'amm: "nahnu amama marhala sa'ba. lakinnana
  // sanuwasil al-'amal."
  const std::string inner =
      "\xD9\x86\xD8\xAD\xD9\x86 \xD8\xA3\xD9\x85\xD8\xA7\xD9\x85 \xD9\x85\xD8"
      "\xB1\xD8\xAD\xD9\x84\xD8\xA9 \xD8\xB5\xD8\xB9\xD8\xA8\xD8\xA9. \xD9\x84"
      "\xD9\x83\xD9\x86\xD9\x86\xD8\xA7 \xD8\xB3\xD9\x86\xD9\x88\xD8\xA7\xD8"
      "\xB5\xD9\x84 \xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD9\x84.";
  const std::string text =
      "\xD9\x88\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD8\xA3\xD9\x85\xD9"
      "\x8A\xD9\x86 \xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85: \"" +
      inner + "\"";
  const std::vector<Quote> quotes = Chain::Get().Run(text);
  auto direct = OfKind(quotes, Quote::Kind::kDirect);
  ASSERT_EQ(direct.size(), 1u);
  EXPECT_EQ(SpanText(text, direct[0]->span), inner);
}

TEST(QuoteExtractorTest, QuotedNameIsNotAQuotation) {
  ASSERT_TRUE(Chain::Get().ok());
  // a'lana tanzim "da'ish" mas'uliyyatahu 'an al-hujum.
  const std::string text =
      "\xD8\xA3\xD8\xB9\xD9\x84\xD9\x86 \xD8\xAA\xD9\x86\xD8\xB8\xD9\x8A\xD9"
      "\x85 \"\xD8\xAF\xD8\xA7\xD8\xB9\xD8\xB4\" \xD9\x85\xD8\xB3\xD8\xA4\xD9"
      "\x88\xD9\x84\xD9\x8A\xD8\xAA\xD9\x87 \xD8\xB9\xD9\x86 \xD8\xA7\xD9\x84"
      "\xD9\x87\xD8\xAC\xD9\x88\xD9\x85.";
  EXPECT_TRUE(Chain::Get().Run(text).empty());
}

TEST(QuoteExtractorTest, ReportedSpeechWithCliticVerbAndGroupSpeaker) {
  ASSERT_TRUE(Chain::Get().ok());
  // wa-qalat al-wizara fi bayan inna al-ittifaq sayuwaqqa' qariban.
  const std::string text =
      "\xD9\x88\xD9\x82\xD8\xA7\xD9\x84\xD8\xAA \xD8\xA7\xD9\x84\xD9\x88\xD8"
      "\xB2\xD8\xA7\xD8\xB1\xD8\xA9 \xD9\x81\xD9\x8A \xD8\xA8\xD9\x8A\xD8\xA7"
      "\xD9\x86 \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD9\x81\xD8"
      "\xA7\xD9\x82 \xD8\xB3\xD9\x8A\xD9\x88\xD9\x82\xD8\xB9 \xD9\x82\xD8\xB1"
      "\xD9\x8A\xD8\xA8\xD8\xA7.";
  const std::vector<Quote> quotes = Chain::Get().Run(text);
  auto reported = OfKind(quotes, Quote::Kind::kReported);
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_EQ(reported[0]->cue_lemma, "\xD9\x82\xD8\xA7\xD9\x84");  // qala
  EXPECT_EQ(SpanText(text, reported[0]->span),
            text.substr(text.find("\xD8\xA5\xD9\x86 ")));
  EXPECT_EQ(reported[0]->speaker_text,
            "\xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xA9");
}

TEST(QuoteExtractorTest, ArticleWithoutQuotations) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string source = KHABAR_SOURCE_DIR;
  auto text = golden::ReadFile(source + "/data/samples/seed.txt");
  ASSERT_TRUE(text.ok());
  // The seed's last paragraph (line 24): no speech, no marks.
  const size_t begin = text->find("\xD9\x88\xD9\x82\xD8\xA8\xD9\x84 ");
  ASSERT_NE(begin, std::string::npos);
  const std::string para = text->substr(begin, text->find('\n', begin) - begin);
  EXPECT_TRUE(Chain::Get().Run(para).empty());
}

TEST(QuoteExtractorTest, EmptyTextAndForeignAnalysis) {
  ASSERT_TRUE(Chain::Get().ok());
  std::vector<Quote> quotes;
  MorphAnalysis empty;
  EXPECT_TRUE(Chain::Get().extractor().Extract("", empty, {}, &quotes).ok());
  EXPECT_TRUE(quotes.empty());
  const std::string long_text =
      "\xD9\x88\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2"
      "\xD9\x8A\xD8\xB1 \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB6"
      "\xD8\xB9 \xD9\x85\xD8\xB3\xD8\xAA\xD9\x82\xD8\xB1.";
  MorphAnalysis analysis;
  ASSERT_TRUE(Chain::Get().analyzer().Analyze(long_text, &analysis).ok());
  // Another text: shorter, and one with spaces where the tokens were.
  Status s = Chain::Get().extractor().Extract("abc", analysis, {}, &quotes);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  const std::string spaces(long_text.size(), ' ');
  s = Chain::Get().extractor().Extract(spaces, analysis, {}, &quotes);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(quotes.empty());
}

// SaudiNewsNet: "... 'ala qanat (in. bi. si): iran dawla ..." -- the
// dotted acronym of NBC starts with "in.", which reads as the
// complementizer; with nothing said after it, it is no reported speech.
TEST(QuoteExtractorTest, AComplementizerWithNothingAfterItIsNoQuotation) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string k_nbc =
      "\u0648\u0635\u0631\u062d \u0643\u0648\u062a\u0648\u0646 "
      "\u0644\u0628\u0631\u0646\u0627\u0645\u062c "
      "\"\u0648\u0627\u062c\u0647 "
      "\u0627\u0644\u0635\u062d\u0627\u0641\u0629\" "
      "\u0639\u0644\u0649 \u0642\u0646\u0627\u0629 (\u0625\u0646. "
      "\u0628\u064a. \u0633\u064a): \u0625\u064a\u0631\u0627\u0646 "
      "\u062f\u0648\u0644\u0629 \u0631\u0627\u0639\u064a\u0629 "
      "\u0644\u0644\u0625\u0631\u0647\u0627\u0628.";
  const std::vector<Quote> quotes = Chain::Get().Run(k_nbc);
  for (const Quote* q : OfKind(quotes, Quote::Kind::kReported)) {
    const std::string said = k_nbc.substr(q->span.begin, q->span.size());
    EXPECT_NE(said.find(' '), std::string::npos) << said;
  }
}

// ANT JA-localNews-1367-20160727 (Jawhara FM): i'tabara X <<anna al-safqa
// ... <<rahnan li-l-sharika>> ... mu'tabiran anna ... al-shukuk>>. After a
// verb whose quoted object is a fragment (i'tabara X "jarima"), a
// quotation that opens with the complementizer is the statement itself:
// one direct quotation over both sentences of it, the nested marks and the
// participle inside, no reported speech cut at the participle.
TEST(QuoteExtractorTest, AQuotationOpeningWithAnnaAfterItabaraIsDirect) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string k_deal =
      "\u0648\u0627\u0639\u062a\u0628\u0631 "
      "\u0639\u062a\u064a\u0642 \u00ab\u0627\u0646 "
      "\u0627\u0644\u0635\u0641\u0642\u0629 "
      "\u062a\u0646\u0637\u0648\u064a \u0639\u0644\u0649 "
      "\u0645\u062e\u0627\u0637\u0631 \u0645\u0646 "
      "\u0628\u064a\u0646\u0647\u0627 \u0639\u062c\u0632 "
      "\u0627\u062a\u0635\u0627\u0644\u0627\u062a "
      "\u062a\u0648\u0646\u0633 \u0639\u0646 "
      "\u0633\u062f\u0627\u062f "
      "\u062f\u064a\u0648\u0646\u0647\u0627 \u0645\u0645\u0627 "
      "\u064a\u0639\u0646\u064a \u0627\u0646 "
      "\u0627\u0644\u0635\u0641\u0642\u0629 \u062a\u0639\u062f "
      "\u00ab\u0631\u0647\u0646\u0627 "
      "\u0644\u0644\u0634\u0631\u0643\u0629 \u00bb "
      "\u0627\u0644\u0649 \u062c\u0627\u0646\u0628 "
      "\u0639\u062f\u062f \u0645\u0646 "
      "\u0627\u0644\u062a\u062c\u0627\u0648\u0632\u0627\u062a "
      "\u0627\u0644\u0642\u0627\u0646\u0648\u0646\u064a\u0629 "
      "\u0645\u0639\u062a\u0628\u0631\u0627 \u0627\u0646 "
      "\u062a\u0627\u062e\u0631 \u0648\u0632\u0627\u0631\u0629 "
      "\u062a\u0643\u0648\u0646\u0648\u0644\u0648\u062c\u064a\u0627 "
      "\u0627\u0644\u0627\u062a\u0635\u0627\u0644 \u0641\u064a "
      "\u0627\u0644\u0631\u062f \u064a\u062b\u064a\u0631 "
      "\u0627\u0644\u0645\u0632\u064a\u062f \u0645\u0646 "
      "\u0627\u0644\u0634\u0643\u0648\u0643\u00bb.";
  const std::string k_deal_starts =
      "\u0627\u0646 \u0627\u0644\u0635\u0641\u0642\u0629 "
      "\u062a\u0646\u0637\u0648\u064a";
  const std::string k_deal_ends =
      "\u0645\u0646 \u0627\u0644\u0634\u0643\u0648\u0643";
  const std::string k_atiq = "\u0639\u062a\u064a\u0642";
  const std::vector<Quote> quotes = Chain::Get().Run(k_deal);
  ASSERT_EQ(OfKind(quotes, Quote::Kind::kDirect).size(), 1u);
  ExpectSpan(k_deal, quotes, Quote::Kind::kDirect, k_deal_starts, k_deal_ends);
  ExpectSpeaker(k_deal, quotes, Quote::Kind::kDirect, k_deal_starts, k_atiq,
                true);
  EXPECT_EQ(FindQuote(k_deal, quotes, Quote::Kind::kReported, k_deal_starts),
            nullptr);
}
}  // namespace
}  // namespace quotes_test
}  // namespace khabar
