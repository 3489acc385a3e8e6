// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/model_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <xxhash.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/version.h"
#include "model/byte_io.h"

namespace khabar {
namespace {

using ::testing::HasSubstr;

// Byte offsets of the v1 header fields (docs/MODEL_FORMAT.md).
constexpr size_t kMajorAt = 8;
constexpr size_t kMinorAt = 10;
constexpr size_t kHeaderSizeAt = 12;
constexpr size_t kFileSizeAt = 16;
constexpr size_t kMetadataCountAt = 24;
constexpr size_t kSectionCountAt = 28;
constexpr size_t kDirectorySizeAt = 32;
constexpr size_t kDirectoryChecksumAt = 40;
constexpr size_t kHeaderChecksumAt = 56;

template <typename U>
U Get(const std::string& b, size_t at) {
  ByteReader r(std::string_view(b).substr(at, sizeof(U)));
  if constexpr (sizeof(U) == 2) return r.U16();
  if constexpr (sizeof(U) == 4) return r.U32();
  if constexpr (sizeof(U) == 8) return r.U64();
}

template <typename U>
void Put(std::string* b, size_t at, U v) {
  ByteWriter w;
  if constexpr (sizeof(U) == 2) w.U16(v);
  if constexpr (sizeof(U) == 4) w.U32(v);
  if constexpr (sizeof(U) == 8) w.U64(v);
  b->replace(at, sizeof(U), w.data());
}

// Recomputes the directory and header checksums after an edit, so the test
// reaches the check behind them.
void Reseal(std::string* b) {
  const uint32_t header_size = Get<uint32_t>(*b, kHeaderSizeAt);
  const uint64_t dir_size = Get<uint64_t>(*b, kDirectorySizeAt);
  if (dir_size <= b->size() - header_size) {
    Put<uint64_t>(b, kDirectoryChecksumAt,
                  XXH3_64bits(b->data() + header_size, dir_size));
  }
  std::string header = b->substr(0, header_size);
  std::memset(header.data() + kHeaderChecksumAt, 0, 8);
  Put<uint64_t>(b, kHeaderChecksumAt,
                XXH3_64bits(header.data(), header.size()));
}

// Where the fields of the directory's section entries are.
struct SectionEntryAt {
  size_t name;  // the name's first byte
  size_t offset;
  size_t size;
  size_t checksum;
};

std::vector<SectionEntryAt> SectionEntries(const std::string& b) {
  const size_t header_size = Get<uint32_t>(b, kHeaderSizeAt);
  size_t p = header_size;
  for (uint32_t i = 0; i < Get<uint32_t>(b, kMetadataCountAt); ++i) {
    p += 1;
    p += 2 + Get<uint16_t>(b, p);
    p += 4 + Get<uint32_t>(b, p);
  }
  std::vector<SectionEntryAt> out;
  for (uint32_t i = 0; i < Get<uint32_t>(b, kSectionCountAt); ++i) {
    const size_t name_size = Get<uint16_t>(b, p);
    SectionEntryAt e{p + 2, p + 2 + name_size, p + 10 + name_size,
                     p + 18 + name_size};
    out.push_back(e);
    p += 26 + name_size;
  }
  return out;
}

std::string FloatsSection() {
  ByteWriter w;
  w.Array(std::vector<float>{0.5f, -1.0f, 2.0f}, 64);
  return std::move(w).Finish();
}

// A small model with every value type and a few sections.
ModelWriter SampleWriter() {
  ModelWriter w("test");
  EXPECT_TRUE(w.SetTrainingConfig("epochs=3 l2=0.5").ok());
  EXPECT_TRUE(w.SetDataHash("0123456789abcdef").ok());
  EXPECT_TRUE(w.SetMetadata("dim", int64_t{-42}).ok());
  EXPECT_TRUE(w.SetMetadata("scale", 0.125).ok());
  EXPECT_TRUE(w.AddSection("weights", FloatsSection()).ok());
  EXPECT_TRUE(w.AddSection("empty", "").ok());
  EXPECT_TRUE(w.AddSection("lexicon", "ktb\nqr'\n").ok());
  return w;
}

std::string SampleBytes() {
  StatusOr<std::string> bytes = SampleWriter().Serialize();
  EXPECT_TRUE(bytes.ok()) << bytes.status().ToString();
  return *bytes;
}

void ExpectSample(const ModelFile& m) {
  EXPECT_EQ(m.format_major(), 1);
  EXPECT_EQ(m.format_minor(), 0);
  EXPECT_EQ(m.kind(), "test");
  EXPECT_EQ(m.khabar_version(), Version());
  EXPECT_EQ(*m.GetString("training_config"), "epochs=3 l2=0.5");
  EXPECT_EQ(*m.GetString("data_hash"), "0123456789abcdef");
  EXPECT_EQ(*m.GetInt64("dim"), -42);
  EXPECT_EQ(*m.GetDouble("scale"), 0.125);
  ASSERT_EQ(m.sections().size(), 3u);
  EXPECT_EQ(m.sections()[0].name, "weights");
  EXPECT_EQ(m.sections()[1].name, "empty");
  EXPECT_EQ(m.sections()[2].name, "lexicon");
  for (const ModelSectionInfo& s : m.sections()) {
    EXPECT_EQ(s.offset % kModelAlignment, 0u) << s.name;
    StatusOr<std::string_view> bytes = m.Section(s.name);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(reinterpret_cast<uintptr_t>(bytes->data()) % kModelAlignment, 0u)
        << s.name;
    EXPECT_EQ(bytes->size(), s.size);
  }
  EXPECT_EQ(*m.Section("lexicon"), "ktb\nqr'\n");
  EXPECT_EQ(*m.Section("empty"), "");
  ByteReader r(*m.Section("weights"), "weights");
  const std::span<const float> f = r.Array<float>(64);
  ASSERT_TRUE(r.Finish().ok()) << r.Finish().message();
  EXPECT_EQ(std::vector<float>(f.begin(), f.end()),
            (std::vector<float>{0.5f, -1.0f, 2.0f}));
}

Status Load(std::string bytes) {
  return ModelFile::FromBytes(std::move(bytes)).status();
}

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/khabar-model-test.XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string Path(std::string_view name) const {
    return path_ + "/" + std::string(name);
  }
  std::string path() const { return path_; }

 private:
  std::string path_;
};

void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// ------------------------------------------------------------ round trips --

TEST(ModelFileTest, RoundTripsThroughBytes) {
  StatusOr<std::shared_ptr<const ModelFile>> m =
      ModelFile::FromBytes(SampleBytes());
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_FALSE((*m)->is_mapped());
  ExpectSample(**m);
  // kind and khabar_version first, then the rest in key order.
  std::vector<std::string> keys;
  for (const ModelMetadataEntry& e : (*m)->metadata()) keys.push_back(e.key);
  EXPECT_THAT(
      keys, ::testing::ElementsAre("kind", "khabar_version", "data_hash", "dim",
                                   "scale", "training_config"));
}

TEST(ModelFileTest, RoundTripsThroughAFile) {
  TempDir dir;
  const std::string path = dir.Path("m.khm");
  ASSERT_TRUE(SampleWriter().WriteFile(path).ok());
  EXPECT_EQ(ReadBytes(path), SampleBytes());
  StatusOr<std::shared_ptr<const ModelFile>> m = ModelFile::Open(path);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_TRUE((*m)->is_mapped());
  EXPECT_EQ((*m)->file_size(), SampleBytes().size());
  ExpectSample(**m);
  // No temporary file is left behind.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()),
                          std::filesystem::directory_iterator()),
            1);
}

TEST(ModelFileTest, RewritingAFileLeavesOpenModelsIntact) {
  TempDir dir;
  const std::string path = dir.Path("m.khm");
  ASSERT_TRUE(SampleWriter().WriteFile(path).ok());
  auto old_model = ModelFile::Open(path);
  ASSERT_TRUE(old_model.ok());
  ModelWriter other("other");
  ASSERT_TRUE(other.AddSection("lexicon", "new").ok());
  ASSERT_TRUE(other.WriteFile(path).ok());
  ExpectSample(**old_model);
  auto new_model = ModelFile::Open(path);
  ASSERT_TRUE(new_model.ok());
  EXPECT_EQ((*new_model)->kind(), "other");
  EXPECT_EQ(*(*new_model)->Section("lexicon"), "new");
}

TEST(ModelFileTest, SectionsOutliveEverythingButTheModel) {
  std::string_view lexicon;
  std::shared_ptr<const ModelFile> model;
  {
    auto m = ModelFile::FromBytes(SampleBytes());
    ASSERT_TRUE(m.ok());
    model = *m;
    lexicon = *model->Section("lexicon");
  }
  EXPECT_EQ(lexicon, "ktb\nqr'\n");
}

TEST(ModelFileTest, MinimalModelHasOnlyRequiredMetadata) {
  StatusOr<std::string> bytes = ModelWriter("morph").Serialize();
  ASSERT_TRUE(bytes.ok());
  auto m = ModelFile::FromBytes(*bytes);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ((*m)->kind(), "morph");
  EXPECT_EQ((*m)->metadata().size(), 2u);
  EXPECT_TRUE((*m)->sections().empty());
}

TEST(ModelFileTest, SerializeIsDeterministic) {
  EXPECT_EQ(SampleBytes(), SampleBytes());
  // Metadata order does not depend on the order it was set in.
  ModelWriter a("k");
  ModelWriter b("k");
  ASSERT_TRUE(a.SetMetadata("x", int64_t{1}).ok());
  ASSERT_TRUE(a.SetMetadata("y", int64_t{2}).ok());
  ASSERT_TRUE(b.SetMetadata("y", int64_t{2}).ok());
  ASSERT_TRUE(b.SetMetadata("x", int64_t{1}).ok());
  EXPECT_EQ(*a.Serialize(), *b.Serialize());
}

TEST(ModelFileTest, UnalignedInputIsCopiedToAlignedMemory) {
  // Build strings until one is not 64-byte aligned (most are not).
  const std::string bytes = SampleBytes();
  for (int i = 0; i < 8; ++i) {
    std::string copy = bytes;
    auto m = ModelFile::FromBytes(std::move(copy));
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(reinterpret_cast<uintptr_t>((*m)->Section("weights")->data()) %
                  kModelAlignment,
              0u);
  }
}

// ---------------------------------------------------------------- lookups --

TEST(ModelFileTest, MissingSectionIsNotFound) {
  auto m = ModelFile::FromBytes(SampleBytes());
  ASSERT_TRUE(m.ok());
  StatusOr<std::string_view> s = (*m)->Section("tagger");
  EXPECT_EQ(s.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(s.status().message(), HasSubstr("'tagger'"));
  EXPECT_FALSE((*m)->HasSection("tagger"));
  EXPECT_TRUE((*m)->HasSection("empty"));
  EXPECT_EQ((*m)->VerifySection("tagger").code(), StatusCode::kNotFound);
}

TEST(ModelFileTest, TypedMetadataLookups) {
  auto m = ModelFile::FromBytes(SampleBytes());
  ASSERT_TRUE(m.ok());
  EXPECT_EQ((*m)->GetInt64("missing").status().code(), StatusCode::kNotFound);
  EXPECT_EQ((*m)->FindMetadata("missing"), nullptr);
  StatusOr<int64_t> wrong = (*m)->GetInt64("scale");
  EXPECT_EQ(wrong.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(wrong.status().message(),
            "metadata 'scale' is double, expected int64");
  EXPECT_EQ((*m)->GetString("dim").status().code(), StatusCode::kDataLoss);
  ASSERT_NE((*m)->FindMetadata("dim"), nullptr);
  EXPECT_EQ(ModelValueTypeName(*(*m)->FindMetadata("dim")), "int64");
}

// ----------------------------------------------------------------- writer --

TEST(ModelFileTest, WriterRejectsBadNames) {
  ModelWriter w("test");
  EXPECT_EQ(w.AddSection("", "x").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(w.AddSection("has space", "x").code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(w.AddSection(std::string(256, 'a'), "x").code(),
            StatusCode::kInvalidArgument);
  EXPECT_TRUE(w.AddSection(std::string(255, 'a'), "x").ok());
  EXPECT_EQ(w.AddSection("s", "x").code(), StatusCode::kOk);
  Status dup = w.AddSection("s", "y");
  EXPECT_EQ(dup.code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(dup.message(), HasSubstr("duplicate section 's'"));
  EXPECT_EQ(w.SetMetadata("kind", "x").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(w.SetMetadata("khabar_version", "x").code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(w.SetMetadata("tab\t", int64_t{1}).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(ModelWriter("bad kind").Serialize().status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(ModelWriter("").WriteFile("/tmp/unused.khm").code(),
            StatusCode::kInvalidArgument);
}

TEST(ModelFileTest, SetMetadataReplacesAValue) {
  ModelWriter w("test");
  ASSERT_TRUE(w.SetMetadata("dim", int64_t{1}).ok());
  ASSERT_TRUE(w.SetMetadata("dim", "now a string").ok());
  auto m = ModelFile::FromBytes(*w.Serialize());
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(*(*m)->GetString("dim"), "now a string");
  EXPECT_EQ((*m)->metadata().size(), 3u);
}

TEST(ModelFileTest, WriterEnforcesLimits) {
  ModelWriter w("test");
  for (size_t i = 0; i < kModelMaxSections; ++i) {
    ASSERT_TRUE(w.AddSection("s" + std::to_string(i), "").ok()) << i;
  }
  EXPECT_EQ(w.AddSection("one_more", "").code(),
            StatusCode::kResourceExhausted);
  auto m = ModelFile::FromBytes(*w.Serialize());
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ((*m)->sections().size(), kModelMaxSections);

  ModelWriter big("test");
  EXPECT_EQ(
      big.SetTrainingConfig(std::string(kModelMaxDirectoryBytes, 'x')).code(),
      StatusCode::kResourceExhausted);
  EXPECT_TRUE(big.Serialize().ok());  // the failed call changed nothing

  ModelWriter many("test");
  size_t added = 0;
  while (many.SetMetadata("k" + std::to_string(added), int64_t{1}).ok()) {
    ++added;
  }
  EXPECT_EQ(added + 2, kModelMaxMetadataEntries);
  EXPECT_TRUE(ModelFile::FromBytes(*many.Serialize()).ok());
}

TEST(ModelFileTest, WriteFileIntoAMissingDirectoryIsNotFound) {
  EXPECT_EQ(SampleWriter().WriteFile("/nonexistent-dir/m.khm").code(),
            StatusCode::kNotFound);
}

// ------------------------------------------------------------- corruption --

TEST(ModelFileTest, EveryFlippedByteIsDetected) {
  const std::string good = SampleBytes();
  for (size_t i = 0; i < good.size(); ++i) {
    std::string bad = good;
    bad[i] = static_cast<char>(bad[i] ^ 0x10);
    const Status s = Load(bad);
    ASSERT_FALSE(s.ok()) << "flipping byte " << i << " went unnoticed";
    const StatusCode want = (i == kMajorAt || i == kMajorAt + 1)
                                ? StatusCode::kUnsupportedVersion
                                : StatusCode::kDataLoss;
    EXPECT_EQ(s.code(), want) << "byte " << i << ": " << s.ToString();
  }
}

TEST(ModelFileTest, FlippedPayloadByteNamesTheSection) {
  std::string bad = SampleBytes();
  const size_t lexicon_at = SampleBytes().find("ktb\nqr'");
  bad[lexicon_at] = 'K';
  const Status s = Load(bad);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_THAT(s.message(), HasSubstr("section 'lexicon': checksum mismatch"));

  // Without section verification the structure still loads ...
  auto m = ModelFile::FromBytes(bad, {.verify_sections = false});
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_TRUE((*m)->VerifySection("weights").ok());
  // ... and VerifySection finds the damage.
  EXPECT_THAT((*m)->VerifySection("lexicon").message(),
              HasSubstr("section 'lexicon': checksum mismatch (stored "));
}

TEST(ModelFileTest, EveryTruncationIsDataLoss) {
  const std::string good = SampleBytes();
  for (size_t n = 0; n < good.size(); ++n) {
    const Status s = Load(good.substr(0, n));
    ASSERT_EQ(s.code(), StatusCode::kDataLoss) << n << ": " << s.ToString();
    if (n == 0) {
      EXPECT_EQ(s.message(), "empty file: not a khabar model");
    } else {
      EXPECT_THAT(s.message(), HasSubstr("truncated")) << n;
    }
  }
}

TEST(ModelFileTest, TrailingBytesAreDataLoss) {
  const std::string good = SampleBytes();
  Status s = Load(good + std::string(1, '\0'));
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_EQ(s.message(),
            "1 trailing bytes after the end of the model at offset " +
                std::to_string(good.size()));
  EXPECT_EQ(Load(good + good).code(), StatusCode::kDataLoss);
}

TEST(ModelFileTest, BadSectionOffsetsAndLengths) {
  const std::string good = SampleBytes();
  const std::vector<SectionEntryAt> e = SectionEntries(good);
  ASSERT_EQ(e.size(), 3u);
  const uint64_t weights_at = Get<uint64_t>(good, e[0].offset);
  struct Case {
    size_t field;
    uint64_t value;
    std::string message;
  };
  const Case cases[] = {
      {e[0].offset, weights_at + 8,
       "section 'weights': offset " + std::to_string(weights_at + 8) +
           " is not a multiple of 64"},
      {e[0].offset, 0, "section 'weights': offset 0 overlaps what comes"},
      {e[2].offset, weights_at, "section 'lexicon': offset"},
      {e[2].size, 1 << 20, "runs past the end of the model"},
      {e[2].offset, ~uint64_t{63}, "runs past the end of the model"},
      {e[2].size, ~uint64_t{0}, "runs past the end of the model"},
      {e[1].size, 1, "section 'lexicon': offset"},  // "empty" grew into it
      {e[0].size, 4, "nonzero padding byte"},
      {e[2].size, 1, "after the last section belong to no section"},
  };
  for (const Case& c : cases) {
    std::string bad = good;
    Put<uint64_t>(&bad, c.field, c.value);
    Reseal(&bad);
    const Status s = Load(bad);
    EXPECT_EQ(s.code(), StatusCode::kDataLoss) << c.message;
    EXPECT_THAT(s.message(), HasSubstr(c.message));
  }
}

TEST(ModelFileTest, DuplicateSectionNamesAreDataLoss) {
  ModelWriter w("test");
  ASSERT_TRUE(w.AddSection("aaaa", "1").ok());
  ASSERT_TRUE(w.AddSection("aaab", "2").ok());
  std::string bad = *w.Serialize();
  const std::vector<SectionEntryAt> e = SectionEntries(bad);
  bad[e[1].name + 3] = 'a';
  Reseal(&bad);
  const Status s = Load(bad);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_EQ(s.message(), "duplicate section name 'aaaa'");
}

TEST(ModelFileTest, BadNamesInTheDirectoryAreDataLoss) {
  std::string bad = SampleBytes();
  const std::vector<SectionEntryAt> e = SectionEntries(bad);
  bad[e[1].name] = '\n';  // "empty" -> "\nmpty"
  Reseal(&bad);
  const Status s = Load(bad);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_THAT(s.message(),
              HasSubstr("section name '\\x0ampty' is not a valid"));
}

TEST(ModelFileTest, LeftoverDirectoryBytesAreDataLoss) {
  std::string bad = SampleBytes();
  Put<uint32_t>(&bad, kSectionCountAt, 2);
  Reseal(&bad);
  const Status s = Load(bad);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_THAT(s.message(), HasSubstr("directory: "));
  EXPECT_THAT(s.message(), HasSubstr("leftover bytes"));
}

TEST(ModelFileTest, CountsBeyondTheDataOrTheLimits) {
  std::string bad = SampleBytes();
  Put<uint32_t>(&bad, kSectionCountAt, 4000);
  Reseal(&bad);
  Status s = Load(bad);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_THAT(s.message(), HasSubstr("count 4000 cannot fit"));

  Put<uint32_t>(&bad, kSectionCountAt, kModelMaxSections + 1);
  Reseal(&bad);
  s = Load(bad);
  EXPECT_EQ(s.code(), StatusCode::kResourceExhausted);
  EXPECT_THAT(s.message(), HasSubstr("sections, the limit is 4096"));

  bad = SampleBytes();
  Put<uint32_t>(&bad, kMetadataCountAt, 1u << 31);
  Reseal(&bad);
  EXPECT_EQ(Load(bad).code(), StatusCode::kResourceExhausted);

  bad = SampleBytes();
  Put<uint64_t>(&bad, kDirectorySizeAt, uint64_t{1} << 62);
  Reseal(&bad);
  EXPECT_EQ(Load(bad).code(), StatusCode::kResourceExhausted);
}

TEST(ModelFileTest, DirectoryPastTheEndIsDataLoss) {
  ModelWriter w("test");
  std::string bad = *w.Serialize();
  Put<uint64_t>(&bad, kDirectorySizeAt,
                Get<uint64_t>(bad, kDirectorySizeAt) + 1);
  Reseal(&bad);
  const Status s = Load(bad);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_THAT(s.message(), HasSubstr("run past the end of the model"));
}

TEST(ModelFileTest, HeaderChecksumMismatchIsDataLoss) {
  std::string bad = SampleBytes();
  Put<uint64_t>(&bad, kFileSizeAt, 1);  // not resealed
  const Status s = Load(bad);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_THAT(s.message(), HasSubstr("header: checksum mismatch (stored "));
}

TEST(ModelFileTest, UnknownValueTypeIsDataLossInTheSameMinor) {
  std::string bad = SampleBytes();
  const size_t first_entry = Get<uint32_t>(bad, kHeaderSizeAt);
  // Entries: kind, khabar_version, data_hash, ... Retype the third one.
  size_t p = first_entry;
  for (int i = 0; i < 2; ++i) {
    p += 1;
    p += 2 + Get<uint16_t>(bad, p);
    p += 4 + Get<uint32_t>(bad, p);
  }
  bad[p] = 9;
  Reseal(&bad);
  Status s = Load(bad);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_THAT(s.message(), HasSubstr("metadata 'data_hash': unknown value "
                                     "type 9"));

  // A newer minor version may add value types: older readers skip them.
  Put<uint16_t>(&bad, kMinorAt, kModelFormatMinor + 1);
  Reseal(&bad);
  auto m = ModelFile::FromBytes(bad);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ((*m)->format_minor(), kModelFormatMinor + 1);
  EXPECT_EQ((*m)->FindMetadata("data_hash"), nullptr);
  EXPECT_EQ(*(*m)->GetInt64("dim"), -42);
}

// ------------------------------------------------------------- versioning --

TEST(ModelFileTest, OtherMajorVersionIsUnsupportedNotCorrupt) {
  for (uint16_t major : {uint16_t{0}, uint16_t{2}, uint16_t{0xffff}}) {
    std::string bytes = SampleBytes();
    Put<uint16_t>(&bytes, kMajorAt, major);
    Put<uint16_t>(&bytes, kMinorAt, 3);
    const Status s = Load(bytes);
    EXPECT_EQ(s.code(), StatusCode::kUnsupportedVersion) << s.ToString();
    EXPECT_EQ(s.message(), "model format version " + std::to_string(major) +
                               ".3 is not supported; this build of khabar (" +
                               std::string(Version()) +
                               ") reads format 1.x (up to 1.0)");
  }
}

TEST(ModelFileTest, NewerMinorVersionIsReadable) {
  std::string bytes = SampleBytes();
  Put<uint16_t>(&bytes, kMinorAt, 7);
  Reseal(&bytes);
  auto m = ModelFile::FromBytes(bytes);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ((*m)->format_minor(), 7);
  EXPECT_EQ(*(*m)->Section("lexicon"), "ktb\nqr'\n");
}

TEST(ModelFileTest, NewerMinorMayGrowTheHeader) {
  // Insert 64 bytes of new header fields; everything after moves by 64.
  const std::string good = SampleBytes();
  std::string bytes =
      good.substr(0, 64) + std::string(64, '\x5a') + good.substr(64);
  Put<uint32_t>(&bytes, kHeaderSizeAt, 128);
  Put<uint64_t>(&bytes, kFileSizeAt, bytes.size());
  Put<uint16_t>(&bytes, kMinorAt, 1);
  for (const SectionEntryAt& e : SectionEntries(bytes)) {
    Put<uint64_t>(&bytes, e.offset, Get<uint64_t>(bytes, e.offset) + 64);
  }
  Reseal(&bytes);
  auto m = ModelFile::FromBytes(bytes);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(*(*m)->Section("lexicon"), "ktb\nqr'\n");
  // The extension is covered by the header checksum.
  bytes[100] = 0;
  EXPECT_THAT(Load(bytes).message(), HasSubstr("header: checksum mismatch"));
}

// ----------------------------------------------------- not a model at all --

TEST(ModelFileTest, BadMagicSaysItIsNotAModel) {
  for (std::string bytes :
       {std::string("hello world, this is plain text and not a model"),
        std::string("PK\x03\x04", 4),
        std::string("KHABARMX") + SampleBytes().substr(8)}) {
    const Status s = Load(bytes);
    EXPECT_EQ(s.code(), StatusCode::kDataLoss);
    EXPECT_THAT(s.message(), HasSubstr("not a khabar model"));
  }
  EXPECT_THAT(Load("hello").message(),
              HasSubstr("bad magic bytes (the file starts with 68 65 6c 6c "
                        "6f, a model with 4b 48 41 42 41 52 4d 00"));
  // A prefix of the magic is a truncated model, not a foreign file.
  EXPECT_THAT(Load("KHAB").message(), HasSubstr("truncated"));
}

TEST(ModelFileTest, OpenErrors) {
  TempDir dir;
  auto missing = ModelFile::Open(dir.Path("missing.khm"));
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(missing.status().message(), HasSubstr("missing.khm"));

  auto directory = ModelFile::Open(dir.path());
  EXPECT_EQ(directory.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(directory.status().message(), HasSubstr("is a directory"));

  WriteBytes(dir.Path("empty.khm"), "");
  auto empty = ModelFile::Open(dir.Path("empty.khm"));
  EXPECT_EQ(empty.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(empty.status().message(),
            dir.Path("empty.khm") + ": empty file: not a khabar model");

  std::string bad = SampleBytes();
  bad[bad.find("ktb")] = 'K';
  WriteBytes(dir.Path("bad.khm"), bad);
  auto corrupt = ModelFile::Open(dir.Path("bad.khm"));
  EXPECT_EQ(corrupt.status().code(), StatusCode::kDataLoss);
  EXPECT_THAT(corrupt.status().message(),
              HasSubstr(dir.Path("bad.khm") +
                        ": section 'lexicon': checksum mismatch (stored "));
}

// ---------------------------------------------------------------- fixture --

// tests/golden/model/v1_0.khm: the oldest format this build must read,
// written by tests/model/make_model_fixture.cc. Never regenerate it once a
// newer format exists.
std::string FixturePath() {
  return std::string(KHABAR_TEST_DATA_DIR) + "/model/v1_0.khm";
}

TEST(ModelFileTest, ReadsTheOldestSupportedFormat) {
  auto m = ModelFile::Open(FixturePath());
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  const ModelFile& f = **m;
  EXPECT_EQ(f.format_major(), 1);
  EXPECT_EQ(f.format_minor(), 0);
  EXPECT_EQ(f.kind(), "test");
  EXPECT_EQ(f.khabar_version(), "0.1.0");
  EXPECT_EQ(*f.GetString("training_config"), "epochs=3 seed=7");
  EXPECT_EQ(*f.GetString("data_hash"), "xxh3:5e1f07a4c3b2d190");
  EXPECT_EQ(*f.GetInt64("dim"), 4);
  EXPECT_EQ(*f.GetInt64("min_int"), std::numeric_limits<int64_t>::min());
  EXPECT_EQ(*f.GetDouble("scale"), -0.375);
  EXPECT_EQ(*f.GetString("note"), "\xd8\xae\xd8\xa8\xd8\xb1");
  ASSERT_EQ(f.sections().size(), 4u);
  ByteReader floats(*f.Section("floats"), "floats");
  const std::span<const float> w = floats.Array<float>(64);
  ASSERT_TRUE(floats.Finish().ok()) << floats.Finish().message();
  EXPECT_EQ(std::vector<float>(w.begin(), w.end()),
            (std::vector<float>{1.5f, -2.0f, 0.25f, 3.0f}));
  ByteReader strings(*f.Section("strings"), "strings");
  EXPECT_EQ(strings.U32(), 2u);
  EXPECT_EQ(strings.String(), "ktb");
  EXPECT_EQ(strings.String(), "qr'");
  EXPECT_EQ(strings.VarU64(), 300u);
  EXPECT_TRUE(strings.Finish().ok());
  EXPECT_EQ(*f.Section("empty"), "");
  EXPECT_EQ(*f.Section("raw"), "hello");
}

// While this build writes format 1.0, it must write the fixture's bytes
// exactly: a layout change without a version bump fails here.
TEST(ModelFileTest, WriterStillProducesTheFixtureBytes) {
  if (kModelFormatMajor != 1 || kModelFormatMinor != 0 ||
      Version() != "0.1.0") {
    GTEST_SKIP() << "the fixture was written by khabar 0.1.0, format 1.0";
  }
  ModelWriter w("test");
  ASSERT_TRUE(w.SetTrainingConfig("epochs=3 seed=7").ok());
  ASSERT_TRUE(w.SetDataHash("xxh3:5e1f07a4c3b2d190").ok());
  ASSERT_TRUE(w.SetMetadata("dim", int64_t{4}).ok());
  ASSERT_TRUE(
      w.SetMetadata("min_int", std::numeric_limits<int64_t>::min()).ok());
  ASSERT_TRUE(w.SetMetadata("scale", -0.375).ok());
  ASSERT_TRUE(w.SetMetadata("note", "\xd8\xae\xd8\xa8\xd8\xb1").ok());
  ByteWriter floats;
  floats.Array(std::vector<float>{1.5f, -2.0f, 0.25f, 3.0f}, 64);
  ByteWriter strings;
  strings.U32(2);
  strings.String("ktb");
  strings.String("qr'");
  strings.VarU64(300);
  ASSERT_TRUE(w.AddSection("floats", std::move(floats).Finish()).ok());
  ASSERT_TRUE(w.AddSection("strings", std::move(strings).Finish()).ok());
  ASSERT_TRUE(w.AddSection("empty", "").ok());
  ASSERT_TRUE(w.AddSection("raw", "hello").ok());
  EXPECT_EQ(*w.Serialize(), ReadBytes(FixturePath()));
}

}  // namespace
}  // namespace khabar
