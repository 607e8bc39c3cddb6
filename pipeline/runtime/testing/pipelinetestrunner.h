#pragma once

#include "pipeline/core/catalog.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/runtime/builtinoperators.h"
#include "pipeline/runtime/dataflow/operatorregistry.h"
#include "pipeline/runtime/dataflow/runsettings.h"
#include "pipeline/runtime/engine/runstats.h"
#include "pipeline/runtime/testing/expectationcheck.h"
#include "pipeline/runtime/testing/pipelinetests.h"
#include "pipeline/runtime/testing/testcapture.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// How to run a pipeline's tests.
struct PipelineTestOptions {
    /// The modules' settings a live run would get (LLM endpoint profiles for the
    /// response cache keys, database profiles, ...). The runner adds its fixture
    /// transport, its in-memory outputs and its clock.
    RunSettings settings;
    /// Keep the records that went along every edge (TestCaseResult::edges), for
    /// showing a case on the canvas; off, only the ports expectations name are kept.
    bool recordEdges = false;
};

/// The outcome of one test case.
struct TestCaseResult {
    std::string name;
    bool passed = false;
    /// Why the case could not run or is wrong regardless of the expectations: the
    /// pipeline does not compile, the run failed, an LLM call had no fixture, a
    /// fixture answered nothing. Each names its node; spans point into the test file.
    Diagnostics errors;
    std::vector<ExpectationResult> expectations;
    /// What each sink wrote, and every dead letter, as captured.
    std::map<std::string, std::vector<CapturedMessage>> sinks;
    std::vector<CapturedMessage> deadLetters;
    /// Records per edge id (PipelineTestOptions::recordEdges).
    std::map<std::string, std::vector<nlohmann::json>> edges;
    RunTotals totals;
    double elapsedMillis = 0;
    SourceSpan span;
};

/// The outcome of a test file.
struct PipelineTestsResult {
    /// The file does not fit the pipeline (unknown nodes or ports, bad conditions): nothing ran.
    Diagnostics errors;
    std::vector<TestCaseResult> cases;

    bool passed() const;
    size_t failedCases() const;
};

/// Runs each case in process, without Kafka and without network: the pipeline's
/// own engine and operators, with its sources replaced by the case's records,
/// its sinks and dead-letter paths by in-memory captures and its LLM calls
/// answered by the case's fixtures. Event time comes from the records; the end
/// of the input closes every window. Deterministic. `operators` are the live
/// run's factories (resolved where this is called, as for Engine::compile): the
/// runner replaces only the sources' and wraps the sinks'.
PipelineTestsResult runPipelineTests(const Graph &graph, const PipelineTests &tests,
                                     const PipelineTestOptions &options = {},
                                     const Catalog &catalog = Catalog::builtin(),
                                     const OperatorRegistry &operators = builtinOperators());
/// One case (the file's consistency is the caller's: see checkPipelineTests).
TestCaseResult runPipelineTestCase(const Graph &graph, const TestCase &testCase,
                                   const PipelineTestOptions &options = {},
                                   const Catalog &catalog = Catalog::builtin(),
                                   const OperatorRegistry &operators = builtinOperators());

/// The case with its failing expectations replaced by what the run produced
/// (snapshot style, for `--update`): their records (kept to the compared fields
/// with match "subset"), count and reasons become the actual ones; passing
/// expectations and conditions stay as written; sinks and dead-letter paths that
/// produced records without an expectation get one.
TestCase updatedTestCase(const TestCase &testCase, const TestCaseResult &result);

} // namespace pipeline::runtime
