// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The subcommands of the khabar binary, one per tools/cmd_<name>.cc.
// tools/main.cc lists them; add a new one here and there.

#ifndef KHABAR_TOOLS_COMMANDS_H_
#define KHABAR_TOOLS_COMMANDS_H_

#include "cli_common.h"

namespace khabar::cli {

const Command& AnalyzeCommand();
const Command& CleanCommand();
const Command& EntitiesCommand();
const Command& EvalCommand();
const Command& ModelCommand();
const Command& NormalizeCommand();
const Command& QuotesCommand();
const Command& SentencesCommand();
const Command& SummarizeCommand();
const Command& TokenizeCommand();
const Command& TrainCommand();
const Command& VersionCommand();

}  // namespace khabar::cli

#endif  // KHABAR_TOOLS_COMMANDS_H_
