#pragma once

#include "pipeline/core/graph.h"

#include <string>

namespace pipeline {

/// The canonical text of a pipeline file: keys sorted at every level, 2-space
/// indent, nodes and edges sorted by id, positions rounded to integers, trailing
/// newline. Deterministic, so files diff well in git and load -> save of a file
/// this function wrote gives the same bytes.
std::string writePipelineText(const Graph &graph);

/// The outcome of a save: on failure `error` says what went wrong and the
/// previous file is untouched.
struct WriteResult {
    bool ok = false;
    std::string error;
};

/// Writes a temporary file next to `path`, flushes it to disk and renames it over
/// `path`, so a crash or a full disk never leaves a half-written pipeline behind.
WriteResult writePipelineFileAtomically(const std::string &path, const Graph &graph);
/// The same for any text (used by the writer; handy for exports).
WriteResult writeFileAtomically(const std::string &path, const std::string &contents);

} // namespace pipeline
