// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "khabar/news_record.h"

namespace khabar {
namespace {

// The layout of the ANT corpus files.
constexpr char kDoc[] =
    "<DOC>\n<DOCNO>JA-culture-1-20170120</DOCNO>\n"
    "<URL>http://www.example.net/ar/article/1</URL> \n<SRC>Jawhara FM</SRC>\n"
    "<CAT>culture</CAT>\n<TITLE>A &quot;title&quot;</TITLE>\n"
    "<TIME>2017-01-20T21:43:00+01:00</TIME>\n<ABSTRACT>\n\n</ABSTRACT>\n"
    "<TEXT>\nFirst line & more.\nSecond line.\n</TEXT>\n</DOC>\n";

TEST(TrecReaderTest, ReadsEveryField) {
  std::vector<StatusOr<NewsRecord>> out;
  ParseTrecDocuments(kDoc, &out);
  ASSERT_EQ(out.size(), 1u);
  ASSERT_TRUE(out[0].ok());
  const NewsRecord& r = *out[0];
  EXPECT_EQ(r.id, "JA-culture-1-20170120");
  EXPECT_EQ(r.url, "http://www.example.net/ar/article/1");
  EXPECT_EQ(r.source, "Jawhara FM");
  EXPECT_EQ(r.category, "culture");
  EXPECT_EQ(r.title, "A \"title\"");
  EXPECT_EQ(r.date, "2017-01-20T21:43:00+01:00");
  EXPECT_EQ(r.text, "First line & more.\nSecond line.");
}

TEST(TrecReaderTest, TruncatedAndTextlessDocsAreErrorsOthersSurvive) {
  std::string in = std::string(kDoc) + "<DOC><DOCNO>x</DOCNO></DOC>\n" + kDoc +
                   "<DOC><DOCNO>cut</DOCNO><TEXT>abc";
  std::vector<StatusOr<NewsRecord>> out;
  ParseTrecDocuments(in, &out);
  ASSERT_EQ(out.size(), 4u);
  EXPECT_TRUE(out[0].ok());
  EXPECT_FALSE(out[1].ok());
  EXPECT_TRUE(out[2].ok());
  ASSERT_FALSE(out[3].ok());
  EXPECT_EQ(out[3].status().code(), StatusCode::kDataLoss);
}

// ANT articles (JA-internationalNews-101-20170129 and a frigate report of
// 2017), shortened: an abstract that repeats the lead paragraph, and one
// the editor shortened (ten of its eleven words are the lead's).
const std::string kLead =
    "\u0639\u0628\u0651\u0631\u062a "
    "\u0627\u0644\u0645\u0633\u062a\u0634\u0627\u0631\u0629 "
    "\u0627\u0644\u0623\u0644\u0645\u0627\u0646\u064a\u0629 "
    "\u0623\u0646\u062c\u064a\u0644\u0627 "
    "\u0645\u064a\u0631\u0643\u0644 \u0639\u0646 "
    "\u0631\u0641\u0636\u0647\u0627 "
    "\u0644\u0644\u0642\u0631\u0627\u0631\u0627\u062a "
    "\u0627\u0644\u062a\u064a "
    "\u0627\u0635\u062f\u0631\u062a\u0647\u0627 "
    "\u0627\u0644\u062d\u0643\u0648\u0645\u0629 "
    "\u0627\u0644\u0627\u0645\u064a\u0631\u0643\u064a\u0629";
const std::string kNext =
    "\u0648\u0642\u0627\u0644 "
    "\u0627\u0644\u0645\u062a\u062d\u062f\u062b "
    "\u0628\u0627\u0633\u0645 "
    "\u0627\u0644\u062d\u0643\u0648\u0645\u0629 "
    "\u0627\u0644\u0627\u062a\u062d\u0627\u062f\u064a\u0629 "
    "\u0634\u062a\u0641\u0646 \u0632\u0627\u064a\u0628\u0631\u062a";
const std::string kAbstract2 =
    "\u062a\u0639\u0631\u0636\u062a "
    "\u0641\u0631\u0642\u0627\u0637\u0629 "
    "\u0633\u0639\u0648\u062f\u064a\u0629 "
    "\u0623\u0644\u0647\u062c\u0648\u0645 \u0645\u0646 "
    "\u0642\u0628\u0644 3 \u0632\u0648\u0627\u0631\u0642 "
    "\u0627\u0646\u062a\u062d\u0627\u0631\u064a\u0629 "
    "\u062a\u0627\u0628\u0639\u0629 "
    "\u0644\u0644\u062d\u0648\u062b\u064a\u064a\u0646.";
const std::string kLead2 =
    "\u062a\u0639\u0631\u0636\u062a "
    "\u0641\u0631\u0642\u0627\u0637\u0629 "
    "\u0633\u0639\u0648\u062f\u064a\u0629 "
    "\u0623\u062b\u0646\u0627\u0621 "
    "\u0642\u064a\u0627\u0645\u0647\u0627 "
    "\u0628\u062f\u0648\u0631\u064a\u0629 "
    "\u0645\u0631\u0627\u0642\u0628\u0629 \u063a\u0631\u0628 "
    "\u0645\u064a\u0646\u0627\u0621 "
    "\u0627\u0644\u062d\u062f\u064a\u062f\u0629 "
    "\u0644\u0647\u062c\u0648\u0645 \u0645\u0646 \u0642\u0628\u0644 "
    "3 \u0632\u0648\u0627\u0631\u0642 "
    "\u0627\u0646\u062a\u062d\u0627\u0631\u064a\u0629 "
    "\u062a\u0627\u0628\u0639\u0629 "
    "\u0644\u0644\u062d\u0648\u062b\u064a\u064a\u0646.";

std::string AntDoc(const std::string& abstract, const std::string& text) {
  return "<DOC>\n<DOCNO>JA-1</DOCNO>\n<TITLE>t</TITLE>\n<ABSTRACT>\n" +
         abstract + "\n</ABSTRACT>\n<TEXT>\n" + text + "\n</TEXT>\n</DOC>\n";
}

// An abstract that repeats the lead, word for word or shortened, is not
// read again (every quotation and mention of the lead would be found
// twice); another one comes first.
TEST(TrecReaderTest, AnAbstractThatRepeatsTheLeadIsReadOnce) {
  std::vector<StatusOr<NewsRecord>> out;
  ParseTrecDocuments(AntDoc(kLead, kLead + "\n" + kNext) +
                         AntDoc(kAbstract2, kLead2 + "\n" + kNext) +
                         AntDoc(kAbstract2, kLead + "\n" + kNext) +
                         AntDoc(kAbstract2, kNext + "\n" + kLead2),
                     &out);
  ASSERT_EQ(out.size(), 4u);
  for (const auto& r : out) ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(out[0]->text, kLead + "\n" + kNext);
  EXPECT_EQ(out[1]->text, kLead2 + "\n" + kNext);
  // Not the lead of this text: the frigate abstract with the Merkel
  // article, and with a text whose first paragraph is another.
  EXPECT_EQ(out[2]->text, kAbstract2 + "\n\n" + kLead + "\n" + kNext);
  EXPECT_EQ(out[3]->text, kAbstract2 + "\n\n" + kNext + "\n" + kLead2);
}

TEST(TrecReaderTest, NoDocumentsNoRecords) {
  std::vector<StatusOr<NewsRecord>> out;
  ParseTrecDocuments("", &out);
  ParseTrecDocuments("just text", &out);
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace khabar
