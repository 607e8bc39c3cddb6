#include "clicommand.h"

// Each subcommand's entry point, defined in <name>command.cpp.
int runValidateCommand(const std::vector<std::string> &args);
int runFormatCommand(const std::vector<std::string> &args);
int runSandboxCommand(const std::vector<std::string> &args);
int runRunCommand(const std::vector<std::string> &args);
int runExportCommand(const std::vector<std::string> &args);
int runGenerateCommand(const std::vector<std::string> &args);

const std::vector<CliCommand> &commands()
{
    static const std::vector<CliCommand> all{
        {"validate", "Check pipeline files; prints 'file: node-id: message' lines, exit 1 on errors", runValidateCommand},
        {"format", "Rewrite pipeline files in canonical form (--check: only report)", runFormatCommand},
        {"sandbox", "Start the embedded Kafka cluster; prints its bootstrap address, serves until interrupted", runSandboxCommand},
        {"run", "Run a pipeline against Kafka (--bootstrap or --sandbox); prints a summary and the conservation check", runRunCommand},
        {"export", "Print a pipeline as ksqlDB or Flink SQL (--dialect ksql|flink); exit 1 if not expressible", runExportCommand},
        {"generate", "Ask an LLM for a pipeline from a description (--edit FILE, --explain FILE); prints it validated", runGenerateCommand},
    };
    return all;
}
