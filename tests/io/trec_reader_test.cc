// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include <gtest/gtest.h>

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

TEST(TrecReaderTest, NoDocumentsNoRecords) {
  std::vector<StatusOr<NewsRecord>> out;
  ParseTrecDocuments("", &out);
  ParseTrecDocuments("just text", &out);
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace khabar
