#include "pipeline/serialization/pipelinereader.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

void printFormatHelp()
{
    std::printf("Usage: pipewright-cli format [--check] FILE...\n\n"
                "Rewrites *.pipeline.json files in the canonical form the designer saves\n"
                "(sorted keys, nodes and edges sorted by id, rounded positions), so hand\n"
                "edits and generated files diff cleanly in git. Files are replaced atomically.\n\n"
                "Options:\n"
                "  --check   Change nothing; list files that are not canonical and exit 1\n"
                "  --help    Show this help\n\n"
                "Exit status: 0 on success, 1 when a file is malformed (or not canonical\n"
                "with --check), 2 on usage errors.\n");
}

std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace

int runFormatCommand(const std::vector<std::string> &args)
{
    bool check = false;
    std::vector<std::string> files;
    for (const auto &arg : args) {
        if (arg == "--help" || arg == "-h") {
            printFormatHelp();
            return 0;
        } else if (arg == "--check") {
            check = true;
        } else if (arg.size() > 1 && arg[0] == '-') {
            std::fprintf(stderr, "pipewright-cli format: unknown option '%s' (see --help)\n", arg.c_str());
            return 2;
        } else {
            files.push_back(arg);
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "pipewright-cli format: no files given\nUsage: pipewright-cli format [--check] FILE...\n");
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
        const std::string canonical = pipeline::writePipelineText(*loaded.graph);
        if (canonical == readAll(file))
            continue;
        if (check) {
            std::printf("%s: not in canonical form (run pipewright-cli format)\n", file.c_str());
            failed = true;
            continue;
        }
        const pipeline::WriteResult written = pipeline::writeFileAtomically(file, canonical);
        if (!written.ok) {
            std::printf("%s: error: %s\n", file.c_str(), written.error.c_str());
            failed = true;
        }
    }
    return failed ? 1 : 0;
}
