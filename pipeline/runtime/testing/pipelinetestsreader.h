#pragma once

#include "pipeline/core/catalog.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/runtime/testing/pipelinetests.h"

#include <optional>
#include <string>
#include <string_view>

namespace pipeline::runtime {

/// The outcome of loading a `*.tests.json`: the test cases, or errors whose span
/// gives the line and column in the file.
struct PipelineTestsLoad {
    std::optional<PipelineTests> tests;
    Diagnostics errors;
    std::string fileName;

    bool ok() const { return tests.has_value(); }
    /// One "file:line:column: error: message" line per error, newline-terminated.
    std::string errorText() const;
};

/// Parses a test file's text. `directory` is where the files it names (JSONL
/// inputs, LLM caches) are looked up. Malformed JSON, unknown or mistyped fields,
/// duplicate case names and unreadable input files are errors with their position.
PipelineTestsLoad readPipelineTestsText(std::string_view text, std::string_view fileNameForMessages,
                                        const std::string &directory);
/// Reads and parses a file; an unreadable file is an error without a location.
PipelineTestsLoad readPipelineTestsFile(const std::string &path);

/// Checks the cases against the pipeline they test: inputs name source nodes,
/// expectations name sinks, output ports or nodes, fixtures name AI nodes, and
/// conditions parse. Each error carries the node id and its place in the test file.
Diagnostics checkPipelineTests(const PipelineTests &tests, const Graph &graph,
                               const Catalog &catalog = Catalog::builtin());

/// `dir/NAME.tests.json` for `dir/NAME.pipeline.json` (and the reverse); empty
/// when the name has neither suffix.
std::string testsPathForPipeline(const std::string &pipelinePath);
std::string pipelinePathForTests(const PipelineTests &tests, const std::string &testsPath);

} // namespace pipeline::runtime
