// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
// Placeholder until the analyzer lands.
#include "cli_common.h"
#include "eval_commands.h"
namespace khabar::cli {
int RunEvalMorph(int, char**) {
  PrintError("eval morph: not implemented yet");
  return kExitInternal;
}
}  // namespace khabar::cli
