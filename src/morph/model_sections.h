// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal: how a LinearModel and a HashIndex are stored in model file
// sections, shared by every model kind that uses them (morph, ner):
//   LinearModel  u32 slots, u64 keys[], u32 row offsets[], u16 slots[],
//                f32 weights[] (sparse rows; arrays 64-byte aligned)
//   HashIndex    u64 keys[], u32 values[] (sorted by key)

#ifndef KHABAR_MORPH_MODEL_SECTIONS_H_
#define KHABAR_MORPH_MODEL_SECTIONS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "khabar/model_file.h"
#include "khabar/status.h"
#include "model/byte_io.h"
#include "morph/hash_index.h"
#include "morph/linear_model.h"

namespace khabar::morph {

// The bytes of a section holding `model`.
std::string EncodeLinearModel(const LinearModel& model);

// Reads section `name` of `file` into `out`. kDataLoss (messages start with
// `what`, e.g. "ner model") if it is missing, malformed, or not
// `expected_slots` wide.
Status DecodeLinearModel(const ModelFile& file, std::string_view name,
                         std::string_view what, uint32_t expected_slots,
                         LinearModel* out);

// Appends `index` to `w`.
void EncodeHashIndex(const HashIndex& index, ByteWriter* w);

// Reads an index from `r` (failing `r` on a malformed one, a value over
// `max_value` or a repeated key); returns r->ok().
bool DecodeHashIndex(ByteReader* r, HashIndex* index, uint32_t max_value);

// Reads section `name` of `file`, holding only an index.
Status DecodeHashIndexSection(const ModelFile& file, std::string_view name,
                              std::string_view what, HashIndex* index);

}  // namespace khabar::morph

#endif  // KHABAR_MORPH_MODEL_SECTIONS_H_
