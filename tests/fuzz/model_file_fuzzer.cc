// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Fuzzes the model container reader: ModelFile::FromBytes either fails with
// kDataLoss, kUnsupportedVersion or kResourceExhausted, or yields a model
// whose sections are aligned views inside the input that pass their
// checksums, whose metadata lookups agree with the entry list, and which the
// writer reproduces (writing its contents again gives a model with the same
// kind, metadata and sections). ByteReader is run over every section too.
//
// Random bytes rarely get past the checksums, so each input is also checked
// "resealed": with the header and directory checksums (and, when the
// structure parses, every section checksum) recomputed, which lets the
// fuzzer reach the directory and section checks behind them.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "khabar/model_file.h"
#include "model/byte_io.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

bool SameValue(const khabar::ModelValue& a, const khabar::ModelValue& b) {
  if (a.index() != b.index()) return false;
  if (const auto* d = std::get_if<double>(&a)) {
    const double e = std::get<double>(b);
    return *d == e || (*d != *d && e != e);  // NaN equals NaN here
  }
  return a == b;
}

// Reads a section as a little stream of mixed values until it fails or ends.
void ReadAround(std::string_view bytes) {
  khabar::ByteReader r(bytes, "fuzz");
  for (int i = 0; i < 64 && r.ok() && !r.empty(); ++i) {
    switch (r.U8() % 6) {
      case 0:
        r.String();
        break;
      case 1:
        r.VarU64();
        break;
      case 2: {
        const std::span<const float> f = r.Array<float>(64);
        for (float x : f) static_cast<void>(x);
        break;
      }
      case 3: {
        std::vector<uint32_t> out;
        r.ArrayCopy(&out);
        break;
      }
      case 4:
        r.Count(4);
        break;
      default:
        r.Align(8);
        break;
    }
  }
  const khabar::Status s = r.Finish();
  Check(s.ok() || s.code() == khabar::StatusCode::kDataLoss);
}

void CheckModel(const std::string& bytes) {
  const size_t size = bytes.size();
  auto lazy = khabar::ModelFile::FromBytes(bytes, {.verify_sections = false});
  auto model = khabar::ModelFile::FromBytes(bytes);
  if (!model.ok()) {
    const khabar::StatusCode code = model.status().code();
    Check(code == khabar::StatusCode::kDataLoss ||
          code == khabar::StatusCode::kUnsupportedVersion ||
          code == khabar::StatusCode::kResourceExhausted);
    Check(!model.status().message().empty());
    // Only a section checksum can fail after the structure passed.
    if (lazy.ok()) Check(code == khabar::StatusCode::kDataLoss);
    return;
  }
  Check(lazy.ok());
  const khabar::ModelFile& m = **model;
  Check(m.format_major() == khabar::kModelFormatMajor);
  Check(m.file_size() == size);
  Check(m.FindMetadata(khabar::kModelKeyKind) != nullptr);
  Check(m.GetString(khabar::kModelKeyKind).ok());

  khabar::ModelWriter writer{std::string(m.kind())};
  for (const khabar::ModelMetadataEntry& e : m.metadata()) {
    const khabar::ModelValue* v = m.FindMetadata(e.key);
    Check(v == &e.value);
    if (e.key != khabar::kModelKeyKind &&
        e.key != khabar::kModelKeyKhabarVersion) {
      Check(writer.SetMetadata(e.key, e.value).ok());
    }
  }
  for (const khabar::ModelSectionInfo& s : m.sections()) {
    auto view = m.Section(s.name);
    Check(view.ok());
    Check(view->size() == s.size);
    Check(s.offset % khabar::kModelAlignment == 0);
    Check(reinterpret_cast<uintptr_t>(view->data()) % khabar::kModelAlignment ==
          0);
    Check(m.VerifySection(s.name).ok());
    Check(khabar::ModelChecksum(*view) == s.checksum);
    ReadAround(*view);
    Check(writer.AddSection(s.name, std::string(*view)).ok());
  }
  Check(!m.Section("\x01 no such section").ok());

  auto rewritten = writer.Serialize();
  Check(rewritten.ok());
  auto again = khabar::ModelFile::FromBytes(*rewritten);
  Check(again.ok());
  const khabar::ModelFile& a = **again;
  Check(a.kind() == m.kind());
  Check(a.sections().size() == m.sections().size());
  for (size_t i = 0; i < m.sections().size(); ++i) {
    Check(a.sections()[i].name == m.sections()[i].name);
    Check(*a.Section(a.sections()[i].name) == *m.Section(m.sections()[i].name));
  }
  for (const khabar::ModelMetadataEntry& e : m.metadata()) {
    if (e.key == khabar::kModelKeyKhabarVersion) continue;
    const khabar::ModelValue* v = a.FindMetadata(e.key);
    Check(v != nullptr && SameValue(*v, e.value));
  }
  Check(a.metadata().size() == m.metadata().size());
}

uint64_t Load(const std::string& b, size_t at, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < n; ++i) {
    v |= static_cast<uint64_t>(static_cast<uint8_t>(b[at + i])) << (8 * i);
  }
  return v;
}

void Store64(std::string* b, size_t at, uint64_t v) {
  for (size_t i = 0; i < 8; ++i) (*b)[at + i] = static_cast<char>(v >> (8 * i));
}

// Recomputes the directory and header checksums where the header's sizes
// allow it. Returns false if there is no header to reseal.
bool ResealHeader(std::string* b) {
  if (b->size() < 64) return false;
  const uint64_t header_size = Load(*b, 12, 4);
  if (header_size < 64 || header_size > khabar::kModelMaxHeaderBytes ||
      header_size > b->size()) {
    return false;
  }
  const uint64_t dir_size = Load(*b, 32, 8);
  if (dir_size <= b->size() - header_size) {
    Store64(b, 40,
            khabar::ModelChecksum(
                std::string_view(*b).substr(header_size, dir_size)));
  }
  std::string header = b->substr(0, header_size);
  Store64(&header, 56, 0);
  Store64(b, 56, khabar::ModelChecksum(header));
  return true;
}

// Recomputes every section checksum of a structurally valid model.
void ResealSections(std::string* b) {
  size_t p = Load(*b, 12, 4);
  const size_t end = p + Load(*b, 32, 8);
  for (uint64_t i = Load(*b, 24, 4); i > 0; --i) {
    p += 1;
    p += 2 + Load(*b, p, 2);
    p += 4 + Load(*b, p, 4);
  }
  for (uint64_t i = Load(*b, 28, 4); i > 0 && p < end; --i) {
    p += 2 + Load(*b, p, 2);
    const uint64_t offset = Load(*b, p, 8);
    const uint64_t size = Load(*b, p + 8, 8);
    Store64(b, p + 16,
            khabar::ModelChecksum(std::string_view(*b).substr(offset, size)));
    p += 24;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  CheckModel(bytes);
  std::string resealed = bytes;
  if (!ResealHeader(&resealed)) return 0;
  if (khabar::ModelFile::FromBytes(resealed, {.verify_sections = false}).ok()) {
    ResealSections(&resealed);
    ResealHeader(&resealed);
    auto m = khabar::ModelFile::FromBytes(resealed);
    Check(m.ok());
  }
  if (resealed != bytes) CheckModel(resealed);
  return 0;
}
