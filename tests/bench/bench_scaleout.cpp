// Scale-out by consumer group: throughput of 1, 2 and 3 `pipewright-cli run`
// processes in one group on the same input (a 12-partition topic on the
// sandbox), each round with a fresh group and output topic.
//
//   bench_scaleout [--messages N] [--rounds N]   default 300,000 messages, 9 rounds
//
// Each round's input goes to a fresh topic once every member has partitions (each
// runner's /ready), so the mock's slow group rebalances (it waits for every
// member to rejoin) count for nobody; throughput counts from the first output
// message to the last, read from the output topic's end offsets every 5 ms. The
// sandbox runs in a forked child, the runners are separate processes: on the
// 2-core development machine, three runners and the broker share two cores.

#include "forkedsandbox.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <librdkafka/rdkafka.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace pipeline::runtime;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int Partitions = 12;
constexpr int FirstPort = 19170; // the members' --http ports: FirstPort + member

std::string inputTopic(int members, int round)
{
    return "scale-in-" + std::to_string(members) + "-" + std::to_string(round);
}


/// Every round's input topic, created when the sandbox starts.
std::vector<std::pair<std::string, int>> inputTopics(int rounds)
{
    std::vector<std::pair<std::string, int>> topics;
    for (int round = 0; round < rounds; ++round)
        for (int members = 1; members <= 3; ++members)
            topics.emplace_back(inputTopic(members, round), Partitions);
    return topics;
}

rd_kafka_t *newProducer(const std::string &bootstrap)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    for (const auto &[k, v] : std::vector<std::pair<std::string, std::string>>{
             {"bootstrap.servers", bootstrap}, {"linger.ms", "20"}, {"compression.codec", "lz4"},
             {"batch.num.messages", "10000"}})
        rd_kafka_conf_set(conf, k.c_str(), v.c_str(), err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk) {
        std::fprintf(stderr, "producer: %s\n", err);
        std::exit(1);
    }
    return rk;
}

void produceInput(const std::string &bootstrap, const std::string &topic, size_t count)
{
    rd_kafka_t *rk = newProducer(bootstrap);
    for (size_t i = 0; i < count; ++i) {
        const std::string value = "{\"device_id\":\"sensor-" + std::to_string(i % 50) + "\",\"seq\":" + std::to_string(i)
            + ",\"temperature\":" + std::to_string(20 + int(i % 120)) + "}";
        while (rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic.c_str()), RD_KAFKA_V_PARTITION(int32_t(i % Partitions)),
                                 RD_KAFKA_V_VALUE(const_cast<char *>(value.data()), value.size()),
                                 RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END)
               == RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(rk, 10);
    }
    rd_kafka_flush(rk, 60000);
    rd_kafka_destroy(rk);
}

std::int64_t endOffsets(rd_kafka_t *rk, const std::string &topic)
{
    std::int64_t sum = 0;
    for (int p = 0; p < Partitions; ++p) {
        int64_t lo = 0, hi = 0;
        if (!rd_kafka_query_watermark_offsets(rk, topic.c_str(), p, &lo, &hi, 2000))
            sum += hi;
    }
    return sum;
}

/// kafka-source (earliest) -> kafka-sink, in its own group and output topic.
std::string writePipeline(const std::string &dir, const std::string &group, const std::string &inTopic,
                          const std::string &outTopic)
{
    nlohmann::json graph{
        {"format", "pipewright-pipeline"},
        {"version", 1},
        {"name", group},
        {"settings", {{"consumerGroup", group}}},
        {"nodes",
         {{{"id", "in"},
           {"kind", "kafka-source"},
           {"label", "In"},
           {"parameters", {{"topic", inTopic}, {"startOffset", "earliest"}}},
           {"position", {{"x", 0}, {"y", 0}}}},
          {{"id", "out"},
           {"kind", "kafka-sink"},
           {"label", "Out"},
           {"parameters", {{"topic", outTopic}}},
           {"position", {{"x", 200}, {"y", 0}}}}}},
        {"edges",
         {{{"id", "in:out->out:in"}, {"from", {{"node", "in"}, {"port", "out"}}}, {"to", {{"node", "out"}, {"port", "in"}}}}}}};
    const std::string path = dir + "/" + group + ".pipeline.json";
    std::ofstream(path) << graph.dump(2) << "\n";
    return path;
}

pid_t spawnRunner(const std::string &pipeline, const std::string &bootstrap, int member)
{
    const std::string http = "127.0.0.1:" + std::to_string(FirstPort + member);
    const pid_t pid = fork();
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        const int devnull = ::open("/dev/null", O_WRONLY);
        dup2(devnull, STDOUT_FILENO);
        dup2(devnull, STDERR_FILENO);
        execl(PIPEWRIGHT_CLI, "pipewright-cli", "run", pipeline.c_str(), "--bootstrap", bootstrap.c_str(), "--quiet",
              "--http", http.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    return pid;
}

/// Partitions member `member` holds now (its /ready), -1 when it does not answer.
int assignedPartitions(int member)
{
    httplib::Client client("127.0.0.1", FirstPort + member);
    client.set_connection_timeout(1, 0);
    const auto answer = client.Get("/ready");
    if (!answer)
        return -1;
    const auto body = nlohmann::json::parse(answer->body, nullptr, false);
    return body.is_object() ? body.value("partitionsAssigned", -1) : -1;
}

/// Messages per second of `members` runners over `count` messages; 0 on a timeout.
double runRound(const std::string &dir, const std::string &bootstrap, rd_kafka_t *watcher, int members, int round,
                size_t count)
{
    const std::string group = "scale-" + std::to_string(members) + "-" + std::to_string(round);
    const std::string inTopic = inputTopic(members, round);
    const std::string outTopic = group + "-out";
    const std::string pipeline = writePipeline(dir, group, inTopic, outTopic);
    std::vector<pid_t> runners;
    for (int i = 0; i < members; ++i)
        runners.push_back(spawnRunner(pipeline, bootstrap, i));
    auto stopAll = [&] {
        for (pid_t pid : runners)
            kill(pid, SIGTERM);
        for (pid_t pid : runners) {
            int status = 0;
            waitpid(pid, &status, 0);
        }
    };
    // The group settled: every member holds partitions, together all of them.
    const auto settleDeadline = Clock::now() + std::chrono::seconds(60);
    for (;;) {
        int sum = 0;
        bool everyone = true;
        for (int i = 0; i < members; ++i) {
            const int n = assignedPartitions(i);
            everyone = everyone && n > 0;
            sum += std::max(n, 0);
        }
        if (everyone && sum == Partitions)
            break;
        if (Clock::now() > settleDeadline) {
            stopAll();
            return 0;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::thread producer([&] { produceInput(bootstrap, inTopic, count); });
    Clock::time_point first{}, last{};
    const auto deadline = Clock::now() + std::chrono::seconds(120);
    bool done = false;
    while (Clock::now() < deadline) {
        const std::int64_t written = endOffsets(watcher, outTopic);
        const auto now = Clock::now();
        if (written > 0 && first == Clock::time_point{})
            first = now;
        if (written >= std::int64_t(count)) {
            last = now;
            done = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    producer.join();
    stopAll();
    if (!done)
        return 0;
    return double(count) / std::chrono::duration<double>(last - first).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    size_t messages = 300'000;
    int rounds = 9;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--messages") && i + 1 < argc)
            messages = size_t(std::atoll(argv[++i]));
        else if (!std::strcmp(argv[i], "--rounds") && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: bench_scaleout [--messages N] [--rounds N]\n");
            return 2;
        }
    }
    char dirTemplate[] = "/tmp/bench-scaleout-XXXXXX";
    const std::string dir = mkdtemp(dirTemplate);
    pid_t sandbox = 0;
    const std::string bootstrap = bench::forkSandbox(&sandbox, inputTopics(rounds));
    std::printf("sandbox (child process %d) at %s; %u cores\n", int(sandbox), bootstrap.c_str(),
                std::thread::hardware_concurrency());
    std::printf("%zu readings per round into a fresh %d-partition topic once the group has settled\n", messages,
                Partitions);

    rd_kafka_t *watcher = newProducer(bootstrap);
    std::vector<std::vector<double>> figures(3);
    for (int round = 0; round < rounds; ++round) {
        std::printf("round %d:", round + 1);
        for (int members = 1; members <= 3; ++members) { // interleaved: drift hits all alike
            const double rate = runRound(dir, bootstrap, watcher, members, round, messages);
            figures[size_t(members - 1)].push_back(rate);
            std::printf("  %d runner(s) %.0f msg/s", members, rate);
            std::fflush(stdout);
        }
        std::printf("\n");
    }
    rd_kafka_destroy(watcher);

    std::printf("\n%-36s %14s %14s   (%d rounds)\n", "kafka-source -> kafka-sink, 1 group", "median msg/s",
                "worst msg/s", rounds);
    const double one = median(figures[0]);
    for (int members = 1; members <= 3; ++members) {
        const auto &f = figures[size_t(members - 1)];
        const double m = median(f);
        std::printf("%d runner process(es)%16s %14.0f %14.0f   %.2fx of one runner\n", members, "", m,
                    *std::min_element(f.begin(), f.end()), one > 0 ? m / one : 0.0);
    }
    kill(sandbox, SIGTERM);
    int status = 0;
    waitpid(sandbox, &status, 0);
    std::string cleanup = "rm -rf " + dir;
    return std::system(cleanup.c_str()) == 0 ? 0 : 1;
}
