#pragma once

#include "pipeline/runtime/testing/pipelinetests.h"

#include <nlohmann/json.hpp>

#include <string>

namespace pipeline::runtime {

/// The canonical text of a test file, in the pipeline writer's style: keys
/// sorted at every level, 2-space indent, cases in file order, trailing newline.
/// Reading a file this function wrote and writing it again gives the same bytes.
std::string writePipelineTestsText(const PipelineTests &tests);

/// One test case as its JSON object (as it appears in the file).
nlohmann::json pipelineTestCaseJson(const TestCase &testCase);

} // namespace pipeline::runtime
