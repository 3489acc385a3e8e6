// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The document-frequency table (keywords.h): term keys, the stopword set,
// the "df" model section and its builder.
//
// Section "df" (ByteWriter encoding, model/byte_io.h):
//   u32 table version (kDfTableVersion)
//   u32 documents, u32 min_documents
//   Array<u64> keys, strictly increasing (8-byte aligned)
//   Array<u32> document counts, one per key, each >= min_documents

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/data_file.h"
#include "khabar/keywords.h"
#include "khabar/model_file.h"
#include "khabar/morph_analyzer.h"
#include "model/byte_io.h"
#include "morph/hash_index.h"
#include "summary/terms.h"

namespace khabar {

extern const char kSummaryStopwordsTxt[];
extern const size_t kSummaryStopwordsTxtSize;

namespace {

constexpr uint32_t kDfTableVersion = 1;
constexpr std::string_view kDfSection = "df";

// Longest folded prefix hashed (longer lemmas are hashed by this prefix).
constexpr size_t kMaxFoldedBytes = 128;

}  // namespace

namespace summary {

uint64_t FoldedKey(std::string_view s, int* letters) {
  char buf[kMaxFoldedBytes];
  size_t n = 0;
  int count = 0;
  for (size_t i = 0; i < s.size() && n + 4 <= kMaxFoldedBytes;) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 == 0xD8 && i + 1 < s.size()) {
      const auto b1 = static_cast<unsigned char>(s[i + 1]);
      // U+0622 U+0623 U+0625 (alef with madda / hamza) -> U+0627.
      buf[n++] = static_cast<char>(0xD8);
      buf[n++] = static_cast<char>(
          (b1 == 0xA2 || b1 == 0xA3 || b1 == 0xA5) ? 0xA7 : b1);
      ++count;
      i += 2;
      continue;
    }
    if (b0 == 0xD9 && i + 1 < s.size()) {
      const auto b1 = static_cast<unsigned char>(s[i + 1]);
      i += 2;
      // Tatweel U+0640 and harakat U+064B..U+0652: dropped.
      if (b1 == 0x80 || (b1 >= 0x8B && b1 <= 0x92)) continue;
      buf[n++] = static_cast<char>(0xD9);
      buf[n++] = static_cast<char>(b1 == 0x89 ? 0x8A : b1);  // U+0649 -> ya
      ++count;
      continue;
    }
    buf[n++] = s[i];
    if ((b0 & 0xC0) != 0x80) ++count;
    ++i;
  }
  if (letters != nullptr) *letters = count;
  uint64_t key = XXH3_64bits(buf, n);
  return key == 0 ? 1 : key;
}

namespace {

const morph::HashIndex& Stopwords() {
  static const morph::HashIndex* const kSet = [] {
    auto* set = new morph::HashIndex();
    set->Reserve(1024);
    ForEachDataLine(
        std::string_view(kSummaryStopwordsTxt, kSummaryStopwordsTxtSize),
        [&](size_t, std::string_view line) {
          set->Insert(FoldedKey(line), 1);
          return true;
        });
    return set;
  }();
  return *kSet;
}

bool IsContentUpos(std::string_view upos) {
  return upos == "NOUN" || upos == "PROPN" || upos == "ADJ" || upos == "X" ||
         upos == "VERB";
}

}  // namespace

bool IsStopwordKey(uint64_t key) { return Stopwords().Find(key) != nullptr; }

uint64_t WordTermKey(const MorphWord& word) {
  if (word.role == MorphRole::kProclitic || word.role == MorphRole::kEnclitic ||
      !IsContentUpos(word.upos)) {
    return 0;
  }
  std::string_view base = word.lemma;
  if (base.empty()) base = word.stem;
  if (base.empty()) base = word.form;
  int letters = 0;
  const uint64_t key = FoldedKey(base, &letters);
  if (letters < 2 || IsStopwordKey(key)) return 0;
  if (base != word.form && IsStopwordKey(FoldedKey(word.form))) return 0;
  return key;
}

}  // namespace summary

uint64_t TermKey(std::string_view lemma) { return summary::FoldedKey(lemma); }

// ---------------------------------------------------------------------------
// DocFrequencies

DocFrequencies::~DocFrequencies() = default;

StatusOr<std::shared_ptr<const DocFrequencies>> DocFrequencies::Load(
    const std::string& path) {
  StatusOr<std::shared_ptr<const ModelFile>> file = ModelFile::Open(path);
  if (!file.ok()) return file.status();
  StatusOr<std::shared_ptr<const DocFrequencies>> df = FromFile(*file);
  if (!df.ok()) {
    return Status(df.status().code(), path + ": " + df.status().message());
  }
  return df;
}

StatusOr<std::shared_ptr<const DocFrequencies>> DocFrequencies::FromBytes(
    std::string bytes) {
  StatusOr<std::shared_ptr<const ModelFile>> file =
      ModelFile::FromBytes(std::move(bytes));
  if (!file.ok()) return file.status();
  return FromFile(*file);
}

StatusOr<std::shared_ptr<const DocFrequencies>> DocFrequencies::FromFile(
    std::shared_ptr<const ModelFile> file) {
  if (file->kind() != kDocFrequenciesKind) {
    return DataLossError("not a document-frequency table: its kind is '" +
                         std::string(file->kind()) + "', expected 'df'");
  }
  StatusOr<std::string_view> section = file->Section(kDfSection);
  if (!section.ok()) {
    return DataLossError("df table: " + section.status().message());
  }
  ByteReader r(*section, "df table: section 'df'");
  const uint32_t version = r.U32();
  if (r.ok() && version != kDfTableVersion) {
    return UnsupportedVersionError(
        "df table version " + std::to_string(version) +
        " is not supported; this build reads version " +
        std::to_string(kDfTableVersion));
  }
  const uint32_t documents = r.U32();
  const uint32_t min_documents = r.U32();
  std::span<const uint64_t> keys = r.Array<uint64_t>(8);
  std::span<const uint32_t> counts = r.Array<uint32_t>(4);
  KHABAR_RETURN_IF_ERROR(r.Finish());
  if (keys.size() != counts.size()) {
    return DataLossError("df table: " + std::to_string(keys.size()) +
                         " keys but " + std::to_string(counts.size()) +
                         " counts");
  }
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i > 0 && keys[i] <= keys[i - 1]) {
      return DataLossError("df table: keys not strictly increasing at entry " +
                           std::to_string(i));
    }
    if (counts[i] > documents || counts[i] == 0) {
      return DataLossError("df table: entry " + std::to_string(i) +
                           " has count " + std::to_string(counts[i]) + " for " +
                           std::to_string(documents) + " documents");
    }
  }
  std::shared_ptr<DocFrequencies> df(new DocFrequencies());
  df->file_ = std::move(file);
  df->size_ = keys.size();
  df->documents_ = documents;
  df->min_documents_ = min_documents;
  auto index = std::make_unique<morph::HashIndex>();
  index->Reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) index->Insert(keys[i], counts[i]);
  df->index_ = std::move(index);
  return std::shared_ptr<const DocFrequencies>(std::move(df));
}

uint32_t DocFrequencies::Find(uint64_t key) const {
  const uint32_t* count = index_->Find(key);
  return count == nullptr ? 0 : *count;
}

double DocFrequencies::Idf(uint64_t key) const {
  double df = Find(key);
  if (df == 0) df = 0.5 * min_documents_;
  return std::log((documents_ + 1.0) / (df + 1.0));
}

// ---------------------------------------------------------------------------
// DocFrequencyBuilder

struct DocFrequencyBuilder::Counts {
  morph::HashIndex df;
  std::vector<uint64_t> scratch;
  uint32_t documents = 0;
};

DocFrequencyBuilder::DocFrequencyBuilder()
    : counts_(std::make_unique<Counts>()) {}
DocFrequencyBuilder::~DocFrequencyBuilder() = default;

void DocFrequencyBuilder::AddDocument(const MorphAnalysis& analysis) {
  std::vector<uint64_t>& keys = counts_->scratch;
  keys.clear();
  for (const MorphWord& w : analysis.words) {
    if (const uint64_t key = summary::WordTermKey(w); key != 0) {
      keys.push_back(key);
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (uint64_t key : keys) counts_->df.Add(key, 1);
  ++counts_->documents;
}

uint32_t DocFrequencyBuilder::documents() const { return counts_->documents; }
size_t DocFrequencyBuilder::terms() const { return counts_->df.size(); }

StatusOr<std::string> DocFrequencyBuilder::Serialize(
    const DocFrequencyOptions& options) const {
  if (counts_->documents == 0) {
    return InvalidArgumentError("df table: no documents");
  }
  const uint32_t min_documents = std::max<uint32_t>(1, options.min_documents);
  std::vector<uint64_t> keys;
  std::vector<uint32_t> counts;
  // HashIndex maps key 0 to 1; FoldedKey never returns 0, so keys are exact.
  for (const auto& [key, count] : counts_->df.Items()) {
    if (count < min_documents) continue;
    keys.push_back(key);
    counts.push_back(count);
  }
  ByteWriter w;
  w.U32(kDfTableVersion);
  w.U32(counts_->documents);
  w.U32(min_documents);
  w.Array(keys, 8);
  w.Array(counts, 4);
  ModelWriter writer(std::string{kDocFrequenciesKind});
  KHABAR_RETURN_IF_ERROR(writer.SetMetadata("data", options.data_description));
  KHABAR_RETURN_IF_ERROR(writer.SetMetadata("license", options.license));
  KHABAR_RETURN_IF_ERROR(writer.SetMetadata(
      "documents", static_cast<int64_t>(counts_->documents)));
  KHABAR_RETURN_IF_ERROR(
      writer.SetMetadata("terms", static_cast<int64_t>(keys.size())));
  KHABAR_RETURN_IF_ERROR(
      writer.SetMetadata("min_documents", static_cast<int64_t>(min_documents)));
  KHABAR_RETURN_IF_ERROR(writer.SetTrainingConfig(options.training_config));
  KHABAR_RETURN_IF_ERROR(writer.SetDataHash(options.data_hash));
  KHABAR_RETURN_IF_ERROR(
      writer.AddSection(std::string{kDfSection}, std::move(w).Finish()));
  return writer.Serialize();
}

StatusOr<std::string> BuildDocFrequencies(
    std::string_view corpus, std::shared_ptr<const MorphModel> model,
    size_t max_documents, const DocFrequencyOptions& options,
    size_t* documents_read) {
  MorphAnalyzer analyzer(std::move(model));
  MorphAnalysis analysis;
  DocFrequencyBuilder builder;
  size_t pos = 0;
  while (pos <= corpus.size() &&
         (max_documents == 0 || builder.documents() < max_documents)) {
    size_t end = corpus.find('\f', pos);
    if (end == std::string_view::npos) end = corpus.size();
    const std::string_view doc = corpus.substr(pos, end - pos);
    pos = end + 1;
    if (doc.find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
    KHABAR_RETURN_IF_ERROR(analyzer.Analyze(doc, &analysis));
    builder.AddDocument(analysis);
  }
  if (documents_read != nullptr) *documents_read = builder.documents();
  return builder.Serialize(options);
}

}  // namespace khabar
