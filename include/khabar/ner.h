// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Named-entity recognition: PER, LOC, ORG and MISC mentions in Arabic text,
// from a model trained by `khabar train ner` (ANERcorp), on top of the
// morphological analysis.
//
//   auto ner = khabar::NerModel::Load("models/ner-anercorp.khm");
//   khabar::NerTagger tagger(*ner);                 // one per thread
//   khabar::MorphAnalysis a;                        // from a MorphAnalyzer
//   KHABAR_RETURN_IF_ERROR(morph.Analyze(text, &a));
//   std::vector<khabar::NerMention> mentions;
//   KHABAR_RETURN_IF_ERROR(tagger.Tag(text, a, &mentions));
//   // mentions[i].span: bytes of `text`; starts after a proclitic
//   // ("wkyry" -> "kyry"); mentions[i].type: "PER", "LOC", "ORG", "MISC"
//
// The tagger labels tokens B-T / I-T / O (or BIOES) by Viterbi decoding in
// two passes (the second sees the first pass's labels of the following
// tokens and of the same word in nearby sentences); features come from the
// token's host word (clitics removed), its UPOS, neighbours, counts and
// word types learned from raw news, and a gazetteer. See docs/ENTITIES.md.
//
// Errors: loading as for MorphModel (kNotFound, kUnsupportedVersion,
// kDataLoss); Tag fails with kInvalidArgument if the analysis does not
// belong to `text`.
//
// Thread safety: an NerModel is immutable and shared; an NerTagger holds
// scratch: one per thread.

#ifndef KHABAR_NER_H_
#define KHABAR_NER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/morph_analyzer.h"
#include "khabar/status.h"

namespace khabar {

namespace ner {
struct NerModelData;
}  // namespace ner

struct NerModelInfo {
  std::string training_config;
  std::string data_description;
  std::string data_hash;
  std::string license;
  size_t file_bytes = 0;
  size_t memory_bytes = 0;
};

class NerModel {
 public:
  static StatusOr<std::shared_ptr<const NerModel>> Load(
      const std::string& path);
  static StatusOr<std::shared_ptr<const NerModel>> FromBytes(std::string bytes);

  ~NerModel();
  NerModel(const NerModel&) = delete;
  NerModel& operator=(const NerModel&) = delete;

  const NerModelInfo& info() const { return info_; }
  // Entity types, in label order ("PER", "LOC", "ORG", "MISC").
  const std::vector<std::string>& types() const;
  // True if the model's features read the analysis's lemmas, light stems
  // and UD features (trained with --morph-features): analyze its input
  // with MorphAnalyzerOptions::lemmas and features on. Otherwise it reads
  // the words and tags only.
  bool reads_morph_attributes() const;

  // Internal.
  const ner::NerModelData& data() const { return *data_; }
  NerModel(std::unique_ptr<ner::NerModelData> data, size_t file_bytes);

 private:
  std::unique_ptr<ner::NerModelData> data_;
  NerModelInfo info_;
};

struct NerMention {
  ByteSpan span;             // in the analyzed text, after any proclitic
  uint32_t first_token = 0;  // index into MorphAnalysis::tokens
  uint32_t token_count = 0;
  std::string type;  // "PER", "LOC", "ORG", "MISC"
  // True if the span's first word is a word of raw news as written,
  // letters that read as proclitics included: raw news has it at least 8
  // times as often as what is left without them, and 8 times or more. A
  // name the analysis split and the tagger gave its first letters back
  // ("lafrawf", not "la" + "frawf"), or a token the analysis left whole
  // that reads as a preposition + the article ("kaliifurniya", not "ka" +
  // "al-yfurniya"; "baltimur"); or a person's Bou- or Le- surname read as
  // bi- or li- + a word rare in raw news ("lwban"). Entity resolution keeps
  // such a first word as written (EntityMention::whole_first_word).
  bool whole_token = false;
};

struct NerTaggerOptions {
  // Label in two passes, the second seeing the first's labels of the
  // following tokens and of the same word in the sentences around (up to
  // 25 before and after, in the same analysis: document-level
  // consistency). On the tuning split it gave 72.8 against 71.8 F1 (PER
  // recall +4, docs/ACCURACY.md); it doubles the NER time (the morphology
  // is the larger part of the chain). Needs a model trained with its
  // second pass (the default); otherwise one pass runs.
  bool second_pass = true;
  // The second pass leaves alone a sentence the first left without a
  // mention, none of whose hosts it labelled in the sentences around: on
  // 60,000 SaudiNewsNet sentences it found a mention in 5 of the 21,000
  // such sentences, and skipping them makes `khabar entities` about 4 %
  // faster (docs/ENTITIES.md). False decodes every sentence twice.
  bool skip_quiet_sentences = true;
  // A person's surname alone ("awbama", "wa-awbama") in the sentences
  // around a mention of the full name ("barak awbama"), left out or given
  // another type by the tagger, becomes a PER mention (document-level
  // consistency after decoding; docs/ENTITIES.md).
  bool surnames = true;
  // A person mention that ends right before the family-name particle "Al"
  // ("hamad bin khalifa" + "Al thani") takes in "Al" and the family name
  // (after decoding; docs/ENTITIES.md).
  bool family_names = true;
  // A person named after the title "ayat allah" ("ayat allah 'ali
  // khamenei") is one PER mention from the title on, as ANERcorp
  // annotates it (after decoding; docs/ENTITIES.md).
  bool ayatollah_names = true;
  // A person's name with a European surname particle ("rud" + "fan
  // nistlruy", "fan bastin" after a verb; van, von, de, du, da, del, van
  // der, de la) includes the particle, as ANERcorp annotates it (after
  // decoding; docs/ENTITIES.md).
  bool name_particles = true;
  // A short name in quotation marks right after a noun that says what it
  // names ("sahifat "marka"", "barnamaj "asl al-kalima"": the nouns of
  // data/ner/quoted_name_nouns.tsv) becomes a mention of the noun's type
  // (after decoding; docs/ENTITIES.md, "Quoted names in the tagger").
  bool quoted_names = true;
  // A currency unit in the forms ANERcorp annotates as MISC ("dular",
  // "60 dularan", "al-yuru": data/ner/currency_units.tsv) that the tagger
  // left out or typed otherwise becomes a MISC mention (after decoding;
  // docs/ENTITIES.md). The entity resolver gives such mentions no entity.
  bool currencies = true;
  // A person mention is split at a token read as the conjunction "wa" + a
  // word ("khalid wa-fahd": two persons; after decoding; docs/ENTITIES.md).
  bool coordinated_names = true;
  // Name boundaries (after decoding; docs/ENTITIES.md): two person
  // mentions that touch are one where the tagger cut a name in two (the
  // first is one word without the article, or the second is one word, or
  // the first ends with "bin", "bint", "ibn" or "abu": "'abd rabbuh |
  // mansur hadi"); a name that ends with "bin" or "'abd" takes the next
  // word; a name ends before "wali" of "wali al-'ahd"; a given name takes
  // the next word where the analysis read a Bou- or Le- surname as "bi-" or
  // "li-" + a rare word ("marin | luban"), which the surname rule then
  // finds alone.
  bool adjacent_persons = true;
  // A one-word mention that is the head noun of an organization's name
  // ("jami'a", "hizb", "munazzama": data/ner/org_heads.tsv) right before a
  // mention of another name (not a person's) is one mention with it
  // ("jami'at kalifurniya", not ORG + LOC; after decoding;
  // docs/ENTITIES.md, "Heads of organizations' names").
  bool org_heads = true;
  // A MISC mention right before an integer takes it in ("buwinj 757",
  // "windouz 10", as ANERcorp annotates them); not an amount, nor after a
  // currency or before the noun a number counts ("al-fitu 12 marra");
  // after decoding; docs/ENTITIES.md, "Numbers in names".
  bool name_numbers = true;
  // Mentions that touch are one where the article names them whole nearby
  // ("dayr | al-zur" where "dayr al-zur" is one mention in the sentences
  // around; the nearest such mention's type), and a mention takes the
  // words around it that make it such a mention of its type ("taymiya"
  // after "ibn"; after decoding; docs/ENTITIES.md, "Names cut in two or
  // short").
  bool split_mentions = true;
  // Religious formulas the tagger took into a name are none ("muhammad
  // salla allahu 'alayhi wa-sallam" is "muhammad"; "radiya allahu 'anhu",
  // "rahimahu allah" after a name; after decoding; docs/ENTITIES.md).
  bool religious_formulas = true;
  // A person mention right after the noun of an administrative unit
  // ("wilaya", "mu'tamadiya", "mintaqa", ...) is a place ("wilayat sidi
  // buzid"), unless its first word is a person's name by raw news (after
  // decoding; docs/ENTITIES.md).
  bool unit_places = true;
  // The name right after the noun "nadi" (club: "nadi al-hilal", "nadi
  // najran") is an organization, and the same name with the article in
  // the sentences around too, unless an adjective follows ("al-hilal
  // al-ahmar"; after decoding; docs/ENTITIES.md, "Sports clubs").
  bool club_names = true;
  // A month's name in a date is no name: a one-token mention of a Maghreb
  // month ("20 ut", August) anywhere, of another month after or before a
  // number ("14 nisan", not the carmaker Nissan) becomes O (after
  // decoding; docs/ENTITIES.md, "Month names").
  bool month_names = true;
  // "amin" (mayor, secretary; also a given name) or "musa'id" (assistant)
  // tagged as a person alone right before a noun it heads ("amin jidda")
  // is a title, not a name: O (after decoding; docs/ENTITIES.md, "Titles
  // that are given names").
  bool title_words = true;
  // A reporting participle at either end of a person mention ("zarif
  // mukhatiban", Zarif addressing; "qa'ilan", saying) is no part of the
  // name: O, and a mention of such words alone goes (after decoding;
  // docs/ENTITIES.md, "Participles after a name").
  bool participles = true;
  // Word types whose scores the tagger keeps (about 1.4 KB each, taken as
  // they come: about 90 MB when full at 65,536). At the start of a text that
  // would overflow them it keeps the most used half and forgets the rest.
  // 65,536 (with the morphology's caches at 65,536) ran the entity chain over
  // all of SaudiNewsNet 21 % faster than 32,768 for about 90 MB more; on 1,619
  // articles, which fill neither, the same (docs/BENCHMARKS.md).
  uint32_t cache_types = 1 << 16;
};

class NerTagger {
 public:
  // `morph` must be the model that produced the analyses given to Tag (its
  // raw-news counts are features).
  NerTagger(std::shared_ptr<const NerModel> model,
            std::shared_ptr<const MorphModel> morph,
            const NerTaggerOptions& options = {});
  ~NerTagger();
  NerTagger(NerTagger&&) noexcept;
  NerTagger& operator=(NerTagger&&) noexcept;

  // Mentions in `text`, in order, from its analysis.
  Status Tag(std::string_view text, const MorphAnalysis& analysis,
             std::vector<NerMention>* mentions);

  // The BIO label ("O", "B-PER", ...) of every token of the analysis.
  Status TagTokens(std::string_view text, const MorphAnalysis& analysis,
                   std::vector<std::string>* labels);

  size_t MemoryBytes() const;

 private:
  struct Workspace;
  Status Labels(std::string_view text, const MorphAnalysis& analysis);
  void SecondPass(const MorphAnalysis& analysis);
  std::shared_ptr<const NerModel> model_;
  std::shared_ptr<const MorphModel> morph_;
  NerTaggerOptions options_;
  std::unique_ptr<Workspace> ws_;
};

}  // namespace khabar

#endif  // KHABAR_NER_H_
