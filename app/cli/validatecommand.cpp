#include "pipeline/core/catalog.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graphvalidator.h"
#include "pipeline/serialization/pipelinereader.h"

#include <cstdio>
#include <string>
#include <vector>

namespace {

void printValidateHelp()
{
    std::printf("Usage: pipewright-cli validate [options] FILE...\n\n"
                "Loads each *.pipeline.json file and checks it against the node catalog:\n"
                "file format, parameters, edges, cycles, schemas flowing along edges and\n"
                "every expression. Prints one line per problem:\n\n"
                "  FILE: NODE-ID: error: MESSAGE\n"
                "  FILE: NODE-ID.PARAMETER:LINE:COLUMN: error: MESSAGE   (inside an expression)\n"
                "  FILE:LINE:COLUMN: error: MESSAGE                      (malformed file)\n\n"
                "Options:\n"
                "  -q, --quiet     Print errors only, no warnings or notes\n"
                "  -W, --werror    Treat warnings as errors (exit 1)\n"
                "  --help          Show this help\n\n"
                "Exit status: 0 when no file has errors, 1 when any has, 2 on usage errors.\n");
}

} // namespace

int runValidateCommand(const std::vector<std::string> &args)
{
    bool quiet = false;
    bool warningsAreErrors = false;
    std::vector<std::string> files;
    bool optionsEnded = false;
    for (const auto &arg : args) {
        if (!optionsEnded && arg == "--") {
            optionsEnded = true;
        } else if (!optionsEnded && (arg == "--help" || arg == "-h")) {
            printValidateHelp();
            return 0;
        } else if (!optionsEnded && (arg == "--quiet" || arg == "-q")) {
            quiet = true;
        } else if (!optionsEnded && (arg == "--werror" || arg == "-W")) {
            warningsAreErrors = true;
        } else if (!optionsEnded && arg.size() > 1 && arg[0] == '-') {
            std::fprintf(stderr, "pipewright-cli validate: unknown option '%s' (see --help)\n", arg.c_str());
            return 2;
        } else {
            files.push_back(arg);
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "pipewright-cli validate: no files given\nUsage: pipewright-cli validate [options] FILE...\n");
        return 2;
    }

    bool failed = false;
    for (const auto &file : files) {
        const pipeline::LoadResult loaded = pipeline::readPipelineFile(file);
        if (!loaded.ok()) {
            std::fputs(loaded.errorText().c_str(), stdout);
            failed = true;
            continue;
        }
        const pipeline::ValidationResult result = pipeline::validateGraph(*loaded.graph, pipeline::Catalog::builtin());
        for (const auto &d : result.diagnostics) {
            const bool error = d.severity == pipeline::Severity::Error
                               || (warningsAreErrors && d.severity == pipeline::Severity::Warning);
            if (quiet && !error)
                continue;
            failed = failed || error;
            std::printf("%s: %s\n", file.c_str(), pipeline::formatDiagnostic(d).c_str());
        }
    }
    std::fflush(stdout);
    return failed ? 1 : 0;
}
