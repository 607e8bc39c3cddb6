#include "clicommand.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

void printHelp()
{
    std::printf("Usage: pipewright-cli <command> [options]\n\n"
                "Design, validate, run and export Kafka event pipelines.\n\nCommands:\n");
    for (const auto &c : commands())
        std::printf("  %-10s %s\n", c.name, c.summary);
    std::printf("\nOptions:\n  --help     Show this help (or `pipewright-cli <command> --help`)\n"
                "  --version  Show the version\n"
                "\nExamples:\n"
                "  pipewright-cli validate resources/examples/*.pipeline.json\n"
                "  pipewright-cli format --check my.pipeline.json\n"
                "\nExit status: 0 success, 1 problems found (errors in a file, failed run), 2 usage error.\n");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        printHelp();
        return argc < 2 ? 2 : 0;
    }
    if (!std::strcmp(argv[1], "--version")) {
        std::printf("pipewright-cli %s\n", PIPEWRIGHT_VERSION);
        return 0;
    }
    for (const auto &c : commands()) {
        if (c.name == std::string(argv[1]))
            return c.run(std::vector<std::string>(argv + 2, argv + argc));
    }
    std::fprintf(stderr, "pipewright-cli: unknown command '%s' (see --help)\n", argv[1]);
    return 2;
}
