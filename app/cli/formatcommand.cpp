#include "pipelinefiles.h"

#include "pipeline/serialization/pipelinewriter.h"

#include <CLI/CLI.hpp>

#include <fstream>
#include <memory>
#include <sstream>

namespace {

std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

struct FormatCommand {
    bool check = false;
    std::vector<std::string> files;

    int run() const
    {
        return checkPipelineFiles(files, [this](const std::string &file, const pipeline::Graph &graph) {
            const std::string canonical = pipeline::writePipelineText(graph);
            if (canonical == readAll(file))
                return true;
            if (check) {
                std::printf("%s: not in canonical form (run pipewright-cli format)\n", file.c_str());
                return false;
            }
            const pipeline::WriteResult written = pipeline::writeFileAtomically(file, canonical);
            if (!written.ok)
                std::printf("%s: error: %s\n", file.c_str(), written.error.c_str());
            return written.ok;
        });
    }
};

} // namespace

std::function<int()> defineFormatCommand(CLI::App &command)
{
    auto c = std::make_shared<FormatCommand>();
    command.footer("Rewrites *.pipeline.json files in the canonical form the designer saves\n"
                   "(sorted keys, nodes and edges sorted by id, rounded positions), so hand\n"
                   "edits and generated files diff cleanly in git. Files are replaced atomically.\n\n"
                   "Exit status: 0 on success, 1 when a file is malformed (or not canonical\n"
                   "with --check), 2 on usage errors.");
    command.add_flag("--check", c->check, "Change nothing; list files that are not canonical and exit 1");
    addPipelineFilesArgument(command, c->files);
    return [c] { return c->run(); };
}
