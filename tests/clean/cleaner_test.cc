// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/cleaner.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "golden_table.h"

namespace khabar {
namespace {

std::unique_ptr<const Cleaner> MakeCleaner() {
  auto c = Cleaner::Create({});
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  return std::move(*c);
}

// "T C dup:1,2 P ..." for the blocks of an article, as in cleaning.tsv.
std::string Roles(const Article& a) {
  std::string out;
  for (const Block& b : a.blocks) {
    if (!out.empty()) out += ' ';
    switch (b.role) {
      case PartRole::kTitle:
        out += 'T';
        break;
      case PartRole::kParagraph:
        out += 'P';
        break;
      case PartRole::kCaption:
        out += 'C';
        break;
      case PartRole::kDropped:
        if (b.reason == DropReason::kDuplicate) {
          out += "dup:";
          for (size_t k = 0; k < b.duplicate_of.size(); ++k) {
            if (k > 0) out += ',';
            out += std::to_string(a.blocks[b.duplicate_of[k]].line);
          }
        } else if (b.reason == DropReason::kBoilerplate) {
          out += "boil";
        } else if (b.reason == DropReason::kNavigation) {
          out += "nav";
        } else {
          out += "empty";
        }
        break;
    }
  }
  return out;
}

TEST(CleanerTest, GoldenTable) {
  auto cleaner = MakeCleaner();
  auto rows = golden::ReadTable("clean/cleaning.tsv", 3);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_GE(rows->size(), 10u);
  for (const golden::Row& row : *rows) {
    auto a = cleaner->CleanText(row.cells[1]);
    ASSERT_TRUE(a.ok()) << row.Where();
    EXPECT_EQ(Roles(*a), row.cells[2]) << row.Where() << " " << row.cells[0];
    // Every block's span slices the input to a line's content.
    for (const Block& b : a->blocks) {
      ASSERT_LE(b.span.end, a->input.size());
      EXPECT_EQ(a->input.substr(b.span.begin, b.span.size()).find('\n'),
                std::string::npos);
    }
  }
}

// The seed article must come out as its hand annotation says.
TEST(CleanerTest, SeedArticleMatchesAnnotation) {
  auto text = golden::ReadFile(std::string(KHABAR_SOURCE_DIR) +
                               "/data/samples/seed.txt");
  ASSERT_TRUE(text.ok());
  auto json = golden::ReadFile(golden::GoldenPath("clean/seed.expected.json"));
  ASSERT_TRUE(json.ok());
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(*json).get(doc), simdjson::SUCCESS);

  auto cleaner = MakeCleaner();
  auto a = cleaner->CleanText(*text);
  ASSERT_TRUE(a.ok());

  int64_t title_line = 0;
  ASSERT_EQ(doc["title"]["line"].get_int64().get(title_line),
            simdjson::SUCCESS);
  ASSERT_GE(a->title, 0);
  EXPECT_EQ(a->blocks[a->title].line, title_line);
  std::string_view title_text;
  ASSERT_EQ(doc["title"]["text"].get_string().get(title_text),
            simdjson::SUCCESS);
  EXPECT_EQ(a->blocks[a->title].text, title_text);

  std::vector<uint32_t> caption_lines;
  for (simdjson::dom::element c : doc["captions"].get_array()) {
    int64_t line = 0;
    ASSERT_EQ(c["line"].get_int64().get(line), simdjson::SUCCESS);
    caption_lines.push_back(static_cast<uint32_t>(line));
  }
  std::vector<uint32_t> got_captions;
  for (uint32_t i : a->captions) got_captions.push_back(a->blocks[i].line);
  EXPECT_EQ(got_captions, caption_lines);

  std::vector<uint32_t> body_lines;
  for (simdjson::dom::element l : doc["body_lines"].get_array()) {
    body_lines.push_back(static_cast<uint32_t>(l.get_int64().value()));
  }
  std::vector<uint32_t> got_body;
  for (uint32_t i : a->body) got_body.push_back(a->blocks[i].line);
  EXPECT_EQ(got_body, body_lines);

  std::map<uint32_t, std::pair<std::string, std::vector<uint32_t>>> want;
  for (simdjson::dom::element d : doc["dropped"].get_array()) {
    const uint32_t line = static_cast<uint32_t>(d["line"].get_int64().value());
    std::string reason(d["reason"].get_string().value());
    std::vector<uint32_t> of;
    simdjson::dom::array dup;
    if (d["duplicate_of_lines"].get_array().get(dup) == simdjson::SUCCESS) {
      for (simdjson::dom::element x : dup) {
        of.push_back(static_cast<uint32_t>(x.get_int64().value()));
      }
    }
    want[line] = {reason, of};
  }
  std::map<uint32_t, std::pair<std::string, std::vector<uint32_t>>> got;
  for (uint32_t i : a->dropped) {
    const Block& b = a->blocks[i];
    std::vector<uint32_t> of;
    for (uint32_t d : b.duplicate_of) of.push_back(a->blocks[d].line);
    got[b.line] = {std::string(DropReasonName(b.reason)), of};
  }
  EXPECT_EQ(got, want);
}

TEST(CleanerTest, SeedRecordsUnbalancedQuotationMarks) {
  auto text = golden::ReadFile(std::string(KHABAR_SOURCE_DIR) +
                               "/data/samples/seed.txt");
  ASSERT_TRUE(text.ok());
  auto a = MakeCleaner()->CleanText(*text);
  ASSERT_TRUE(a.ok());
  // Lines 14 and 15 keep only a closing mark; line 17 only an opening one
  // (its quotation ends with the paragraph). The teaser (line 3) is dropped,
  // so its marks are not reported.
  std::vector<std::pair<uint32_t, bool>> got;
  for (const UnbalancedQuote& q : a->unbalanced_quotes) {
    got.push_back({a->blocks[q.block].line, q.opening});
    EXPECT_EQ(a->input.substr(q.span.begin, q.span.size()), "\"");
  }
  std::vector<std::pair<uint32_t, bool>> want = {
      {14, false}, {15, false}, {17, true}};
  EXPECT_EQ(got, want);
}

TEST(CleanerTest, EmptyAndBlankInputGiveAnEmptyArticle) {
  auto cleaner = MakeCleaner();
  for (std::string_view in :
       {std::string_view(""), std::string_view(" \n\t\n\r\n")}) {
    auto a = cleaner->CleanText(in);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->title, -1);
    EXPECT_TRUE(a->blocks.empty());
    EXPECT_TRUE(a->body.empty());
  }
}

TEST(CleanerTest, InvalidUtf8IsKeptAndReadAsReplacement) {
  auto cleaner = MakeCleaner();
  const std::string in =
      "Title line\nBody \xFF\xFE text goes here, long enough.\n";
  auto a = cleaner->CleanText(in);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->input, in);  // the original bytes, untouched
  ASSERT_EQ(a->body.size(), 1u);
  EXPECT_NE(a->blocks[a->body[0]].text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(CleanerTest, InputOverTheLimitIsResourceExhausted) {
  CleanerOptions options;
  options.max_input_bytes = 1000;
  auto cleaner = Cleaner::Create(options);
  ASSERT_TRUE(cleaner.ok());
  auto a = (*cleaner)->CleanText(std::string(1001, 'a'));
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kResourceExhausted);
}

TEST(CleanerTest, BinaryJunkDoesNotCrashAndKeepsCounts) {
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 100000; ++i) {
    x = x * 1103515245u + 12345u;
    junk.push_back(static_cast<char>(x >> 24));
  }
  auto a = MakeCleaner()->CleanText(junk);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->body.size() + a->captions.size() + a->dropped.size() +
                (a->title >= 0 ? 1 : 0),
            a->blocks.size());
}

// A news page whose <h1> is the site's name (the logo) and whose headline
// is an <h2>: "The government announces a new plan to support farmers in
// the south", a standfirst, two paragraphs.
std::string PageWithLogoH1(const std::string& meta_title,
                           const std::string& site, const std::string& heading,
                           const std::string& tag = "h2") {
  static const std::string kStandfirst =
      "\xD8\xAE\xD8\xB7\xD8\xA9 \xD8\xA8\xD9\x82\xD9\x8A\xD9\x85\xD8"
      "\xA9 \xD9\x85\xD9\x84\xD9\x8A\xD8\xA7\xD8\xB1 \xD8\xAF\xD9\x88"
      "\xD9\x84\xD8\xA7\xD8\xB1 \xD8\xB9\xD9\x84\xD9\x89 \xD8\xAB\xD9"
      "\x84\xD8\xA7\xD8\xAB \xD8\xB3\xD9\x86\xD9\x88\xD8\xA7\xD8\xAA";
  static const std::string kParagraphs =
      "<p>\xD8\xA3\xD8\xB9\xD9\x84\xD9\x86\xD8\xAA \xD8\xA7\xD9\x84"
      "\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD8\xA9 \xD8\xA7\xD9\x84\xD9"
      "\x8A\xD9\x88\xD9\x85 \xD8\xA7\xD9\x84\xD8\xA3\xD8\xAD\xD8\xAF"
      " \xD8\xB9\xD9\x86 \xD8\xAE\xD8\xB7\xD8\xA9 \xD8\xAC\xD8\xAF\xD9"
      "\x8A\xD8\xAF\xD8\xA9 \xD9\x84\xD8\xAF\xD8\xB9\xD9\x85 \xD8\xA7"
      "\xD9\x84\xD9\x85\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xB9\xD9\x8A\xD9"
      "\x86 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD8\xA7"
      "\xD9\x81\xD8\xB8\xD8\xA7\xD8\xAA \xD8\xA7\xD9\x84\xD8\xAC\xD9"
      "\x86\xD9\x88\xD8\xA8\xD9\x8A\xD8\xA9\xD8\x8C \xD8\xAA\xD8\xB4"
      "\xD9\x85\xD9\x84 \xD9\x82\xD8\xB1\xD9\x88\xD8\xB6\xD8\xA7 \xD9"
      "\x85\xD9\x8A\xD8\xB3\xD8\xB1\xD8\xA9 \xD9\x88\xD8\xA8\xD8\xB0"
      "\xD9\x88\xD8\xB1\xD8\xA7 \xD9\x85\xD8\xAD\xD8\xB3\xD9\x86\xD8"
      "\xA9 \xD9\x88\xD8\xAA\xD9\x88\xD8\xB3\xD9\x8A\xD8\xB9 \xD8\xB4"
      "\xD8\xA8\xD9\x83\xD8\xA7\xD8\xAA \xD8\xA7\xD9\x84\xD8\xB1\xD9"
      "\x8A \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD9\x82\xD8\xB1\xD9\x89"
      " \xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A \xD8\xAA\xD8\xB6\xD8\xB1\xD8"
      "\xB1\xD8\xAA \xD9\x85\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAC\xD9\x81"
      "\xD8\xA7\xD9\x81 \xD8\xAE\xD9\x84\xD8\xA7\xD9\x84 \xD8\xA7\xD9"
      "\x84\xD8\xB9\xD8\xA7\xD9\x85\xD9\x8A\xD9\x86 \xD8\xA7\xD9\x84"
      "\xD9\x85\xD8\xA7\xD8\xB6\xD9\x8A\xD9\x8A\xD9\x86.</p><p>\xD9"
      "\x88\xD9\x82\xD8\xA7\xD9\x84 \xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1"
      " \xD8\xA7\xD9\x84\xD8\xB2\xD8\xB1\xD8\xA7\xD8\xB9\xD8\xA9 \xD9"
      "\x81\xD9\x8A \xD9\x85\xD8\xA4\xD8\xAA\xD9\x85\xD8\xB1 \xD8\xB5"
      "\xD8\xAD\xD9\x81\xD9\x8A \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD8"
      "\xAE\xD8\xB7\xD8\xA9 \xD8\xB3\xD8\xAA\xD9\x86\xD9\x81\xD8\xB0"
      " \xD8\xB9\xD9\x84\xD9\x89 \xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB \xD9"
      "\x85\xD8\xB1\xD8\xA7\xD8\xAD\xD9\x84\xD8\x8C \xD8\xAA\xD8\xA8"
      "\xD8\xAF\xD8\xA3 \xD8\xA7\xD9\x84\xD8\xA3\xD9\x88\xD9\x84\xD9"
      "\x89 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD8\xB1\xD8\xA8\xD9\x8A"
      "\xD8\xB9 \xD8\xA7\xD9\x84\xD9\x85\xD9\x82\xD8\xA8\xD9\x84\xD8"
      "\x8C \xD9\x88\xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2"
      "\xD8\xA7\xD8\xB1\xD8\xA9 \xD8\xB3\xD8\xAA\xD9\x86\xD8\xB4\xD8"
      "\xB1 \xD9\x82\xD9\x88\xD8\xA7\xD8\xA6\xD9\x85 \xD8\xA7\xD9\x84"
      "\xD9\x85\xD8\xB3\xD8\xAA\xD9\x81\xD9\x8A\xD8\xAF\xD9\x8A\xD9"
      "\x86 \xD8\xB9\xD9\x84\xD9\x89 \xD9\x85\xD9\x88\xD9\x82\xD8\xB9"
      "\xD9\x87\xD8\xA7 \xD8\xA7\xD9\x84\xD8\xA5\xD9\x84\xD9\x83\xD8"
      "\xAA\xD8\xB1\xD9\x88\xD9\x86\xD9\x8A \xD9\x82\xD8\xA8\xD9\x84"
      " \xD9\x86\xD9\x87\xD8\xA7\xD9\x8A\xD8\xA9 \xD8\xA7\xD9\x84\xD8"
      "\xB4\xD9\x87\xD8\xB1 \xD8\xA7\xD9\x84\xD8\xAC\xD8\xA7\xD8\xB1"
      "\xD9\x8A.</p>";
  return "<html><head><meta property=\"og:title\" content=\"" + meta_title +
         "\"></head><body><header><h1><a href=\"/\">" + site +
         "</a></h1><nav><a href=\"/a\">home</a> <a href=\"/b\">economy</a>"
         "</nav></header><article><" +
         tag + " class=\"title\">" + heading + "</" + tag + "><p>" +
         kStandfirst + "</p>" + kParagraphs +
         "</article><footer>(c)</footer></body></html>";
}

const std::string kHeadline =
    "\xD8\xA7\xD9\x84\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD8\xA9 \xD8"
    "\xAA\xD8\xB9\xD9\x84\xD9\x86 \xD8\xAE\xD8\xB7\xD8\xA9 \xD8\xAC"
    "\xD8\xAF\xD9\x8A\xD8\xAF\xD8\xA9 \xD9\x84\xD8\xAF\xD8\xB9\xD9"
    "\x85 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xB9"
    "\xD9\x8A\xD9\x86 \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD8\xAC\xD9"
    "\x86\xD9\x88\xD8\xA8";
const std::string kSite =
    "\xD9\x85\xD9\x88\xD9\x82\xD8\xB9 \xD8\xA7\xD9\x84\xD8\xAE\xD8"
    "\xA8\xD8\xB1 \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85\xD9\x8A";

// The page's headline is the heading that repeats the metadata title
// ("Headline | Site"); the short line under it is the standfirst, kept in
// the body: a page's captions are in its markup.
TEST(CleanerTest, HtmlHeadlineInAHeadingThatRepeatsTheMetadataTitle) {
  const std::string html =
      PageWithLogoH1(kHeadline + " | " + kSite, kSite, kHeadline);
  auto a = MakeCleaner()->CleanHtml(html);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_GE(a->title, 0);
  EXPECT_EQ(a->blocks[a->title].text, kHeadline);
  EXPECT_EQ(a->input.substr(a->blocks[a->title].span.begin,
                            a->blocks[a->title].span.size()),
            kHeadline);
  EXPECT_TRUE(a->captions.empty());
  EXPECT_EQ(a->body.size(), 3u);
}

// Not a heading but a block equal to the metadata title (<div
// class="title">): the title too; a block only part of it is not.
TEST(CleanerTest, HtmlBlockEqualToTheMetadataTitleIsTheTitle) {
  auto a = MakeCleaner()->CleanHtml(
      PageWithLogoH1(kHeadline, kSite, kHeadline, "div"));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_GE(a->title, 0);
  EXPECT_EQ(a->blocks[a->title].text, kHeadline);
  auto b = MakeCleaner()->CleanHtml(
      PageWithLogoH1(kHeadline + " | " + kSite, kSite, kHeadline, "div"));
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->title, -1);
}

// A heading that is only the site's name in the metadata title
// ("Headline - Site Name", the name more than half of it) is no title.
TEST(CleanerTest, HtmlSiteNameHeadingIsNoTitle) {
  const std::string short_headline =
      "\xD8\xAE\xD8\xB7\xD8\xA9 \xD8\xB2\xD8\xB1\xD8\xA7\xD8\xB9\xD9"
      "\x8A\xD8\xA9 \xD8\xAC\xD8\xAF\xD9\x8A\xD8\xAF\xD8\xA9";
  const std::string long_site =
      "\xD9\x85\xD9\x88\xD9\x82\xD8\xB9 \xD8\xA7\xD9\x84\xD8\xAE\xD8"
      "\xA8\xD8\xB1 \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85\xD9\x8A"
      " \xD8\xA7\xD9\x84\xD9\x85\xD8\xB3\xD8\xAA\xD9\x82\xD9\x84";
  auto a = MakeCleaner()->CleanHtml(
      PageWithLogoH1(short_headline + " - " + long_site, long_site, long_site));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, -1);
}

TEST(CleanerTest, FirstLineIsTitleCanBeSwitchedOff) {
  CleanerOptions options;
  options.first_line_is_title = false;
  auto cleaner = Cleaner::Create(options);
  ASSERT_TRUE(cleaner.ok());
  auto a = (*cleaner)->CleanText(
      "First line of the text.\nSecond line of the text, a paragraph.\n");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, -1);
  EXPECT_EQ(a->body.size(), 2u);
}

TEST(CleanerTest, RecordTitleLeadsAndItsRepeatInTheTextIsDropped) {
  NewsRecord r;
  r.id = "2015-07-21/3";
  r.title = "Minister visits\nthe port";
  r.text =
      "Minister visits the port\n\nThe minister visited the port on Monday "
      "and met the workers.\n\nComments";
  r.url = "http://example.com/a";
  r.source = "example";
  auto a = MakeCleaner()->CleanRecord(r);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->id, "2015-07-21/3");
  EXPECT_EQ(a->title_text(), "Minister visits the port");
  EXPECT_EQ(a->metadata.url, "http://example.com/a");
  ASSERT_EQ(a->body.size(), 1u);
  ASSERT_EQ(a->dropped.size(), 2u);
  EXPECT_EQ(a->blocks[a->dropped[0]].reason, DropReason::kDuplicate);
  EXPECT_EQ(a->blocks[a->dropped[1]].reason, DropReason::kBoilerplate);
  // Spans address Article::input.
  const Block& body = a->blocks[a->body[0]];
  EXPECT_EQ(a->input.substr(body.span.begin, body.span.size()).substr(0, 12),
            "The minister");
}

}  // namespace
}  // namespace khabar
