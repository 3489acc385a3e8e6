// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Speakers (src/quotes/quote_speaker.cc; docs/QUOTES.md, "Rules" 5) on
// real sentences read in news outside every gold and development set,
// through the whole chain with the committed models: a relayed speaker
// after a long title, where the subject's words end, and quoted words
// that are the verb's subject. Licences: ANT (Apache-2.0, with a citation
// request) and SaudiNewsNet (CC BY-NC-SA 4.0), as in
// tests/data/quotes_dev2/LICENSE.md.

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "khabar/quotes.h"
#include "quotes/quote_chain.h"

namespace khabar {
namespace quotes_test {
namespace {

// ANT JA-internationalNews-1067-20170604: naqalat wakalat anba' al-imarat
// (wam) 'an <a title of six words> ahmad ilham al-zahiri qawlahu inna ...:
// the relayed speaker is the one named after the title, 13 tokens after
// the verb.
TEST(QuoteSpeakerTest, RelayedSpeakerAfterALongTitle) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string text =
      "\xD9\x88\xD9\x86\xD9\x82\xD9\x84\xD8\xAA \xD9\x88\xD9\x83\xD8"
      "\xA7\xD9\x84\xD8\xA9 \xD8\xA3\xD9\x86\xD8\xA8\xD8\xA7\xD8\xA1"
      " \xD8\xA7\xD9\x84\xD8\xA5\xD9\x85\xD8\xA7\xD8\xB1\xD8\xA7\xD8"
      "\xAA (\xD9\x88\xD8\xA7\xD9\x85) \xD8\xB9\xD9\x86 \xD8\xA7\xD9"
      "\x84\xD9\x88\xD9\x83\xD9\x8A\xD9\x84 \xD8\xA7\xD9\x84\xD9\x85"
      "\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF \xD9\x84\xD9\x84\xD8\xB4\xD8"
      "\xA4\xD9\x88\xD9\x86 \xD8\xA7\xD9\x84\xD9\x82\xD9\x86\xD8\xB5"
      "\xD9\x84\xD9\x8A\xD8\xA9 \xD8\xA8\xD9\x88\xD8\xB2\xD8\xA7\xD8"
      "\xB1\xD8\xA9 \xD8\xA7\xD9\x84\xD8\xAE\xD8\xA7\xD8\xB1\xD8\xAC"
      "\xD9\x8A\xD8\xA9 \xD8\xA3\xD8\xAD\xD9\x85\xD8\xAF \xD8\xA7\xD9"
      "\x84\xD9\x87\xD8\xA7\xD9\x85 \xD8\xA7\xD9\x84\xD8\xB8\xD8\xA7"
      "\xD9\x87\xD8\xB1\xD9\x8A \xD9\x82\xD9\x88\xD9\x84\xD9\x87 \xD8"
      "\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAA\xD8\xAD\xD8\xB0\xD9\x8A"
      "\xD8\xB1 \xD9\x8A\xD8\xA3\xD8\xAA\xD9\x8A \xD8\xA8\xD9\x86\xD8"
      "\xA7\xD8\xA1 \xD8\xB9\xD9\x84\xD9\x89 \xD8\xAA\xD9\x82\xD9\x8A"
      "\xD9\x8A\xD9\x85 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD8\xA7\xD8"
      "\xB1\xD8\xA9 \xD9\x84\xD9\x84\xD9\x85\xD8\xAE\xD8\xA7\xD8\xB7"
      "\xD8\xB1 \xD9\x88\xD8\xA7\xD9\x84\xD8\xAA\xD9\x87\xD8\xAF\xD9"
      "\x8A\xD8\xAF\xD8\xA7\xD8\xAA \xD9\x81\xD9\x8A \xD8\xA3\xD8\xB9"
      "\xD9\x82\xD8\xA7\xD8\xA8 \xD8\xA7\xD9\x84\xD9\x87\xD8\xAC\xD9"
      "\x88\xD9\x85.";
  const std::vector<Quote> quotes = Chain::Get().Run(text);
  ExpectSpeaker(text, quotes, Quote::Kind::kReported,
                "\xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAA\xD8\xAD\xD8\xB0\xD9"
                "\x8A\xD8\xB1",
                "\xD8\xA7\xD9\x84\xD8\xB8\xD8\xA7\xD9\x87\xD8\xB1\xD9\x8A",
                true);
}

// The same article: wa-talabat al-wizara al-muwatinin al-mawjudin haliyyan
// fi britaniya "bi-l-hadhar ...": the ministry asks, the citizens are the
// object (a definite noun after a definite one that does not agree).
TEST(QuoteSpeakerTest, ObjectAfterTheSubjectIsNoPartOfIt) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string text =
      "\xD8\xAD\xD8\xB0\xD8\xB1\xD8\xAA \xD8\xA7\xD9\x84\xD8\xA5\xD9"
      "\x85\xD8\xA7\xD8\xB1\xD8\xA7\xD8\xAA \xD8\xA7\xD9\x84\xD8\xB9"
      "\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x85\xD8"
      "\xAA\xD8\xAD\xD8\xAF\xD8\xA9 \xD9\x8A\xD9\x88\xD9\x85 \xD8\xA7"
      "\xD9\x84\xD8\xA3\xD8\xAD\xD8\xAF \xD9\x85\xD9\x88\xD8\xA7\xD8"
      "\xB7\xD9\x86\xD9\x8A\xD9\x87\xD8\xA7 \xD9\x85\xD9\x86 \xD8\xA7"
      "\xD9\x84\xD8\xB3\xD9\x81\xD8\xB1 \xD8\xA5\xD9\x84\xD9\x89 \xD8"
      "\xA8\xD8\xB1\xD9\x8A\xD8\xB7\xD8\xA7\xD9\x86\xD9\x8A\xD8\xA7"
      ". \xD9\x88\xD8\xB7\xD8\xA7\xD9\x84\xD8\xA8\xD8\xAA \xD8\xA7\xD9"
      "\x84\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xA9 \xD8\xA7\xD9\x84"
      "\xD9\x85\xD9\x88\xD8\xA7\xD8\xB7\xD9\x86\xD9\x8A\xD9\x86 \xD8"
      "\xA7\xD9\x84\xD9\x85\xD9\x88\xD8\xAC\xD9\x88\xD8\xAF\xD9\x8A"
      "\xD9\x86 \xD8\xAD\xD8\xA7\xD9\x84\xD9\x8A\xD8\xA7 \xD9\x81\xD9"
      "\x8A \xD8\xA8\xD8\xB1\xD9\x8A\xD8\xB7\xD8\xA7\xD9\x86\xD9\x8A"
      "\xD8\xA7 \"\xD8\xA8\xD8\xA7\xD9\x84\xD8\xAD\xD8\xB0\xD8\xB1 "
      "\xD8\xA7\xD9\x84\xD8\xB4\xD8\xAF\xD9\x8A\xD8\xAF \xD9\x81\xD9"
      "\x8A \xD8\xAA\xD9\x86\xD9\x82\xD9\x84\xD8\xA7\xD8\xAA\xD9\x87"
      "\xD9\x85 \xD9\x88\xD8\xA7\xD9\x84\xD8\xA7\xD8\xA8\xD8\xAA\xD8"
      "\xB9\xD8\xA7\xD8\xAF \xD8\xB9\xD9\x86 \xD8\xA7\xD9\x84\xD9\x85"
      "\xD9\x86\xD8\xA7\xD8\xB7\xD9\x82 \xD8\xA7\xD9\x84\xD8\xB9\xD8"
      "\xA7\xD9\x85\xD8\xA9 \xD9\x81\xD9\x8A \xD9\x87\xD8\xB0\xD9\x87"
      " \xD8\xA7\xD9\x84\xD9\x81\xD8\xAA\xD8\xB1\xD8\xA9\".";
  const std::vector<Quote> quotes = Chain::Get().Run(text);
  const std::string starts = "\xD8\xA8\xD8\xA7\xD9\x84\xD8\xAD\xD8\xB0\xD8\xB1";
  ExpectSpeaker(text, quotes, Quote::Kind::kPartial, starts,
                "\xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xA9",
                true);
  ExpectSpeaker(text, quotes, Quote::Kind::kPartial, starts,
                "\xD8\xA7\xD9\x84\xD9\x85\xD9\x88\xD8\xA7\xD8\xB7\xD9\x86\xD9"
                "\x8A\xD9\x86",
                false);
}

// SaudiNewsNet 2015-07-21/459 (the first 2,000 articles of the corpus):
// wa-yutabi' mustashar al-jaysh al-libi qa'ilan inna ...: the adverbial
// participle after the definite adjective is no part of the subject.
TEST(QuoteSpeakerTest, AdverbAfterTheSubjectIsNoPartOfIt) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string text =
      "\xD9\x88\xD9\x8A\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xB9 \xD9\x85\xD8"
      "\xB3\xD8\xAA\xD8\xB4\xD8\xA7\xD8\xB1 \xD8\xA7\xD9\x84\xD8\xAC"
      "\xD9\x8A\xD8\xB4 \xD8\xA7\xD9\x84\xD9\x84\xD9\x8A\xD8\xA8\xD9"
      "\x8A \xD9\x82\xD8\xA7\xD8\xA6\xD9\x84\xD8\xA7 \xD8\xA5\xD9\x86"
      " \xD8\xA3\xD8\xBA\xD9\x84\xD8\xA8 \xD8\xB3\xD9\x84\xD8\xA7\xD8"
      "\xAD \xD8\xA7\xD9\x84\xD8\xAC\xD9\x8A\xD8\xB4 \xD8\xA7\xD9\x84"
      "\xD9\x84\xD9\x8A\xD8\xA8\xD9\x8A \xD8\xAC\xD8\xB1\xD9\x89 \xD8"
      "\xAA\xD8\xAE\xD8\xB2\xD9\x8A\xD9\x86\xD9\x87 \xD9\x81\xD9\x8A"
      " \xD9\x85\xD8\xAF\xD9\x8A\xD9\x86\xD8\xA9 \xD9\x85\xD8\xB5\xD8"
      "\xB1\xD8\xA7\xD8\xAA\xD8\xA9 \xD8\xA8\xD9\x88\xD8\xA7\xD8\xB3"
      "\xD8\xB7\xD8\xA9 \xD8\xAE\xD8\xA8\xD8\xB1\xD8\xA7\xD8\xA1 \xD8"
      "\xA5\xD9\x86\xD8\xAC\xD9\x84\xD9\x8A\xD8\xB2 \xD9\x88\xD8\xA3"
      "\xD9\x85\xD9\x8A\xD8\xB1\xD9\x83\xD8\xA7\xD9\x86 \xD9\x88\xD8"
      "\xA3\xD8\xAA\xD8\xB1\xD8\xA7\xD9\x83 \xD9\x85\xD9\x86\xD8\xB0"
      " \xD8\xA8\xD8\xAF\xD8\xA7\xD9\x8A\xD8\xA9 \xD8\xA3\xD8\xAD\xD8"
      "\xAF\xD8\xA7\xD8\xAB \xD9\x81\xD8\xA8\xD8\xB1\xD8\xA7\xD9\x8A"
      "\xD8\xB1 (\xD8\xB4\xD8\xA8\xD8\xA7\xD8\xB7) 2011.";
  const std::vector<Quote> quotes = Chain::Get().Run(text);
  const std::string starts =
      "\xD8\xA5\xD9\x86 \xD8\xA3\xD8\xBA\xD9\x84\xD8\xA8";
  ExpectSpeaker(text, quotes, Quote::Kind::kReported, starts,
                "\xD9\x85\xD8\xB3\xD8\xAA\xD8\xB4\xD8\xA7\xD8\xB1 \xD8\xA7\xD9"
                "\x84\xD8\xAC\xD9\x8A\xD8\xB4 \xD8\xA7\xD9\x84\xD9\x84\xD9\x8A"
                "\xD8\xA8\xD9\x8A",
                true);
  ExpectSpeaker(text, quotes, Quote::Kind::kReported, starts,
                "\xD9\x82\xD8\xA7\xD8\xA6\xD9\x84\xD8\xA7", false);
}

// Definite nouns that agree with the word before them are adjectives the
// tagger read as nouns, and a relative adjective may agree with the head
// of an iDafa: both stay in the subject. ANT JA-localNews-1298-20161019
// (al-amina al-'amma al-musa'ida) and SaudiNewsNet 2015-07-21/1789
// (sahifat al-watan al-sa'udiyya al-yawmiyya).
TEST(QuoteSpeakerTest, AgreeingAndRelativeAdjectivesStayInTheSubject) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string agree =
      "\xD8\xA3\xD9\x83\xD8\xAF\xD8\xAA \xD8\xA7\xD9\x84\xD8\xA3\xD9"
      "\x85\xD9\x8A\xD9\x86\xD8\xA9 \xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7"
      "\xD9\x85\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB3\xD8\xA7\xD8"
      "\xB9\xD8\xAF\xD8\xA9 \xD9\x84\xD9\x84\xD9\x87\xD9\x8A\xD8\xA6"
      "\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD9\x84\xD9\x8A\xD8"
      "\xA9 \xD9\x84\xD9\x84\xD9\x87\xD9\x84\xD8\xA7\xD9\x84 \xD8\xA7"
      "\xD9\x84\xD8\xA3\xD8\xAD\xD9\x85\xD8\xB1 \xD8\xA8\xD8\xA7\xD9"
      "\x84\xD9\x82\xD9\x84\xD8\xB9\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x83"
      "\xD8\xA8\xD8\xB1\xD9\x89 \xD8\xB3\xD8\xA7\xD9\x85\xD9\x8A\xD8"
      "\xA9 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB3\xD9\x84\xD8\xA7\xD8\xAA"
      "\xD9\x8A \xD9\x81\xD9\x8A \xD9\x85\xD8\xAF\xD8\xA7\xD8\xAE\xD9"
      "\x84\xD8\xA9 \xD9\x84\xD9\x87\xD8\xA7 \xD9\x81\xD9\x8A \xD8\xA8"
      "\xD9\x88\xD9\x84\xD9\x8A\xD8\xAA\xD9\x8A\xD9\x83\xD8\xA7 \xD8"
      "\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85 \xD8\xA7\xD9\x84\xD8\xA3"
      "\xD8\xB1\xD8\xA8\xD8\xB9\xD8\xA7\xD8\xA1 19 \xD8\xA3\xD9\x83"
      "\xD8\xAA\xD9\x88\xD8\xA8\xD8\xB1 2016 \xD8\xA3\xD9\x86 \xD8\xA7"
      "\xD9\x84\xD9\x85\xD9\x86\xD8\xB8\xD9\x85\xD8\xA9 \xD8\xAA\xD9"
      "\x81\xD8\xB7\xD9\x86\xD8\xAA \xD8\xA5\xD9\x84\xD9\x89 \xD9\x88"
      "\xD8\xB6\xD8\xB9\xD9\x8A\xD8\xA9 \xD8\xB9\xD8\xA7\xD8\xA6\xD9"
      "\x84\xD8\xA9 \xD9\x85\xD8\xAA\xD8\xB6\xD8\xB1\xD8\xB1\xD8\xA9"
      " \xD9\x85\xD9\x86 \xD8\xA7\xD9\x84\xD8\xA3\xD9\x85\xD8\xB7\xD8"
      "\xA7\xD8\xB1 \xD8\xA7\xD9\x84\xD8\xA3\xD8\xAE\xD9\x8A\xD8\xB1"
      "\xD8\xA9 \xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A \xD8\xB4\xD9\x87\xD8"
      "\xAF\xD8\xAA\xD9\x87\xD8\xA7 \xD8\xA7\xD9\x84\xD8\xAC\xD9\x87"
      "\xD8\xA9.";
  const std::vector<Quote> q1 = Chain::Get().Run(agree);
  ExpectSpeaker(agree, q1, Quote::Kind::kReported,
                "\xD8\xA3\xD9\x86 \xD8\xA7\xD9\x84\xD9\x85\xD9\x86\xD8\xB8\xD9"
                "\x85\xD8\xA9",
                "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85\xD8\xA9 \xD8\xA7\xD9"
                "\x84\xD9\x85\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF\xD8\xA9",
                true);
  const std::string nisba =
      "\xD9\x88\xD8\xA3\xD8\xB9\xD8\xB1\xD8\xA8\xD8\xAA \xD8\xB5\xD8"
      "\xAD\xD9\x8A\xD9\x81\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB7"
      "\xD9\x86 \xD8\xA7\xD9\x84\xD8\xB3\xD8\xB9\xD9\x88\xD8\xAF\xD9"
      "\x8A\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85\xD9\x8A"
      "\xD8\xA9 \xD9\x81\xD9\x8A \xD8\xB1\xD8\xB3\xD9\x85 \xD9\x83\xD8"
      "\xA7\xD8\xB1\xD9\x8A\xD9\x83\xD8\xA7\xD8\xAA\xD9\x8A\xD8\xB1"
      "\xD9\x8A \xD8\xB9\xD9\x86 \xD8\xA7\xD9\x84\xD9\x82\xD9\x84\xD9"
      "\x82 \xD9\x85\xD9\x86 \xD8\xA3\xD9\x86 \xD9\x8A\xD9\x83\xD9\x88"
      "\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAA\xD8\xAF\xD8\xAE\xD9\x84 \xD8"
      "\xA7\xD9\x84\xD8\xA5\xD9\x8A\xD8\xB1\xD8\xA7\xD9\x86\xD9\x8A"
      " \xD9\x81\xD9\x8A \xD8\xA7\xD9\x84\xD8\xAF\xD9\x88\xD9\x84 \xD8"
      "\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9 \xD9\x8A"
      "\xD8\xBA\xD8\xB0\xD9\x8A \xD8\xA7\xD9\x84\xD8\xB5\xD8\xB1\xD8"
      "\xA7\xD8\xB9 \xD8\xA7\xD9\x84\xD8\xB7\xD8\xA7\xD8\xA6\xD9\x81"
      "\xD9\x8A \xD9\x85\xD9\x85\xD8\xA7 \xD8\xB3\xD9\x85\xD8\xAD \xD9"
      "\x84\xD8\xAA\xD9\x86\xD8\xB8\xD9\x8A\xD9\x85 \xD8\xAF\xD8\xA7"
      "\xD8\xB9\xD8\xB4 \xD8\xA8\xD8\xAA\xD8\xAD\xD9\x82\xD9\x8A\xD9"
      "\x82 \xD9\x86\xD8\xAC\xD8\xA7\xD8\xAD\xD8\xA7\xD8\xAA.";
  const std::vector<Quote> q2 = Chain::Get().Run(nisba);
  ExpectSpeaker(nisba, q2, Quote::Kind::kReported,
                "\xD8\xA3\xD9\x86 \xD9\x8A\xD9\x83\xD9\x88\xD9\x86",
                "\xD8\xA7\xD9\x84\xD9\x88\xD8\xB7\xD9\x86 \xD8\xA7\xD9\x84\xD8"
                "\xB3\xD8\xB9\xD9\x88\xD8\xAF\xD9\x8A\xD8\xA9",
                true);
}

// ANT JA-economy-168-20160214: tu'tabar "al-khumsa" "lu'lu'at tunis" ...:
// the quoted name is the verb's subject, not a fragment it quotes.
TEST(QuoteSpeakerTest, QuotedSubjectIsNoQuotation) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string text =
      "\xD8\xAA\xD8\xB9\xD8\xAA\xD8\xA8\xD8\xB1 \"\xD8\xA7\xD9\x84\xD8"
      "\xAE\xD9\x85\xD8\xB3\xD8\xA9\" \"\xD9\x84\xD8\xA4\xD9\x84\xD8"
      "\xA4\xD8\xA9 \xD8\xAA\xD9\x88\xD9\x86\xD8\xB3\" \xD8\xA7\xD9"
      "\x84\xD8\xAA\xD9\x8A \xD8\xB3\xD8\xAA\xD8\xB4\xD8\xB9 \xD8\xA8"
      "\xD9\x86\xD9\x88\xD8\xB1\xD9\x87\xD8\xA7 \xD9\x82\xD8\xB1\xD9"
      "\x8A\xD8\xA8\xD8\xA7 \xD9\x81\xD9\x87\xD9\x8A \xD8\xA3\xD8\xB6"
      "\xD8\xAE\xD9\x85 \xD9\x85\xD8\xB4\xD8\xB1\xD9\x88\xD8\xB9 \xD8"
      "\xB3\xD9\x8A\xD8\xA7\xD8\xAD\xD9\x8A \xD8\xB9\xD9\x84\xD9\x89"
      " \xD8\xA7\xD9\x84\xD8\xB7\xD8\xB1\xD8\xA7\xD8\xB2 \xD8\xA7\xD9"
      "\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85\xD9\x8A \xD8\xB3\xD9\x8A"
      "\xD9\x82\xD8\xA7\xD9\x85 \xD8\xA8\xD9\x85\xD8\xAF\xD9\x8A\xD9"
      "\x86\xD8\xA9 \xD9\x82\xD8\xB1\xD8\xA8\xD8\xB5 \xD9\x85\xD9\x86"
      " \xD9\x88\xD9\x84\xD8\xA7\xD9\x8A\xD8\xA9 \xD9\x86\xD8\xA7\xD8"
      "\xA8\xD9\x84.";
  const std::vector<Quote> quotes = Chain::Get().Run(text);
  const std::string subject =
      "\xD8\xA7\xD9\x84\xD8\xAE\xD9\x85\xD8\xB3\xD8\xA9";
  for (const Quote& q : quotes) {
    EXPECT_NE(Core(SpanText(text, q.span)), FoldArabic(subject))
        << QuoteKindName(q.kind) << ": " << SpanText(text, q.span);
  }
}

// "X, alladhi qala ...": a relative clause set off by a comma after the
// person who speaks. The analysis reads alladhi as a name (X), so it had
// been the speaker, or the speaker of a quotation before was carried over
// (nizar). SaudiNewsNet 2015-07-21/415, /452 and /58.
TEST(QuoteSpeakerTest, ThePersonBeforeACommaAndARelativePronounSpeaks) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string k_salama =
      "\u0641\u064a \u062d\u064a\u0646 \u062c\u0627\u0621\u062a "
      "\u062a\u0644\u0643 "
      "\u0627\u0644\u062a\u0635\u0631\u064a\u062d\u0627\u062a "
      "\u0645\u0646\u0627\u0633\u0628\u0629 "
      "\u0648\u0645\u0641\u0631\u062d\u0629 "
      "\u0644\u0644\u0641\u0646\u0627\u0646 "
      "\u0627\u0644\u0633\u0639\u0648\u062f\u064a "
      "\u0637\u0644\u0627\u0644 \u0633\u0644\u0627\u0645\u0629\u060c "
      "\u0627\u0644\u0630\u064a \u0642\u0627\u0644 \u0625\u0646 "
      "\u00ab\u0645\u0627 \u0630\u0643\u0631\u0647 "
      "\u0645\u062d\u0645\u062f \u0639\u0628\u062f\u0647 "
      "\u0648\u0633\u0627\u0645 \u0639\u0644\u0649 "
      "\u0635\u062f\u0631\u064a\u060c \u0644\u0623\u0646\u0647 "
      "\u062c\u0627\u0621 \u0645\u0646 \u0631\u0645\u0632 "
      "\u0643\u0628\u064a\u0631\u060c \u0648\u0623\u062d\u062f "
      "\u0623\u0647\u0645 \u0641\u0646\u0627\u0646\u064a "
      "\u0627\u0644\u0639\u0627\u0644\u0645 "
      "\u0627\u0644\u0639\u0631\u0628\u064a\u060c "
      "\u0648\u0645\u062d\u0645\u062f \u0639\u0628\u062f\u0647 "
      "\u0647\u0648 \u0628\u0627\u0644\u0646\u0633\u0628\u0629 "
      "\u0644\u064a \u0644\u064a\u0633 "
      "\u0641\u0646\u0627\u0646\u064b\u0627 "
      "\u0641\u062d\u0633\u0628\u060c \u0628\u0644 \u0623\u062e "
      "\u0643\u0628\u064a\u0631 \u0648\u0623\u0633\u062a\u0627\u0630 "
      "\u0623\u062a\u0639\u0644\u0645 \u0645\u0646\u0647 "
      "\u0634\u064a\u0621 \u0627\u0644\u0643\u062b\u064a\u0631\u060c "
      "\u0648\u062d\u062f\u064a\u062b\u0647 \u0639\u0646\u064a "
      "\u062d\u0627\u0641\u0632 \u0643\u0628\u064a\u0631 "
      "\u0628\u0627\u0644\u0646\u0633\u0628\u0629 \u0644\u064a\u060c "
      "\u0648\u0623\u0646\u0627 \u0623\u0634\u0643\u0631\u0647 "
      "\u062c\u0632\u064a\u0644 \u0627\u0644\u0634\u0643\u0631\u00bb.";
  const std::string k_sabbah =
      "\u0644\u0643\u0646 \u0646\u0632\u0627\u0631 "
      "\u0623\u062e\u0641\u0642 \u0641\u064a \u0630\u0644\u0643 "
      "\u0648\u0641\u0631\u0651 \u0625\u0644\u0649 "
      "\u0627\u0644\u0625\u0633\u0643\u0646\u062f\u0631\u064a\u0629 "
      "\u0648\u0627\u0633\u062a\u0639\u0627\u0646 "
      "\u0628\u0645\u0631\u064a\u062f\u064a\u0647\u060c "
      "\u0648\u0645\u0646\u0647\u0645 \u062d\u0633\u0646 "
      "\u0627\u0644\u0635\u0628\u0651\u0627\u062d\u060c "
      "\u0627\u0644\u0630\u064a \u0627\u062f\u0639\u0649 \u0623\u0646 "
      "\u0627\u0644\u0645\u0633\u062a\u0646\u0635\u0631 "
      "\u0643\u0627\u0646 \u0642\u062f \u0623\u062e\u0628\u0631\u0647 "
      "\u0634\u0641\u0627\u0647\u0629\u064b \u062d\u064a\u0646 "
      "\u0643\u0627\u0646 \u0641\u064a "
      "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u0639\u0627\u0645 "
      "1086\u0645 \u0628\u0623\u062d\u0642\u0651\u064a\u0651\u0629 "
      "\u0646\u0632\u0627\u0631 "
      "\u0628\u0627\u0644\u062e\u0644\u0627\u0641\u0629.";
  const std::string k_masoudi =
      "\u0648\u0645\u0646 \u0628\u064a\u0646 "
      "\u0647\u0624\u0644\u0627\u0621 \u0639\u0627\u0644\u0645 "
      "\u0627\u0644\u0627\u062c\u062a\u0645\u0627\u0639 "
      "\u0647\u0631\u0645\u0632 "
      "\u0645\u0633\u0639\u0648\u062f\u064a\u060c "
      "\u0627\u0644\u0630\u064a \u0642\u0627\u0644: "
      "\u00ab\u0644\u0627 \u064a\u0645\u0643\u0646 \u0623\u0646 "
      "\u0646\u063a\u0641\u0644 \u0623\u0646 \u0647\u0630\u0647 "
      "\u0628\u0644\u0627\u062f \u062d\u0642\u064a\u0642\u064a\u0629 "
      "\u0628\u0647\u0627 \u0634\u0639\u0628 "
      "\u062d\u0642\u064a\u0642\u064a \u064a\u0631\u063a\u0628 "
      "\u0641\u064a \u062d\u064a\u0627\u0629 "
      "\u062d\u0642\u064a\u0642\u064a\u0629\u00bb.";
  const std::string k_salama_starts =
      "\u0625\u0646 \u00ab\u0645\u0627 \u0630\u0643\u0631\u0647";
  const std::string k_salama_who =
      "\u0637\u0644\u0627\u0644 \u0633\u0644\u0627\u0645\u0629";
  const std::string k_sabbah_starts =
      "\u0623\u0646 \u0627\u0644\u0645\u0633\u062a\u0646\u0635\u0631";
  const std::string k_sabbah_who =
      "\u062d\u0633\u0646 \u0627\u0644\u0635\u0628\u0651\u0627\u062d";
  const std::string k_nizar = "\u0646\u0632\u0627\u0631";
  const std::string k_masoudi_starts =
      "\u0644\u0627 \u064a\u0645\u0643\u0646 \u0623\u0646 "
      "\u0646\u063a\u0641\u0644";
  const std::string k_masoudi_who =
      "\u0647\u0631\u0645\u0632 \u0645\u0633\u0639\u0648\u062f\u064a";
  const std::string k_alladhi = "\u0627\u0644\u0630\u064a";
  const std::vector<Quote> salama = Chain::Get().Run(k_salama);
  ExpectSpeaker(k_salama, salama, Quote::Kind::kReported, k_salama_starts,
                k_salama_who, true);
  ExpectSpeaker(k_salama, salama, Quote::Kind::kReported, k_salama_starts,
                k_alladhi, false);
  const std::vector<Quote> sabbah = Chain::Get().Run(k_sabbah);
  ExpectSpeaker(k_sabbah, sabbah, Quote::Kind::kReported, k_sabbah_starts,
                k_sabbah_who, true);
  ExpectSpeaker(k_sabbah, sabbah, Quote::Kind::kReported, k_sabbah_starts,
                k_nizar, false);
  const std::vector<Quote> masoudi = Chain::Get().Run(k_masoudi);
  ExpectSpeaker(k_masoudi, masoudi, Quote::Kind::kDirect, k_masoudi_starts,
                k_masoudi_who, true);
}

// The same after an apposition ("X, rajul a'mal, alladhi qala"), and
// before a mention of another type after the verb, its object ("X,
// alladhi ablagha sahifat <<bild am sonntag>> anna"). SaudiNewsNet
// 2015-07-21/58 and /323.
TEST(QuoteSpeakerTest,
     TheRelativePronounsPersonAfterAnAppositionAndBeforeAnObject) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string k_honarmandi =
      "\u0648\u0645\u0646 \u0628\u064a\u0646 "
      "\u0647\u0624\u0644\u0627\u0621 \u0645\u0633\u0639\u0648\u062f "
      "\u0647\u0648\u0646\u0627\u0631\u0645\u0627\u0646\u062f\u064a\u060c "
      "\u0631\u062c\u0644 \u0623\u0639\u0645\u0627\u0644\u060c "
      "\u0627\u0644\u0630\u064a \u0642\u0627\u0644: "
      "\u00ab\u0627\u0644\u0645\u0644\u0627\u0644\u064a "
      "\u064a\u062e\u0634\u0648\u0646 \u0645\u0627 \u0647\u0648 "
      "\u0642\u0627\u062f\u0645\u060c \u0644\u0630\u0627 "
      "\u064a\u062d\u0627\u0648\u0644\u0648\u0646 "
      "\u0627\u0644\u0645\u0631\u0627\u0647\u0646\u0629 "
      "\u0628\u062d\u0630\u0631\u00bb.";
  const std::string k_honarmandi_starts =
      "\u0627\u0644\u0645\u0644\u0627\u0644\u064a "
      "\u064a\u062e\u0634\u0648\u0646";
  const std::string k_honarmandi_who =
      "\u0645\u0633\u0639\u0648\u062f "
      "\u0647\u0648\u0646\u0627\u0631\u0645\u0627\u0646\u062f\u064a";
  const std::string k_winterkorn =
      "\u0643\u0634\u0641 \u0639\u0646 \u0647\u0630\u0627 "
      "\u0627\u0644\u0645\u062e\u0637\u0637 "
      "\u0627\u0644\u0631\u0626\u064a\u0633 "
      "\u0627\u0644\u062a\u0646\u0641\u064a\u0630\u064a "
      "\u0644\u0644\u0634\u0631\u0643\u0629\u060c "
      "\u0645\u0627\u0631\u062a\u0646 "
      "\u0641\u064a\u0646\u062a\u0631\u0643\u0648\u0631\u0646\u060c "
      "\u0627\u0644\u0630\u064a \u0623\u0628\u0644\u063a "
      "\u0635\u062d\u064a\u0641\u0629 \u00ab\u0628\u064a\u0644\u062f "
      "\u0622\u0645 \u0632\u0648\u0646\u062a\u0627\u063a\u00bb "
      "\u0627\u0644\u0623\u0644\u0645\u0627\u0646\u064a\u0629 "
      "\u0623\u0646 \u0641\u0648\u0644\u0643\u0633 "
      "\u0641\u0627\u063a\u0646 \u0633\u062a\u0637\u0631\u062d "
      "\u0641\u0626\u0629 \u0633\u064a\u0627\u0631\u0627\u062a "
      "\u0627\u0642\u062a\u0635\u0627\u062f\u064a\u0629 \u0641\u064a "
      "\u0627\u0644\u0633\u0648\u0642 \u0639\u0627\u0645 2018.";
  const std::string k_winterkorn_starts =
      "\u0623\u0646 \u0641\u0648\u0644\u0643\u0633 "
      "\u0641\u0627\u063a\u0646";
  const std::string k_winterkorn_who =
      "\u0645\u0627\u0631\u062a\u0646 "
      "\u0641\u064a\u0646\u062a\u0631\u0643\u0648\u0631\u0646";
  const std::string k_bild = "\u0628\u064a\u0644\u062f";
  const std::vector<Quote> honarmandi = Chain::Get().Run(k_honarmandi);
  ExpectSpeaker(k_honarmandi, honarmandi, Quote::Kind::kDirect,
                k_honarmandi_starts, k_honarmandi_who, true);
  const std::vector<Quote> winterkorn = Chain::Get().Run(k_winterkorn);
  ExpectSpeaker(k_winterkorn, winterkorn, Quote::Kind::kReported,
                k_winterkorn_starts, k_winterkorn_who, true);
  ExpectSpeaker(k_winterkorn, winterkorn, Quote::Kind::kReported,
                k_winterkorn_starts, k_bild, false);
}

// "ja'a dhalika fi ..., mubayyinan anna": the demonstrative, the subject of
// "came", names no one; the participle's speaker is the one named in the
// sentence before (rule f). SaudiNewsNet 2015-07-21/1553.
TEST(QuoteSpeakerTest, ADemonstrativeAloneIsNoSpeaker) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string k_munif =
      "\u0623\u0643\u062f \u0627\u0644\u0645\u062a\u062d\u062f\u062b "
      "\u0627\u0644\u0631\u0633\u0645\u064a "
      "\u0644\u0648\u0632\u0627\u0631\u0629 "
      "\u0627\u0644\u062e\u062f\u0645\u0629 "
      "\u0627\u0644\u0645\u062f\u0646\u064a\u0629 \u062d\u0645\u062f "
      "\u0627\u0644\u0645\u0646\u064a\u0641 \u0623\u0646 "
      "\u0647\u0646\u0627\u0643 "
      "\u0627\u0631\u062a\u0628\u0627\u0637\u0627 "
      "\u0643\u0627\u0645\u0644\u0627 \u0628\u062f\u0644\u064a\u0644 "
      "\u0627\u0644\u062a\u062e\u0635\u0635\u0627\u062a "
      "\u0627\u0644\u0635\u0627\u062f\u0631 \u0645\u0646 "
      "\u0648\u0632\u0627\u0631\u0629 "
      "\u0627\u0644\u062a\u0639\u0644\u064a\u0645 "
      "\u0648\u0623\u0648\u0644\u064a\u0627\u062a "
      "\u062a\u0631\u0634\u064a\u062d "
      "\u0627\u0644\u062a\u062e\u0635\u0635\u0627\u062a "
      "\u0627\u0644\u0645\u0637\u0644\u0648\u0628\u0629 "
      "\u0644\u0634\u063a\u0644 "
      "\u0627\u0644\u0648\u0638\u0627\u0626\u0641 "
      "\u0627\u0644\u062a\u0639\u0644\u064a\u0645\u064a\u0629. "
      "\u062c\u0627\u0621 \u0630\u0644\u0643 \u0641\u064a "
      "\u0645\u0637\u0644\u0639 \u0631\u062f\u0647 \u0639\u0644\u0649 "
      "\u0627\u0633\u062a\u0641\u0633\u0627\u0631\u0627\u062a "
      "\u062d\u0648\u0644 "
      "\u0627\u0644\u0645\u0641\u0627\u0636\u0644\u0629 "
      "\u0627\u0644\u062a\u0639\u0644\u064a\u0645\u064a\u0629 "
      "\u0644\u0645\u0631\u0634\u062d\u064a "
      "\u0627\u0644\u0648\u0638\u0627\u0626\u0641\u060c "
      "\u0645\u0628\u064a\u0646\u0627\u064b \u0623\u0646 "
      "\u0628\u0639\u0636 "
      "\u0627\u0644\u0645\u062a\u0642\u062f\u0645\u064a\u0646 "
      "\u0642\u062f \u064a\u0644\u0627\u062d\u0638 \u0623\u0646\u0647 "
      "\u0642\u062f \u062a\u0645 \u062a\u0631\u0634\u064a\u062d "
      "\u0645\u0646 \u0647\u0645 \u0623\u0642\u0644 "
      "\u0646\u0642\u0627\u0637\u0627.";
  const std::string k_munif_starts =
      "\u0623\u0646 \u0628\u0639\u0636 "
      "\u0627\u0644\u0645\u062a\u0642\u062f\u0645\u064a\u0646";
  const std::string k_munif_who =
      "\u062d\u0645\u062f \u0627\u0644\u0645\u0646\u064a\u0641";
  const std::string k_dhalika = "\u0630\u0644\u0643";
  const std::vector<Quote> quotes = Chain::Get().Run(k_munif);
  ExpectSpeaker(k_munif, quotes, Quote::Kind::kReported, k_munif_starts,
                k_munif_who, true);
  ExpectSpeaker(k_munif, quotes, Quote::Kind::kReported, k_munif_starts,
                k_dhalika, false);
}

// SaudiNewsNet: wa-kana ittihad muntiji al-sayyarat al-urubi qad dhakara
// al-usbu' al-madi annahu ...: the time words after the verb are no
// speaker (data/quotes/speech_verbs.txt, class "time"); the subject before
// the verb speaks.
TEST(QuoteSpeakerTest, LastWeekIsNoSpeaker) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string k_acea =
      "\u0648\u0643\u0627\u0646 \u0627\u062a\u062d\u0627\u062f "
      "\u0645\u0646\u062a\u062c\u064a "
      "\u0627\u0644\u0633\u064a\u0627\u0631\u0627\u062a "
      "\u0627\u0644\u0623\u0648\u0631\u0648\u0628\u064a \u0642\u062f "
      "\u0630\u0643\u0631 \u0627\u0644\u0623\u0633\u0628\u0648\u0639 "
      "\u0627\u0644\u0645\u0627\u0636\u064a \u0623\u0646\u0647 "
      "\u064a\u062a\u0648\u0642\u0639 \u0648\u0635\u0648\u0644 "
      "\u0645\u0628\u064a\u0639\u0627\u062a "
      "\u0627\u0644\u0633\u064a\u0627\u0631\u0627\u062a \u0641\u064a "
      "\u0627\u0644\u0627\u062a\u062d\u0627\u062f "
      "\u0627\u0644\u0623\u0648\u0631\u0648\u0628\u064a "
      "\u062e\u0644\u0627\u0644 \u0627\u0644\u0639\u0627\u0645 "
      "\u0627\u0644\u062d\u0627\u0644\u064a \u0643\u0643\u0644 "
      "\u0625\u0644\u0649 \u0623\u0643\u062b\u0631 \u0645\u0646 13 "
      "\u0645\u0644\u064a\u0648\u0646 \u0633\u064a\u0627\u0631\u0629.";
  const std::string k_acea_starts =
      "\u0623\u0646\u0647 \u064a\u062a\u0648\u0642\u0639";
  const std::string k_acea_who =
      "\u0627\u062a\u062d\u0627\u062f \u0645\u0646\u062a\u062c\u064a "
      "\u0627\u0644\u0633\u064a\u0627\u0631\u0627\u062a "
      "\u0627\u0644\u0623\u0648\u0631\u0648\u0628\u064a";
  const std::string k_last_week =
      "\u0627\u0644\u0623\u0633\u0628\u0648\u0639 "
      "\u0627\u0644\u0645\u0627\u0636\u064a";
  const std::vector<Quote> quotes = Chain::Get().Run(k_acea);
  ExpectSpeaker(k_acea, quotes, Quote::Kind::kReported, k_acea_starts,
                k_acea_who, true);
  ExpectSpeaker(k_acea, quotes, Quote::Kind::kReported, k_acea_starts,
                k_last_week, false);
}

// SaudiNewsNet: a relative pronoun of the verb's gender stands for its
// subject ("al-shahid buba ari alladhi tabi'a": tabi'a is masculine, its
// t- the lemma's own), one of the other gender is its object ("nusus
// al-musalsalat allati yaktubuha bi-annahum": the series are written, not
// writing; the words before the pronoun are no speaker).
TEST(QuoteSpeakerTest, ARelativePronounOfTheOtherGenderIsTheObject) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string k_ari =
      "\u0648\u0641\u064a \u062f\u0627\u0645\u0627\u0633\u0627\u0643 "
      "\u0639\u0644\u0649 \u0627\u0644\u062d\u062f\u0648\u062f "
      "\u0645\u0639 \u0627\u0644\u0646\u064a\u062c\u0631 "
      "\u0623\u0636\u0631\u0645 \u0645\u0633\u0644\u062d\u0648 "
      "\u0628\u0648\u0643\u0648 \u062d\u0631\u0627\u0645 "
      "\u0627\u0644\u0646\u0627\u0631 \u0641\u064a "
      "\u0627\u0644\u0628\u0644\u062f\u0629\u060c "
      "\u0628\u062d\u0633\u0628 \u0627\u0644\u0634\u0627\u0647\u062f "
      "\u0628\u0648\u0628\u0627 \u0623\u0631\u064a "
      "\u0627\u0644\u0630\u064a \u062a\u0627\u0628\u0639: "
      "\u00ab\u0646\u062d\u0646 \u0646\u0628\u062d\u062b \u0639\u0646 "
      "\u062c\u062b\u062b \u0641\u064a "
      "\u0627\u0644\u0645\u0646\u0637\u0642\u0629 "
      "\u0627\u0644\u0645\u062d\u062a\u0631\u0642\u0629. "
      "\u0648\u062d\u062a\u0649 \u0627\u0644\u0622\u0646 "
      "\u0639\u062b\u0631\u0646\u0627 \u0639\u0644\u0649 "
      "\u062e\u0645\u0633 \u062c\u062b\u062b\u00bb.";
  const std::string k_ari_starts =
      "\u0646\u062d\u0646 \u0646\u0628\u062d\u062b";
  const std::string k_ari_who = "\u0628\u0648\u0628\u0627 \u0623\u0631\u064a";
  const std::string k_moati =
      "\u0648\u0635\u0641 \u0627\u0644\u0643\u0627\u062a\u0628 "
      "\u0648\u0627\u0644\u0645\u0624\u0644\u0641 "
      "\u0627\u0644\u062a\u0644\u0641\u0632\u064a\u0648\u0646\u064a "
      "\u064a\u0648\u0633\u0641 \u0645\u0639\u0627\u0637\u064a "
      "\u0645\u0646 \u064a\u062a\u0647\u0645\u0648\u0646\u0647 "
      "\u0628\u0633\u0631\u0642\u0629 \u0646\u0635\u0648\u0635 "
      "\u0627\u0644\u0645\u0633\u0644\u0633\u0644\u0627\u062a "
      "\u0627\u0644\u062a\u064a \u064a\u0643\u062a\u0628\u0647\u0627 "
      "\u0628\u0623\u0646\u0647\u0645 "
      "\u064a\u0645\u062a\u0647\u0646\u0648\u0646 "
      "\u062a\u0627\u0631\u064a\u062e\u0647 "
      "\u0648\u0645\u0633\u064a\u0631\u062a\u0647 "
      "\u0627\u0644\u0637\u0648\u064a\u0644\u0629 "
      "\u0627\u0644\u062a\u064a \u0627\u0645\u062a\u062f\u062a "
      "\u0639\u0642\u0648\u062f\u0627 \u0641\u064a "
      "\u0645\u062c\u0627\u0644 "
      "\u0627\u0644\u062a\u0623\u0644\u064a\u0641.";
  const std::string k_moati_starts =
      "\u0628\u0623\u0646\u0647\u0645 "
      "\u064a\u0645\u062a\u0647\u0646\u0648\u0646";
  const std::string k_moati_not =
      "\u0646\u0635\u0648\u0635 "
      "\u0627\u0644\u0645\u0633\u0644\u0633\u0644\u0627\u062a";
  const std::vector<Quote> ari = Chain::Get().Run(k_ari);
  ExpectSpeaker(k_ari, ari, Quote::Kind::kDirect, k_ari_starts, k_ari_who,
                true);
  const std::vector<Quote> moati = Chain::Get().Run(k_moati);
  ExpectSpeaker(k_moati, moati, Quote::Kind::kReported, k_moati_starts,
                k_moati_not, false);
}

// A plural speech verb's subject is a group, never one person
// (src/quotes/quote_speaker.cc, PersonForGroup; docs/QUOTES.md). The
// family of a patient (SaudiNewsNet 2015-08-07, sabq.org, shortened)
// "wa-akkaduu", "wa-qaluu": the patient, the one person named, had been
// their carried-over speaker. The same statements by one man with
// singular verbs still carry his name over.
TEST(QuoteSpeakerTest, APluralVerbIsNoOnePersonsStatement) {
  ASSERT_TRUE(Chain::Get().ok());
  const std::string k_family =
      "\u0646\u0627\u0634\u062f \u0630\u0648\u0648 "
      "\u0627\u0644\u0645\u0648\u0627\u0637\u0646 "
      "\u0639\u0648\u0636 \u062d\u0645\u064a\u062f "
      "\u0627\u0644\u0645\u0637\u064a\u0631\u064a "
      "\u0645\u0642\u0627\u0645 \u062e\u0627\u062f\u0645 "
      "\u0627\u0644\u062d\u0631\u0645\u064a\u0646 "
      "\u0627\u0644\u0634\u0631\u064a\u0641\u064a\u0646 "
      "\u0648\u0648\u0632\u064a\u0631 "
      "\u0627\u0644\u0635\u062d\u0629 "
      "\u0628\u0639\u0644\u0627\u062c "
      "\u0627\u0628\u0646\u0647\u0645 \u0641\u064a "
      "\u0625\u062d\u062f\u0649 "
      "\u0627\u0644\u0645\u0633\u062a\u0634\u0641\u064a\u0627\u062a "
      "\u0627\u0644\u0645\u062a\u0642\u062f\u0645\u0629 "
      "\u0641\u064a \u0623\u0644\u0645\u0627\u0646\u064a\u0627. "
      "\u0648\u0623\u0643\u062f\u0648\u0627 \u0623\u0646 "
      "\"\u0627\u0644\u0645\u0637\u064a\u0631\u0649\" "
      "\u064a\u0639\u0627\u0646\u064a "
      "\u0634\u0644\u0644\u0627\u064b "
      "\u0631\u0628\u0627\u0639\u064a\u064b\u0627 "
      "\u062a\u0634\u0646\u062c\u064a\u064b\u0627\u060c "
      "\u0648\u064a\u062d\u062a\u0627\u062c \u0625\u0644\u0649 "
      "\u0627\u0644\u0633\u0641\u0631 "
      "\u0644\u0644\u062e\u0627\u0631\u062c. "
      "\u0648\u0642\u0627\u0644\u0648\u0627 \u0625\u0646 "
      "\"\u0627\u0644\u0645\u0637\u064a\u0631\u064a\" \u0642\u062f "
      "\u062e\u062f\u0645 \u0627\u0644\u0642\u0637\u0627\u0639 "
      "\u0627\u0644\u0623\u0645\u0646\u064a "
      "\u0644\u0623\u0643\u062b\u0631 \u0645\u0646 26 "
      "\u0639\u0627\u0645\u064b\u0627.";
  const std::string k_stressed =
      "\u0623\u0646 \"\u0627\u0644\u0645\u0637\u064a\u0631\u0649\" "
      "\u064a\u0639\u0627\u0646\u064a";
  const std::string k_said =
      "\u0625\u0646 \"\u0627\u0644\u0645\u0637\u064a\u0631\u064a\" "
      "\u0642\u062f \u062e\u062f\u0645";
  const std::string k_man =
      "\u0648\u0623\u0643\u062f "
      "\u0627\u0644\u0645\u0648\u0627\u0637\u0646 "
      "\u0639\u0648\u0636 \u062d\u0645\u064a\u062f "
      "\u0627\u0644\u0645\u0637\u064a\u0631\u064a \u0623\u0646 "
      "\u062d\u0627\u0644\u062a\u0647 "
      "\u062a\u062d\u062a\u0627\u062c \u0625\u0644\u0649 "
      "\u062c\u0631\u0627\u062d\u0629 "
      "\u0639\u0627\u062c\u0644\u0629. \u0648\u0642\u0627\u0644 "
      "\u0625\u0646\u0647 \u062e\u062f\u0645 "
      "\u0627\u0644\u0642\u0637\u0627\u0639 "
      "\u0627\u0644\u0623\u0645\u0646\u064a "
      "\u0644\u0623\u0643\u062b\u0631 \u0645\u0646 26 "
      "\u0639\u0627\u0645\u064b\u0627.";
  const std::string k_man_said =
      "\u0625\u0646\u0647 \u062e\u062f\u0645 "
      "\u0627\u0644\u0642\u0637\u0627\u0639";
  const std::string k_surname = "\u0627\u0644\u0645\u0637\u064a\u0631\u064a";
  std::vector<Quote> quotes = Chain::Get().Run(k_family);
  for (const std::string& starts : {k_stressed, k_said}) {
    ExpectSpeaker(k_family, quotes, Quote::Kind::kReported, starts, k_surname,
                  false);
  }
  quotes = Chain::Get().Run(k_man);
  ExpectSpeaker(k_man, quotes, Quote::Kind::kReported, k_man_said, k_surname,
                true);
}

}  // namespace
}  // namespace quotes_test
}  // namespace khabar
