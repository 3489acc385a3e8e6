// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: where a name starts when the analysis split letters off the
// front of its token (docs/ENTITIES.md, "Where a mention starts"). The
// morphology, trained on PADT with few foreign names, reads many as a
// proclitic + the rest ("kamirun" as ka + "amirun", "bulunii" as bi +
// "walaw" + ni); raw news counts (the morphology model's word_counts) say
// whether the whole token is the word. Type-level: the result is kept in
// the NER cache with the token's other fields.

#ifndef KHABAR_NER_NAME_BEGIN_H_
#define KHABAR_NER_NAME_BEGIN_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "morph/hash_index.h"
#include "ner/ner_decode.h"

namespace khabar::ner {

// The log2 bucket of `key`'s raw-news count: 0 if unseen, 1 for one, up
// to 12.
uint32_t RawCountBucket(const morph::HashIndex& counts, std::string_view key);

// The byte offset after skipping `letters` letters (and the diacritics
// and tatweel after each) from `begin` in `text`, not past `end`.
uint32_t SkipLetters(std::string_view text, uint32_t begin, uint32_t end,
                     size_t letters);

// Sets t->name_letters, t->token_raw and t->keeps_prefix from the token's
// key form (t->key), its host's form, how many letters the analysis read
// as proclitics, t->raw (the host's bucket) and t->enclitic.
void SetNameBegin(const morph::HashIndex& word_counts,
                  std::string_view host_form, size_t proclitic_letters,
                  NerToken* t);

// A token the analysis left whole (no clitic) that starts with the
// conjunction wa- or fa- and 2 letters or more after it: the morphology
// reads "wqTr" ("and Qatar") and "wf'ad" ("and Fouad") as one foreign
// word. A mention that starts with it starts after the conjunction
// (t->name_letters 1) when raw news makes the rest a name (its word type's
// best class an entity type, at 4/8 or more) and the whole token not (its
// best class O, or no word type), and raw news has the rest at least as
// often as the token: "wqTr", "wHatm", "wtl" (Tel Aviv), not "fras"
// (Firas), "ward", "wjdy" (Wagdi), "wHyd" (Wahid). Reads t->key, t->host,
// t->word_type and t->token_raw (SetNameBegin first).
void SetConjunctionBegin(const morph::HashIndex& word_counts,
                         const morph::HashIndex& word_types, NerToken* t);

}  // namespace khabar::ner

#endif  // KHABAR_NER_NAME_BEGIN_H_
