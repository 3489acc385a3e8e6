// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// ByteWriter and ByteReader: little-endian binary encoding for model
// sections. Internal to the library (models are read through
// khabar/model_file.h; a component encodes its own sections with these).
//
//   khabar::ByteWriter w;
//   w.U32(kLexiconVersion);
//   w.String("ktb");                         // u32 length + bytes
//   w.Array<float>(weights, /*alignment=*/64);  // u64 count, pad, raw floats
//   writer.AddSection("weights", std::move(w).Finish());
//
//   khabar::ByteReader r(*model->Section("weights"), "section 'weights'");
//   uint32_t version = r.U32();
//   std::string_view root = r.String();      // a view into the model
//   std::span<const float> weights = r.Array<float>(64);  // in place, no copy
//   KHABAR_RETURN_IF_ERROR(r.Finish());      // any error, or leftover bytes
//
// Encoding: integers and floats are little-endian (IEEE 754 for f32/f64) on
// every host. Composite encodings, which Writer and Reader agree on:
//   String(s)       u32 byte length, then the bytes
//   VarU64(v)       LEB128, 1..10 bytes, no overlong or overflowing forms
//   Array<T>(v, a)  u64 element count, zero bytes up to a multiple of `a`
//                   (counted from the start of the buffer), the raw elements
//   Pad(a)          zero bytes up to a multiple of `a`
// Positions are relative to the start of the writer's buffer, so a reader
// over a model section (which starts 64-byte aligned in memory, see
// kModelAlignment) sees the same alignment in memory; alignments up to 64 are
// therefore honoured in place.
//
// Array element types: arithmetic types, or trivially copyable structs
// without padding (std::has_unique_object_representations), e.g.
// `struct Arc { uint32_t to; uint32_t label; };`. Arrays are copied as raw
// bytes, which is little-endian only on little-endian hosts; the in-place
// views (Array, the default) compile only there, ArrayCopy works anywhere
// for arithmetic types.
//
// Errors: the reader is sticky. The first failure (reading past the end, a
// length larger than what is left, misalignment, nonzero padding, a bad
// varint, or the caller's own Fail()) is recorded as kDataLoss with the
// context and byte offset, e.g. "section 'weights': offset 12: need 4 bytes
// for u32, 2 left"; every later read returns 0 / empty and does nothing.
// Check ok() or Finish() once at the end. Nothing throws (but ByteWriter, like
// std::string, may throw std::bad_alloc when memory runs out).
//
// Thread safety: a writer or reader is one thread's object. The reader does
// not own its bytes: they must outlive it and every view it returned.

#ifndef KHABAR_MODEL_BYTE_IO_H_
#define KHABAR_MODEL_BYTE_IO_H_

#include <bit>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "khabar/status.h"

namespace khabar {

namespace byte_io_internal {

// Raw array elements: numbers (not bool), or padding-free PODs (which must
// not hold bool or enum members: any bit pattern must be a valid value).
template <typename T>
inline constexpr bool kIsRawElement =
    !std::is_same_v<std::remove_cv_t<T>, bool> &&
    (std::is_arithmetic_v<T> || (std::is_trivially_copyable_v<T> &&
                                 std::has_unique_object_representations_v<T>));

template <typename U>
constexpr U ToLittle(U v) {
  static_assert(std::is_unsigned_v<U>);
  if constexpr (std::endian::native == std::endian::big && sizeof(U) > 1) {
    if constexpr (sizeof(U) == 2) return __builtin_bswap16(v);
    if constexpr (sizeof(U) == 4) return __builtin_bswap32(v);
    if constexpr (sizeof(U) == 8) return __builtin_bswap64(v);
  }
  return v;
}

inline bool IsPowerOfTwo(size_t a) { return a != 0 && (a & (a - 1)) == 0; }

}  // namespace byte_io_internal

// Appends little-endian values to an owned std::string.
class ByteWriter {
 public:
  ByteWriter() = default;

  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U16(uint16_t v) { Put(v); }
  void U32(uint32_t v) { Put(v); }
  void U64(uint64_t v) { Put(v); }
  void I32(int32_t v) { Put(static_cast<uint32_t>(v)); }
  void I64(int64_t v) { Put(static_cast<uint64_t>(v)); }
  void F32(float v) { Put(std::bit_cast<uint32_t>(v)); }
  void F64(double v) { Put(std::bit_cast<uint64_t>(v)); }

  // LEB128: 7 bits a byte, low bits first; small values take one byte.
  void VarU64(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }

  // Raw bytes, no length.
  void Bytes(std::string_view bytes) { out_.append(bytes); }

  // u32 length + bytes. A string longer than 4 GiB - 1 is a caller bug
  // (asserted); split such data yourself.
  void String(std::string_view s) {
    assert(s.size() <= std::numeric_limits<uint32_t>::max());
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }

  // Zero bytes until size() is a multiple of `alignment` (a power of two).
  void Pad(size_t alignment) {
    assert(byte_io_internal::IsPowerOfTwo(alignment));
    out_.append((alignment - out_.size() % alignment) % alignment, '\0');
  }

  // u64 count, zero padding to `alignment` (a power of two, at least
  // alignof(T); use 64 for SIMD-friendly float rows), then the elements.
  template <typename T>
  void Array(std::span<const T> values, size_t alignment = alignof(T)) {
    static_assert(byte_io_internal::kIsRawElement<T>,
                  "Array elements must be arithmetic or padding-free PODs");
    assert(alignment >= alignof(T));
    U64(values.size());
    Pad(alignment);
    if constexpr (std::endian::native == std::endian::little ||
                  sizeof(T) == 1) {
      out_.append(reinterpret_cast<const char*>(values.data()),
                  values.size_bytes());
    } else {
      static_assert(std::is_arithmetic_v<T>,
                    "struct arrays need a little-endian host");
      for (const T& v : values) PutValue(v);
    }
  }
  template <typename T>
  void Array(const std::vector<T>& values, size_t alignment = alignof(T)) {
    Array(std::span<const T>(values), alignment);
  }

  size_t size() const { return out_.size(); }
  const std::string& data() const { return out_; }
  // Reserves capacity for `bytes` more bytes.
  void Reserve(size_t bytes) { out_.reserve(out_.size() + bytes); }

  // Hands the bytes over; the writer is empty afterwards.
  std::string Finish() && { return std::move(out_); }

 private:
  template <typename U>
  void Put(U v) {
    v = byte_io_internal::ToLittle(v);
    char buf[sizeof(U)];
    std::memcpy(buf, &v, sizeof(U));
    out_.append(buf, sizeof(U));
  }
  template <typename T>
  void PutValue(T v) {
    if constexpr (std::is_floating_point_v<T>) {
      if constexpr (sizeof(T) == 4) Put(std::bit_cast<uint32_t>(v));
      if constexpr (sizeof(T) == 8) Put(std::bit_cast<uint64_t>(v));
    } else {
      Put(static_cast<std::make_unsigned_t<T>>(v));
    }
  }

  std::string out_;
};

// Reads what ByteWriter wrote, bounds-checked, with a sticky error. Views it
// returns point into the reader's bytes.
class ByteReader {
 public:
  // `context` names the data in error messages ("section 'weights'"); error
  // offsets are `base_offset` plus the position in `data`.
  explicit ByteReader(std::string_view data, std::string context = "data",
                      uint64_t base_offset = 0)
      : data_(data), context_(std::move(context)), base_offset_(base_offset) {}

  uint8_t U8() {
    if (!Need(1, "u8")) return 0;
    return static_cast<uint8_t>(data_[pos_++]);
  }
  uint16_t U16() { return Get<uint16_t>("u16"); }
  uint32_t U32() { return Get<uint32_t>("u32"); }
  uint64_t U64() { return Get<uint64_t>("u64"); }
  int32_t I32() { return static_cast<int32_t>(Get<uint32_t>("i32")); }
  int64_t I64() { return static_cast<int64_t>(Get<uint64_t>("i64")); }
  float F32() { return std::bit_cast<float>(Get<uint32_t>("f32")); }
  double F64() { return std::bit_cast<double>(Get<uint64_t>("f64")); }

  uint64_t VarU64() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (!Need(1, "varint")) return 0;
      const auto byte = static_cast<uint8_t>(data_[pos_++]);
      // The tenth byte may only hold the top bit of a uint64.
      if (shift == 63 && byte > 1) {
        Fail("varint overflows 64 bits");
        return 0;
      }
      v |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) {
        if (byte == 0 && shift != 0) {
          Fail("overlong varint");
          return 0;
        }
        return v;
      }
    }
    Fail("varint overflows 64 bits");
    return 0;
  }

  // `n` raw bytes, as a view.
  std::string_view Bytes(size_t n) {
    if (!Need(n, "bytes")) return {};
    std::string_view v = data_.substr(pos_, n);
    pos_ += n;
    return v;
  }

  // A u32-length-prefixed string, as a view.
  std::string_view String() {
    const uint32_t n = U32();
    if (!ok()) return {};
    if (n > remaining()) {
      FailAt(pos_ - 4, "string length " + std::to_string(n) + " exceeds the " +
                           std::to_string(remaining()) + " bytes left");
      return {};
    }
    return Bytes(n);
  }

  // Skips `n` bytes.
  void Skip(size_t n) { Bytes(n); }

  // Skips zero padding up to a multiple of `alignment` (a power of two).
  void Align(size_t alignment) {
    if (!ok()) return;
    if (!byte_io_internal::IsPowerOfTwo(alignment)) {
      Fail("alignment " + std::to_string(alignment) + " is not a power of two");
      return;
    }
    const size_t pad = (alignment - pos_ % alignment) % alignment;
    if (!Need(pad, "padding")) return;
    for (size_t i = 0; i < pad; ++i) {
      if (data_[pos_ + i] != '\0') {
        FailAt(pos_ + i, "nonzero padding byte");
        return;
      }
    }
    pos_ += pad;
  }

  // Reads a count that is followed by items of at least `min_item_bytes`
  // each, and fails unless that many items can fit in what is left: use it
  // before reserving or allocating anything sized by the data.
  uint64_t Count(size_t min_item_bytes) {
    const size_t at = pos_;
    const uint64_t n = U64();
    CheckCount(at, n, min_item_bytes);
    return ok() ? n : 0;
  }
  // The same for a u32 or varint count the caller has already read.
  bool CheckCount(uint64_t n, size_t min_item_bytes) {
    return CheckCount(pos_, n, min_item_bytes);
  }

  // An array written by ByteWriter::Array, viewed in place (no copy). Fails
  // if the elements are not aligned to alignof(T) in memory.
  template <typename T>
  std::span<const T> Array(size_t alignment = alignof(T)) {
    static_assert(byte_io_internal::kIsRawElement<T>,
                  "Array elements must be arithmetic or padding-free PODs");
    static_assert(std::endian::native == std::endian::little || sizeof(T) == 1,
                  "in-place arrays need a little-endian host; use ArrayCopy");
    const size_t n = ArrayHeader(sizeof(T), alignment);
    if (!ok()) return {};
    const char* p = data_.data() + pos_;
    if (reinterpret_cast<uintptr_t>(p) % alignof(T) != 0) {
      Fail("array is not aligned to " + std::to_string(alignof(T)) +
           " bytes in memory");
      return {};
    }
    pos_ += n * sizeof(T);
    return std::span<const T>(reinterpret_cast<const T*>(p), n);
  }

  // The same array copied into `out` (any host, any alignment).
  template <typename T>
  void ArrayCopy(std::vector<T>* out, size_t alignment = alignof(T)) {
    static_assert(byte_io_internal::kIsRawElement<T>,
                  "Array elements must be arithmetic or padding-free PODs");
    out->clear();
    const size_t n = ArrayHeader(sizeof(T), alignment);
    if (!ok()) return;
    out->resize(n);
    if constexpr (std::endian::native == std::endian::little ||
                  sizeof(T) == 1) {
      if (n != 0) std::memcpy(out->data(), data_.data() + pos_, n * sizeof(T));
      pos_ += n * sizeof(T);
    } else {
      static_assert(std::is_arithmetic_v<T>,
                    "struct arrays need a little-endian host");
      for (T& v : *out) v = GetValue<T>();
    }
  }

  // Records a caller-detected error (kept only if it is the first one), e.g.
  // r.Fail("tag id 900 out of range"). The message gets the context and the
  // current offset.
  void Fail(std::string_view message) { FailAt(pos_, message); }

  bool ok() const { return ok_; }
  // OK, or the first error.
  Status status() const { return ok_ ? Status() : DataLossError(error_); }
  // The first error, or kDataLoss if bytes are left unread.
  Status Finish() const {
    if (!ok_) return status();
    if (pos_ != data_.size()) {
      return DataLossError(context_ + ": " + std::to_string(remaining()) +
                           " leftover bytes at offset " +
                           std::to_string(base_offset_ + pos_));
    }
    return Status();
  }

  size_t position() const { return pos_; }
  size_t remaining() const { return data_.size() - pos_; }
  bool empty() const { return pos_ == data_.size(); }
  std::string_view data() const { return data_; }

 private:
  bool Need(size_t n, std::string_view what) {
    if (!ok_) return false;
    if (n > data_.size() - pos_) {
      Fail("need " + std::to_string(n) + " bytes for " + std::string(what) +
           ", " + std::to_string(data_.size() - pos_) + " left");
      return false;
    }
    return true;
  }

  void FailAt(size_t pos, std::string_view message) {
    if (!ok_) return;
    ok_ = false;
    error_ = context_ + ": offset " + std::to_string(base_offset_ + pos) +
             ": " + std::string(message);
  }

  bool CheckCount(size_t at, uint64_t n, size_t min_item_bytes) {
    if (!ok_) return false;
    const size_t left = remaining();
    if (min_item_bytes == 0 ? n > left : n > left / min_item_bytes) {
      FailAt(at, "count " + std::to_string(n) + " cannot fit in the " +
                     std::to_string(left) + " bytes left");
      return false;
    }
    return true;
  }

  // Reads an array's count and padding; checks the elements fit.
  size_t ArrayHeader(size_t element_bytes, size_t alignment) {
    const size_t at = pos_;
    const uint64_t n = U64();
    Align(alignment);
    if (!ok_) return 0;
    if (n > remaining() / element_bytes) {
      FailAt(at, "array of " + std::to_string(n) + " elements of " +
                     std::to_string(element_bytes) + " bytes exceeds the " +
                     std::to_string(remaining()) + " bytes left");
      return 0;
    }
    return static_cast<size_t>(n);
  }

  template <typename U>
  U Get(std::string_view what) {
    if (!Need(sizeof(U), what)) return 0;
    U v;
    std::memcpy(&v, data_.data() + pos_, sizeof(U));
    pos_ += sizeof(U);
    return byte_io_internal::ToLittle(v);
  }

  template <typename T>
  T GetValue() {
    if constexpr (std::is_floating_point_v<T>) {
      if constexpr (sizeof(T) == 4) return F32();
      if constexpr (sizeof(T) == 8) return F64();
    } else {
      return static_cast<T>(Get<std::make_unsigned_t<T>>("element"));
    }
  }

  std::string_view data_;
  size_t pos_ = 0;
  bool ok_ = true;
  std::string context_;
  uint64_t base_offset_;
  std::string error_;
};

}  // namespace khabar

#endif  // KHABAR_MODEL_BYTE_IO_H_
