#pragma once

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"

#include <cstdio>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

// How the commands take pipeline files and report on them: the FILE arguments,
// loading with located errors, and "FILE: DIAGNOSTIC" lines. validate and format
// differ only in the check they run per file (checkPipelineFiles).

/// The FILE... arguments of validate and format: one or more, required.
void addPipelineFilesArgument(CLI::App &command, std::vector<std::string> &files);

/// The single pipeline FILE argument of run and export.
void addPipelineFileArgument(CLI::App &command, std::string &file, const std::string &help);

/// Loads `file`; when it cannot, prints its located errors to `errors` and
/// returns nothing.
std::optional<pipeline::Graph> loadPipeline(const std::string &file, std::FILE *errors);

/// One "FILE: NODE-ID: severity: MESSAGE" line per diagnostic.
void printDiagnostics(std::FILE *to, const std::string &file, const pipeline::Diagnostics &diagnostics);

/// validate's and format's loop: loads each file (one that does not load is
/// reported on stdout and the others are still checked) and hands its graph to
/// `check`, which prints its findings and returns false when the file has
/// problems. Returns the exit status: ExitOk, or ExitProblems when any file had.
using PipelineFileCheck = std::function<bool(const std::string &file, const pipeline::Graph &graph)>;
int checkPipelineFiles(const std::vector<std::string> &files, const PipelineFileCheck &check);
