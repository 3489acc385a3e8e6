// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
#include <cstddef>
#include <cstdint>
extern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }
