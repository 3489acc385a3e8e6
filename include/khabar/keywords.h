// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Keywords of a news article: lemmas and entities scored tf-idf-like
// against a table of document frequencies that khabar computes from a news
// corpus (`khabar train df`, stored as a model of kind "df").
//
//   auto df = khabar::DocFrequencies::Load("models/df-saudinewsnet.khm");
//   if (!df.ok()) return df.status();  // kNotFound, kDataLoss, ...
//   khabar::MorphAnalysis analysis = ...;   // of `text` (morph_analyzer.h)
//   std::vector<khabar::Entity> entities = ...;  // of `text` (entities.h)
//   std::vector<khabar::Keyword> keywords;
//   KHABAR_RETURN_IF_ERROR(khabar::ExtractKeywords(
//       text, analysis, entities, **df, {}, &keywords));
//   for (const khabar::Keyword& k : keywords) {
//     // k.lemma "\u0645\u0641\u0627\u0648\u0636\u0629" (negotiation) or an
//     // entity's canonical name, k.surface as first written, k.first its
//     // byte span in `text`, k.score, k.entity.
//   }
//
// Terms: a syntactic word of the analysis is a term when its UPOS is NOUN,
// PROPN, ADJ, X or VERB, it has at least two letters, and neither its form
// nor its lemma is a stopword (data/summary/stopwords.txt). Its key is the
// lemma (the light stem when there is no lemma) folded: alef and hamza
// seats to bare alef, alef maksura to ya (TermKey()). All forms of one
// lemma are therefore one keyword.
//
// Scores: tf-idf, (1 + ln tf) * ln((N + 1) / (df + 1)) with df from the
// table (a term the table lacks counts as seen in half its min_documents),
// times options.verb_weight for verbs and options.title_weight when the
// term is in the first sentence (the headline). An entity is one keyword
// (its canonical name): its tf is its number of mentions, its idf the
// highest of its words', times options.entity_boost; the words inside its
// mentions are not terms of their own. docs/SUMMARY.md has the details.
//
// Errors: ExtractKeywords() is kInvalidArgument when the analysis or an
// entity span does not fit `text`. Load()/FromBytes(): kNotFound (no file),
// kUnsupportedVersion (a newer container or table version), kDataLoss (not
// a "df" model, or corrupt: bad lengths, unsorted keys, leftover bytes).
//
// Thread safety: a DocFrequencies is immutable and shared; its const
// methods and ExtractKeywords() may run on many threads at once.

#ifndef KHABAR_KEYWORDS_H_
#define KHABAR_KEYWORDS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/entities.h"
#include "khabar/morph_analyzer.h"
#include "khabar/status.h"

namespace khabar {

class ModelFile;
namespace morph {
class HashIndex;
}  // namespace morph

// The model kind of a document-frequency table.
inline constexpr std::string_view kDocFrequenciesKind = "df";

// The 64-bit key of a term: XXH3 of the folded lemma (see the file comment).
uint64_t TermKey(std::string_view lemma);

// A table of term document frequencies: how many of N documents contain a
// term, for terms seen in at least min_documents() of them.
class DocFrequencies {
 public:
  // Reads (memory-maps) a model file of kind "df" and indexes its keys.
  static StatusOr<std::shared_ptr<const DocFrequencies>> Load(
      const std::string& path);
  // Parses model file bytes.
  static StatusOr<std::shared_ptr<const DocFrequencies>> FromBytes(
      std::string bytes);

  ~DocFrequencies();
  DocFrequencies(const DocFrequencies&) = delete;
  DocFrequencies& operator=(const DocFrequencies&) = delete;

  // Documents the table was built from.
  uint32_t documents() const { return documents_; }
  // Terms seen in fewer documents were dropped.
  uint32_t min_documents() const { return min_documents_; }
  // Number of terms kept.
  size_t size() const { return size_; }

  // Documents containing the term with key `key` (TermKey), 0 if unknown.
  uint32_t Find(uint64_t key) const;
  // ln((N + 1) / (df + 1)), with df = min_documents() / 2 for an unknown
  // term.
  double Idf(uint64_t key) const;

  // The model's metadata (data description, licence, ...).
  const ModelFile& file() const { return *file_; }

 private:
  DocFrequencies() = default;
  static StatusOr<std::shared_ptr<const DocFrequencies>> FromFile(
      std::shared_ptr<const ModelFile> file);
  std::shared_ptr<const ModelFile> file_;
  size_t size_ = 0;
  // The file's sorted keys -> counts, indexed at load: one probe instead of
  // a binary search over the whole table (2 % of the summary chain,
  // docs/BENCHMARKS.md).
  std::unique_ptr<const morph::HashIndex> index_;
  uint32_t documents_ = 0;
  uint32_t min_documents_ = 0;
};

// Counts documents for a DocFrequencies table. Add the analysis of each
// document, then Serialize(). One thread's object.
struct DocFrequencyOptions {
  // Terms seen in fewer documents are dropped. Default 3.
  uint32_t min_documents = 3;
  // Free text stored in the model's metadata.
  std::string data_description;
  std::string license;
  std::string training_config;
  std::string data_hash;
};

class DocFrequencyBuilder {
 public:
  DocFrequencyBuilder();
  ~DocFrequencyBuilder();
  DocFrequencyBuilder(const DocFrequencyBuilder&) = delete;
  DocFrequencyBuilder& operator=(const DocFrequencyBuilder&) = delete;

  // Counts the distinct terms of one document.
  void AddDocument(const MorphAnalysis& analysis);
  uint32_t documents() const;
  // Distinct terms seen so far (before the min_documents cut).
  size_t terms() const;

  // The model file bytes (deterministic). kInvalidArgument when no
  // document was added.
  StatusOr<std::string> Serialize(const DocFrequencyOptions& options) const;

 private:
  struct Counts;
  std::unique_ptr<Counts> counts_;
};

// Builds a table from raw text: documents separated by form feeds ('\f'),
// at most `max_documents` of them (0: all), each analyzed with `model`.
// Empty documents are skipped. `*documents_read` (optional) gets the count.
StatusOr<std::string> BuildDocFrequencies(
    std::string_view corpus, std::shared_ptr<const MorphModel> model,
    size_t max_documents, const DocFrequencyOptions& options,
    size_t* documents_read = nullptr);

struct KeywordOptions {
  // Keywords returned. Default 10.
  size_t max_keywords = 10;
  // Multiplies an entity's score. Default 1.5.
  double entity_boost = 1.5;
  // Multiplies the score of a term that occurs in the first sentence (the
  // headline when the text starts with it). Default 1.3.
  double title_weight = 1.3;
  // Multiplies a verb's score (verbs are weaker topic words). Default 0.5.
  double verb_weight = 0.5;
  // Terms occurring once are dropped unless they are entities or in the
  // first sentence, when the text has at least this many terms. Default
  // 150.
  size_t min_terms_for_singletons_cut = 150;
};

struct Keyword {
  // The folded lemma of the term, or the entity's canonical name.
  std::string lemma;
  // The first occurrence as written (for a word: its whole token, clitics
  // included; for an entity: its first mention).
  std::string surface;
  ByteSpan first;  // of `surface`, in the text
  double score = 0;
  bool entity = false;
  uint32_t count = 0;  // occurrences (mentions for an entity)
};

// The top options.max_keywords keywords of `text`, best first (ties: first
// occurrence first) into `*out` (replaced). `analysis` must be of `text`,
// `entities` of `text` (may be empty).
Status ExtractKeywords(std::string_view text, const MorphAnalysis& analysis,
                       const std::vector<Entity>& entities,
                       const DocFrequencies& df, const KeywordOptions& options,
                       std::vector<Keyword>* out);

// Appends `keywords` as a JSON array:
//   [{"lemma": "...", "surface": "...", "begin": 10, "end": 20,
//     "score": 3.25, "count": 2, "entity": false}]
// Offsets are bytes plus `offset_base`. Thread safety: a pure function.
void AppendKeywordsJson(const std::vector<Keyword>& keywords,
                        uint64_t offset_base, std::string* out);

}  // namespace khabar

#endif  // KHABAR_KEYWORDS_H_
