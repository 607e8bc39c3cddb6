// The assistant's request sizes (issue 20): for the seed scenarios in five
// languages, simple and complex, the estimated tokens (pipeline/assist/
// tokenestimator.h) of the first request (system prompt + response_format schema
// + user message) and of a whole generation with one repair round (every request
// sent plus the answers received), printed next to today's figures measured in
// the same run from the old prompt (legacyprompt.h, commit 96b593f). Every
// scenario is then generated against the mock OpenAI server limited to an
// 8,192-token context (llama.cpp-style refusal above it), answering first with a
// broken and then with the recorded pipeline: each must yield a valid pipeline in
// two calls with no request refused. Wall time per generation (streamed, against
// the local mock): median and worst of 9 rounds.
//
//   bench_assist [--rounds N] [--dump DIR]
// --dump writes each scenario's first request bodies (today's and now) as JSON
// files, e.g. to compare the estimate with real tokenizers (docs/assistant-prompt.md).
// Exit status 1 when a first request exceeds 8,000 tokens or a scenario fails.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "../assist/assistscenarios.h"
#include "legacyprompt.h"
#include "mockllmserver.h"

#include "pipeline/assist/answerparser.h"
#include "pipeline/assist/pipelineassistant.h"
#include "pipeline/assist/promptbuilder.h"
#include "pipeline/assist/tokenestimator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

using namespace pipeline;
using namespace pipeline::assist;
using namespace pipewright::testsupport;
using nlohmann::json;

namespace {

constexpr int Budget = 8000;
constexpr int ServerContext = 8192;

struct Row {
    std::string name, language;
    bool complex = false;
    std::size_t oldFirst = 0, oldWhole = 0, newFirst = 0, newWhole = 0;
    int calls = 0;
    bool valid = false;
    std::string error;
    double medianMs = 0, worstMs = 0;
};

std::size_t oldWhole(const std::string &description, const std::string &broken, const std::string &good)
{
    // Today: the repair round resends the conversation and appends the answer and the problems.
    json first = legacyprompt::firstBody(description);
    json repair = first;
    repair["messages"].push_back({{"role", "assistant"}, {"content", broken}});
    repair["messages"].push_back(
        {{"role", "user"}, {"content", PromptBuilder::repairMessage(parsePipelineAnswer(broken).problems)}});
    return estimateRequestTokens(first) + estimateRequestTokens(repair) + estimateTokens(broken) + estimateTokens(good);
}

std::string thousands(std::size_t n)
{
    // Grouped from the right: 31952 -> "31,952".
    const std::string digits = std::to_string(n);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    int rounds = 9;
    std::string dumpDir;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--rounds") && i + 1 < argc)
            rounds = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--dump") && i + 1 < argc)
            dumpDir = argv[++i];
    }
    auto dump = [&](const std::string &name, const json &body) {
        if (dumpDir.empty())
            return;
        std::ofstream(dumpDir + "/" + name + ".json") << body.dump();
    };

    MockLlmServer server;
    std::string error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "cannot start the mock server: %s\n", error.c_str());
        return 1;
    }
    server.setContextLimit(ServerContext);
    server.setServerInfo(MockServerInfo::LlamaCpp);

    std::vector<Row> rows;
    bool failed = false;
    for (const auto &scenario : assistscenarios::scenarios()) {
        Row row;
        row.name = scenario.name;
        row.language = scenario.language;
        row.complex = scenario.complex;
        const json good = assistscenarios::recordedAnswer(scenario, PIPEWRIGHT_SOURCE_DIR);
        const std::string goodText = good.dump();
        const std::string brokenText = assistscenarios::brokenAnswer(good).dump();
        row.oldFirst = estimateRequestTokens(legacyprompt::firstBody(scenario.description));
        dump(scenario.name + ".today", legacyprompt::firstBody(scenario.description));
        row.oldWhole = oldWhole(scenario.description, brokenText, goodText);

        std::vector<double> times;
        for (int round = 0; round < rounds; ++round) {
            server.clearRules();
            server.clearRequests();
            server.addRule({.pattern = scenario.description, .replies = {brokenText, goodText}});
            auto endpoint = std::make_shared<runtime::LlmEndpoint>();
            endpoint->name = "bench";
            endpoint->baseUrl = server.baseUrl();
            endpoint->model = "mock-model";
            PipelineAssistant::Options options;
            options.endpoint = endpoint;
            options.repairRounds = 3;
            PipelineAssistant assistant(options);
            AssistRequest request;
            request.text = scenario.description;
            const auto start = std::chrono::steady_clock::now();
            const AssistResult result = assistant.run(request);
            times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            row.newFirst = result.firstRequestTokens;
            row.newWhole = result.requestTokens + result.answerTokens;
            row.calls = result.calls;
            if (round == 0 && !server.requests().empty())
                dump(scenario.name + ".now", server.requests()[0].body);
            row.valid = result.ok() && result.calls == 2 && server.contextRefusals() == 0;
            if (!row.valid)
                row.error = result.ok() ? "calls " + std::to_string(result.calls) : result.error;
            for (const auto &r : server.requests())
                if (r.path.ends_with("/chat/completions") && MockLlmServer::countTokens(r.body) > ServerContext)
                    row.valid = false;
        }
        std::sort(times.begin(), times.end());
        row.medianMs = times[times.size() / 2];
        row.worstMs = times.back();
        failed = failed || !row.valid || row.newFirst > std::size_t(Budget);
        rows.push_back(row);
    }

    std::printf("Assistant request sizes, estimated tokens (docs/assistant-prompt.md); today = commit 96b593f's prompt,\n"
                "measured in this run. Whole = a generation with one repair round: every request sent + the answers.\n"
                "Valid = against the mock server with an %d-token context: two calls, none refused, a valid pipeline.\n\n",
                ServerContext);
    std::printf("%-20s %-4s %-8s %12s %12s %13s %13s  %-6s %s\n", "scenario", "lang", "size", "first today",
                "first now", "whole today", "whole now", "valid", "ms median/worst");
    std::size_t maxFirst = 0, sumOldFirst = 0, sumNewFirst = 0, sumOldWhole = 0, sumNewWhole = 0;
    for (const auto &r : rows) {
        std::printf("%-20s %-4s %-8s %12s %12s %13s %13s  %-6s %.1f / %.1f%s%s\n", r.name.c_str(), r.language.c_str(),
                    r.complex ? "complex" : "simple", thousands(r.oldFirst).c_str(), thousands(r.newFirst).c_str(),
                    thousands(r.oldWhole).c_str(), thousands(r.newWhole).c_str(), r.valid ? "yes" : "NO", r.medianMs,
                    r.worstMs, r.error.empty() ? "" : "  ", r.error.c_str());
        maxFirst = std::max(maxFirst, r.newFirst);
        sumOldFirst += r.oldFirst;
        sumNewFirst += r.newFirst;
        sumOldWhole += r.oldWhole;
        sumNewWhole += r.newWhole;
    }
    const double n = double(rows.size());
    std::printf("\nmean: first %s -> %s tokens (%.1fx smaller), whole %s -> %s (%.1fx smaller)\n",
                thousands(std::size_t(sumOldFirst / n)).c_str(), thousands(std::size_t(sumNewFirst / n)).c_str(),
                double(sumOldFirst) / double(sumNewFirst), thousands(std::size_t(sumOldWhole / n)).c_str(),
                thousands(std::size_t(sumNewWhole / n)).c_str(), double(sumOldWhole) / double(sumNewWhole));
    std::printf("largest first request now: %s tokens (budget %s): %s\n", thousands(maxFirst).c_str(),
                thousands(Budget).c_str(), maxFirst <= std::size_t(Budget) ? "within" : "OVER");
    return failed ? 1 : 0;
}
