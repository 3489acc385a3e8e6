// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: circumstantial participles at a person mention's edges, after
// decoding. News reports speech with a participle after the speaker ("wa-
// qala zarif mukhatiban nuwwab al-barlaman", Zarif said, addressing the
// deputies; "qa'ilan", saying; "mudifan", adding); the tagger sometimes
// takes the participle into the name ("zarif mukhatiban") or makes it a
// person alone, and the quotation stage then names the speaker wrongly.
// These words are never names: a person mention loses them at either end
// (docs/ENTITIES.md, "Participles after a name").
//
//   DropParticiples(model, tokens, &labels);

#ifndef KHABAR_NER_NER_PARTICIPLES_H_
#define KHABAR_NER_NER_PARTICIPLES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "ner/ner_decode.h"
#include "ner/ner_model.h"

namespace khabar::ner {

// True if `host` (a folded host word) is one of the participles of
// reporting and addressing, masculine or feminine, accusative ("qa'ilan",
// "mudifatan", "mu'akkidan", "mushiran", "mukhatiban", ...).
bool IsReportingParticiple(const std::string& host);

// Makes, in place, the first and last tokens of a PER mention O while they
// are such a participle without clitics, the mention's next token becoming
// its start; a mention of participles alone goes. `tokens[i]` is token i's
// NerToken. Returns the tokens made O.
size_t DropParticiples(const NerModelData& m,
                       std::span<const NerToken* const> tokens,
                       std::vector<uint16_t>* labels);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_PARTICIPLES_H_
