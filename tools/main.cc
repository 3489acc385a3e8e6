// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The khabar command-line tool: only the registry of subcommands. Each
// subcommand lives in tools/cmd_<name>.cc with its own options and --help.

#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

#include "cli_common.h"
#include "commands.h"

namespace khabar::cli {
namespace {

const Command* const kCommands[] = {
    &CleanCommand(),     &NormalizeCommand(), &TokenizeCommand(),
    &SentencesCommand(), &AnalyzeCommand(),   &EntitiesCommand(),
    &QuotesCommand(),    &SummarizeCommand(), &EvalCommand(),
    &TrainCommand(),     &ModelCommand(),     &VersionCommand(),
};

const Command* Find(std::string_view name) {
  for (const Command* command : kCommands) {
    if (command->name == name) return command;
  }
  return nullptr;
}

void PrintUsage(std::FILE* out) {
  std::string text =
      "khabar: an engine for Arabic news text.\n\n"
      "Usage: khabar <command> [options] [FILE|-]\n\nCommands:\n";
  for (const Command* command : kCommands) {
    std::string name(command->name);
    name.resize(12, ' ');
    text += "  " + name + std::string(command->summary) + "\n";
  }
  text +=
      "\nRun 'khabar <command> --help' for the options of a command.\n"
      "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 bad input.\n";
  std::fputs(text.c_str(), out);
}

int Main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(stderr);
    return kExitUsage;
  }
  const std::string_view name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    if (name == "help" && argc > 2) {
      if (const Command* command = Find(argv[2])) {
        char help[] = "--help";
        char* args[] = {argv[2], help, nullptr};
        return command->run(2, args);
      }
    }
    PrintUsage(stdout);
    return kExitOk;
  }
  if (name == "--version") return VersionCommand().run(1, argv + 1);
  const Command* command = Find(name);
  if (command == nullptr) {
    PrintError("unknown command '" + std::string(name) +
               "' (see 'khabar --help')");
    return kExitUsage;
  }
  return command->run(argc - 1, argv + 1);
}

}  // namespace
}  // namespace khabar::cli

int main(int argc, char** argv) {
  try {
    return khabar::cli::Main(argc, argv);
  } catch (const std::exception& e) {
    khabar::cli::PrintError(std::string("internal error: ") + e.what());
  } catch (...) {
    khabar::cli::PrintError("internal error");
  }
  return khabar::cli::kExitInternal;
}
