#include "cliexit.h"
#include "pipelinefiles.h"
#include "sharedoptions.h"

#include "pipeline/runtime/llm/llmruntime.h"
#include "pipeline/runtime/testing/junitreport.h"
#include "pipeline/runtime/testing/pipelinetestrunner.h"
#include "pipeline/runtime/testing/pipelinetestsreader.h"
#include "pipeline/runtime/testing/pipelinetestswriter.h"
#include "pipeline/serialization/pipelinereader.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fnmatch.h>
#include <memory>

namespace {

using namespace pipeline;
using namespace pipeline::runtime;

bool endsWith(const std::string &text, const std::string &suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

struct TestCommand {
    std::vector<std::string> files;
    std::string junitPath;
    std::string pattern;
    bool update = false;
    bool verbose = false;
    std::string endpointsFile;

    // -k: a glob when it has wildcards, else a case-insensitive substring.
    bool selected(const std::string &name) const
    {
        if (pattern.empty())
            return true;
        if (pattern.find_first_of("*?[") != std::string::npos)
            return fnmatch(pattern.c_str(), name.c_str(), 0) == 0;
        return lower(name).find(lower(pattern)) != std::string::npos;
    }

    int run()
    {
        RunSettings settings;
        if (!endpointsFile.empty()) {
            std::string error;
            if (!readLlmEndpoints(endpointsFile, &settings.edit<LlmSettings>().endpoints, &error)) {
                std::fprintf(stderr, "pipewright-cli test: %s\n", error.c_str());
                return ExitProblems;
            }
        }
        const auto started = std::chrono::steady_clock::now();
        std::vector<JUnitSuite> suites;
        size_t passed = 0, failed = 0, invalid = 0, skippedCases = 0;
        for (const auto &file : files) {
            JUnitSuite suite = runFile(file, settings, &skippedCases);
            invalid += suite.fileErrors.empty() ? 0 : 1;
            for (const auto &c : suite.result.cases)
                (c.passed ? passed : failed) += 1;
            suites.push_back(std::move(suite));
        }
        const double millis =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        std::printf("%zu case%s: %zu passed, %zu failed", passed + failed, passed + failed == 1 ? "" : "s", passed, failed);
        if (invalid)
            std::printf(", %zu file%s invalid", invalid, invalid == 1 ? "" : "s");
        if (skippedCases)
            std::printf(", %zu not selected by -k", skippedCases);
        std::printf(" (%.0f ms)\n", millis);
        std::fflush(stdout);
        if (!junitPath.empty()) {
            const WriteResult written = writeFileAtomically(junitPath, junitXml(suites));
            if (!written.ok) {
                std::fprintf(stderr, "pipewright-cli test: --junit %s: %s\n", junitPath.c_str(), written.error.c_str());
                return ExitProblems;
            }
        }
        return failed || invalid ? ExitProblems : ExitOk;
    }

    JUnitSuite runFile(const std::string &file, const RunSettings &settings, size_t *skippedCases)
    {
        JUnitSuite suite;
        std::string testsPath = file, pipelinePath;
        if (endsWith(file, ".pipeline.json")) {
            pipelinePath = file;
            testsPath = testsPathForPipeline(file);
        }
        suite.file = testsPath;
        suite.name = std::filesystem::path(testsPath).filename().string();
        if (endsWith(suite.name, ".tests.json"))
            suite.name.resize(suite.name.size() - std::string(".tests.json").size());
        std::printf("%s\n", testsPath.c_str());
        auto fileError = [&](const std::string &line) {
            std::printf("  %s\n", line.c_str());
            suite.fileErrors.push_back(line);
        };
        if (!pipelinePath.empty() && !std::filesystem::exists(testsPath)) {
            fileError(testsPath + ": error: no test file for " + pipelinePath + " (write " + testsPath
                      + ", see docs/pipeline-tests.schema.json)");
            return suite;
        }
        const PipelineTestsLoad load = readPipelineTestsFile(testsPath);
        if (!load.ok()) {
            for (const auto &d : load.errors)
                fileError(formatFileDiagnostic(testsPath, d));
            return suite;
        }
        if (pipelinePath.empty())
            pipelinePath = pipelinePathForTests(*load.tests, testsPath);
        LoadResult graph = readPipelineFile(pipelinePath);
        if (!graph.ok()) {
            for (const auto &d : graph.errors)
                fileError(formatFileDiagnostic(pipelinePath, d));
            return suite;
        }
        PipelineTests chosen = *load.tests;
        std::vector<size_t> positions; // index in the file of each selected case
        chosen.cases.clear();
        for (size_t i = 0; i < load.tests->cases.size(); ++i) {
            if (selected(load.tests->cases[i].name)) {
                chosen.cases.push_back(load.tests->cases[i]);
                positions.push_back(i);
            } else {
                ++*skippedCases;
            }
        }
        PipelineTestOptions options;
        options.settings = settings;
        suite.result = runPipelineTests(*graph.graph, chosen, options);
        for (const auto &d : suite.result.errors)
            fileError(formatFileDiagnostic(testsPath, d));
        for (const auto &c : suite.result.cases) {
            std::printf("  %s  %s (%.1f ms)\n", c.passed ? "PASS" : "FAIL", c.name.c_str(), c.elapsedMillis);
            if (!c.passed || verbose)
                for (const auto &line : failureLines(c, testsPath))
                    std::printf("        %s\n", line.c_str());
        }
        if (update && suite.result.errors.empty())
            writeUpdate(testsPath, *load.tests, positions, suite.result);
        return suite;
    }

    // --update: the selected cases' expectations become what the run produced.
    void writeUpdate(const std::string &testsPath, PipelineTests tests, const std::vector<size_t> &positions,
                     PipelineTestsResult &result)
    {
        size_t changed = 0;
        for (size_t i = 0; i < positions.size() && i < result.cases.size(); ++i) {
            TestCaseResult &r = result.cases[i];
            if (!r.errors.empty())
                continue; // a case that did not run cleanly has no outputs to trust
            tests.cases[positions[i]] = updatedTestCase(tests.cases[positions[i]], r);
            changed += r.passed ? 0 : 1;
            r.passed = true;
            for (auto &x : r.expectations) {
                x.passed = true;
                x.failures.clear();
            }
        }
        const WriteResult written = writeFileAtomically(testsPath, writePipelineTestsText(tests));
        if (!written.ok)
            std::printf("  %s: error: cannot update: %s\n", testsPath.c_str(), written.error.c_str());
        else
            std::printf("  updated %s (%zu case%s changed)\n", testsPath.c_str(), changed, changed == 1 ? "" : "s");
    }
};

} // namespace

std::function<int()> defineTestCommand(CLI::App &command)
{
    auto c = std::make_shared<TestCommand>();
    command.footer("Runs the test cases of each pipeline: NAME.pipeline.json is tested by NAME.tests.json\n"
                   "beside it (a *.tests.json FILE names its pipeline with \"pipeline\", else the sibling).\n"
                   "Each case feeds its input records to the source nodes, runs the pipeline's own\n"
                   "engine and operators in process (no Kafka, no network; LLM steps answered by the\n"
                   "case's fixtures) and checks what reaches the sinks and dead-letter paths.\n"
                   "Prints PASS/FAIL per case and, for a failure, one line per difference:\n\n"
                   "  sink NODE: record N: field F: expected X, got Y\n"
                   "  FILE:LINE:COLUMN: error: MESSAGE   (invalid test file, missing LLM fixture)\n\n"
                   "Exit status: 0 when every case passes, 1 when a case fails or a file is invalid,\n"
                   "2 on usage errors.");
    command.add_option("FILE", c->files, "*.pipeline.json or *.tests.json files")->required()->type_name("");
    command.add_option("--junit", c->junitPath, "also write the results as JUnit XML to PATH (for CI test reports)")
        ->type_name("PATH");
    command.add_option("-k", c->pattern, "run only the cases whose name contains PATTERN (or matches it as a glob: *, ?)")
        ->type_name("PATTERN");
    command.add_flag("--update", c->update,
                     "write what each selected case produced as its new expectations (review the diff before committing)");
    command.add_flag("-v,--verbose", c->verbose, "also print the details of passing cases");
    command.add_option("--llm-endpoints", c->endpointsFile,
                       "LLM endpoint profiles as for run (a case's llmCache answers are keyed by the endpoint's URL)")
        ->type_name("FILE");
    return [c] { return c->run(); };
}
