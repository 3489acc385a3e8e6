// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The model container: ModelWriter lays the file out, ModelFile validates and
// serves it. docs/MODEL_FORMAT.md is the byte-level specification; the
// constants below mirror its tables.

#include "khabar/model_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "khabar/version.h"
#include "model/byte_io.h"
#include "model/model_format.h"

namespace khabar {
using namespace model_format;  // NOLINT: the layout constants and helpers

std::string_view ModelValueTypeName(const ModelValue& value) {
  switch (value.index()) {
    case 0:
      return "string";
    case 1:
      return "int64";
    default:
      return "double";
  }
}

uint64_t ModelChecksum(std::string_view bytes) {
  return XXH3_64bits(bytes.data(), bytes.size());
}

// ---------------------------------------------------------------- reader --

struct ModelFile::Storage {
  Storage() = default;
  Storage(const Storage&) = delete;
  Storage& operator=(const Storage&) = delete;
  ~Storage() {
    if (map != nullptr) munmap(map, map_size);
    if (aligned != nullptr) {
      ::operator delete (aligned, std::align_val_t{kModelAlignment});
    }
  }

  void* map = nullptr;  // Open: the read-only mapping
  size_t map_size = 0;
  char* aligned = nullptr;  // FromBytes: an aligned copy ...
  std::string owned;        // ... or the caller's string, if already aligned
  std::string_view bytes;
};

ModelFile::~ModelFile() = default;

bool ModelFile::is_mapped() const { return storage_->map != nullptr; }

StatusOr<std::shared_ptr<const ModelFile>> ModelFile::FromBytes(
    std::string bytes, const ModelOpenOptions& options) {
  auto storage = std::make_unique<Storage>();
  storage->owned = std::move(bytes);
  const std::string& owned = storage->owned;
  if (reinterpret_cast<uintptr_t>(owned.data()) % kModelAlignment == 0) {
    storage->bytes = owned;
  } else if (!owned.empty()) {
    storage->aligned = static_cast<char*>(::operator new (
        owned.size(), std::align_val_t{kModelAlignment}, std::nothrow));
    if (storage->aligned == nullptr) {
      return ResourceExhaustedError("out of memory copying a model of " +
                                    Num(owned.size()) + " bytes");
    }
    std::memcpy(storage->aligned, owned.data(), owned.size());
    storage->bytes = std::string_view(storage->aligned, owned.size());
    std::string().swap(storage->owned);
  }
  return Parse(std::move(storage), options);
}

StatusOr<std::shared_ptr<const ModelFile>> ModelFile::Open(
    const std::string& path, const ModelOpenOptions& options) {
  auto fail = [&path](const Status& s) {
    return Status(s.code(), path + ": " + s.message());
  };
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    if (err == ENOENT || err == ENOTDIR) {
      return NotFoundError(path + ": no such model file");
    }
    return InvalidArgumentError(path + ": cannot open: " + ErrnoMessage(err));
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    const int err = errno;
    close(fd);
    return InvalidArgumentError(path + ": cannot stat: " + ErrnoMessage(err));
  }
  if (!S_ISREG(st.st_mode)) {
    close(fd);
    return InvalidArgumentError(path + (S_ISDIR(st.st_mode)
                                            ? ": is a directory, not a model"
                                            : ": not a regular file"));
  }
  auto storage = std::make_unique<Storage>();
  if (st.st_size > 0) {
    const auto size = static_cast<size_t>(st.st_size);
    void* map = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED) {
      const int err = errno;
      close(fd);
      std::string message = path + ": cannot map: " + ErrnoMessage(err);
      if (err == ENOMEM) return ResourceExhaustedError(message);
      return InvalidArgumentError(message);
    }
    storage->map = map;
    storage->map_size = size;
    storage->bytes = std::string_view(static_cast<const char*>(map), size);
  }
  close(fd);
  auto model = Parse(std::move(storage), options);
  if (!model.ok()) return fail(model.status());
  return model;
}

namespace {

// The fixed header's fields, checked.
struct Header {
  uint16_t major = 0;
  uint16_t minor = 0;
  bool newer_minor = false;  // minor > kModelFormatMinor
  uint32_t header_size = 0;
  uint32_t alignment = 0;
  uint32_t metadata_count = 0;
  uint32_t section_count = 0;
  uint64_t directory_size = 0;
  uint64_t file_size = 0;
};

// Checks everything up to and including the directory checksum.
StatusOr<Header> ParseHeader(std::string_view b) {
  const uint64_t n = b.size();

  // Magic: say "not a model" for anything that does not start like one.
  if (n == 0) return DataLossError("empty file: not a khabar model");
  const size_t m = std::min<size_t>(n, kModelMagic.size());
  if (b.substr(0, m) != kModelMagic.substr(0, m)) {
    std::string first;
    for (size_t i = 0; i < m; ++i) {
      char buf[4];
      std::snprintf(buf, sizeof(buf), "%s%02x", i == 0 ? "" : " ",
                    static_cast<unsigned char>(b[i]));
      first += buf;
    }
    return DataLossError(
        "not a khabar model: bad magic bytes (the file starts with " + first +
        ", a model with 4b 48 41 42 41 52 4d 00 \"KHABARM\\0\")");
  }
  if (n < kOffHeaderSize) {
    return DataLossError("truncated: " + Num(n) +
                         " bytes, too short for the model header");
  }

  // Version, before anything whose layout a version could change.
  const uint16_t major = LoadU16(b, kOffMajor);
  const uint16_t minor = LoadU16(b, kOffMinor);
  if (major != kModelFormatMajor) {
    return UnsupportedVersionError(
        "model format version " + VersionString(major, minor) +
        " is not supported; this build of khabar (" + std::string(Version()) +
        ") reads format " + Num(kModelFormatMajor) + ".x (up to " +
        VersionString(kModelFormatMajor, kModelFormatMinor) + ")");
  }
  const bool newer_minor = minor > kModelFormatMinor;

  // Header.
  if (n < kHeaderBytesV1) {
    return DataLossError("truncated: " + Num(n) + " bytes, too short for the " +
                         Num(kHeaderBytesV1) + "-byte header");
  }
  const uint32_t header_size = LoadU32(b, kOffHeaderSize);
  if (header_size < kHeaderBytesV1 || header_size > kModelMaxHeaderBytes ||
      header_size % 8 != 0) {
    return DataLossError("header: invalid header size " + Num(header_size) +
                         " (64..4096, a multiple of 8)");
  }
  if (header_size > n) {
    return DataLossError("truncated: " + Num(n) + " bytes, the header alone" +
                         " has " + Num(header_size));
  }
  const uint64_t stored_header_sum = LoadU64(b, kOffHeaderChecksum);
  const uint64_t header_sum = HeaderChecksum(b.substr(0, header_size));
  if (stored_header_sum != header_sum) {
    return DataLossError("header: checksum mismatch (stored " +
                         Hex64(stored_header_sum) + ", computed " +
                         Hex64(header_sum) + ")");
  }
  const uint64_t file_size = LoadU64(b, kOffFileSize);
  if (file_size > n) {
    return DataLossError("truncated: the header says the model has " +
                         Num(file_size) + " bytes, the file has " + Num(n));
  }
  if (file_size < n) {
    return DataLossError(Num(n - file_size) +
                         " trailing bytes after the end of the model at "
                         "offset " +
                         Num(file_size));
  }
  const uint32_t alignment = LoadU32(b, kOffAlignment);
  if (alignment < kModelAlignment || alignment > 4096 ||
      (alignment & (alignment - 1)) != 0) {
    return DataLossError("header: invalid alignment " + Num(alignment) +
                         " (a power of two, 64..4096)");
  }
  if (!newer_minor && LoadU32(b, kOffReserved) != 0) {
    return DataLossError("header: reserved field is not zero");
  }
  const uint32_t metadata_count = LoadU32(b, kOffMetadataCount);
  const uint32_t section_count = LoadU32(b, kOffSectionCount);
  const uint64_t dir_size = LoadU64(b, kOffDirectorySize);
  if (metadata_count > kModelMaxMetadataEntries) {
    return ResourceExhaustedError("model has " + Num(metadata_count) +
                                  " metadata entries, the limit is " +
                                  Num(kModelMaxMetadataEntries));
  }
  if (section_count > kModelMaxSections) {
    return ResourceExhaustedError("model has " + Num(section_count) +
                                  " sections, the limit is " +
                                  Num(kModelMaxSections));
  }
  if (dir_size > kModelMaxDirectoryBytes) {
    return ResourceExhaustedError("model directory has " + Num(dir_size) +
                                  " bytes, the limit is " +
                                  Num(kModelMaxDirectoryBytes));
  }
  if (dir_size > file_size - header_size) {
    return DataLossError("directory: " + Num(dir_size) + " bytes at offset " +
                         Num(header_size) + " run past the end of the model (" +
                         Num(file_size) + " bytes)");
  }
  const std::string_view dir = b.substr(header_size, dir_size);
  const uint64_t stored_dir_sum = LoadU64(b, kOffDirectoryChecksum);
  const uint64_t dir_sum = ModelChecksum(dir);
  if (stored_dir_sum != dir_sum) {
    return DataLossError("directory: checksum mismatch (stored " +
                         Hex64(stored_dir_sum) + ", computed " +
                         Hex64(dir_sum) + ")");
  }

  Header h;
  h.major = major;
  h.minor = minor;
  h.newer_minor = newer_minor;
  h.header_size = header_size;
  h.alignment = alignment;
  h.metadata_count = metadata_count;
  h.section_count = section_count;
  h.directory_size = dir_size;
  h.file_size = file_size;
  return h;
}

// Reads the directory's entries and checks them and the section layout.
Status ParseDirectory(std::string_view b, const Header& h,
                      std::vector<ModelMetadataEntry>* metadata,
                      std::vector<ModelSectionInfo>* sections) {
  const uint64_t header_size = h.header_size;
  const uint64_t file_size = h.file_size;
  const uint64_t alignment = h.alignment;
  const std::string_view dir = b.substr(header_size, h.directory_size);
  // Directory: metadata entries, then section entries.
  ByteReader r(dir, "directory", header_size);
  if (!r.CheckCount(h.metadata_count, kMinMetadataEntryBytes) ||
      !r.CheckCount(h.section_count, kMinSectionEntryBytes)) {
    return r.status();
  }
  metadata->reserve(h.metadata_count);
  for (uint32_t i = 0; i < h.metadata_count && r.ok(); ++i) {
    const uint8_t type = r.U8();
    const uint16_t key_size = r.U16();
    const std::string_view key = r.Bytes(key_size);
    if (r.ok() && !IsValidName(key)) {
      r.Fail("metadata key " + Quote(key) + " is not a valid name");
    }
    const uint32_t value_size = r.U32();
    const std::string_view value = r.Bytes(value_size);
    if (!r.ok()) break;
    ModelMetadataEntry entry{std::string(key), ModelValue()};
    if (type == kTypeString) {
      entry.value = std::string(value);
    } else if (type == kTypeInt64 || type == kTypeDouble) {
      if (value_size != 8) {
        r.Fail("metadata " + Quote(key) + ": " +
               (type == kTypeInt64 ? "an int64" : "a double") + " has " +
               Num(value_size) + " bytes, not 8");
        break;
      }
      ByteReader v(value);
      if (type == kTypeInt64) {
        entry.value = v.I64();
      } else {
        entry.value = v.F64();
      }
    } else if (h.newer_minor) {
      continue;  // a value type from a newer minor version: skip it
    } else {
      r.Fail("metadata " + Quote(key) + ": unknown value type " + Num(type));
      break;
    }
    metadata->push_back(std::move(entry));
  }
  sections->reserve(h.section_count);
  uint64_t end = header_size + h.directory_size;  // the end of what came before
  for (uint32_t i = 0; i < h.section_count && r.ok(); ++i) {
    const uint16_t name_size = r.U16();
    const std::string_view name = r.Bytes(name_size);
    if (r.ok() && !IsValidName(name)) {
      r.Fail("section name " + Quote(name) + " is not a valid name");
    }
    ModelSectionInfo info;
    info.offset = r.U64();
    info.size = r.U64();
    info.checksum = r.U64();
    if (!r.ok()) break;
    info.name = std::string(name);
    const std::string what = "section " + Quote(name) + ": ";
    if (info.offset % alignment != 0) {
      return DataLossError(what + "offset " + Num(info.offset) +
                           " is not a multiple of " + Num(alignment));
    }
    if (info.offset < end) {
      return DataLossError(what + "offset " + Num(info.offset) +
                           " overlaps what comes before it (up to offset " +
                           Num(end) + ")");
    }
    if (info.offset > file_size || info.size > file_size - info.offset) {
      return DataLossError(
          what + "offset " + Num(info.offset) + " + size " + Num(info.size) +
          " runs past the end of the model (" + Num(file_size) + " bytes)");
    }
    for (uint64_t p = end; p < info.offset; ++p) {
      if (b[p] != '\0') {
        return DataLossError("nonzero padding byte at offset " + Num(p) +
                             " (before section " + Quote(name) + ")");
      }
    }
    end = info.offset + info.size;
    sections->push_back(std::move(info));
  }
  KHABAR_RETURN_IF_ERROR(r.Finish());
  if (end != file_size) {
    return DataLossError(Num(file_size - end) + " bytes at offset " + Num(end) +
                         " after the last section belong to no section");
  }

  // Unique names.
  auto check_unique = [](std::vector<std::string_view> names,
                         std::string_view what) {
    std::sort(names.begin(), names.end());
    auto dup = std::adjacent_find(names.begin(), names.end());
    if (dup == names.end()) return Status();
    return DataLossError("duplicate " + std::string(what) + " " + Quote(*dup));
  };
  {
    std::vector<std::string_view> keys;
    keys.reserve(metadata->size());
    for (const ModelMetadataEntry& e : *metadata) keys.push_back(e.key);
    KHABAR_RETURN_IF_ERROR(check_unique(std::move(keys), "metadata key"));
    std::vector<std::string_view> names;
    names.reserve(sections->size());
    for (const ModelSectionInfo& s : *sections) names.push_back(s.name);
    KHABAR_RETURN_IF_ERROR(check_unique(std::move(names), "section name"));
  }

  return Status();
}

}  // namespace

StatusOr<std::shared_ptr<const ModelFile>> ModelFile::Parse(
    std::unique_ptr<Storage> storage, const ModelOpenOptions& options) {
  const std::string_view b = storage->bytes;

  StatusOr<Header> header = ParseHeader(b);
  if (!header.ok()) return header.status();
  const Header& h = *header;
  std::shared_ptr<ModelFile> model(new (std::nothrow) ModelFile());
  if (model == nullptr) return ResourceExhaustedError("out of memory");
  model->format_major_ = h.major;
  model->format_minor_ = h.minor;
  KHABAR_RETURN_IF_ERROR(
      ParseDirectory(b, h, &model->metadata_, &model->sections_));

  // Required metadata.
  for (std::string_view key : {kModelKeyKind, kModelKeyKhabarVersion}) {
    const ModelValue* v = model->FindMetadata(key);
    if (v == nullptr) {
      return DataLossError("missing required metadata '" + std::string(key) +
                           "'");
    }
    if (!std::holds_alternative<std::string>(*v)) {
      return DataLossError("metadata '" + std::string(key) + "' is " +
                           std::string(ModelValueTypeName(*v)) +
                           ", expected string");
    }
  }
  model->kind_ = std::get<std::string>(*model->FindMetadata(kModelKeyKind));
  if (!IsValidName(model->kind_)) {
    return DataLossError("model kind " + Quote(model->kind_) +
                         " is not a valid name");
  }
  model->khabar_version_ =
      std::get<std::string>(*model->FindMetadata(kModelKeyKhabarVersion));

  model->storage_ = std::move(storage);
  model->bytes_ = b;
  if (options.verify_sections) {
    for (const ModelSectionInfo& s : model->sections_) {
      KHABAR_RETURN_IF_ERROR(model->VerifySection(s.name));
    }
  }
  return std::shared_ptr<const ModelFile>(std::move(model));
}

const ModelValue* ModelFile::FindMetadata(std::string_view key) const {
  for (const ModelMetadataEntry& e : metadata_) {
    if (e.key == key) return &e.value;
  }
  return nullptr;
}

namespace {

template <typename T>
StatusOr<T> GetTyped(const ModelValue* v, std::string_view key,
                     std::string_view type) {
  if (v == nullptr) {
    return NotFoundError("no metadata '" + std::string(key) + "' in the model");
  }
  if (const auto* x =
          std::get_if<std::conditional_t<std::is_same_v<T, std::string_view>,
                                         std::string, T>>(v)) {
    return T(*x);
  }
  return DataLossError("metadata '" + std::string(key) + "' is " +
                       std::string(ModelValueTypeName(*v)) + ", expected " +
                       std::string(type));
}

}  // namespace

StatusOr<std::string_view> ModelFile::GetString(std::string_view key) const {
  return GetTyped<std::string_view>(FindMetadata(key), key, "string");
}

StatusOr<int64_t> ModelFile::GetInt64(std::string_view key) const {
  return GetTyped<int64_t>(FindMetadata(key), key, "int64");
}

StatusOr<double> ModelFile::GetDouble(std::string_view key) const {
  return GetTyped<double>(FindMetadata(key), key, "double");
}

const ModelSectionInfo* ModelFile::FindSection(std::string_view name) const {
  for (const ModelSectionInfo& s : sections_) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

bool ModelFile::HasSection(std::string_view name) const {
  return FindSection(name) != nullptr;
}

StatusOr<std::string_view> ModelFile::Section(std::string_view name) const {
  const ModelSectionInfo* s = FindSection(name);
  if (s == nullptr) {
    return NotFoundError("no section " + Quote(name) + " in the model (kind " +
                         Quote(kind_) + ")");
  }
  return bytes_.substr(s->offset, s->size);
}

Status ModelFile::VerifySection(std::string_view name) const {
  const ModelSectionInfo* s = FindSection(name);
  if (s == nullptr) {
    return NotFoundError("no section " + Quote(name) + " in the model");
  }
  const uint64_t sum = ModelChecksum(bytes_.substr(s->offset, s->size));
  if (sum != s->checksum) {
    return DataLossError("section " + Quote(name) +
                         ": checksum mismatch (stored " + Hex64(s->checksum) +
                         ", computed " + Hex64(sum) + ")");
  }
  return Status();
}

}  // namespace khabar
