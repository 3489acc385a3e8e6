// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "model/byte_io.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace khabar {
namespace {

// A copy of `bytes` at a 64-byte aligned address, as in a model section.
class Aligned {
 public:
  explicit Aligned(std::string_view bytes) : size_(bytes.size()) {
    std::memcpy(buf_, bytes.data(), bytes.size());
  }
  std::string_view view() const { return std::string_view(buf_, size_); }

 private:
  alignas(64) char buf_[4096];
  size_t size_;
};

TEST(ByteIoTest, ScalarsAreLittleEndianAndRoundTrip) {
  ByteWriter w;
  w.U8(0xab);
  w.U16(0x0102);
  w.U32(0x01020304);
  w.U64(0x0102030405060708ull);
  w.I32(-2);
  w.I64(std::numeric_limits<int64_t>::min());
  w.F32(1.5f);
  w.F64(-0.25);
  const std::string bytes = std::move(w).Finish();
  ASSERT_EQ(bytes.size(), 1u + 2 + 4 + 8 + 4 + 8 + 4 + 8);
  EXPECT_EQ(bytes.substr(1, 2), std::string("\x02\x01", 2));
  EXPECT_EQ(bytes.substr(3, 4), std::string("\x04\x03\x02\x01", 4));
  EXPECT_EQ(bytes.substr(7, 8),
            std::string("\x08\x07\x06\x05\x04\x03\x02\x01"));

  ByteReader r(bytes);
  EXPECT_EQ(r.U8(), 0xab);
  EXPECT_EQ(r.U16(), 0x0102);
  EXPECT_EQ(r.U32(), 0x01020304u);
  EXPECT_EQ(r.U64(), 0x0102030405060708ull);
  EXPECT_EQ(r.I32(), -2);
  EXPECT_EQ(r.I64(), std::numeric_limits<int64_t>::min());
  EXPECT_EQ(r.F32(), 1.5f);
  EXPECT_EQ(r.F64(), -0.25);
  EXPECT_TRUE(r.empty());
  EXPECT_TRUE(r.Finish().ok());
}

TEST(ByteIoTest, NanBitsSurvive) {
  ByteWriter w;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  w.F64(nan);
  const std::string bytes = std::move(w).Finish();
  ByteReader r(bytes);
  EXPECT_TRUE(std::isnan(r.F64()));
}

TEST(ByteIoTest, VarintsRoundTripAndRejectBadForms) {
  const uint64_t values[] = {0,     1,          127,
                             128,   300,        (uint64_t{1} << 35) + 5,
                             ~0ull, ~0ull >> 1, uint64_t{1} << 63};
  ByteWriter w;
  for (uint64_t v : values) w.VarU64(v);
  const std::string bytes = std::move(w).Finish();
  ByteReader r(bytes);
  for (uint64_t v : values) EXPECT_EQ(r.VarU64(), v);
  EXPECT_TRUE(r.Finish().ok());

  ByteReader overlong(std::string_view("\x80\x00", 2), "v");
  EXPECT_EQ(overlong.VarU64(), 0u);
  EXPECT_EQ(overlong.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(overlong.status().message().find("overlong"), std::string::npos);

  // The reader keeps a view: the bytes must outlive it.
  const std::string too_big = std::string(9, '\xff') + "\x02";
  ByteReader overflow(too_big, "v");
  overflow.VarU64();
  EXPECT_NE(overflow.status().message().find("overflows"), std::string::npos);

  ByteReader cut(std::string_view("\x80\x80", 2), "v");
  cut.VarU64();
  EXPECT_FALSE(cut.ok());
}

TEST(ByteIoTest, StringsAreViewsAndLengthsAreChecked) {
  ByteWriter w;
  w.String("ktb");
  w.String("");
  const std::string bytes = std::move(w).Finish();
  ByteReader r(bytes);
  const std::string_view s = r.String();
  EXPECT_EQ(s, "ktb");
  EXPECT_EQ(s.data(), bytes.data() + 4);
  EXPECT_EQ(r.String(), "");
  EXPECT_TRUE(r.Finish().ok());

  // A length larger than what is left fails without reading anything.
  ByteReader bad(std::string_view("\xff\xff\xff\x7f"
                                  "ab",
                                  6),
                 "section 'x'");
  EXPECT_EQ(bad.String(), "");
  EXPECT_EQ(bad.status().message(),
            "section 'x': offset 0: string length 2147483647 exceeds the 2 "
            "bytes left");
}

TEST(ByteIoTest, ErrorsAreStickyAndNameContextAndOffset) {
  ByteReader r(std::string_view("\x01\x02\x03", 3), "section 'weights'", 100);
  EXPECT_EQ(r.U16(), 0x0201);
  EXPECT_EQ(r.U32(), 0u);  // past the end
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.U8(), 0);  // sticky: nothing read any more
  r.Fail("a later error is not kept");
  EXPECT_EQ(r.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(r.status().message(),
            "section 'weights': offset 102: need 4 bytes for u32, 1 left");
  EXPECT_EQ(r.Finish(), r.status());
}

TEST(ByteIoTest, FinishReportsLeftoverBytes) {
  ByteReader r(std::string_view("\x01\x02\x03", 3), "lexicon");
  r.U8();
  const Status s = r.Finish();
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_EQ(s.message(), "lexicon: 2 leftover bytes at offset 1");
}

TEST(ByteIoTest, CountGuardsAllocations) {
  ByteWriter w;
  w.U64(3);
  w.U32(7);
  w.U32(8);
  w.U32(9);
  w.U64(1000000000000ull);
  const std::string bytes = std::move(w).Finish();
  ByteReader r(bytes, "table");
  EXPECT_EQ(r.Count(4), 3u);
  r.Skip(12);
  EXPECT_EQ(r.Count(1), 0u);
  EXPECT_EQ(r.status().message(),
            "table: offset 20: count 1000000000000 cannot fit in the 0 bytes "
            "left");
}

TEST(ByteIoTest, ArraysAreAlignedAndViewedInPlace) {
  const std::vector<float> weights = {1.0f, -2.5f, 0.125f};
  const std::vector<uint32_t> ids = {7, 8, 9, 10, 11};
  ByteWriter w;
  w.U8(1);
  w.Array(weights, 64);
  w.Array(ids);
  w.Array(std::vector<uint16_t>{});
  const Aligned buf(std::move(w).Finish());
  // u8, u64 count at 1..9, pad to 64, 12 bytes of floats.
  EXPECT_EQ(buf.view().size(), 64u + 12 + 8 + 4 * 5 + 8);

  ByteReader r(buf.view());
  EXPECT_EQ(r.U8(), 1);
  const std::span<const float> f = r.Array<float>(64);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(f.data()) % 64, 0u);
  EXPECT_EQ(f.data(), reinterpret_cast<const float*>(buf.view().data() + 64));
  EXPECT_EQ(f[1], -2.5f);
  const std::span<const uint32_t> u = r.Array<uint32_t>();
  EXPECT_EQ(std::vector<uint32_t>(u.begin(), u.end()), ids);
  EXPECT_TRUE(r.Array<uint16_t>().empty());
  EXPECT_TRUE(r.Finish().ok()) << r.Finish().message();

  ByteReader copy(buf.view());
  copy.U8();
  std::vector<float> out;
  copy.ArrayCopy(&out, 64);
  EXPECT_EQ(out, weights);
}

struct Arc {
  uint32_t to;
  uint32_t label;
};

TEST(ByteIoTest, ArraysOfPlainStructs) {
  const std::vector<Arc> arcs = {{1, 2}, {3, 4}};
  ByteWriter w;
  w.Array(arcs);
  const Aligned buf(std::move(w).Finish());
  ByteReader r(buf.view());
  const std::span<const Arc> got = r.Array<Arc>();
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].to, 3u);
  EXPECT_EQ(got[1].label, 4u);
}

TEST(ByteIoTest, ArrayErrors) {
  {
    ByteWriter w;
    w.U64(1000);  // claims 1000 floats
    w.F32(1);
    const Aligned buf(std::move(w).Finish());
    ByteReader r(buf.view(), "w");
    EXPECT_TRUE(r.Array<float>().empty());
    EXPECT_EQ(r.status().message(),
              "w: offset 0: array of 1000 elements of 4 bytes exceeds the 4 "
              "bytes left");
  }
  {
    ByteWriter w;
    w.U8(0);
    w.Array(std::vector<float>{1}, 16);
    std::string bytes = std::move(w).Finish();
    bytes[10] = 'x';  // inside the padding
    const Aligned buf(bytes);
    ByteReader r(buf.view(), "w");
    r.U8();
    r.Array<float>(16);
    EXPECT_EQ(r.status().message(), "w: offset 10: nonzero padding byte");
  }
  {
    // Misaligned in memory: the view fails, the copy works.
    ByteWriter w;
    w.Array(std::vector<uint32_t>{5, 6});
    const std::string bytes = "x" + std::move(w).Finish();
    const Aligned buf(bytes);
    ByteReader r(buf.view().substr(1), "w");
    EXPECT_TRUE(r.Array<uint32_t>().empty());
    EXPECT_NE(r.status().message().find("not aligned"), std::string::npos);
    ByteReader c(buf.view().substr(1), "w");
    std::vector<uint32_t> out;
    c.ArrayCopy(&out);
    EXPECT_EQ(out, (std::vector<uint32_t>{5, 6}));
  }
}

TEST(ByteIoTest, PadAndAlign) {
  ByteWriter w;
  w.U8(1);
  w.Pad(8);
  EXPECT_EQ(w.size(), 8u);
  w.Pad(8);
  EXPECT_EQ(w.size(), 8u);
  w.Bytes("abc");
  const std::string bytes = std::move(w).Finish();
  ByteReader r(bytes);
  r.U8();
  r.Align(8);
  EXPECT_EQ(r.position(), 8u);
  EXPECT_EQ(r.Bytes(3), "abc");
  r.Align(3);
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace khabar
