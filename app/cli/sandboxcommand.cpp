#include "pipeline/runtime/kafka/sandboxcluster.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

void printSandboxHelp()
{
    std::printf("Usage: pipewright-cli sandbox [--brokers N] [--topic NAME:PARTITIONS ...]\n\n"
                "Starts the embedded Kafka cluster (librdkafka's mock cluster) on loopback ports.\n"
                "The first line printed is the bootstrap address; any Kafka client can use it.\n"
                "Topics are created on first use; --topic creates one up front.\n"
                "Serves until interrupted (SIGINT or SIGTERM). Data lives in memory only.\n"
                "Each partition keeps the newest 5 MiB of record batches (at most 100,000 batches)\n"
                "and silently drops older ones: produce compressed (kcat -z lz4 or\n"
                "-X compression.codec=lz4); pipewright's own producers use lz4.\n\n"
                "Exit codes: 0 stopped by a signal, 1 the cluster could not start, 2 bad usage.\n");
}

bool parsePositive(const std::string &text, int *out)
{
    char *end = nullptr;
    long v = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end || v < 1 || v > 100000)
        return false;
    *out = int(v);
    return true;
}

} // namespace

int runSandboxCommand(const std::vector<std::string> &args)
{
    int brokers = 1;
    std::vector<std::pair<std::string, int>> topics;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help" || a == "-h") {
            printSandboxHelp();
            return 0;
        }
        const bool hasValue = i + 1 < args.size();
        if (a == "--brokers" && hasValue) {
            if (!parsePositive(args[++i], &brokers)) {
                std::fprintf(stderr, "pipewright-cli sandbox: --brokers needs a positive number, not '%s'\n", args[i].c_str());
                return 2;
            }
        } else if (a == "--topic" && hasValue) {
            const std::string &spec = args[++i];
            const auto colon = spec.rfind(':');
            int partitions = 1;
            std::string name = spec;
            if (colon != std::string::npos) {
                name = spec.substr(0, colon);
                if (!parsePositive(spec.substr(colon + 1), &partitions)) {
                    std::fprintf(stderr, "pipewright-cli sandbox: --topic expects NAME:PARTITIONS, not '%s'\n", spec.c_str());
                    return 2;
                }
            }
            if (name.empty()) {
                std::fprintf(stderr, "pipewright-cli sandbox: --topic needs a name\n");
                return 2;
            }
            topics.emplace_back(name, partitions);
        } else {
            std::fprintf(stderr, "pipewright-cli sandbox: unknown or incomplete option '%s' (see --help)\n", a.c_str());
            return 2;
        }
    }

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
