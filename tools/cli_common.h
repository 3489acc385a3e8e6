// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// What every `khabar` subcommand shares: the subcommand record that
// tools/main.cc registers, exit codes, the one-line error report, and
// command-line parsing with CLI11 mapped onto those exit codes.

#ifndef KHABAR_TOOLS_CLI_COMMON_H_
#define KHABAR_TOOLS_CLI_COMMON_H_

#include <optional>
#include <string_view>

#include "khabar/status.h"

namespace CLI {
class App;
}  // namespace CLI

namespace khabar::cli {

// Exit codes of the khabar binary.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInternal = 1;  // a bug, or the output failed
inline constexpr int kExitUsage = 2;     // bad command line
inline constexpr int kExitBadInput = 3;  // unreadable or invalid input

// A subcommand: `run` gets the arguments after "khabar", so argv[0] is the
// subcommand's name.
struct Command {
  std::string_view name;
  std::string_view summary;
  int (*run)(int argc, char** argv);
};

// Writes "khabar: <message>" and a newline to stderr.
void PrintError(std::string_view message);

// The exit code for a failed status: kInternal -> 1, anything else -> 3.
int ExitCodeFor(const Status& status);

// Parses the command line into `app`. Returns nullopt when the command
// should run, or the exit code to return at once: 0 after --help (printed to
// stdout), kExitUsage after a parse error (reported on stderr).
std::optional<int> ParseCommandLine(CLI::App& app, int argc, char** argv);

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_CLI_COMMON_H_
