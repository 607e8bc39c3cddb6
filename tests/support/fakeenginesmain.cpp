// fake-engines: the test tree's ksqlDB, Flink SQL Gateway and Kafka Connect fakes
// as one standalone process, for screenshots and manual runs of pipewright-cli
// deploy and the designer's Deploy dialog.
//   fake-engines [--fail-tasks CONNECTOR]
// Prints "ksqldb URL", "flink URL", "connect URL" lines, serves until SIGINT/SIGTERM.
#include "fakeflinkgateway.h"
#include "fakekafkaconnect.h"
#include "fakeksqldb.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <string>
#include <thread>

using namespace pipewright::testsupport;

namespace {
volatile std::sig_atomic_t stopFlag = 0;
void onSignal(int)
{
    stopFlag = 1;
}
} // namespace

int main(int argc, char **argv)
{
    FakeKsqldb ksql;
    FakeFlinkGateway flink;
    FakeKafkaConnect connect;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--fail-tasks")
            connect.failTasks.insert(argv[i + 1]);
    }
    std::string error;
    if (!ksql.start(&error) || !flink.start(&error) || !connect.start(&error)) {
        std::fprintf(stderr, "fake-engines: %s\n", error.c_str());
        return 1;
    }
    std::printf("ksqldb %s\nflink %s\nconnect %s\n", ksql.url().c_str(), flink.url().c_str(), connect.url().c_str());
    std::fflush(stdout);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    while (!stopFlag)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return 0;
}
