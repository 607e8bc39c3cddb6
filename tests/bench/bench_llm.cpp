// bench_llm: an llm-prompt node against the mock OpenAI server (tests/support).
//  1. throughput through the engine (sandbox Kafka in and out, keyed records) with
//     100 ms server latency and 64 in flight, next to the 576 rec/s target
//     (0.9 × 64 / 0.1 s) and the theoretical 640; per-key order checked on the
//     output topic;
//  2. with the response cache warm, records/s through the operator (≥ 100,000);
//  3. a 10× slower server (1 s) and a source as fast as possible: records held by
//     the node and resident memory stay bounded (back-pressure, not queues).
// `--smoke` runs small sizes (CI); figures are printed next to their limits.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers" // designated rule initializers

#include "mockllmserver.h"

#include "pipeline/core/catalog.h"
#include "pipeline/runtime/engine/engine.h"
#include "pipeline/runtime/llm/llmoperatorfactory.h"
#include "pipeline/runtime/llm/llmoperator.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <thread>

using namespace pipeline;
using namespace pipeline::runtime;
using namespace pipewright::testsupport;
using nlohmann::json;

namespace {

double seconds(std::chrono::steady_clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

long rssKiB()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atol(line.c_str() + 6);
    return 0;
}

Graph makeGraph(const std::string &name, const std::vector<Node> &nodes, const std::vector<std::pair<std::string, std::string>> &edges)
{
    Graph g;
    g.name = name;
    for (const auto &n : nodes)
        g.putNode(n);
    for (const auto &[from, to] : edges) {
        Edge e;
        e.from = {from, "out"};
        e.to = {to, "in"};
        e.id = Graph::edgeIdFor(e.from, e.to);
        g.putEdge(e);
    }
    return g;
}

Node node(std::string id, std::string kind, json parameters)
{
    Node n;
    n.id = std::move(id);
    n.kind = std::move(kind);
    n.parameters = std::move(parameters);
    return n;
}

LlmSettings settingsFor(const MockLlmServer &server)
{
    LlmSettings s;
    LlmEndpoint e;
    e.name = "default";
    e.baseUrl = server.baseUrl();
    e.model = "mock-model";
    s.endpoints.push_back(e);
    return s;
}

bool produceKeyed(const std::string &bootstrap, const std::string &topic, int count, int keys)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), err, sizeof err);
    rd_kafka_conf_set(conf, "linger.ms", "5", err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk)
        return false;
    for (int i = 0; i < count; ++i) {
        const std::string key = "key-" + std::to_string(i % keys);
        const std::string value = json{{"k", key}, {"seq", i}, {"text", "event number " + std::to_string(i)}}.dump();
        while (rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic.c_str()), RD_KAFKA_V_KEY(key.data(), key.size()),
                                 RD_KAFKA_V_VALUE(const_cast<char *>(value.data()), value.size()),
                                 RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)
               == RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(rk, 10);
    }
    const bool ok = rd_kafka_flush(rk, 30'000) == RD_KAFKA_RESP_ERR_NO_ERROR;
    rd_kafka_destroy(rk);
    return ok;
}

// Per key, is `seq` increasing in the topic (read partition by partition)?
bool keyOrderKept(const std::string &bootstrap, const std::string &topic, int expected, int *read)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), err, sizeof err);
    rd_kafka_conf_set(conf, "group.id", "bench-llm-check", err, sizeof err);
    rd_kafka_conf_set(conf, "auto.offset.reset", "earliest", err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    rd_kafka_poll_set_consumer(rk);
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(list, topic.c_str(), RD_KAFKA_PARTITION_UA);
    rd_kafka_subscribe(rk, list);
    rd_kafka_topic_partition_list_destroy(list);
    std::map<std::string, int> last;
    bool ordered = true;
    *read = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (*read < expected && std::chrono::steady_clock::now() < deadline) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 200);
        if (!m)
            continue;
        if (!m->err) {
            auto v = json::parse(std::string(static_cast<const char *>(m->payload), m->len));
            const std::string key = v["k"];
            const int seq = v["seq"];
            auto it = last.find(key);
            if (it != last.end() && it->second > seq)
                ordered = false;
            last[key] = seq;
            ++*read;
        }
        rd_kafka_message_destroy(m);
    }
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return ordered;
}

class NullContext : public OperatorContext {
public:
    void output(int, Record &&) override { ++emitted; }
    void drop(Record &&) override {}
    void absorb(Record &&) override {}
    void reject(Record &&, const std::string &) override { ++rejected; }
    std::int64_t nowMillis() const override { return 0; }
    std::uint64_t emitted = 0;
    std::uint64_t rejected = 0;
};

} // namespace

int main(int argc, char **argv)
{
    const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
    int failures = 0;
    MockLlmServer server;
    std::string error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "mock server: %s\n", error.c_str());
        return 1;
    }
    server.setRecordLimit(smoke ? SIZE_MAX : 200'000);
    auto sandbox = SandboxCluster::start(1, &error);
    if (!sandbox) {
        std::fprintf(stderr, "sandbox: %s\n", error.c_str());
        return 1;
    }
    const std::string bootstrap = sandbox->bootstrapServers();

    // ---- 1. throughput at 100 ms latency, 64 in flight --------------------------
    {
        const int count = smoke ? 400 : 4000;
        const int keys = 50;
        sandbox->createTopic("bench-llm-in", 4);
        if (!produceKeyed(bootstrap, "bench-llm-in", count, keys)) {
            std::fprintf(stderr, "could not produce the input\n");
            return 1;
        }
        server.setLatency(100);
        server.clearRequests();
        Graph g = makeGraph("bench-llm",
                            {node("in", "kafka-source", {{"topic", "bench-llm-in"}}),
                             node("ask", "llm-prompt", {{"userPrompt", "Summarise: {{text}}"}, {"maxInFlight", 64}}),
                             node("out", "kafka-sink", {{"topic", "bench-llm-out"}, {"key", "k"}})},
                            {{"in", "ask"}, {"ask", "out"}});
        RunOptions options;
        options.bootstrapServers = bootstrap;
        options.settings.set<pipeline::runtime::LlmSettings>(settingsFor(server));
        options.maxMessages = std::uint64_t(count);
        Engine engine;
        auto diagnostics = engine.compile(g, options);
        if (!engine.isCompiled()) {
            std::fprintf(stderr, "compile: %s\n", diagnostics.empty() ? "?" : diagnostics[0].message.c_str());
            return 1;
        }
        engine.run();
        const auto requests = server.requests();
        std::int64_t first = INT64_MAX, last = 0;
        for (const auto &r : requests) {
            first = std::min(first, r.arrivalMillis);
            last = std::max(last, r.arrivalMillis);
        }
        // From the first request to the last answer (arrival + 100 ms latency).
        const double window = double(last + 100 - first) / 1000.0;
        const double rate = double(requests.size()) / window;
        int read = 0;
        const bool ordered = keyOrderKept(bootstrap, "bench-llm-out", count, &read);
        const bool rateOk = rate >= 576;
        std::printf("llm-prompt throughput (100 ms latency, 64 in flight, %d records, %d keys): %.0f records/s "
                    "(target >= 576, theoretical 640) %s\n",
                    count, keys, rate, rateOk ? "OK" : "BELOW TARGET");
        std::printf("  server saw at most %d concurrent requests (limit 64); %d/%d records out, key order %s\n",
                    server.maxConcurrentRequests(), read, count, ordered ? "kept" : "BROKEN");
        failures += !rateOk || !ordered || read != count || server.maxConcurrentRequests() > 64;
    }

    // ---- 2. cache warm ------------------------------------------------------------
    {
        const int distinct = 1000;
        const int total = smoke ? 20'000 : 300'000;
        server.setLatency(0);
        auto runtime = std::make_shared<LlmRuntime>(settingsFor(server));
        Node n = node("ask", "llm-prompt", {{"userPrompt", "Classify event {{id}}: {{text}}"}, {"maxInFlight", 64}});
        Diagnostics d;
        auto op = createLlmOperator(n, *Catalog::builtin().find("llm-prompt"), runtime, d);
        NullContext context;
        std::vector<json> values;
        for (int i = 0; i < distinct; ++i)
            values.push_back({{"id", i}, {"text", "sensor " + std::to_string(i % 37) + " reported a spike"}, {"ts", 1700000000000 + i}});
        for (int i = 0; i < distinct; ++i) { // warm up: one real call per distinct prompt
            Record r;
            r.value = values[size_t(i)];
            op->process(0, std::move(r), context);
        }
        op->flush(context);
        const auto before = server.requestCount();
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < total; ++i) {
            Record r;
            r.value = values[size_t(i % distinct)];
            op->process(0, std::move(r), context);
        }
        const double elapsed = seconds(std::chrono::steady_clock::now() - start);
        const double rate = total / elapsed;
        const auto stats = static_cast<LlmOperator *>(op.get())->stats();
        const bool ok = rate >= 100'000 && server.requestCount() == before && context.emitted == std::uint64_t(distinct + total);
        std::printf("llm-prompt with the cache warm: %.0f records/s (target >= 100000), %llu cache hits, %zu new calls %s\n",
                    rate, static_cast<unsigned long long>(stats.cacheHits), server.requestCount() - before,
                    ok ? "OK" : "BELOW TARGET");
        failures += !ok;
    }

    // ---- 3. memory under a 10x slower server -----------------------------------------
    {
        server.setLatency(1000);
        server.setRecordLimit(0);
        Graph g = makeGraph("bench-llm-slow",
                            {node("gen", "sample-source", {{"generator", "chat-messages"}, {"rate", 0}}),
                             node("ask", "llm-prompt", {{"userPrompt", "{{text}}"}, {"maxInFlight", 64}})},
                            {{"gen", "ask"}});
        RunOptions options;
        options.settings.set<pipeline::runtime::LlmSettings>(settingsFor(server));
        options.settings.edit<pipeline::runtime::LlmSettings>().cache = false;
        Engine engine;
        engine.compile(g, options);
        const long baseline = rssKiB();
        engine.start();
        long peak = baseline;
        std::uint64_t maxHeld = 0, input = 0;
        const int windowMs = smoke ? 3000 : 8000;
        for (int t = 0; t < windowMs; t += 250) {
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
            peak = std::max(peak, rssKiB());
            const RunSnapshot s = engine.snapshot();
            for (const auto &ns : s.nodes)
                if (ns.nodeId == "ask")
                    maxHeld = std::max(maxHeld, ns.llm.inFlight);
            input = s.totals.input;
        }
        server.setLatency(0); // let the stop drain quickly
        engine.requestStop();
        engine.wait();
        const std::uint64_t heldLimit = 128 + 1000; // node capacity (2 × 64) + one engine batch
        const double growthMiB = double(peak - baseline) / 1024.0;
        const bool ok = maxHeld <= heldLimit && growthMiB < 64;
        std::printf("1 s latency, unthrottled source for %d ms: %llu records read, at most %llu held by the node "
                    "(limit %llu), RSS growth %.1f MiB (limit 64 MiB) %s\n",
                    windowMs, static_cast<unsigned long long>(input), static_cast<unsigned long long>(maxHeld),
                    static_cast<unsigned long long>(heldLimit), growthMiB, ok ? "OK" : "UNBOUNDED");
        failures += !ok;
    }
    return failures ? 1 : 0;
}
