#include "clicommand.h"

// Each subcommand's entry point, defined in <name>command.cpp.
int runValidateCommand(const std::vector<std::string> &args);

const std::vector<CliCommand> &commands()
{
    static const std::vector<CliCommand> all{
        {"validate", "Check pipeline files; prints 'file: node-id: message' lines, exit 1 on errors", runValidateCommand},
    };
    return all;
}
