#include "pipelinefiles.h"

#include "cliexit.h"

#include "pipeline/serialization/pipelinereader.h"

#include <CLI/CLI.hpp>

void addPipelineFilesArgument(CLI::App &command, std::vector<std::string> &files)
{
    command.add_option("FILE", files, "*.pipeline.json files")->required()->type_name("");
}

void addPipelineFileArgument(CLI::App &command, std::string &file, const std::string &help)
{
    command.add_option("FILE", file, help)->required()->type_name("");
}

std::optional<pipeline::Graph> loadPipeline(const std::string &file, std::FILE *errors)
{
    pipeline::LoadResult loaded = pipeline::readPipelineFile(file);
    if (!loaded.ok()) {
        std::fputs(loaded.errorText().c_str(), errors);
        return std::nullopt;
    }
    return std::move(loaded.graph);
}

void printDiagnostics(std::FILE *to, const std::string &file, const pipeline::Diagnostics &diagnostics)
{
    for (const auto &d : diagnostics)
        std::fprintf(to, "%s: %s\n", file.c_str(), pipeline::formatDiagnostic(d).c_str());
}

int checkPipelineFiles(const std::vector<std::string> &files, const PipelineFileCheck &check)
{
    bool failed = false;
    for (const auto &file : files) {
        const std::optional<pipeline::Graph> graph = loadPipeline(file, stdout);
        // Every file is checked, also after a failed one: one run lists all problems.
        const bool ok = graph && check(file, *graph);
        failed = failed || !ok;
    }
    std::fflush(stdout);
    return failed ? ExitProblems : ExitOk;
}
