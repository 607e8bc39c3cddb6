#include "clicommand.h"
#include "cliexit.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace {

const char *const topLevelFooter =
    "Run `pipewright-cli COMMAND --help` for a command's options.\n\n"
    "Examples:\n"
    "  pipewright-cli validate resources/examples/*.pipeline.json\n"
    "  pipewright-cli format --check my.pipeline.json\n\n"
    "Exit status: 0 success, 1 problems found (errors in a file, failed run), 2 usage error;\n"
    "run adds 3 (the run failed) and 4 (stopped with unacknowledged messages).";

// Where a command-line error happened: the subcommand CLI11 had entered, or
// the command named first (errors raised before CLI11 entered it).
std::string commandOf(const CLI::App &app, int argc, char **argv)
{
    for (const CLI::App *sub : app.get_subcommands())
        return sub->get_name();
    if (argc > 1)
        for (const auto &c : commands())
            if (c.name == std::string(argv[1]))
                return c.name;
    return {};
}

// Every parse error is a usage error (exit 2), reported on one line that names
// the command and the option, never CLI11's own exit codes (105-115).
int usageError(const std::string &command, const std::string &message)
{
    std::fprintf(stderr, "pipewright-cli%s%s: %s (see --help)\n", command.empty() ? "" : " ", command.c_str(),
                 message.c_str());
    return ExitUsage;
}

} // namespace

int main(int argc, char **argv)
{
    CLI::App app("Design, validate, run and export Kafka event pipelines.", "pipewright-cli");
    app.set_version_flag("--version", "pipewright-cli " PIPEWRIGHT_VERSION, "Show the version");
    // One command per call; a second command name is then an argument (a file
    // called "format"), not a second command.
    app.require_subcommand(1, 1);
    // An option given twice keeps its last value (as the hand parsing did);
    // repeatable ones say so (addRepeatable() in sharedoptions.h).
    app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    app.footer(topLevelFooter);
    app.get_formatter()->column_width(32);
    app.get_formatter()->label("SUBCOMMAND", "COMMAND");
    app.get_formatter()->label("Positionals", "Arguments");

    std::vector<std::pair<const CLI::App *, std::function<int()>>> runs;
    for (const auto &c : commands()) {
        CLI::App *sub = app.add_subcommand(c.name, c.summary);
        sub->group("Commands");
        runs.emplace_back(sub, c.define(*sub));
    }

    if (argc < 2) {
        std::cout << app.help();
        return ExitUsage;
    }
    if (argv[1][0] != '-' && commandOf(app, argc, argv).empty())
        return usageError({}, std::string("unknown command '") + argv[1] + "'");

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success &e) {
        return app.exit(e); // --help or --version: printed on stdout, exit 0
    } catch (const CLI::ParseError &e) {
        const std::string command = commandOf(app, argc, argv);
        // Before any command, CLI11 would complain about the missing command
        // rather than the option it did not know.
        if (command.empty() && !app.remaining().empty())
            return usageError({}, "unknown option '" + app.remaining().front() + "'");
        return usageError(command, e.what());
    }
    for (const auto &[sub, run] : runs)
        if (sub->parsed())
            return run();
    return ExitUsage; // not reached: require_subcommand(1) makes parse() throw first
}
