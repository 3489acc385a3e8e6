// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "cli_common.h"

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include "CLI/CLI.hpp"
#include "khabar/status.h"

namespace khabar::cli {

void PrintError(std::string_view message) {
  std::string line = "khabar: ";
  for (char c : message) line.push_back(c == '\n' ? ' ' : c);
  line.push_back('\n');
  std::fflush(stdout);
  std::fwrite(line.data(), 1, line.size(), stderr);
}

int ExitCodeFor(const Status& status) {
  if (status.ok()) return kExitOk;
  return status.code() == StatusCode::kInternal ? kExitInternal : kExitBadInput;
}

std::optional<int> ParseCommandLine(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help() << std::flush;
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    std::cout << app.help("", CLI::AppFormatMode::All) << std::flush;
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    PrintError(std::string(e.what()) + " (see '" + app.get_name() +
               " --help')");
    return kExitUsage;
  }
  return std::nullopt;
}

}  // namespace khabar::cli
