// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The khabar model container: one file format for every trained model (the
// morphological analyzer, later NER, ...). A model is a kind ("morph"),
// typed metadata (key -> string, int64 or double) and named byte sections,
// each 64-byte aligned and checksummed so it can be used in place from a
// memory map. docs/MODEL_FORMAT.md specifies the bytes.
//
// Writing:
//
//   khabar::ModelWriter writer("morph");
//   KHABAR_RETURN_IF_ERROR(writer.SetTrainingConfig("epochs=10 l2=0.1"));
//   KHABAR_RETURN_IF_ERROR(writer.SetDataHash(hex_of_training_data));
//   KHABAR_RETURN_IF_ERROR(writer.SetMetadata("feature_dim", int64_t{1024}));
//   KHABAR_RETURN_IF_ERROR(writer.AddSection("weights", std::move(bytes)));
//   KHABAR_RETURN_IF_ERROR(writer.WriteFile("models/morph.khm"));
//
// Reading:
//
//   khabar::StatusOr<std::shared_ptr<const khabar::ModelFile>> model =
//       khabar::ModelFile::Open("models/morph.khm");
//   if (!model.ok()) return model.status();
//   if ((*model)->kind() != "morph") return ...;
//   khabar::StatusOr<std::string_view> weights = (*model)->Section("weights");
//   if (!weights.ok()) return weights.status();  // kNotFound
//   // *weights points into the model: keep the shared_ptr while using it.
//
// Open() memory-maps the file read-only and checks everything before it
// returns: the header, the directory, every offset and length, the padding
// and (by default) every section's checksum. Sections are then views into the
// map with no copy. Do not modify a model file in place while it is open
// (that is undefined, as with any mapped file); WriteFile() writes a new file
// and renames it over the old one, which is safe: open models keep the old
// bytes.
//
// Errors (never thrown):
//   kNotFound            Open: no such file; Section/Get*: no such name
//   kUnsupportedVersion  a khabar model of a format major version this build
//                        cannot read: "model format version 2.0 is not
//                        supported; this build of khabar reads format 1.x
//                        (up to 1.0)"
//   kDataLoss            not a khabar model ("not a khabar model: bad magic
//                        bytes ..."), or corrupt: truncated, trailing bytes,
//                        a checksum mismatch, a bad offset, length, alignment
//                        or name, a duplicate name; the message says what and
//                        where, e.g. "section 'weights': checksum mismatch"
//   kResourceExhausted   more sections, metadata entries or directory bytes
//                        than the kModelMax* limits; memory or disk full
//   kInvalidArgument     writer misuse (a bad or reserved name, a duplicate
//                        section); Open on something that is not a regular
//                        file or cannot be read
// Open() prefixes its messages with the path ("m.khm: section 'x': ...").
//
// Compatibility: files of the same major version and any minor version are
// readable: a newer minor may only add what older readers can skip (a larger
// fixed header, new metadata value types). A different major version is
// kUnsupportedVersion. Writers always write kModelFormatMajor.Minor.
//
// Thread safety: a ModelFile is immutable after it is built; share it as
// std::shared_ptr<const ModelFile> and call its const methods from any
// thread. A ModelWriter is one thread's object.

#ifndef KHABAR_MODEL_FILE_H_
#define KHABAR_MODEL_FILE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "khabar/status.h"

namespace khabar {

// The format this build writes, and the newest it reads.
inline constexpr uint16_t kModelFormatMajor = 1;
inline constexpr uint16_t kModelFormatMinor = 0;

// The 8 bytes every model file starts with.
inline constexpr std::string_view kModelMagic{"KHABARM\0", 8};
// Section payloads start at multiples of this many bytes.
inline constexpr size_t kModelAlignment = 64;

// Limits, checked by the writer and the reader.
inline constexpr size_t kModelMaxSections = 4096;
inline constexpr size_t kModelMaxMetadataEntries = 4096;
// Section names and metadata keys: 1..255 bytes of printable ASCII other
// than space (0x21..0x7e).
inline constexpr size_t kModelMaxNameBytes = 255;
// The directory holds every metadata entry (values included) and the
// section table.
inline constexpr size_t kModelMaxDirectoryBytes = size_t{16} << 20;
// The fixed header may grow in newer minor versions, up to this size.
inline constexpr size_t kModelMaxHeaderBytes = 4096;

// Metadata keys with a fixed meaning. "kind" and "khabar_version" are
// written by ModelWriter itself and required by the reader.
inline constexpr std::string_view kModelKeyKind = "kind";
inline constexpr std::string_view kModelKeyKhabarVersion = "khabar_version";
inline constexpr std::string_view kModelKeyTrainingConfig = "training_config";
inline constexpr std::string_view kModelKeyDataHash = "data_hash";

// A typed metadata value.
using ModelValue = std::variant<std::string, int64_t, double>;

// "string", "int64" or "double".
std::string_view ModelValueTypeName(const ModelValue& value);

struct ModelMetadataEntry {
  std::string key;
  ModelValue value;
};

struct ModelSectionInfo {
  std::string name;
  uint64_t offset = 0;    // from the start of the file, kModelAlignment-aligned
  uint64_t size = 0;      // payload bytes
  uint64_t checksum = 0;  // XXH3-64 of the payload, as stored in the file
};

// The container's checksum (XXH3-64, seed 0) of `bytes`; also handy for a
// training-data hash.
uint64_t ModelChecksum(std::string_view bytes);

// Builds a model file. Names must be valid (see kModelMaxNameBytes) and
// unique; limits are checked as things are added.
class ModelWriter {
 public:
  // `kind` names what the model is for ("morph"); it must be a valid name.
  // An invalid kind is reported by Serialize() and WriteFile().
  explicit ModelWriter(std::string kind);

  // Sets (or replaces) a metadata entry. kInvalidArgument for a bad name or
  // the reserved keys "kind" and "khabar_version"; kResourceExhausted past
  // kModelMaxMetadataEntries.
  Status SetMetadata(std::string key, ModelValue value);
  // SetMetadata("training_config", config) / ("data_hash", hash).
  Status SetTrainingConfig(std::string config);
  Status SetDataHash(std::string hash);

  // Adds a section; the writer keeps `bytes` until it is destroyed. Sections
  // are written in the order added. kInvalidArgument for a bad or duplicate
  // name, kResourceExhausted past kModelMaxSections.
  Status AddSection(std::string name, std::string bytes);

  // The whole file as bytes (deterministic: the same inputs give the same
  // bytes; metadata is written in key order after kind and khabar_version).
  StatusOr<std::string> Serialize() const;

  // Writes the file to a temporary file next to `path`, flushes it and
  // renames it to `path`, so readers never see a half-written model. The new
  // file has mode 0644. kNotFound if the directory does not exist,
  // kResourceExhausted if the disk is full, kInvalidArgument for other
  // write failures.
  Status WriteFile(const std::string& path) const;

 private:
  Status CheckDirectorySize() const;
  std::string kind_;
  std::vector<ModelMetadataEntry> metadata_;  // sorted by key
  std::vector<std::pair<std::string, std::string>> sections_;
};

// Options for ModelFile::Open and FromBytes.
struct ModelOpenOptions {
  // Hash every section when opening (default true). When false, only the
  // structure is checked (header and directory checksums, offsets, lengths,
  // padding), which is what `khabar model inspect` uses to show a table even
  // for a model whose payload is damaged; call VerifySection() before using
  // a section's bytes.
  bool verify_sections = true;
};

// A loaded, validated, immutable model file.
class ModelFile {
 public:
  // Memory-maps `path` read-only and validates it (see the file comment).
  static StatusOr<std::shared_ptr<const ModelFile>> Open(
      const std::string& path, const ModelOpenOptions& options = {});

  // Validates `bytes`, which the model then owns. If they are not
  // kModelAlignment-aligned in memory they are copied once into an aligned
  // buffer, so sections are always aligned.
  static StatusOr<std::shared_ptr<const ModelFile>> FromBytes(
      std::string bytes, const ModelOpenOptions& options = {});

  ~ModelFile();
  ModelFile(const ModelFile&) = delete;
  ModelFile& operator=(const ModelFile&) = delete;

  uint16_t format_major() const { return format_major_; }
  uint16_t format_minor() const { return format_minor_; }
  // The "kind" metadata, e.g. "morph".
  std::string_view kind() const { return kind_; }
  // The "khabar_version" metadata: the version of khabar that wrote it.
  std::string_view khabar_version() const { return khabar_version_; }
  // The whole file's size in bytes.
  uint64_t file_size() const { return bytes_.size(); }
  // True if Open() mapped the file (false for FromBytes).
  bool is_mapped() const;

  // Every metadata entry in file order.
  const std::vector<ModelMetadataEntry>& metadata() const { return metadata_; }
  // The value for `key`, or nullptr. Valid while the model lives.
  const ModelValue* FindMetadata(std::string_view key) const;
  // Typed lookups: kNotFound if missing, kDataLoss if the value has another
  // type (the model is not what its reader expects). String views are valid
  // while the model lives.
  StatusOr<std::string_view> GetString(std::string_view key) const;
  StatusOr<int64_t> GetInt64(std::string_view key) const;
  StatusOr<double> GetDouble(std::string_view key) const;

  // The section table in file order.
  const std::vector<ModelSectionInfo>& sections() const { return sections_; }
  bool HasSection(std::string_view name) const;
  // The payload of section `name`, kModelAlignment-aligned in memory, valid
  // while the model lives; kNotFound if there is no such section. With
  // verify_sections = false the bytes have not been checked: see
  // VerifySection.
  StatusOr<std::string_view> Section(std::string_view name) const;
  // Recomputes the checksum of section `name`: OK, kNotFound, or kDataLoss
  // "section 'name': checksum mismatch (stored ..., computed ...)".
  Status VerifySection(std::string_view name) const;

 private:
  struct Storage;
  ModelFile() = default;
  static StatusOr<std::shared_ptr<const ModelFile>> Parse(
      std::unique_ptr<Storage> storage, const ModelOpenOptions& options);
  const ModelSectionInfo* FindSection(std::string_view name) const;

  std::unique_ptr<Storage> storage_;
  std::string_view bytes_;  // the whole file, owned by storage_
  uint16_t format_major_ = 0;
  uint16_t format_minor_ = 0;
  std::string kind_;
  std::string khabar_version_;
  std::vector<ModelMetadataEntry> metadata_;
  std::vector<ModelSectionInfo> sections_;
};

}  // namespace khabar

#endif  // KHABAR_MODEL_FILE_H_
