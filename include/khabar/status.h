// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Status and StatusOr<T>: how every fallible khabar call reports failure.
//
// The library never throws across its API, never prints and never exits.
// A call that can fail returns a Status (or a StatusOr<T> carrying either a
// value or a non-OK Status). Callers translate once at their boundary: the
// CLI into an exit code and one stderr line, the server into an HTTP status,
// the Python module into an exception class.
//
//   khabar::StatusOr<std::unique_ptr<const khabar::Normalizer>> n =
//       khabar::Normalizer::Create(options);
//   if (!n.ok()) return n.status();
//   const khabar::Normalizer& normalizer = **n;
//
// Thread safety: Status and StatusOr are values; distinct objects may be used
// from distinct threads freely.

#ifndef KHABAR_STATUS_H_
#define KHABAR_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace khabar {

// A deliberately small set of error codes. Each has one meaning.
enum class StatusCode : int {
  kOk = 0,
  kInvalidArgument = 1,     // the caller's input or options are wrong
  kNotFound = 2,            // a named file, model or record does not exist
  kUnsupportedVersion = 3,  // a well-formed model/file of a version we lack
  kDataLoss = 4,            // corrupt or truncated data (bad UTF-8, bad JSON)
  kResourceExhausted = 5,   // a size limit was exceeded
  kInternal = 6,            // a bug in khabar
};

// Returns a stable lower_snake_case name ("invalid_argument", ...).
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  // An OK status.
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "invalid_argument: <message>", or "ok".
  std::string ToString() const;

  // Marks a status as deliberately ignored.
  void IgnoreError() const {}

  friend bool operator==(const Status& a, const Status& b) {
    return a.code_ == b.code_ && a.message_ == b.message_;
  }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgumentError(std::string message) {
  return Status(StatusCode::kInvalidArgument, std::move(message));
}
inline Status NotFoundError(std::string message) {
  return Status(StatusCode::kNotFound, std::move(message));
}
inline Status UnsupportedVersionError(std::string message) {
  return Status(StatusCode::kUnsupportedVersion, std::move(message));
}
inline Status DataLossError(std::string message) {
  return Status(StatusCode::kDataLoss, std::move(message));
}
inline Status ResourceExhaustedError(std::string message) {
  return Status(StatusCode::kResourceExhausted, std::move(message));
}
inline Status InternalError(std::string message) {
  return Status(StatusCode::kInternal, std::move(message));
}

// Either a T or a non-OK Status. Accessing the value of a non-OK StatusOr is a
// programming error (asserted in debug builds).
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  // Implicit from a non-OK Status. An OK Status here is a bug and becomes
  // kInternal.
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT
    if (status_.ok()) status_ = InternalError("StatusOr built from OK status");
  }
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace khabar

// Returns from the enclosing function if `expr` is a non-OK Status.
#define KHABAR_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::khabar::Status khabar_status_ = (expr);        \
    if (!khabar_status_.ok()) return khabar_status_; \
  } while (false)

#endif  // KHABAR_STATUS_H_
