// mock-llm-server: the test tree's OpenAI-compatible mock as a standalone process,
// for benchmarks and manual runs of pipewright-cli against a fake endpoint.
//   mock-llm-server [--port N] [--latency MS | --latency MIN-MAX] [--reply TEXT]
//                   [--fail-every N:429|500|timeout|malformed|truncated|close]
//                   [--context TOKENS [--info llamacpp|ollama|vllm]] [--chunk-delay MS]
// Prints the base URL on stdout, serves until stdin closes or SIGINT/SIGTERM.
// Rules use designated initializers; unnamed members keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "mockllmserver.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>
#include <unistd.h>

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
    int port = 0;
    int latencyMin = 0, latencyMax = 0;
    std::string reply;
    int context = 0, chunkDelay = 0;
    MockServerInfo info = MockServerInfo::None;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "mock-llm-server: " << arg << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--port") {
            port = std::atoi(value().c_str());
        } else if (arg == "--latency") {
            const std::string v = value();
            const auto dash = v.find('-');
            latencyMin = std::atoi(v.substr(0, dash).c_str());
            latencyMax = dash == std::string::npos ? latencyMin : std::atoi(v.substr(dash + 1).c_str());
        } else if (arg == "--reply") {
            reply = value();
        } else if (arg == "--context") {
            context = std::atoi(value().c_str());
        } else if (arg == "--info") {
            const std::string v = value();
            info = v == "llamacpp" ? MockServerInfo::LlamaCpp : v == "ollama" ? MockServerInfo::Ollama
                 : v == "vllm"     ? MockServerInfo::Vllm     : MockServerInfo::None;
        } else if (arg == "--chunk-delay") {
            chunkDelay = std::atoi(value().c_str());
        } else if (arg == "--help" || arg == "-h") {
            std::cout << "usage: mock-llm-server [--port N] [--latency MS|MIN-MAX] [--reply TEXT]\n"
                         "       [--context TOKENS [--info llamacpp|ollama|vllm]] [--chunk-delay MS]\n";
            return 0;
        } else {
            std::cerr << "mock-llm-server: unknown option " << arg << "\n";
            return 2;
        }
    }
    MockLlmServer server;
    server.setContextLimit(context);
    server.setServerInfo(info);
    server.setStreamChunkDelay(chunkDelay);
    std::string error;
    if (!server.start(port, &error)) {
        std::cerr << "mock-llm-server: " << error << "\n";
        return 1;
    }
    server.setLatency(latencyMin, latencyMax);
    server.setRecordLimit(0);
    if (!reply.empty())
        server.addRule({.pattern = "", .reply = reply});
    std::cout << server.baseUrl() << std::endl;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    // Stop when stdin closes (the parent process went away) or on a signal.
    std::thread([] {
        char c;
        while (::read(0, &c, 1) > 0)
            ;
        stopFlag = 1;
    }).detach();
    while (!stopFlag)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    std::cerr << "mock-llm-server: served " << server.requestCount() << " requests\n";
    server.stop();
    return 0;
}
