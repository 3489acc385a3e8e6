// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar version: prints "khabar <version>".

#include <iostream>
#include <optional>
#include <string>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "commands.h"
#include "khabar/version.h"

namespace khabar::cli {
namespace {

int RunVersion(int argc, char** argv) {
  CLI::App app("Prints the version of khabar.", "khabar version");
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }
  std::cout << "khabar " << Version() << "\n" << std::flush;
  return std::cout ? kExitOk : kExitInternal;
}

}  // namespace

const Command& VersionCommand() {
  static const Command kCommand = {"version", "Print the version", &RunVersion};
  return kCommand;
}

}  // namespace khabar::cli
