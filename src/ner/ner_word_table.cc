// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/ner_word_table.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/data_file.h"
#include "morph/morph_text.h"

namespace khabar {

extern const char kNerQuotedNameNounsTsv[];
extern const size_t kNerQuotedNameNounsTsvSize;
extern const char kNerCurrencyUnitsTsv[];
extern const size_t kNerCurrencyUnitsTsvSize;
extern const char kNerOrgHeadsTsv[];
extern const size_t kNerOrgHeadsTsvSize;

namespace ner {
namespace {

const NerWordTable* ParseEmbedded(const char* data, size_t size,
                                  std::string_view source) {
  StatusOr<NerWordTable> parsed =
      NerWordTable::Parse(std::string_view(data, size), source);
  return new NerWordTable(parsed.ok() ? std::move(*parsed) : NerWordTable());
}

}  // namespace

StatusOr<NerWordTable> NerWordTable::Parse(std::string_view tsv,
                                           std::string_view source) {
  NerWordTable table;
  Status s = ForEachTsvRow(
      tsv, source, 2, 3, "word, type[, note]",
      [&](const std::string& where,
          const std::vector<std::string_view>& cells) -> Status {
        if (cells[0].empty() || cells[1].empty()) {
          return InvalidArgumentError(where + ": empty word or type");
        }
        std::string folded;
        morph::AppendFoldForm(morph::KeyForm(cells[0]), &folded);
        auto [it, fresh] =
            table.types_.emplace(std::move(folded), std::string(cells[1]));
        if (!fresh && it->second != cells[1]) {
          return InvalidArgumentError(where + ": word listed with two types");
        }
        return Status::Ok();
      });
  if (!s.ok()) return s;
  return table;
}

const NerWordTable& NerWordTable::QuotedNameNouns() {
  static const NerWordTable* const table =
      ParseEmbedded(kNerQuotedNameNounsTsv, kNerQuotedNameNounsTsvSize,
                    "data/ner/quoted_name_nouns.tsv");
  return *table;
}

const NerWordTable& NerWordTable::OrgHeads() {
  static const NerWordTable* const table = ParseEmbedded(
      kNerOrgHeadsTsv, kNerOrgHeadsTsvSize, "data/ner/org_heads.tsv");
  return *table;
}

const NerWordTable& NerWordTable::CurrencyUnits() {
  static const NerWordTable* const table =
      ParseEmbedded(kNerCurrencyUnitsTsv, kNerCurrencyUnitsTsvSize,
                    "data/ner/currency_units.tsv");
  return *table;
}

std::string_view NerWordTable::TypeOf(std::string_view host) const {
  auto it = types_.find(host);
  return it == types_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace ner
}  // namespace khabar
