// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
// Placeholder.
#include "cli_common.h"
#include "commands.h"
namespace khabar::cli {
namespace {
int Run(int, char**) {
  PrintError("summarize: not implemented yet");
  return kExitInternal;
}
}  // namespace
const Command& SummarizeCommand() {
  static const Command kCommand = {"summarize", "(not implemented yet)", &Run};
  return kCommand;
}
}  // namespace khabar::cli
