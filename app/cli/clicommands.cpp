#include "clicommand.h"

#include <string>

// Each subcommand's declaration, defined in <name>command.cpp.
std::function<int()> defineValidateCommand(CLI::App &command);
std::function<int()> defineFormatCommand(CLI::App &command);
std::function<int()> defineSandboxCommand(CLI::App &command);
std::function<int()> defineRunCommand(CLI::App &command);
std::function<int()> defineExportCommand(CLI::App &command);
std::function<int()> defineGenerateCommand(CLI::App &command);
std::function<int()> defineTestCommand(CLI::App &command);
std::function<int()> defineReplayCommand(CLI::App &command);
std::function<int()> defineDeployCommand(CLI::App &command);
std::function<int()> defineUndeployCommand(CLI::App &command);
std::function<int()> defineDeploymentsCommand(CLI::App &command);

const std::vector<CliCommand> &commands()
{
    static const std::vector<CliCommand> all{
        {"validate", "Check pipeline files; prints 'file: node-id: message' lines, exit 1 on errors", defineValidateCommand},
        {"format", "Rewrite pipeline files in canonical form (--check: only report)", defineFormatCommand},
        {"sandbox", "Start the embedded Kafka cluster; prints its bootstrap address, serves until interrupted", defineSandboxCommand},
        {"run", "Run a pipeline against Kafka (--bootstrap or --sandbox); prints a summary and the conservation check", defineRunCommand},
        {"export", "Print a pipeline as ksqlDB or Flink SQL (--dialect ksql|flink); exit 1 if not expressible", defineExportCommand},
        {"deploy", "Deploy to ksqlDB, Flink SQL Gateway or Kafka Connect (--target NAME); prints the plan (--dry-run: only)", defineDeployCommand},
        {"deployments", "List what deploy created on a target, with the engine's state (--target NAME)", defineDeploymentsCommand},
        {"undeploy", "Remove what deploy created for a pipeline on a target (--target NAME)", defineUndeployCommand},
        {"replay", "Send dead letters back to their source topic, partition and key (--from TOPIC, --reason TEXT)", defineReplayCommand},
        {"test", "Run a pipeline's test cases (NAME.tests.json) in process, no Kafka; exit 1 on a failing case", defineTestCommand},
        {"generate", "Ask an LLM for a pipeline from a description (--edit FILE, --explain FILE); prints it validated", defineGenerateCommand},
    };
    return all;
}
