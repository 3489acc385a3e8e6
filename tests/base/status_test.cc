// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/status.h"

#include <memory>
#include <string>
#include <utility>

#include "gtest/gtest.h"

namespace khabar {
namespace {

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kOk);
  EXPECT_EQ(s.message(), "");
  EXPECT_EQ(s.ToString(), "ok");
  EXPECT_EQ(Status::Ok(), s);
}

TEST(StatusTest, CodeNamesAreStableSnakeCase) {
  EXPECT_EQ(StatusCodeName(StatusCode::kOk), "ok");
  EXPECT_EQ(StatusCodeName(StatusCode::kInvalidArgument), "invalid_argument");
  EXPECT_EQ(StatusCodeName(StatusCode::kNotFound), "not_found");
  EXPECT_EQ(StatusCodeName(StatusCode::kUnsupportedVersion),
            "unsupported_version");
  EXPECT_EQ(StatusCodeName(StatusCode::kDataLoss), "data_loss");
  EXPECT_EQ(StatusCodeName(StatusCode::kResourceExhausted),
            "resource_exhausted");
  EXPECT_EQ(StatusCodeName(StatusCode::kInternal), "internal");
}

TEST(StatusTest, FactoriesSetCodeAndMessage) {
  struct Case {
    Status status;
    StatusCode code;
    const char* text;
  };
  const Case cases[] = {
      {InvalidArgumentError("a"), StatusCode::kInvalidArgument,
       "invalid_argument: a"},
      {NotFoundError("b"), StatusCode::kNotFound, "not_found: b"},
      {UnsupportedVersionError("c"), StatusCode::kUnsupportedVersion,
       "unsupported_version: c"},
      {DataLossError("d"), StatusCode::kDataLoss, "data_loss: d"},
      {ResourceExhaustedError("e"), StatusCode::kResourceExhausted,
       "resource_exhausted: e"},
      {InternalError("f"), StatusCode::kInternal, "internal: f"},
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(c.status.ok()) << c.text;
    EXPECT_EQ(c.status.code(), c.code) << c.text;
    EXPECT_EQ(c.status.ToString(), c.text);
  }
}

TEST(StatusTest, EqualityComparesCodeAndMessage) {
  EXPECT_EQ(DataLossError("x"), DataLossError("x"));
  EXPECT_FALSE(DataLossError("x") == DataLossError("y"));
  EXPECT_FALSE(DataLossError("x") == InternalError("x"));
}

TEST(StatusOrTest, HoldsValue) {
  StatusOr<std::string> s(std::string("value"));
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s.status().ok());
  EXPECT_EQ(*s, "value");
  EXPECT_EQ(s->size(), 5u);
  EXPECT_EQ(s.value(), "value");
}

TEST(StatusOrTest, HoldsError) {
  StatusOr<int> s(NotFoundError("missing"));
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(s.status().message(), "missing");
}

TEST(StatusOrTest, OkStatusBecomesInternalError) {
  StatusOr<int> s(Status::Ok());
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInternal);
}

TEST(StatusOrTest, MovesOutMoveOnlyValue) {
  StatusOr<std::unique_ptr<int>> s(std::make_unique<int>(7));
  ASSERT_TRUE(s.ok());
  std::unique_ptr<int> p = *std::move(s);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(*p, 7);
}

Status FailIfNegative(int x) {
  if (x < 0) return InvalidArgumentError("negative");
  return Status::Ok();
}

Status Twice(int x, int* calls) {
  KHABAR_RETURN_IF_ERROR(FailIfNegative(x));
  ++*calls;
  KHABAR_RETURN_IF_ERROR(FailIfNegative(x - 10));
  ++*calls;
  return Status::Ok();
}

TEST(StatusTest, ReturnIfErrorStopsAtFirstError) {
  int calls = 0;
  EXPECT_TRUE(Twice(20, &calls).ok());
  EXPECT_EQ(calls, 2);
  calls = 0;
  EXPECT_EQ(Twice(5, &calls).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(calls, 1);
  calls = 0;
  EXPECT_EQ(Twice(-1, &calls).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace khabar
