// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: a table of words and entity types that a rule of the tagger
// reads (data/ner/*.tsv, embedded in the library): the nouns before quoted
// names (ner_quoted_names.h), the currency units (ner_currencies.h) and
// the heads of organizations' names (ner_org_heads.h).
// Words are matched as a token's host (NerToken::host): folded, after the
// proclitics.
//
//   const NerWordTable& nouns = NerWordTable::QuotedNameNouns();
//   std::string_view type = nouns.TypeOf(token.host);  // "" if absent
//
// Thread safety: immutable once built.

#ifndef KHABAR_NER_NER_WORD_TABLE_H_
#define KHABAR_NER_NER_WORD_TABLE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/string_hash.h"
#include "khabar/status.h"

namespace khabar::ner {

class NerWordTable {
 public:
  // Rows "word TAB type [TAB note]"; '#' starts a comment line. Errors name
  // `source` and the line (kInvalidArgument; kDataLoss for bad UTF-8).
  static StatusOr<NerWordTable> Parse(std::string_view tsv,
                                      std::string_view source);
  // data/ner/quoted_name_nouns.tsv, data/ner/currency_units.tsv and
  // data/ner/org_heads.tsv, parsed once (a test checks that they parse;
  // empty otherwise).
  static const NerWordTable& QuotedNameNouns();
  static const NerWordTable& CurrencyUnits();
  static const NerWordTable& OrgHeads();

  // The type of the folded host word `host` (NerToken::host), or "".
  std::string_view TypeOf(std::string_view host) const;
  size_t size() const { return types_.size(); }

 private:
  // Transparent: TypeOf looks a string_view up without building a string
  // (the currency rule asks for every token).
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>
      types_;
};

}  // namespace khabar::ner

#endif  // KHABAR_NER_NER_WORD_TABLE_H_
