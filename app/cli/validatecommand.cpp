#include "pipelinefiles.h"

#include "pipeline/core/catalog.h"
#include "pipeline/core/graphvalidator.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace {

struct ValidateCommand {
    bool quiet = false;
    bool warningsAreErrors = false;
    std::vector<std::string> files;

    int run() const
    {
        return checkPipelineFiles(files, [this](const std::string &file, const pipeline::Graph &graph) {
            const pipeline::ValidationResult result = pipeline::validateGraph(graph, pipeline::Catalog::builtin());
            bool ok = true;
            for (const auto &d : result.diagnostics) {
                const bool error = d.severity == pipeline::Severity::Error
                                   || (warningsAreErrors && d.severity == pipeline::Severity::Warning);
                if (quiet && !error)
                    continue;
                ok = ok && !error;
                printDiagnostics(stdout, file, {d});
            }
            return ok;
        });
    }
};

} // namespace

std::function<int()> defineValidateCommand(CLI::App &command)
{
    auto c = std::make_shared<ValidateCommand>();
    command.footer("Loads each *.pipeline.json file and checks it against the node catalog:\n"
                   "file format, parameters, edges, cycles, schemas flowing along edges and\n"
                   "every expression. Prints one line per problem:\n\n"
                   "  FILE: NODE-ID: error: MESSAGE\n"
                   "  FILE: NODE-ID.PARAMETER:LINE:COLUMN: error: MESSAGE   (inside an expression)\n"
                   "  FILE:LINE:COLUMN: error: MESSAGE                      (malformed file)\n\n"
                   "Exit status: 0 when no file has errors, 1 when any has, 2 on usage errors.");
    command.add_flag("-q,--quiet", c->quiet, "Print errors only, no warnings or notes");
    command.add_flag("-W,--werror", c->warningsAreErrors, "Treat warnings as errors (exit 1)");
    addPipelineFilesArgument(command, c->files);
    return [c] { return c->run(); };
}
