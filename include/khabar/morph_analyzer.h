// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Morphological analysis of Arabic text: clitic segmentation into syntactic
// words (UD / PADT style), UPOS, UD features, lemma, root and light stem,
// from a model trained by `khabar train morph`.
//
//   auto model = khabar::MorphModel::Load("models/morph-padt.khm");
//   if (!model.ok()) return model.status();  // kNotFound, kDataLoss, ...
//   khabar::MorphAnalyzer analyzer(*model);   // one per thread
//   khabar::MorphAnalysis a;
//   KHABAR_RETURN_IF_ERROR(analyzer.Analyze(text, &a));
//   for (const khabar::MorphWord& w : a.words) {
//     // w.form "l", "alEraq" (for the token "llEraq"), w.upos, w.lemma ...
//     khabar::ByteSpan where = a.tokens[w.token].span;  // into `text`
//   }
//
// Pipeline: the khabar tokenizer and sentence splitter (text core), then per
// sentence: each Arabic token is split into proclitics (w f b l k s), host
// and enclitic pronouns, with the orthography restored (ll -> l + al,
// ta -> ta marbuta and ya -> alef maksura before a suffix, ...); the words
// are tagged left to right (UPOS; optionally a second pass), then given UD
// features, a lemma (lexicon
// of the training data, else a learned edit rule), a root (lexicon, else
// the rule-based root extractor) and a light stem. All decisions are linear
// models over hashed features; see docs/MORPHOLOGY.md.
//
// Offsets: every token keeps its byte span in the caller's `text`; a word
// refers to its token. Text is not modified: diacritics in the input are
// kept in token spans and removed in word forms.
//
// Errors: invalid UTF-8 is read as U+FFFD (tokenizer default); a text over
// kMorphMaxTextBytes is kResourceExhausted. Model loading: kNotFound (no
// file), kUnsupportedVersion (a model from another format version),
// kDataLoss (corrupt or not a morphology model).
//
// Thread safety: a MorphModel is immutable and shared; MorphAnalyzer holds
// per-call scratch, so use one analyzer per thread (they are cheap: see
// MemoryBytes()).

#ifndef KHABAR_MORPH_ANALYZER_H_
#define KHABAR_MORPH_ANALYZER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/status.h"

namespace khabar {

namespace morph {
struct MorphModelData;
}  // namespace morph

inline constexpr size_t kMorphMaxTextBytes = size_t{1} << 30;  // 1 GiB

// Facts about a loaded model (from its file's metadata).
struct MorphModelInfo {
  std::string training_config;
  std::string data_description;
  std::string data_hash;
  std::string license;
  size_t file_bytes = 0;
  size_t memory_bytes = 0;  // in memory after loading
};

class MorphModel {
 public:
  // Reads a model file.
  static StatusOr<std::shared_ptr<const MorphModel>> Load(
      const std::string& path);
  // Parses model file bytes.
  static StatusOr<std::shared_ptr<const MorphModel>> FromBytes(
      std::string bytes);

  ~MorphModel();
  MorphModel(const MorphModel&) = delete;
  MorphModel& operator=(const MorphModel&) = delete;

  const MorphModelInfo& info() const { return info_; }

  // Internal (the analyzer and the trainer's evaluation use it).
  const morph::MorphModelData& data() const { return *data_; }
  explicit MorphModel(std::unique_ptr<morph::MorphModelData> data,
                      size_t file_bytes);

 private:
  std::unique_ptr<morph::MorphModelData> data_;
  MorphModelInfo info_;
};

struct MorphToken {
  ByteSpan span;            // in the analyzed text
  uint32_t first_word = 0;  // index into MorphAnalysis::words
  uint32_t word_count = 0;  // >= 1
  bool space_after = true;  // false if the next token follows directly
};

// A word's place in its token.
enum class MorphRole : uint8_t {
  kWhole = 0,      // the token is this one word
  kProclitic = 1,  // a conjunction, preposition or future particle before
  kHost = 2,       // the word the clitics attach to
  kEnclitic = 3,   // a pronoun after the host
};

struct MorphWord {
  uint32_t token = 0;  // index into MorphAnalysis::tokens
  MorphRole role = MorphRole::kWhole;
  std::string form;   // the syntactic word: no diacritics, spelling restored
  std::string upos;   // UD part of speech (PADT's UD v1 tag set)
  std::string feats;  // UD FEATS ("Case=Gen|Definite=Def"), "" for none
  std::string lemma;  // undiacritized
  std::string lemma_vocalized;  // when the lexicon knows it, else ""
  std::string root;             // Arabic letters ("ktb"), "" if unknown
  std::string stem;             // light stem for search (LightStemHost)
};

struct MorphSentence {
  ByteSpan span;
  uint32_t first_token = 0;
  uint32_t token_count = 0;
};

struct MorphAnalysis {
  std::vector<MorphToken> tokens;
  std::vector<MorphWord> words;
  std::vector<MorphSentence> sentences;
};

struct MorphAnalyzerOptions {
  // Tag UPOS in two passes, the second seeing the first's tags of the
  // following words: +0.1 UPOS F1 on PADT's held-out half (+0.2 on the
  // tuning split) for about 40 % of the analyzer's speed
  // (docs/BENCHMARKS.md). Default off.
  bool second_tagging_pass = false;
  // Predict the UD features (MorphWord::feats). Off leaves feats empty and
  // saves about a sixth of the time, for uses that need the words, tags,
  // lemmas and stems only (search indexing). Default on.
  bool features = true;
  // Find each word's lemma, root and light stem (MorphWord::lemma,
  // lemma_vocalized, root, stem). Off leaves them empty, for uses that read
  // the words and tags only (the entity chain: about a tenth of its time,
  // docs/BENCHMARKS.md). Default on.
  bool lemmas = true;
  // Word types whose context-free analysis each of the analyzer's four
  // type caches keeps (tokens, words, neighbours, words with a tag;
  // rounded up to a power of two; the least-hit type of a set is evicted).
  // The output does not depend on it; speed and memory do: memory is
  // taken as the caches fill (about 8 MB for a short text, about 65 MB
  // when full at 65,536). With the tagger's at 65,536 too, the entity chain
  // over all of SaudiNewsNet ran 21 % faster than at 16,384
  // (docs/BENCHMARKS.md, docs/MORPHOLOGY.md).
  uint32_t cache_types = 1 << 16;
};

class MorphAnalyzer {
 public:
  explicit MorphAnalyzer(std::shared_ptr<const MorphModel> model,
                         const MorphAnalyzerOptions& options = {});
  ~MorphAnalyzer();
  MorphAnalyzer(MorphAnalyzer&&) noexcept;
  MorphAnalyzer& operator=(MorphAnalyzer&&) noexcept;

  // Analyzes `text` into `out` (replaced; its buffers are reused, so keep
  // one MorphAnalysis per analyzer for speed).
  Status Analyze(std::string_view text, MorphAnalysis* out);

  // Analyzes pre-split text: `sentences` of `tokens` (byte spans into
  // `text`, in order, non-overlapping). For evaluation against gold
  // tokenization and for callers with their own tokenizer.
  Status AnalyzeTokens(std::string_view text,
                       const std::vector<std::vector<ByteSpan>>& sentences,
                       MorphAnalysis* out);

  const MorphModel& model() const { return *model_; }

  // Bytes of scratch this analyzer holds (the model is shared and counted
  // in model().info().memory_bytes).
  size_t MemoryBytes() const;

 private:
  struct Workspace;
  void AnalyzeSentence(std::string_view text, const ByteSpan* spans,
                       size_t count, MorphAnalysis* out);
  std::shared_ptr<const MorphModel> model_;
  MorphAnalyzerOptions options_;
  std::unique_ptr<Workspace> ws_;
};

// CoNLL-U of an analysis: "# sent_id", "# text" per sentence, multiword
// token lines for segmented tokens, word lines with FORM, LEMMA, UPOS, XPOS
// "_", FEATS, HEAD/DEPREL "_", and MISC with the token's byte offsets
// ("TokenRange=12:20"), SpaceAfter=No, Root= and Stem=.
std::string MorphToConllu(std::string_view text, const MorphAnalysis& analysis,
                          std::string_view sent_id_prefix = "");

}  // namespace khabar

#endif  // KHABAR_MORPH_ANALYZER_H_
