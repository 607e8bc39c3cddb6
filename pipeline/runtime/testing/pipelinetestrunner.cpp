#include "pipeline/runtime/testing/pipelinetestrunner.h"

#include "pipeline/runtime/dataflow/fieldpath.h"
#include "pipeline/runtime/engine/engine.h"
#include "pipeline/runtime/llm/llmruntime.h"
#include "pipeline/runtime/testing/capturesinkoperator.h"
#include "pipeline/runtime/testing/fixturetransport.h"
#include "pipeline/runtime/testing/inputschedule.h"
#include "pipeline/runtime/testing/memorysource.h"
#include "pipeline/runtime/testing/pipelinetestsreader.h"
#include "pipeline/runtime/testing/recordingoperator.h"
#include "pipeline/runtime/testing/testbuildcontext.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <set>

namespace pipeline::runtime {

namespace {

using Json = nlohmann::json;

// A scratch directory for what a run would otherwise write next to the user's
// files (vector index saves, the LLM cache's appends); removed after the case.
class ScratchDirectory {
public:
    ~ScratchDirectory()
    {
        std::error_code ignored;
        if (!m_path.empty())
            std::filesystem::remove_all(m_path, ignored);
    }
    const std::string &path()
    {
        if (m_path.empty()) {
            std::string pattern = (std::filesystem::temp_directory_path() / "pipewright-test-XXXXXX").string();
            if (char *made = mkdtemp(pattern.data()))
                m_path = made;
        }
        return m_path;
    }

private:
    std::string m_path;
};

Diagnostic caseError(std::string nodeId, SourceSpan span, std::string code, std::string message)
{
    Diagnostic d;
    d.code = std::move(code);
    d.nodeId = std::move(nodeId);
    d.span = span;
    d.message = std::move(message);
    return d;
}

std::string shortText(const std::string &text, size_t max = 300)
{
    return text.size() <= max ? text : text.substr(0, max - 3) + "...";
}

// The case's records for one source node as the source would have read them.
std::vector<MemorySource::Input> sourceInputs(const TestCase &testCase, OperatorBuildContext &ctx)
{
    std::vector<MemorySource::Input> out;
    const std::string nodeId = ctx.node().id;
    const bool raw = ctx.node().kind == "kafka-source" && ctx.text("format", "json") == "raw";
    const bool kafka = ctx.node().kind == "kafka-source" || ctx.node().kind == "connect-source";
    const std::string timestampField = kafka ? ctx.text("timestampField") : std::string();
    const FieldPath timePath(timestampField);
    std::int64_t position = 0;
    for (const auto &input : testCase.inputs) {
        if (input.nodeId != nodeId)
            continue;
        for (const auto &r : input.records) {
            MemorySource::Input in;
            if (raw) {
                // A raw source hands on the message's key and value as text.
                in.value = Json::object();
                in.value["key"] = r.key ? Json(*r.key) : Json(nullptr);
                in.value["value"] = r.value.is_string() ? r.value : Json(r.value.dump());
            } else {
                in.value = r.value;
            }
            in.timestampMillis = r.timestamp.value_or(MemorySource::defaultStartMillis + 1000 * position);
            if (!timestampField.empty())
                if (const Json *t = timePath.find(in.value); t && t->is_number())
                    in.timestampMillis = t->get<std::int64_t>();
            out.push_back(std::move(in));
            ++position;
        }
    }
    return out;
}

std::vector<std::string> outputPortKeys(OperatorBuildContext &ctx)
{
    std::vector<std::string> keys;
    for (const auto &p : ctx.type().outputPorts(ctx.node()))
        keys.push_back(p.key);
    return keys;
}

// The live run's factories with the parts a test replaces.
OperatorRegistry testRegistry(const TestCase &testCase, const Catalog &catalog, const OperatorRegistry &base,
                              const std::shared_ptr<TestCapture> &capture,
                              const std::shared_ptr<InputSchedule> &schedule)
{
    OperatorRegistry registry = base;
    for (const NodeType &type : catalog.types()) {
        const std::string kind = type.kind;
        const OperatorFactory *original = base.find(kind);
        if (type.category == Category::Source) {
            registry.add(kind, [&testCase, capture, schedule](OperatorBuildContext &ctx) -> std::unique_ptr<Operator> {
                return std::make_unique<MemorySource>(ctx.node().id, sourceInputs(testCase, ctx), schedule, capture);
            });
        } else if (kind == "database-sink") {
            // The database is replaced by an in-memory table the case's expectations read.
            registry.add(kind, [capture](OperatorBuildContext &ctx) -> std::unique_ptr<Operator> {
                capture->sinkOutput(ctx.node().id);
                return std::make_unique<CaptureSinkOperator>(ctx.node().id, ctx.text("table"), capture);
            });
        } else if (original) {
            const bool sink = type.category == Category::Sink;
            registry.add(kind, [factory = *original, capture, sink](OperatorBuildContext &ctx) -> std::unique_ptr<Operator> {
                if (!sink) {
                    auto op = factory(ctx);
                    if (!op || !capture->recordsPort(ctx.node().id))
                        return op;
                    return std::make_unique<RecordingOperator>(
                        std::move(op), RecordingOperator::Options{ctx.node().id, outputPortKeys(ctx), false, false}, capture);
                }
                TestBuildContext testContext(ctx, capture);
                auto op = factory(testContext);
                if (!op)
                    return op;
                if (!testContext.usedSinkOutput())
                    capture->sinkOutput(ctx.node().id); // listed even when it receives nothing
                return std::make_unique<RecordingOperator>(
                    std::move(op),
                    RecordingOperator::Options{ctx.node().id, outputPortKeys(ctx), true, !testContext.usedSinkOutput()},
                    capture);
            });
        }
    }
    return registry;
}

// Vector indexes live in the scratch directory, never in the user's files.
Graph testGraph(const Graph &graph, ScratchDirectory &scratch)
{
    Graph copy = graph;
    for (const auto &[id, node] : graph.nodes()) {
        if (node.kind != "vector-upsert" && node.kind != "vector-retrieve")
            continue;
        const Json *index = node.parameter("index");
        const std::string name = index && index->is_string() ? index->get<std::string>() : id;
        const std::string path = (std::filesystem::path(scratch.path()) / (name + ".vindex")).string();
        if (Node *n = copy.node(id))
            n->parameters["path"] = path;
    }
    return copy;
}

} // namespace

bool PipelineTestsResult::passed() const
{
    return errors.empty() && failedCases() == 0;
}

size_t PipelineTestsResult::failedCases() const
{
    size_t n = 0;
    for (const auto &c : cases)
        n += c.passed ? 0 : 1;
    return n;
}

TestCaseResult runPipelineTestCase(const Graph &graph, const TestCase &testCase, const PipelineTestOptions &options,
                                   const Catalog &catalog, const OperatorRegistry &operators)
{
    const auto started = std::chrono::steady_clock::now();
    TestCaseResult result;
    result.name = testCase.name;
    result.span = testCase.span;

    ScratchDirectory scratch;
    auto capture = std::make_shared<TestCapture>();
    auto schedule = std::make_shared<InputSchedule>();
    auto transport = std::make_shared<FixtureTransport>(testCase.llm);
    if (options.recordEdges)
        capture->recordAllPorts();
    for (const auto &x : testCase.expectations)
        if (x.port)
            capture->recordPortsOf(x.nodeId);

    RunOptions run;
    run.settings = options.settings;
    auto &llm = run.settings.edit<LlmSettings>();
    llm.transport = transport;
    llm.budget = 0;
    llm.cache = true;
    llm.cacheFile.clear();
    if (!testCase.llmCachePath.empty()) {
        // The cache appends new answers: work on a copy so the test's file stays as written.
        const auto copy = std::filesystem::path(scratch.path()) / "llm-cache.jsonl";
        std::error_code error;
        std::filesystem::copy_file(testCase.llmCachePath, copy, std::filesystem::copy_options::overwrite_existing, error);
        if (error)
            result.errors.push_back(caseError({}, testCase.span, "tests-llm-cache",
                                              "cannot read LLM answer cache " + testCase.llmCachePath + ": " + error.message()));
        else
            llm.cacheFile = copy.string();
    }
    run.deadLetterOutput = &capture->engineDeadLetters();
    run.clock = [schedule] { return schedule->clockMillis(); };
    run.sampleStartMillis = MemorySource::defaultStartMillis;

    const Graph graphUnderTest = testGraph(graph, scratch);
    const OperatorRegistry registry = testRegistry(testCase, catalog, operators, capture, schedule);
    Engine engine;
    const Diagnostics compiled = engine.compile(graphUnderTest, run, catalog, registry);
    for (const auto &d : compiled) {
        if (d.severity != Severity::Error)
            continue;
        Diagnostic e = d;
        e.message = "the pipeline cannot run: " + formatDiagnostic(d);
        e.span = testCase.span;
        result.errors.push_back(std::move(e));
    }
    if (engine.isCompiled()) {
        engine.run();
        const RunSnapshot snapshot = engine.snapshot();
        result.totals = snapshot.totals;
        if (!snapshot.error.empty())
            result.errors.push_back(caseError({}, testCase.span, "tests-run-failed", "the run failed: " + snapshot.error));
    }

    for (const auto &miss : transport->misses())
        result.errors.push_back(caseError(miss.nodeId, testCase.span, "tests-missing-fixture",
                                          "node '" + miss.nodeId + "': no LLM fixture answers the prompt \""
                                              + shortText(miss.prompt) + "\""));
    for (size_t i : transport->unusedFixtures()) {
        const LlmFixture &f = testCase.llm[i];
        result.errors.push_back(caseError(
            f.nodeId, f.span, "tests-unused-fixture",
            "LLM fixture " + std::to_string(i + 1) + " for node '" + f.nodeId + "'"
                + (f.prompt ? " (prompt contains \"" + shortText(*f.prompt, 80) + "\")" : std::string())
                + " answered no call"));
    }

    for (size_t i = 0; i < testCase.expectations.size(); ++i) {
        const Expectation &x = testCase.expectations[i];
        std::vector<Json> actual;
        std::vector<std::string> errors;
        if (x.deadLetters) {
            for (const auto &m : capture->deadLetters())
                if (m.failedNode == x.nodeId) {
                    actual.push_back(m.value);
                    errors.push_back(m.error);
                }
        } else if (x.port) {
            if (auto it = capture->ports().find({x.nodeId, *x.port}); it != capture->ports().end())
                actual = it->second;
        } else {
            for (const auto &m : capture->written(x.nodeId)) {
                actual.push_back(m.value);
                errors.push_back(m.error);
            }
        }
        ExpectationResult r = checkExpectation(x, actual, errors);
        r.index = i;
        result.expectations.push_back(std::move(r));
    }

    result.sinks = capture->sinks();
    result.deadLetters = capture->deadLetters();
    if (options.recordEdges)
        for (const auto &[id, edge] : graph.edges()) {
            auto it = capture->ports().find({edge.from.node, edge.from.port});
            result.edges[id] = it != capture->ports().end() ? it->second : std::vector<Json>{};
        }

    result.passed = result.errors.empty();
    for (const auto &r : result.expectations)
        result.passed = result.passed && r.passed;
    result.elapsedMillis =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return result;
}

PipelineTestsResult runPipelineTests(const Graph &graph, const PipelineTests &tests, const PipelineTestOptions &options,
                                     const Catalog &catalog, const OperatorRegistry &operators)
{
    PipelineTestsResult result;
    result.errors = checkPipelineTests(tests, graph, catalog);
    if (!result.errors.empty())
        return result;
    for (const auto &c : tests.cases)
        result.cases.push_back(runPipelineTestCase(graph, c, options, catalog, operators));
    return result;
}

TestCase updatedTestCase(const TestCase &testCase, const TestCaseResult &result)
{
    TestCase updated = testCase;
    std::set<std::string> coveredSinks, coveredDeadLetters;
    for (size_t i = 0; i < updated.expectations.size() && i < result.expectations.size(); ++i) {
        Expectation &x = updated.expectations[i];
        const ExpectationResult &r = result.expectations[i];
        if (x.deadLetters)
            coveredDeadLetters.insert(x.nodeId);
        else if (!x.port)
            coveredSinks.insert(x.nodeId);
        if (r.passed)
            continue; // what holds stays as written (subsets, short reasons)
        if (x.records) {
            std::vector<Json> actual = r.actual;
            if (x.isSubset()) {
                // Keep the subset: the fields the expectation compared, now with their actual values.
                std::set<std::string> fields;
                for (const auto &e : *x.records)
                    if (e.is_object())
                        for (const auto &[k, v] : e.items())
                            fields.insert(k);
                for (auto &a : actual) {
                    if (!a.is_object())
                        continue;
                    Json kept = Json::object();
                    for (const auto &f : fields)
                        if (a.contains(f))
                            kept[f] = a[f];
                    a = std::move(kept);
                }
            }
            x.records = std::move(actual);
        }
        if (x.count)
            x.count = r.actual.size();
        if (!x.reasons.empty())
            x.reasons = r.errors;
        x.recordSpans.clear();
    }
    for (const auto &[node, messages] : result.sinks) {
        if (messages.empty() || coveredSinks.count(node))
            continue;
        Expectation x;
        x.nodeId = node;
        std::vector<Json> values;
        for (const auto &m : messages)
            values.push_back(m.value);
        x.records = std::move(values);
        updated.expectations.push_back(std::move(x));
    }
    std::map<std::string, std::pair<std::vector<Json>, std::vector<std::string>>> deadLetters;
    for (const auto &m : result.deadLetters) {
        // Dead letters a dead-letter sink wrote belong to that sink's expectation.
        if (!m.sinkNode.empty() || coveredDeadLetters.count(m.failedNode))
            continue;
        auto &[values, errors] = deadLetters[m.failedNode];
        values.push_back(m.value);
        errors.push_back(m.error);
    }
    for (auto &[node, entry] : deadLetters) {
        Expectation x;
        x.nodeId = node;
        x.deadLetters = true;
        x.records = std::move(entry.first);
        x.reasons = std::move(entry.second);
        updated.expectations.push_back(std::move(x));
    }
    return updated;
}

} // namespace pipeline::runtime
