// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: the byte layout of the model container shared by its writer
// (model_writer.cc) and reader (model_file.cc). docs/MODEL_FORMAT.md is the
// specification; the constants mirror its tables.

#ifndef KHABAR_MODEL_MODEL_FORMAT_H_
#define KHABAR_MODEL_MODEL_FORMAT_H_

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

namespace khabar::model_format {

// The v1 fixed header (docs/MODEL_FORMAT.md, "Header").
inline constexpr size_t kHeaderBytesV1 = 64;
inline constexpr size_t kOffMajor = 8;
inline constexpr size_t kOffMinor = 10;
inline constexpr size_t kOffHeaderSize = 12;
inline constexpr size_t kOffFileSize = 16;
inline constexpr size_t kOffMetadataCount = 24;
inline constexpr size_t kOffSectionCount = 28;
inline constexpr size_t kOffDirectorySize = 32;
inline constexpr size_t kOffDirectoryChecksum = 40;
inline constexpr size_t kOffAlignment = 48;
inline constexpr size_t kOffReserved = 52;
inline constexpr size_t kOffHeaderChecksum = 56;

// Metadata value types.
inline constexpr uint8_t kTypeString = 1;
inline constexpr uint8_t kTypeInt64 = 2;
inline constexpr uint8_t kTypeDouble = 3;

// Smallest encoded directory entries: a metadata entry with a 1-byte key and
// an empty string value; a section entry with a 1-byte name.
inline constexpr size_t kMinMetadataEntryBytes = 1 + 2 + 1 + 4;
inline constexpr size_t kMinSectionEntryBytes = 2 + 1 + 8 + 8 + 8;

inline bool IsValidName(std::string_view name) {
  if (name.empty() || name.size() > kModelMaxNameBytes) return false;
  for (char c : name) {
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

// 'name' for messages: quoted, non-printable bytes as \xNN, cut at 64 bytes.
inline std::string Quote(std::string_view name) {
  std::string out = "'";
  size_t n = 0;
  for (char c : name) {
    if (++n > 64) {
      out += "...";
      break;
    }
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f && c != '\'' && c != '\\') {
      out.push_back(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\x%02x", u);
      out += buf;
    }
  }
  out += "'";
  return out;
}

inline std::string Hex64(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof(buf), "%016" PRIx64, v);
  return buf;
}

inline std::string Num(uint64_t v) { return std::to_string(v); }

template <typename U>
inline U Load(std::string_view b, size_t off) {
  U v;
  std::memcpy(&v, b.data() + off, sizeof(U));
  return byte_io_internal::ToLittle(v);
}
inline uint16_t LoadU16(std::string_view b, size_t off) {
  return Load<uint16_t>(b, off);
}
inline uint32_t LoadU32(std::string_view b, size_t off) {
  return Load<uint32_t>(b, off);
}
inline uint64_t LoadU64(std::string_view b, size_t off) {
  return Load<uint64_t>(b, off);
}

// XXH3-64 of the header's first `header_size` bytes with the header
// checksum field read as zeros.
inline uint64_t HeaderChecksum(std::string_view header) {
  char buf[kModelMaxHeaderBytes];
  std::memcpy(buf, header.data(), header.size());
  std::memset(buf + kOffHeaderChecksum, 0, 8);
  return XXH3_64bits(buf, header.size());
}

inline std::string VersionString(uint16_t major, uint16_t minor) {
  return Num(major) + "." + Num(minor);
}

inline std::string ErrnoMessage(int err) {
  return std::generic_category().message(err);
}

inline size_t PadTo(uint64_t offset) {
  return static_cast<size_t>((kModelAlignment - offset % kModelAlignment) %
                             kModelAlignment);
}

}  // namespace khabar::model_format

#endif  // KHABAR_MODEL_MODEL_FORMAT_H_
