// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/feature_filter.h"

#include <cstdint>
#include <vector>

#include "gtest/gtest.h"
#include "morph/linear_model.h"
#include "morph/morph_text.h"

namespace khabar::ner {
namespace {

// A model with `count` one-weight rows, features FeatureHash(tmpl, i).
morph::LinearModel Model(uint32_t tmpl, uint64_t count) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets = {0};
  std::vector<uint16_t> slots;
  std::vector<float> values;
  for (uint64_t i = 0; i < count; ++i) {
    keys.push_back(morph::FeatureHash(tmpl, i));
    slots.push_back(static_cast<uint16_t>(i % 3));
    values.push_back(1.0f);
    offsets.push_back(static_cast<uint32_t>(keys.size()));
  }
  auto m = morph::LinearModel::FromSparse(3, keys, offsets, slots, values);
  EXPECT_TRUE(m.ok());
  return m.ok() ? *m : morph::LinearModel();
}

TEST(FeatureFilterTest, HasEveryFeatureOfItsModelsAndFewOthers) {
  const morph::LinearModel a = Model(1, 20000);
  const morph::LinearModel b = Model(2, 5000);
  FeatureFilter filter;
  filter.Build({&a, &b});
  for (uint64_t i = 0; i < 20000; ++i) {
    ASSERT_TRUE(filter.MayHave(morph::FeatureHash(1, i))) << i;
  }
  for (uint64_t i = 0; i < 5000; ++i) {
    ASSERT_TRUE(filter.MayHave(morph::FeatureHash(2, i))) << i;
  }
  // Features of neither model: the filter says no to nearly all.
  int wrong = 0;
  for (uint64_t i = 0; i < 100000; ++i) {
    wrong += filter.MayHave(morph::FeatureHash(3, i));
  }
  EXPECT_LT(wrong, 1000);                       // under 1 %
  EXPECT_LT(filter.MemoryBytes(), 25000u * 4);  // about 2 bytes a feature
}

// An unbuilt filter answers "maybe" to everything; feature 0 is the
// models' feature 1.
TEST(FeatureFilterTest, EmptyFilterAndFeatureZero) {
  FeatureFilter none;
  EXPECT_TRUE(none.MayHave(12345));
  std::vector<uint64_t> keys = {0};
  auto m = morph::LinearModel::FromSparse(1, keys, {0, 1}, {0}, {2.0f});
  ASSERT_TRUE(m.ok());
  FeatureFilter filter;
  filter.Build({&*m});
  EXPECT_TRUE(filter.MayHave(0));
  EXPECT_TRUE(filter.MayHave(1));
  float score = 0;
  m->Accumulate(1, &score);
  EXPECT_EQ(score, 2.0f);  // the model too reads 0 as 1
}

}  // namespace
}  // namespace khabar::ner
