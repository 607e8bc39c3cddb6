#include "sharedoptions.h"

#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace {

struct SandboxCommand {
    int brokers = 1;
    std::vector<std::string> topicSpecs; // NAME[:PARTITIONS]

    int run() const;
};

bool parsePositive(const std::string &text, int *out)
{
    char *end = nullptr;
    long v = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end || v < 1 || v > 100000)
        return false;
    *out = int(v);
    return true;
}

// "NAME:PARTITIONS" or "NAME" (one partition); false when malformed.
bool parseTopic(const std::string &spec, std::pair<std::string, int> *topic)
{
    const auto colon = spec.rfind(':');
    topic->first = spec.substr(0, colon);
    topic->second = 1;
    if (colon != std::string::npos && !parsePositive(spec.substr(colon + 1), &topic->second))
        return false;
    return !topic->first.empty();
}

} // namespace

std::function<int()> defineSandboxCommand(CLI::App &command)
{
    auto c = std::make_shared<SandboxCommand>();
    command.footer("Starts the embedded Kafka cluster (librdkafka's mock cluster) on loopback ports.\n"
                   "The first line printed is the bootstrap address; any Kafka client can use it.\n"
                   "Topics are created on first use; --topic creates one up front.\n"
                   "Serves until interrupted (SIGINT or SIGTERM). Data lives in memory only.\n"
                   "Each partition keeps the newest 5 MiB of record batches (at most 100,000 batches)\n"
                   "and silently drops older ones: produce compressed (kcat -z lz4 or\n"
                   "-X compression.codec=lz4); pipewright's own producers use lz4.\n\n"
                   "Exit codes: 0 stopped by a signal, 1 the cluster could not start, 2 bad usage.");
    command.add_option("--brokers", c->brokers, "number of brokers (default 1)")
        ->type_name("N")
        ->check(wholeNumber(1, 100000));
    addRepeatable(command, "--topic", c->topicSpecs, "NAME:PARTITIONS", "create this topic up front; repeatable",
                  [](const std::string &spec) {
                      std::pair<std::string, int> topic;
                      return parseTopic(spec, &topic);
                  });
    return [c] { return c->run(); };
}

int SandboxCommand::run() const
{
    std::vector<std::pair<std::string, int>> topics;
    for (const auto &spec : topicSpecs)
        parseTopic(spec, &topics.emplace_back());

    // Block the stop signals before librdkafka starts its threads so they inherit
    // the mask and sigwait() below is the only receiver.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    std::string error;
    auto sandbox = pipeline::runtime::SandboxCluster::start(brokers, &error);
    if (!sandbox) {
        std::fprintf(stderr, "pipewright-cli sandbox: %s\n", error.c_str());
        return 1;
    }
    for (const auto &[name, partitions] : topics) {
        if (!sandbox->createTopic(name, partitions, &error)) {
            std::fprintf(stderr, "pipewright-cli sandbox: %s\n", error.c_str());
            return 1;
        }
    }
    std::printf("%s\n", sandbox->bootstrapServers().c_str());
    std::fflush(stdout);
    std::fprintf(stderr, "Sandbox cluster with %d broker(s) at %s; Ctrl+C stops it.\n", brokers,
                 sandbox->bootstrapServers().c_str());
    std::fprintf(stderr,
                 "Each partition keeps the newest %lld MiB of record batches (at most %d batches) and silently drops\n"
                 "older messages: produce compressed (kcat -z lz4, or -X compression.codec=lz4).\n",
                 pipeline::runtime::SandboxCluster::PartitionBytesKept / (1024 * 1024),
                 pipeline::runtime::SandboxCluster::PartitionBatchesKept);

    int signal = 0;
    sigwait(&stopSignals, &signal);
    std::fprintf(stderr, "Sandbox cluster stopped (%s).\n", signal == SIGINT ? "SIGINT" : "SIGTERM");
    return 0;
}
