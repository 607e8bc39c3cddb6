// Pipeline tests against a live run of the same records, measured in the same run.
//
//   bench_pipelinetests [--rounds N] [--examples DIR]
//
// For every resources/examples/NAME.tests.json: the time to run all its cases in
// process (runPipelineTests: memory sources, captured sinks, LLM fixtures), median
// and worst of N rounds (default 9), and next to it one sandbox run of the same
// records per round: all the cases' input records produced to the sources' topics
// on the embedded librdkafka mock cluster (a fresh cluster per round), then the
// pipeline's engine run against it until it has read them all. LLM steps are
// answered by the same fixtures (no model is called), a database sink writes to a
// SQLite file in a temporary directory, a sample-source reads its records from a
// topic instead. The sandbox figure is wall time from compile to the last
// acknowledgement (it includes the consumer group join, which the sandbox delays
// by ~3 s, as a user's run would), and the engine's own active time (first record
// read to last acknowledgement) beside it. `--smoke` runs one round.

#include "pipeline/core/catalog.h"
#include "pipeline/core/graph.h"
#include "pipeline/runtime/database/databasesettings.h"
#include "pipeline/runtime/engine/engine.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"
#include "pipeline/runtime/llm/llmruntime.h"
#include "pipeline/runtime/testing/fixturetransport.h"
#include "pipeline/runtime/testing/pipelinetestrunner.h"
#include "pipeline/runtime/testing/pipelinetestsreader.h"
#include "pipeline/serialization/pipelinereader.h"

#include <librdkafka/rdkafka.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace pipeline;
using namespace pipeline::runtime;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

double millisSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Stats {
    double median = 0;
    double worst = 0;
};

Stats stats(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {median, values.back()};
}

struct Example {
    std::string name;
    Graph graph;
    PipelineTests tests;
    size_t records = 0;
    std::vector<double> testMillis;
    std::vector<double> sandboxMillis;
    std::vector<double> sandboxActiveMillis;
    std::string sandboxNote;
};

// The topic a source node reads in the sandbox run.
std::string sourceTopic(const Node &node)
{
    const std::string topic = node.stringParameter("topic");
    return topic.empty() ? "bench." + node.id : topic;
}

// The live graph for the sandbox: every source a Kafka source reading from the start.
Graph sandboxGraph(const Graph &graph, const fs::path &scratch)
{
    Graph copy = graph;
    for (const auto &[id, node] : graph.nodes()) {
        Node n = node;
        if (node.kind == "sample-source") {
            n.kind = "kafka-source";
            n.parameters = nlohmann::json{{"topic", sourceTopic(node)}, {"format", "json"}};
            if (const auto *schema = node.parameter("schema"))
                n.parameters["schema"] = *schema;
        }
        if (n.kind == "kafka-source")
            n.parameters["startOffset"] = "earliest";
        if (n.kind == "vector-upsert" || n.kind == "vector-retrieve") {
            const auto *index = node.parameter("index");
            const std::string name = index && index->is_string() ? index->get<std::string>() : id;
            n.parameters["path"] = (scratch / (name + ".vindex")).string();
        }
        copy.putNode(n);
    }
    return copy;
}

bool produce(const std::string &bootstrap, const std::string &topic, const TestRecord &record, rd_kafka_t *rk)
{
    const std::string value = record.value.dump();
    rd_kafka_headers_t *headers = rd_kafka_headers_new(record.headers.size());
    for (const auto &[name, text] : record.headers)
        rd_kafka_header_add(headers, name.data(), ssize_t(name.size()), text.data(), ssize_t(text.size()));
    const std::string key = record.key.value_or(std::string());
    void *keyData = record.key ? const_cast<char *>(key.data()) : nullptr;
    const size_t keySize = record.key ? key.size() : 0;
    const std::int32_t partition = record.partition.value_or(RD_KAFKA_PARTITION_UA);
    const std::int64_t timestamp = record.timestamp.value_or(0);
    rd_kafka_resp_err_t err = rd_kafka_producev(
        rk, RD_KAFKA_V_TOPIC(topic.c_str()), RD_KAFKA_V_PARTITION(partition),
        RD_KAFKA_V_VALUE(const_cast<char *>(value.data()), value.size()),
        RD_KAFKA_V_KEY(keyData, keySize), RD_KAFKA_V_TIMESTAMP(timestamp), RD_KAFKA_V_HEADERS(headers),
        RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
    if (err) {
        rd_kafka_headers_destroy(headers);
        std::fprintf(stderr, "produce to %s on %s: %s\n", topic.c_str(), bootstrap.c_str(), rd_kafka_err2str(err));
        return false;
    }
    return true;
}

// One sandbox run of all the example's input records; false with a note when it cannot run.
bool sandboxRun(Example &example, int round)
{
    std::string error;
    auto sandbox = SandboxCluster::start(1, &error);
    if (!sandbox) {
        example.sandboxNote = "sandbox: " + error;
        return false;
    }
    const std::string &bootstrap = sandbox->bootstrapServers();
    // Topics with enough partitions for the records that name one.
    std::map<std::string, int> partitions;
    std::vector<LlmFixture> fixtures;
    for (const TestCase &c : example.tests.cases) {
        for (const TestInput &input : c.inputs) {
            const Node *node = example.graph.node(input.nodeId);
            int &count = partitions[sourceTopic(*node)];
            count = std::max(count, 1);
            for (const TestRecord &r : input.records)
                count = std::max(count, r.partition.value_or(0) + 1);
        }
        fixtures.insert(fixtures.end(), c.llm.begin(), c.llm.end());
    }
    for (const auto &[topic, count] : partitions)
        if (!sandbox->createTopic(topic, count, &error)) {
            example.sandboxNote = "create topic " + topic + ": " + error;
            return false;
        }
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), err, sizeof err);
    rd_kafka_conf_set(conf, "linger.ms", "5", err, sizeof err);
    rd_kafka_t *producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!producer) {
        example.sandboxNote = std::string("producer: ") + err;
        return false;
    }
    size_t total = 0;
    for (const TestCase &c : example.tests.cases)
        for (const TestInput &input : c.inputs)
            for (const TestRecord &r : input.records) {
                if (!produce(bootstrap, sourceTopic(*example.graph.node(input.nodeId)), r, producer)) {
                    rd_kafka_destroy(producer);
                    example.sandboxNote = "produce failed";
                    return false;
                }
                ++total;
            }
    rd_kafka_flush(producer, 30'000);
    rd_kafka_destroy(producer);

    const fs::path scratch = fs::temp_directory_path() / ("bench-pipelinetests-" + example.name + "-" + std::to_string(round));
    fs::create_directories(scratch);
    RunOptions options;
    options.bootstrapServers = bootstrap;
    options.maxMessages = total;
    options.durationMillis = 120'000; // a run that cannot read everything still ends
    auto &llm = options.settings.edit<LlmSettings>();
    llm.transport = std::make_shared<FixtureTransport>(fixtures);
    llm.cache = false;
    auto &databases = options.settings.edit<DatabaseSettings>();
    for (const auto &[id, node] : example.graph.nodes())
        if (node.kind == "database-sink")
            databases.profiles[node.stringParameter("connection")] = (scratch / (id + ".sqlite")).string();

    const auto started = Clock::now();
    Engine engine;
    const Diagnostics diagnostics = engine.compile(sandboxGraph(example.graph, scratch), options);
    if (!engine.isCompiled()) {
        example.sandboxNote = "compile: " + (diagnostics.empty() ? std::string("?") : formatDiagnostic(diagnostics.front()));
        fs::remove_all(scratch);
        return false;
    }
    engine.run();
    const double wall = millisSince(started);
    const RunSnapshot s = engine.snapshot();
    fs::remove_all(scratch);
    if (s.totals.input < total) {
        example.sandboxNote = "read " + std::to_string(s.totals.input) + " of " + std::to_string(total) + " records"
            + (s.error.empty() ? std::string() : ": " + s.error);
        return false;
    }
    example.sandboxMillis.push_back(wall);
    example.sandboxActiveMillis.push_back(s.activeSeconds * 1000.0);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int rounds = 9;
    std::string examplesDir = PIPEWRIGHT_SOURCE_DIR "/resources/examples";
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--rounds") && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--examples") && i + 1 < argc)
            examplesDir = argv[++i];
        else if (!std::strcmp(argv[i], "--smoke"))
            rounds = 1;
        else {
            std::fprintf(stderr, "usage: bench_pipelinetests [--rounds N] [--examples DIR] [--smoke]\n");
            return 2;
        }
    }

    std::vector<Example> examples;
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(examplesDir))
        if (entry.path().string().size() > 11 && entry.path().string().ends_with(".tests.json"))
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path &file : files) {
        PipelineTestsLoad load = readPipelineTestsFile(file.string());
        if (!load.ok()) {
            std::fprintf(stderr, "%s", load.errorText().c_str());
            return 1;
        }
        LoadResult graph = readPipelineFile(pipelinePathForTests(*load.tests, file.string()));
        if (!graph.ok()) {
            std::fprintf(stderr, "%s", graph.errorText().c_str());
            return 1;
        }
        Example e;
        e.name = file.filename().string();
        e.name.resize(e.name.size() - std::string(".tests.json").size());
        e.graph = std::move(*graph.graph);
        e.tests = std::move(*load.tests);
        for (const TestCase &c : e.tests.cases)
            for (const TestInput &input : c.inputs)
                e.records += input.records.size();
        examples.push_back(std::move(e));
    }
    if (examples.empty()) {
        std::fprintf(stderr, "no *.tests.json in %s\n", examplesDir.c_str());
        return 1;
    }

    std::printf("pipeline tests vs one sandbox run of the same records, %d round%s\n", rounds, rounds == 1 ? "" : "s");
    std::vector<double> allTests;
    for (int round = 0; round < rounds; ++round) {
        double sum = 0;
        for (Example &e : examples) {
            const auto started = Clock::now();
            const PipelineTestsResult result = runPipelineTests(e.graph, e.tests);
            const double ms = millisSince(started);
            if (!result.passed())
                std::printf("WARNING: %s: %zu case(s) failed\n", e.name.c_str(), result.failedCases());
            e.testMillis.push_back(ms);
            sum += ms;
        }
        allTests.push_back(sum);
    }
    std::vector<double> allSandbox;
    bool everySandboxRan = true;
    for (int round = 0; round < rounds; ++round) {
        double sum = 0;
        for (Example &e : examples) {
            if (!e.sandboxNote.empty())
                continue; // it could not run before; do not retry every round
            if (sandboxRun(e, round))
                sum += e.sandboxMillis.back();
            else
                everySandboxRan = false;
        }
        allSandbox.push_back(sum);
        std::fprintf(stderr, "round %d/%d done\n", round + 1, rounds);
    }

    std::printf("\n%-30s %5s %7s  %21s  %29s\n", "example", "cases", "records", "tests median / worst",
                "sandbox run median / worst");
    for (const Example &e : examples) {
        const Stats t = stats(e.testMillis);
        std::printf("%-30s %5zu %7zu  %8.1f / %8.1f ms  ", e.name.c_str(), e.tests.cases.size(), e.records, t.median, t.worst);
        if (e.sandboxMillis.size() == size_t(rounds)) {
            const Stats s = stats(e.sandboxMillis);
            const Stats a = stats(e.sandboxActiveMillis);
            std::printf("%8.0f / %8.0f ms (engine active %.0f / %.0f ms)\n", s.median, s.worst, a.median, a.worst);
        } else {
            std::printf("n/a: %s\n", e.sandboxNote.c_str());
        }
    }
    const Stats t = stats(allTests);
    std::printf("\nall examples' tests: median %.1f ms, worst %.1f ms (%d rounds)\n", t.median, t.worst, rounds);
    if (everySandboxRan) {
        const Stats s = stats(allSandbox);
        std::printf("one sandbox run of every example's records: median %.0f ms, worst %.0f ms (%.0fx the tests)\n",
                    s.median, s.worst, t.median > 0 ? s.median / t.median : 0.0);
    } else {
        std::printf("sandbox runs: not every example could run against the sandbox (see n/a above)\n");
    }
    return 0;
}
