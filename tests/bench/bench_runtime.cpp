// The runtime's throughput and memory, with baselines measured in the same run.
//
//   bench_runtime [--messages N]      200,000 IoT readings on a 3-partition sandbox topic,
//                                     kafka-source -> filter -> project -> kafka-sink, against
//                                     (a) a hand-written librdkafka consume->check->produce loop
//                                         (nlohmann parse / check / serialize), and
//                                     (b) kcat | jq | kcat, when both are installed.
//   bench_runtime [--rounds N]        N rounds per contender (default 9): median and worst.
//   bench_runtime --rss [--messages N] resident memory over 1,000,000 messages
//                                     (sample-source -> filter -> project -> kafka-sink).
//   bench_runtime --smoke             tiny sizes, for a quick check that it runs.
//
// The sandbox cluster runs in a forked child so its in-memory log is not counted
// in this process's memory. Throughput is measured from the first consumed message
// to the last acknowledgement, so the consumer group's join (the sandbox delays
// the first rebalance by 3 s) counts for nobody.

#include "pipeline/core/graph.h"
#include "pipeline/runtime/engine/engine.h"
#include "pipeline/runtime/formats/jsonparser.h"
#include "pipeline/runtime/engine/samplegenerator.h"
#include "forkedsandbox.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"
#include "pipeline/runtime/observe/httpendpoint.h"

#include <httplib.h>

#include <librdkafka/rdkafka.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <memory>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace pipeline::runtime;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

// Every consumer here gets the engine's fetch-queue setting (see KafkaSource):
// with librdkafka's default, any fast consumer idles most of each second, and
// the comparison would be about that default, not about the code.
constexpr const char *QueuedMinMessages = "1000000";

double seconds(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

long rssKb()
{
    long pages = 0, resident = 0;
    if (FILE *f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// Starts the sandbox in a child process; returns its bootstrap address.

rd_kafka_t *newClient(rd_kafka_type_t type, const std::string &bootstrap,
                      const std::vector<std::pair<std::string, std::string>> &props)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), err, sizeof err);
    for (const auto &[k, v] : props)
        if (rd_kafka_conf_set(conf, k.c_str(), v.c_str(), err, sizeof err) != RD_KAFKA_CONF_OK)
            std::fprintf(stderr, "%s: %s\n", k.c_str(), err);
    rd_kafka_t *rk = rd_kafka_new(type, conf, err, sizeof err);
    if (!rk) {
        std::fprintf(stderr, "client: %s\n", err);
        std::exit(1);
    }
    return rk;
}

std::vector<std::string> iotMessages(size_t count)
{
    auto g = SampleGenerator::create("iot-temperature", 42);
    std::vector<std::string> out;
    out.reserve(count);
    for (size_t i = 0; i < count; ++i)
        out.push_back(g->next(1'700'000'000'000 + std::int64_t(i)).dump());
    return out;
}

void produceInput(const std::string &bootstrap, const std::vector<std::string> &messages)
{
    // lz4 keeps the sandbox's 5 MB-per-partition log cap far away.
    rd_kafka_t *rk = newClient(RD_KAFKA_PRODUCER, bootstrap, {{"linger.ms", "20"}, {"compression.codec", "lz4"}});
    // Round robin over the 3 partitions: sticky partitioning could put nearly all
    // of it on one partition and past the sandbox's per-partition log cap.
    for (size_t i = 0; i < messages.size(); ++i)
        while (rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("bench-in"), RD_KAFKA_V_PARTITION(std::int32_t(i % 3)),
                                 RD_KAFKA_V_VALUE(const_cast<char *>(messages[i].data()), messages[i].size()),
                                 RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)
               == RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(rk, 10);
    rd_kafka_flush(rk, 60'000);
    rd_kafka_destroy(rk);
}

pipeline::Graph benchGraph(const std::string &source, const std::string &outTopic, const std::string &group, size_t sampleCount)
{
    pipeline::Graph g;
    g.name = group;
    auto add = [&](std::string id, std::string kind, json params) {
        pipeline::Node n;
        n.id = std::move(id);
        n.kind = std::move(kind);
        n.parameters = std::move(params);
        g.putNode(n);
    };
    if (source == "kafka")
        add("in", "kafka-source", {{"topic", "bench-in"}, {"startOffset", "earliest"}});
    else
        add("in", "sample-source", {{"generator", "iot-temperature"}, {"rate", 0}, {"count", sampleCount}, {"seed", 42}});
    add("check", "filter", {{"condition", "temperature > 132 OR temperature < 32"}});
    add("slim", "project",
        {{"fields", json::array({json{{"name", "device_id"}, {"expression", "device_id"}},
                                 json{{"name", "temperature"}, {"expression", "temperature"}},
                                 json{{"name", "ts"}, {"expression", "ts"}}})}});
    add("out", "kafka-sink", {{"topic", outTopic}});
    auto edge = [&](const char *a, const char *b) {
        pipeline::Edge e;
        e.from = {a, "out"};
        e.to = {b, "in"};
        e.id = pipeline::Graph::edgeIdFor(e.from, e.to);
        g.putEdge(e);
    };
    edge("in", "check");
    edge("check", "slim");
    edge("slim", "out");
    return g;
}

// Pipewright: messages per second from the first consumed message until every
// message settled (its produce acknowledged, or filtered).
// Scraped: the run serves /metrics (run --http's endpoint) and a client scrapes
// it every second, as Prometheus would. ExactlyOnce: settings.processingGuarantee
// exactly-once, a Kafka transaction committed every 100 ms (the sandbox runs the
// transaction protocol; it discards the offsets sent in a transaction, which
// costs it nothing it would otherwise spend).
enum class Mode { AtLeastOnce, Scraped, ExactlyOnce };
double runPipewright(const std::string &bootstrap, size_t count, size_t *outputs, int round, Mode mode = Mode::AtLeastOnce)
{
    const bool scraped = mode == Mode::Scraped;
    RunOptions options;
    options.bootstrapServers = bootstrap;
    options.maxMessages = count;
    Engine engine;
    const std::string group = std::string(scraped ? "bench-scraped-" : mode == Mode::ExactlyOnce ? "bench-eos-" : "bench-pipewright-")
        + std::to_string(round);
    pipeline::Graph graph = benchGraph("kafka", "bench-out-pipewright", group, 0);
    if (mode == Mode::ExactlyOnce) {
        graph.settings["processingGuarantee"] = "exactly-once";
        options.transactionalId = group;
    }
    auto diagnostics = engine.compile(graph, options);
    std::unique_ptr<HttpEndpoint> endpoint;
    std::atomic<bool> scraping{scraped};
    std::thread scraper;
    if (scraped) {
        endpoint = std::make_unique<HttpEndpoint>("bench", [&engine] { return engine.snapshot(); });
        std::string error;
        if (!endpoint->start("127.0.0.1", 0, &error)) {
            std::fprintf(stderr, "endpoint: %s\n", error.c_str());
            std::exit(1);
        }
        scraper = std::thread([&scraping, port = endpoint->port()] {
            httplib::Client client("127.0.0.1", port);
            while (scraping) {
                const auto answer = client.Get("/metrics");
                if (!answer || answer->status != 200)
                    std::fprintf(stderr, "scrape failed\n");
                for (int i = 0; i < 100 && scraping; ++i)
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        });
    }
    if (!engine.isCompiled()) {
        std::fprintf(stderr, "compile: %s\n", diagnostics.empty() ? "?" : diagnostics[0].message.c_str());
        std::exit(1);
    }
    engine.run();
    scraping = false;
    if (scraper.joinable())
        scraper.join();
    const RunSnapshot s = engine.snapshot();
    *outputs = s.totals.output;
    if (!s.totals.balanced())
        std::printf("WARNING: the run did not balance\n");
    // The engine's own clock: first consumed message to last acknowledgement.
    return double(count) / s.activeSeconds;
}

// (a) The plain loop a developer would write: consume, parse with nlohmann, check,
// build the projection, serialize, produce; same client settings as the engine.
double runPlainLoop(const std::string &bootstrap, size_t count, size_t *outputs, int round)
{
    rd_kafka_t *consumer = newClient(RD_KAFKA_CONSUMER, bootstrap,
                                     {{"group.id", "bench-plain-" + std::to_string(round)},
                                      {"auto.offset.reset", "earliest"},
                                      {"enable.auto.commit", "true"},
                                      {"queued.min.messages", QueuedMinMessages}});
    rd_kafka_t *producer = newClient(RD_KAFKA_PRODUCER, bootstrap,
                                     {{"linger.ms", "5"}, {"compression.codec", "lz4"}, {"batch.num.messages", "10000"}});
    rd_kafka_poll_set_consumer(consumer);
    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, "bench-in", RD_KAFKA_PARTITION_UA);
    rd_kafka_subscribe(consumer, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    rd_kafka_topic_t *out = rd_kafka_topic_new(producer, "bench-out-plain", nullptr);
    size_t consumed = 0, produced = 0;
    Clock::time_point first{};
    while (consumed < count) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(consumer, 100);
        if (!m)
            continue;
        if (m->err) {
            rd_kafka_message_destroy(m);
            continue;
        }
        if (!consumed++)
            first = Clock::now();
        const char *p = static_cast<const char *>(m->payload);
        json r = json::parse(p, p + m->len, nullptr, false);
        if (!r.is_discarded()) {
            const double t = r.value("temperature", 50.0);
            if (t > 132 || t < 32) {
                json o = {{"device_id", r["device_id"]}, {"temperature", r["temperature"]}, {"ts", r["ts"]}};
                const std::string text = o.dump();
                while (rd_kafka_produce(out, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY, const_cast<char *>(text.data()),
                                        text.size(), nullptr, 0, nullptr)
                       == -1)
                    rd_kafka_poll(producer, 10);
                ++produced;
            }
        }
        rd_kafka_message_destroy(m);
        rd_kafka_poll(producer, 0);
    }
    rd_kafka_flush(producer, 60'000);
    const double rate = double(count) / seconds(first, Clock::now());
    rd_kafka_topic_destroy(out);
    rd_kafka_consumer_close(consumer);
    rd_kafka_destroy(consumer);
    rd_kafka_destroy(producer);
    *outputs = produced;
    return rate;
}

// (b) kcat | jq | kcat.
double runKcatJq(const std::string &bootstrap, size_t count)
{
    const std::string cmd = "kcat -b " + bootstrap + " -X queued.min.messages=" + QueuedMinMessages
        + " -C -t bench-in -o beginning -e -q -c " + std::to_string(count)
        + " | jq -c 'select(.temperature > 132 or .temperature < 32) | {device_id, temperature, ts}'"
        + " | kcat -b " + bootstrap + " -P -t bench-out-kcat -z lz4";
    const auto start = Clock::now();
    if (std::system(cmd.c_str()) != 0)
        return 0;
    return double(count) / seconds(start, Clock::now());
}

void parserMicroBench(const std::vector<std::string> &messages)
{
    JsonParser parser;
    json value;
    auto t0 = Clock::now();
    size_t sink = 0;
    for (const auto &m : messages) {
        parser.parse(m.data(), m.size(), value, nullptr);
        sink += value.size();
    }
    auto t1 = Clock::now();
    for (const auto &m : messages) {
        value = json::parse(m, nullptr, false);
        sink += value.size();
    }
    auto t2 = Clock::now();
    std::printf("JSON parse into records: simdjson->nlohmann %.0f msg/s, nlohmann::json::parse %.0f msg/s (%zu)\n",
                double(messages.size()) / seconds(t0, t1), double(messages.size()) / seconds(t1, t2), sink % 10);
}

bool have(const char *tool)
{
    return std::system((std::string("command -v ") + tool + " >/dev/null 2>&1").c_str()) == 0;
}

} // namespace

int main(int argc, char **argv)
{
    bool rss = false, smoke = false;
    size_t messages = 0;
    int rounds = 9;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--rss"))
            rss = true;
        else if (!std::strcmp(argv[i], "--smoke"))
            smoke = true;
        else if (!std::strcmp(argv[i], "--messages") && i + 1 < argc)
            messages = size_t(std::atoll(argv[++i]));
        else if (!std::strcmp(argv[i], "--rounds") && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: bench_runtime [--rss] [--smoke] [--messages N] [--rounds N]\n");
            return 2;
        }
    }
    if (!messages)
        messages = smoke ? 5'000 : rss ? 1'000'000 : 200'000;
    if (smoke)
        rounds = 1;

    pid_t child = 0;
    const std::string bootstrap = bench::forkSandbox(&child, {{"bench-in", 3}});
    std::printf("sandbox (child process %d) at %s\n", int(child), bootstrap.c_str());
    int status = 0;

    if (rss) {
        RunOptions options;
        options.bootstrapServers = bootstrap;
        Engine engine;
        engine.compile(benchGraph("sample", "bench-out-rss", "bench-rss", messages), options);
        engine.start();
        long baseline = 0, peak = 0;
        const std::uint64_t warmup = messages / 10;
        for (;;) {
            const RunSnapshot s = engine.snapshot();
            if (!baseline && s.totals.input >= warmup)
                baseline = rssKb();
            if (baseline)
                peak = std::max(peak, rssKb());
            if (s.state == RunState::Finished || s.state == RunState::Failed)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        engine.wait();
        const RunSnapshot s = engine.snapshot();
        const double growthMb = double(peak - baseline) / 1024.0;
        std::printf("messages: %llu in, %llu out, balanced: %s\n", (unsigned long long)s.totals.input,
                    (unsigned long long)s.totals.output, s.totals.balanced() ? "yes" : "NO");
        std::printf("resident memory after %llu messages: %.1f MB; peak afterwards: %.1f MB; growth %.1f MB "
                    "(target < 10 MB) %s\n",
                    (unsigned long long)warmup, double(baseline) / 1024.0, double(peak) / 1024.0, growthMb,
                    growthMb < 10 ? "OK" : "MISSED");
        kill(child, SIGTERM);
        waitpid(child, &status, 0);
        return growthMb < 10 && s.totals.balanced() ? 0 : 1;
    }

    const auto input = iotMessages(messages);
    parserMicroBench(input);
    produceInput(bootstrap, input);
    std::printf("%zu IoT readings on bench-in (3 partitions)\n", messages);

    // Median and worst of `rounds` for every contender, never the best alone: a
    // run that stalls now and then must show. Each round uses fresh groups.
    size_t pwOut = 0, plainOut = 0;
    std::vector<double> pipewright, scraped, exactlyOnce, plain, kcatJq;
    const bool pipe = have("kcat") && have("jq");
    for (int round = 0; round < rounds; ++round) {
        const double p = runPipewright(bootstrap, messages, &pwOut, round);
        size_t scrapedOut = 0;
        const double ps = runPipewright(bootstrap, messages, &scrapedOut, round, Mode::Scraped);
        size_t eosOut = 0;
        const double pe = runPipewright(bootstrap, messages, &eosOut, round, Mode::ExactlyOnce);
        if (eosOut != pwOut)
            std::printf("WARNING: exactly-once produced %zu outputs, at-least-once %zu\n", eosOut, pwOut);
        const double a = runPlainLoop(bootstrap, messages, &plainOut, round);
        const double b = pipe ? runKcatJq(bootstrap, messages) : 0;
        std::printf("round %d: Pipewright %.0f, with /metrics scraped %.0f, exactly-once %.0f, plain loop %.0f, "
                    "kcat|jq %.0f msg/s\n",
                    round + 1, p, ps, pe, a, b);
        pipewright.push_back(p);
        scraped.push_back(ps);
        exactlyOnce.push_back(pe);
        plain.push_back(a);
        kcatJq.push_back(b);
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    };
    auto worst = [](const std::vector<double> &v) { return *std::min_element(v.begin(), v.end()); };

    std::printf("\n%-40s %12s %12s   (%d rounds)\n", "kafka-source -> filter -> project -> sink", "median msg/s",
                "worst msg/s", rounds);
    std::printf("%-40s %12.0f %12.0f  (%zu alerts)\n", "Pipewright", median(pipewright), worst(pipewright), pwOut);
    std::printf("%-40s %12.0f %12.0f\n", "Pipewright, /metrics scraped every 1 s", median(scraped), worst(scraped));
    std::printf("%-40s %12.0f %12.0f\n", "Pipewright, exactly-once (100 ms txns)", median(exactlyOnce),
                worst(exactlyOnce));
    std::printf("%-40s %12.0f %12.0f  (%zu alerts)\n", "(a) plain librdkafka + nlohmann loop", median(plain),
                worst(plain), plainOut);
    if (pipe)
        std::printf("%-40s %12.0f %12.0f\n", "(b) kcat | jq | kcat", median(kcatJq), worst(kcatJq));
    else
        std::printf("%-40s %12s\n", "(b) kcat | jq | kcat", "skipped (kcat or jq missing)");
    const double vsPlain = median(pipewright) / median(plain);
    // A stall costs about a second (0.3x); round-to-round noise on 2 cores is
    // +-25 % for both contenders, so worst is compared with worst.
    const double worstVsPlain = worst(pipewright) / worst(plain);
    std::printf("\nPipewright / plain loop, medians:        %.2fx (target >= 1.0x) %s\n", vsPlain,
                vsPlain >= 1.0 ? "OK" : "MISSED");
    std::printf("Pipewright worst / plain loop worst:     %.2fx (target >= 0.9x, no stalls) %s\n", worstVsPlain,
                worstVsPlain >= 0.9 ? "OK" : "MISSED");
    if (pipe && median(kcatJq) > 0) {
        const double vsPipe = median(pipewright) / median(kcatJq);
        std::printf("Pipewright / kcat|jq, medians:           %.2fx (target >= 2.0x) %s\n", vsPipe,
                    vsPipe >= 2.0 ? "OK" : "MISSED");
    }
    std::printf("Exactly-once / at-least-once, medians:   %.2fx\n", median(exactlyOnce) / median(pipewright));
    if (pwOut != plainOut)
        std::printf("WARNING: outputs differ (%zu vs %zu)\n", pwOut, plainOut);
    kill(child, SIGTERM);
    waitpid(child, &status, 0);
    return 0;
}
