// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: month names, after decoding. ANERcorp leaves months O (its
// training split: sabtambir 42 of 42, tishrin 15 of 15), but the tagger
// never saw the Maghreb months of Tunisian news ("20 ut", August, an
// organization 54 times in the ANT corpus; "13 juwiliya", July, a place
// 17 times) and reads some Levantine ones as names ("nisan", April, also
// the carmaker Nissan, which ANERcorp marks ORG 13 times). A one-token
// mention that is a month in a date becomes O (docs/ENTITIES.md, "Month
// names").
//
//   DropMonthNames(model, text, analysis, tokens, &labels);

#ifndef KHABAR_NER_NER_MONTHS_H_
#define KHABAR_NER_NER_MONTHS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "khabar/morph_analyzer.h"
#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {

// Makes, in place, a one-token mention O when its host is a month name:
// one of the Maghreb months that are no other word (janfi, fifri, afril,
// juwan, juwiliya, ut) anywhere; any other month (the Gregorian months as
// Egypt and the Gulf write them, "may", the Levantine months) only in a
// date: after a number ("14 nisan") or "shahr" (month), or before a
// number ("may 2017"), on the same line, or next to the other calendar's
// name in parentheses or after a slash ("abril (nisan)", "nisan (abril)",
// "tammuz/yulyu"): not Theresa May
// ("qalat may"), nor Nissan ("sharikat nisan"). `tokens[i]` is token i's
// NerToken. Returns the mentions dropped.
size_t DropMonthNames(const NerModelData& m, std::string_view text,
                      const MorphAnalysis& a,
                      std::span<const NerToken* const> tokens,
                      std::vector<uint16_t>* labels);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_MONTHS_H_
