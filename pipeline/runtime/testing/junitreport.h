#pragma once

#include "pipeline/runtime/testing/pipelinetestrunner.h"

#include <string>
#include <vector>

namespace pipeline::runtime {

/// One test file's part of a JUnit report.
struct JUnitSuite {
    std::string name; // the pipeline's name (file name without .tests.json)
    std::string file; // the test file, as given
    /// Why the file could not run at all (unreadable, malformed, unknown nodes),
    /// one "file:line:column: error: message" line each; reported as an error case.
    std::vector<std::string> fileErrors;
    PipelineTestsResult result;
};

/// JUnit XML as GitLab, GitHub Actions (test reporters) and Jenkins read it:
/// a <testsuite> per test file, a <testcase> per case with <failure> holding the
/// readable diff, and an <error> case for a file that could not run.
std::string junitXml(const std::vector<JUnitSuite> &suites);

/// The readable lines of a failed case: errors and expectation diffs, each
/// naming its node ("sink temp-range-alert: record 1: field temperature: expected 33, got 32").
std::vector<std::string> failureLines(const TestCaseResult &result, const std::string &testsFile);

} // namespace pipeline::runtime
