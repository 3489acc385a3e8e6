// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "train/model_average.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "khabar/status.h"
#include "morph/linear_model.h"

namespace khabar::train {
namespace {

using morph::LinearModel;

// A model of 3 slots from (key, slot, weight) triples, one row per key in
// the order given.
LinearModel Model(
    const std::vector<std::pair<uint64_t, std::vector<std::pair<int, float>>>>&
        rows,
    uint32_t slots = 3) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<uint16_t> slot_ids;
  std::vector<float> values;
  for (const auto& [key, cells] : rows) {
    keys.push_back(key);
    for (const auto& [slot, weight] : cells) {
      slot_ids.push_back(static_cast<uint16_t>(slot));
      values.push_back(weight);
    }
    offsets.push_back(static_cast<uint32_t>(values.size()));
  }
  StatusOr<LinearModel> m =
      LinearModel::FromSparse(slots, std::move(keys), std::move(offsets),
                              std::move(slot_ids), std::move(values));
  EXPECT_TRUE(m.ok()) << m.status().ToString();
  return m.ok() ? std::move(m.value()) : LinearModel();
}

std::vector<float> Scores(const LinearModel& m, uint64_t feature) {
  std::vector<float> s(m.slots(), 0.0f);
  m.Accumulate(feature, s.data(), 0, m.slots());
  return s;
}

TEST(ModelAverageTest, EachRowIsTheMeanWithAbsentRowsAsZeros) {
  const LinearModel a =
      Model({{11, {{0, 2.0f}, {2, -1.0f}}}, {12, {{1, 4.0f}}}});
  const LinearModel b = Model({{11, {{0, 4.0f}}}, {13, {{2, 3.0f}}}});
  StatusOr<LinearModel> mean = AverageLinearModels({&a, &b});
  ASSERT_TRUE(mean.ok()) << mean.status().ToString();
  EXPECT_EQ(mean->rows(), 3u);
  EXPECT_EQ(Scores(*mean, 11), (std::vector<float>{3.0f, 0.0f, -0.5f}));
  EXPECT_EQ(Scores(*mean, 12), (std::vector<float>{0.0f, 2.0f, 0.0f}));
  EXPECT_EQ(Scores(*mean, 13), (std::vector<float>{0.0f, 0.0f, 1.5f}));
  EXPECT_EQ(Scores(*mean, 14), (std::vector<float>{0.0f, 0.0f, 0.0f}));
  // Rows in the order of their first model.
  EXPECT_EQ(mean->keys(), (std::vector<uint64_t>{11, 12, 13}));
}

TEST(ModelAverageTest, WeightsThatCancelAreDropped) {
  const LinearModel a =
      Model({{21, {{0, 1.0f}, {1, 5.0f}}}, {22, {{2, 1.0f}}}});
  const LinearModel b =
      Model({{21, {{0, -1.0f}, {1, 1.0f}}}, {22, {{2, -1.0f}}}});
  StatusOr<LinearModel> mean = AverageLinearModels({&a, &b});
  ASSERT_TRUE(mean.ok());
  // Row 22 cancels out entirely; row 21 keeps slot 1 only.
  EXPECT_EQ(mean->keys(), (std::vector<uint64_t>{21}));
  EXPECT_EQ(mean->slot_ids(), (std::vector<uint16_t>{1}));
  EXPECT_EQ(Scores(*mean, 21), (std::vector<float>{0.0f, 3.0f, 0.0f}));
}

TEST(ModelAverageTest, OneModelIsItself) {
  const LinearModel a =
      Model({{5, {{0, 0.25f}, {2, -3.0f}}}, {6, {{1, 1.0f}}}});
  StatusOr<LinearModel> mean = AverageLinearModels({&a});
  ASSERT_TRUE(mean.ok());
  EXPECT_EQ(mean->keys(), a.keys());
  EXPECT_EQ(mean->offsets(), a.offsets());
  EXPECT_EQ(mean->slot_ids(), a.slot_ids());
  EXPECT_EQ(mean->values(), a.values());
}

TEST(ModelAverageTest, RejectsNoModelsAndDifferentSlots) {
  EXPECT_EQ(AverageLinearModels({}).status().code(),
            StatusCode::kInvalidArgument);
  const LinearModel a = Model({{1, {{0, 1.0f}}}});
  const LinearModel b = Model({{1, {{0, 1.0f}}}}, 4);
  StatusOr<LinearModel> mixed = AverageLinearModels({&a, &b});
  ASSERT_FALSE(mixed.ok());
  EXPECT_EQ(mixed.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(mixed.status().message().find("slots"), std::string::npos);
}

}  // namespace
}  // namespace khabar::train
