// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// ModelWriter: lays a model file out (docs/MODEL_FORMAT.md). The reader is
// model_file.cc; the layout they share is model_format.h.

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

#include "khabar/model_file.h"
#include "khabar/version.h"
#include "model/byte_io.h"
#include "model/model_format.h"

namespace khabar {
using namespace model_format;  // NOLINT: the layout constants and helpers

// ---------------------------------------------------------------- writer --

ModelWriter::ModelWriter(std::string kind) : kind_(std::move(kind)) {}

Status ModelWriter::SetMetadata(std::string key, ModelValue value) {
  if (!IsValidName(key)) {
    return InvalidArgumentError("metadata key " + Quote(key) +
                                " is not a valid name (1-255 printable ASCII "
                                "bytes, no spaces)");
  }
  if (key == kModelKeyKind || key == kModelKeyKhabarVersion) {
    return InvalidArgumentError("metadata key " + Quote(key) +
                                " is reserved: the writer sets it");
  }
  auto it = std::lower_bound(
      metadata_.begin(), metadata_.end(), key,
      [](const ModelMetadataEntry& e, const auto& k) { return e.key < k; });
  if (it != metadata_.end() && it->key == key) {
    ModelValue old = std::move(it->value);
    it->value = std::move(value);
    Status s = CheckDirectorySize();
    if (!s.ok()) it->value = std::move(old);
    return s;
  }
  // kind and khabar_version take two entries.
  if (metadata_.size() + 2 >= kModelMaxMetadataEntries) {
    return ResourceExhaustedError("too many metadata entries (the limit is " +
                                  Num(kModelMaxMetadataEntries) + ")");
  }
  it = metadata_.insert(it, {std::move(key), std::move(value)});
  Status s = CheckDirectorySize();
  if (!s.ok()) metadata_.erase(it);
  return s;
}

Status ModelWriter::SetTrainingConfig(std::string config) {
  return SetMetadata(std::string(kModelKeyTrainingConfig), std::move(config));
}

Status ModelWriter::SetDataHash(std::string hash) {
  return SetMetadata(std::string(kModelKeyDataHash), std::move(hash));
}

Status ModelWriter::AddSection(std::string name, std::string bytes) {
  if (!IsValidName(name)) {
    return InvalidArgumentError("section name " + Quote(name) +
                                " is not a valid name (1-255 printable ASCII "
                                "bytes, no spaces)");
  }
  for (const auto& [existing, unused] : sections_) {
    if (existing == name) {
      return InvalidArgumentError("duplicate section " + Quote(name));
    }
  }
  if (sections_.size() >= kModelMaxSections) {
    return ResourceExhaustedError("too many sections (the limit is " +
                                  Num(kModelMaxSections) + ")");
  }
  sections_.emplace_back(std::move(name), std::move(bytes));
  Status s = CheckDirectorySize();
  if (!s.ok()) sections_.pop_back();
  return s;
}

Status ModelWriter::CheckDirectorySize() const {
  uint64_t bytes = 0;
  auto add_entry = [&bytes](std::string_view key, const ModelValue& value) {
    bytes += kMinMetadataEntryBytes - 1 + key.size();
    if (const auto* s = std::get_if<std::string>(&value)) {
      bytes += s->size();
    } else {
      bytes += 8;
    }
  };
  add_entry(kModelKeyKind, kind_);
  add_entry(kModelKeyKhabarVersion, std::string(Version()));
  for (const ModelMetadataEntry& e : metadata_) add_entry(e.key, e.value);
  for (const auto& [name, unused] : sections_) {
    bytes += kMinSectionEntryBytes - 1 + name.size();
  }
  if (bytes > kModelMaxDirectoryBytes) {
    return ResourceExhaustedError(
        "model directory of " + Num(bytes) + " bytes exceeds the limit of " +
        Num(kModelMaxDirectoryBytes) + " (metadata values too large?)");
  }
  return Status();
}

namespace {

void WriteMetadataEntry(std::string_view key, const ModelValue& value,
                        ByteWriter* w) {
  if (const auto* s = std::get_if<std::string>(&value)) {
    w->U8(kTypeString);
    w->U16(static_cast<uint16_t>(key.size()));
    w->Bytes(key);
    w->U32(static_cast<uint32_t>(s->size()));
    w->Bytes(*s);
  } else if (const auto* i = std::get_if<int64_t>(&value)) {
    w->U8(kTypeInt64);
    w->U16(static_cast<uint16_t>(key.size()));
    w->Bytes(key);
    w->U32(8);
    w->I64(*i);
  } else {
    w->U8(kTypeDouble);
    w->U16(static_cast<uint16_t>(key.size()));
    w->Bytes(key);
    w->U32(8);
    w->F64(std::get<double>(value));
  }
}

// Lays the file out: header, directory, then each payload at the next
// aligned offset. Calls emit(bytes) in order; returns the first error.
template <typename Emit>
Status EmitModel(
    const std::string& kind, const std::vector<ModelMetadataEntry>& metadata,
    const std::vector<std::pair<std::string, std::string>>& sections,
    Emit emit) {
  if (!IsValidName(kind)) {
    return InvalidArgumentError("model kind " + Quote(kind) +
                                " is not a valid name (1-255 printable ASCII "
                                "bytes, no spaces)");
  }
  ByteWriter dir;
  WriteMetadataEntry(kModelKeyKind, kind, &dir);
  WriteMetadataEntry(kModelKeyKhabarVersion, std::string(Version()), &dir);
  for (const ModelMetadataEntry& e : metadata) {
    WriteMetadataEntry(e.key, e.value, &dir);
  }
  // Section entries need offsets, which depend on the directory size, which
  // does not depend on the offsets: compute it first.
  uint64_t dir_size = dir.size();
  for (const auto& [name, unused] : sections) {
    dir_size += kMinSectionEntryBytes - 1 + name.size();
  }
  uint64_t pos = kHeaderBytesV1 + dir_size;
  std::vector<uint64_t> offsets;
  offsets.reserve(sections.size());
  for (const auto& [name, bytes] : sections) {
    pos += PadTo(pos);
    offsets.push_back(pos);
    pos += bytes.size();
    dir.U16(static_cast<uint16_t>(name.size()));
    dir.Bytes(name);
    dir.U64(offsets.back());
    dir.U64(bytes.size());
    dir.U64(ModelChecksum(bytes));
  }
  const uint64_t file_size = pos;
  const std::string directory = std::move(dir).Finish();
  if (directory.size() > kModelMaxDirectoryBytes) {
    return ResourceExhaustedError("model directory too large");
  }

  ByteWriter header;
  header.Bytes(kModelMagic);
  header.U16(kModelFormatMajor);
  header.U16(kModelFormatMinor);
  header.U32(kHeaderBytesV1);
  header.U64(file_size);
  header.U32(static_cast<uint32_t>(metadata.size() + 2));
  header.U32(static_cast<uint32_t>(sections.size()));
  header.U64(directory.size());
  header.U64(ModelChecksum(directory));
  header.U32(kModelAlignment);
  header.U32(0);
  header.U64(0);  // header checksum, patched below
  std::string head = std::move(header).Finish();
  ByteWriter sum;
  sum.U64(HeaderChecksum(head));
  head.replace(kOffHeaderChecksum, 8, sum.data());

  KHABAR_RETURN_IF_ERROR(emit(std::string_view(head)));
  KHABAR_RETURN_IF_ERROR(emit(std::string_view(directory)));
  pos = head.size() + directory.size();
  static constexpr char kZeros[kModelAlignment] = {};
  for (size_t i = 0; i < sections.size(); ++i) {
    const size_t pad = PadTo(pos);
    KHABAR_RETURN_IF_ERROR(emit(std::string_view(kZeros, pad)));
    KHABAR_RETURN_IF_ERROR(emit(std::string_view(sections[i].second)));
    pos += pad + sections[i].second.size();
  }
  if (pos != file_size) return InternalError("model layout mismatch");
  return Status();
}

}  // namespace

StatusOr<std::string> ModelWriter::Serialize() const {
  std::string out;
  uint64_t total = 0;
  for (const auto& [name, bytes] : sections_) total += bytes.size() + 64;
  out.reserve(total + 4096);
  Status s = EmitModel(kind_, metadata_, sections_, [&out](std::string_view b) {
    out.append(b);
    return Status();
  });
  if (!s.ok()) return s;
  return out;
}

namespace {

Status WriteError(const std::string& path, int err) {
  std::string message =
      "cannot write model " + Quote(path) + ": " + ErrnoMessage(err);
  if (err == ENOENT || err == ENOTDIR) return NotFoundError(message);
  if (err == ENOSPC || err == EDQUOT || err == EFBIG) {
    return ResourceExhaustedError(message);
  }
  return InvalidArgumentError(message);
}

}  // namespace

Status ModelWriter::WriteFile(const std::string& path) const {
  std::string tmp = path + ".tmp.XXXXXX";
  const int fd = mkstemp(tmp.data());
  if (fd < 0) return WriteError(path, errno);
  int err = 0;
  if (fchmod(fd, 0644) != 0) err = errno;
  Status s;
  if (err == 0) {
    s = EmitModel(kind_, metadata_, sections_, [&](std::string_view b) {
      while (!b.empty()) {
        const ssize_t n = write(fd, b.data(), b.size());
        if (n < 0) {
          if (errno == EINTR) continue;
          err = errno;
          return WriteError(path, err);
        }
        b.remove_prefix(static_cast<size_t>(n));
      }
      return Status();
    });
  }
  if (err == 0 && s.ok() && fsync(fd) != 0) err = errno;
  if (close(fd) != 0 && err == 0) err = errno;
  if (err == 0 && s.ok() && rename(tmp.c_str(), path.c_str()) != 0) {
    err = errno;
  }
  if (err != 0 || !s.ok()) {
    unlink(tmp.c_str());
    return s.ok() ? WriteError(path, err) : s;
  }
  return Status();
}

}  // namespace khabar
