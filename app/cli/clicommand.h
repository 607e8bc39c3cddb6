#pragma once

#include <functional>
#include <vector>

namespace CLI {
class App;
}

/// One `pipewright-cli <name>` subcommand. Each lives in its own file and is
/// listed once in commands() (clicommands.cpp). define() declares the command's
/// options and arguments on its CLI11 subcommand, so parsing, usage errors and
/// --help all come from that one declaration, and returns what runs once the
/// command line has parsed (its result is the exit status, see cliexit.h).
struct CliCommand {
    const char *name;
    const char *summary; // one line for the top-level --help
    std::function<int()> (*define)(CLI::App &command);
};

const std::vector<CliCommand> &commands();
