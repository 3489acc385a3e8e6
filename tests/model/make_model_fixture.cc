// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Writes the model-container test fixture and the fuzz seed corpus:
//
//   build-model/tests/model/make_model_fixture tests/golden/model/v1_0.khm
//   build-model/tests/model/make_model_fixture --corpus DIR
//
// (DIR: tests/fuzz/corpus/model_file).
//
// tests/golden/model/v1_0.khm is the oldest model format this build must
// read (format 1.0, written by khabar 0.1.0). It is committed and must not be
// regenerated once the writer moves on to a newer format: keep the old file
// and add a new fixture next to it. model_file_test.cc checks its contents
// independently of this program.

#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "khabar/model_file.h"
#include "khabar/status.h"
#include "model/byte_io.h"

namespace khabar {
namespace {

ModelWriter Fixture() {
  ModelWriter w("test");
  w.SetTrainingConfig("epochs=3 seed=7").IgnoreError();
  w.SetDataHash("xxh3:5e1f07a4c3b2d190").IgnoreError();
  w.SetMetadata("dim", int64_t{4}).IgnoreError();
  w.SetMetadata("min_int", std::numeric_limits<int64_t>::min()).IgnoreError();
  w.SetMetadata("scale", -0.375).IgnoreError();
  w.SetMetadata("note", "\xd8\xae\xd8\xa8\xd8\xb1").IgnoreError();  // khabar
  ByteWriter floats;
  floats.Array(std::vector<float>{1.5f, -2.0f, 0.25f, 3.0f}, 64);
  ByteWriter strings;
  strings.U32(2);
  strings.String("ktb");
  strings.String("qr'");
  strings.VarU64(300);
  w.AddSection("floats", std::move(floats).Finish()).IgnoreError();
  w.AddSection("strings", std::move(strings).Finish()).IgnoreError();
  w.AddSection("empty", "").IgnoreError();
  w.AddSection("raw", "hello").IgnoreError();
  return w;
}

int Write(const ModelWriter& w, const std::string& path) {
  const Status s = w.WriteFile(path);
  if (!s.ok()) {
    std::fprintf(stderr, "make_model_fixture: %s\n", s.ToString().c_str());
    return 1;
  }
  return 0;
}

int Main(int argc, char** argv) {
  if (argc == 2) return Write(Fixture(), argv[1]);
  if (argc != 3 || std::string(argv[1]) != "--corpus") {
    std::fprintf(stderr, "usage: make_model_fixture FILE | --corpus DIR\n");
    return 2;
  }
  const std::string dir = argv[2];
  int rc = Write(Fixture(), dir + "/fixture_v1_0");
  rc |= Write(ModelWriter("morph"), dir + "/minimal");
  ModelWriter sections("morph");
  for (int i = 0; i < 5; ++i) {
    sections.AddSection("s" + std::to_string(i), std::string(i * 7, 'a' + i))
        .IgnoreError();
  }
  sections.SetMetadata("n", int64_t{5}).IgnoreError();
  rc |= Write(sections, dir + "/five_sections");
  ModelWriter values("ner");
  values.SetMetadata("pi", 3.141592653589793).IgnoreError();
  values.SetMetadata("neg", int64_t{-1}).IgnoreError();
  values.SetMetadata("empty", "").IgnoreError();
  ByteWriter arr;
  arr.Array(std::vector<uint32_t>{1, 2, 3});
  values.AddSection("ids", std::move(arr).Finish()).IgnoreError();
  rc |= Write(values, dir + "/value_types");
  return rc;
}

}  // namespace
}  // namespace khabar

int main(int argc, char** argv) { return khabar::Main(argc, argv); }
