// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Test data for the NER trainer's tests: a few ANERcorp-style sentences
// and raw news lines, written for the tests.

#ifndef KHABAR_TESTS_NER_TINY_NER_DATA_H_
#define KHABAR_TESTS_NER_TINY_NER_DATA_H_

namespace khabar::testing {

// A few ANERcorp-style sentences, in the CoNLL layout.
constexpr char kTinyNer[] =
    "\xD9\x82\xD8\xA7\xD9\x84 O\n"                      // qAl
    "\xD8\xAC\xD9\x88\xD9\x86 B-PERS\n"                 // jwn
    "\xD9\x83\xD9\x8A\xD8\xB1\xD9\x8A I-PERS\n"         // kyry
    "\xD9\x81\xD9\x8A O\n"                              // fy
    "\xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xB3 B-LOC\n"  // bArys
    "\n"
    "\xD9\x88\xD8\xB5\xD9\x84 O\n"                       // wSl
    "\xD9\x83\xD9\x8A\xD8\xB1\xD9\x8A B-PERS\n"          // kyry
    "\xD8\xA7\xD9\x84\xD9\x89 O\n"                       // <lY
    "\xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xB3 B-LOC\n";  // bArys

// Raw news lines for the word types: "Lavrov" never appears in kTinyNer but
// stands where "Kerry" stands in news ("qAl X fy", "wSl X <lY").
constexpr char kTinyRaw[] =
    "\xD9\x82\xD8\xA7\xD9\x84 \xD9\x83\xD9\x8A\xD8\xB1\xD9\x8A "   // qAl kyry
    "\xD9\x81\xD9\x8A \xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xB3\n"  // fy bArys
    "\xD9\x82\xD8\xA7\xD9\x84 "
    "\xD9\x84\xD8\xA7\xD9\x81\xD8\xB1\xD9\x88\xD9\x81 "  // qAl lAfrwf
    "\xD9\x81\xD9\x8A \xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xB3\n"
    "\xD9\x88\xD8\xB5\xD9\x84 \xD9\x83\xD9\x8A\xD8\xB1\xD9\x8A "  // wSl kyry
    "\xD8\xA7\xD9\x84\xD9\x89 \xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xB3\n"
    "\xD9\x88\xD8\xB5\xD9\x84 "
    "\xD9\x84\xD8\xA7\xD9\x81\xD8\xB1\xD9\x88\xD9\x81 "  // wSl lAfrwf
    "\xD8\xA7\xD9\x84\xD9\x89 \xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xB3\n";

}  // namespace khabar::testing

#endif  // KHABAR_TESTS_NER_TINY_NER_DATA_H_
