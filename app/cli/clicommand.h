#pragma once

#include <string>
#include <vector>

/// One `pipewright-cli <name>` subcommand. Each lives in its own file and is
/// listed once in commands() (clicommands.cpp).
struct CliCommand {
    const char *name;
    const char *summary; // one line for --help
    int (*run)(const std::vector<std::string> &args); // args after the command name; returns exit code
};

const std::vector<CliCommand> &commands();
