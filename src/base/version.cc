// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/version.h"

namespace khabar {

std::string_view Version() { return "0.1.0"; }

}  // namespace khabar
