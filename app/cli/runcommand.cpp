#include "llmendpointsfile.h"

#include "pipeline/runtime/clientproperties.h"
#include "pipeline/runtime/engine.h"
#include "pipeline/runtime/llmruntime.h"
#include "pipeline/runtime/sandboxcluster.h"
#include "pipeline/serialization/pipelinereader.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using namespace pipeline::runtime;

// Exit codes of `pipewright-cli run` (also in --help).
enum RunExit {
    ExitOk = 0,          // finished; every message accounted for
    ExitCannotRun = 1,   // file, validation or compile errors; nothing ran
    ExitUsage = 2,       // bad command line
    ExitFailed = 3,      // the run failed (onError: stop, refused delivery, fatal Kafka error)
    ExitUnbalanced = 4,  // stopped, but some messages were not acknowledged in time (offsets not committed)
};

std::atomic<int> g_signals{0};

void onSignal(int)
{
    if (g_signals.fetch_add(1) >= 1)
        _exit(130); // a second Ctrl+C: leave now (offsets stay uncommitted, nothing is lost)
}

void printRunHelp()
{
    std::printf(
        "Usage: pipewright-cli run FILE (--bootstrap HOST:PORT | --sandbox | --config FILE) [options]\n\n"
        "Runs a pipeline against Kafka until interrupted or a limit is reached.\n\n"
        "Options:\n"
        "  --bootstrap HOST:PORT  the cluster (bootstrap.servers)\n"
        "  --sandbox              start the embedded sandbox cluster in this process\n"
        "  --config FILE          librdkafka client properties (SASL/SSL, ...); ${VAR} reads the environment;\n"
        "                         its bootstrap.servers is used when --bootstrap is not given\n"
        "  --llm-endpoints FILE   JSON array of LLM endpoint profiles (name, baseUrl, model, apiKeyRef\n"
        "                         as env:NAME, requestsPerMinute, tokensPerMinute, prices); without it\n"
        "                         the endpoint \"default\" is OpenAI ($OPENAI_BASE_URL, env:OPENAI_API_KEY)\n"
        "  --llm-cache FILE       keep LLM answers in FILE (JSON lines): a re-run pays nothing again\n"
        "  --schema-registry [NAME=]URL  Schema Registry profile for Avro sources and sinks (their\n"
        "                         schemaRegistry parameter; NAME defaults to \"default\"); repeatable.\n"
        "                         --config may give schema.registry.url and basic.auth.user.info instead\n"
        "  --schema-registry-auth [NAME=]ENV_VAR  basic auth for that profile: ENV_VAR holds user:password\n"
        "  --database NAME=CONN   database connection profile for database sinks whose connection is\n"
        "                         NAME: a libpq conninfo/URI or SQLite path, never a password (the\n"
        "                         node's passwordEnv names the variable holding it); repeatable\n"
        "  --budget AMOUNT        stop the run when LLM cost reaches AMOUNT (price-table currency)\n"
        "  --budget-action A      stop (default) or dead-letter the records that would need a call\n"
        "  --max-messages N       stop after N source messages\n"
        "  --duration S           stop after S seconds\n"
        "  --stats-json PATH      write per-node counters and the conservation check as JSON\n"
        "  --quiet                no progress line and no summary\n\n"
        "Ctrl+C (SIGINT) or SIGTERM stops gracefully: windows close, produces are acknowledged,\n"
        "offsets committed. A second Ctrl+C leaves at once (nothing lost, offsets uncommitted).\n"
        "Several runners with the same consumer group share the topic's partitions.\n\n"
        "Exit codes: 0 finished and every message accounted for; 1 the pipeline cannot run\n"
        "(file, validation or compile errors); 2 bad usage; 3 the run failed; 4 stopped with\n"
        "unacknowledged messages (their offsets were not committed).\n");
}

bool parseNumber(const std::string &text, double *out)
{
    char *end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end || v < 0)
        return false;
    *out = v;
    return true;
}

std::string withSeparators(std::uint64_t v)
{
    std::string digits = std::to_string(v), out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

nlohmann::json statsJson(const std::string &pipelineName, const RunSnapshot &s)
{
    nlohmann::json nodes = nlohmann::json::array();
    for (const auto &n : s.nodes)
        nodes.push_back({{"id", n.nodeId}, {"kind", n.kind}, {"in", n.in}, {"out", n.out}, {"filtered", n.filtered},
                         {"deadLettered", n.deadLettered}, {"errors", n.errors}, {"stored", n.stored},
                         {"ratePerSecond", n.ratePerSecond}, {"latencyMillis", n.latencyMillis}});
    const RunTotals &t = s.totals;
    return {{"pipeline", pipelineName},
            {"state", std::string(runStateName(s.state))},
            {"elapsedMillis", s.elapsedMillis},
            {"error", s.error},
            {"nodes", nodes},
            {"totals",
             {{"input", t.input}, {"output", t.output}, {"filtered", t.filtered}, {"deadLettered", t.deadLettered},
              {"skipped", t.skipped}, {"stored", t.stored}, {"failed", t.failed}, {"inFlight", t.inFlight},
              {"produced", t.produced}, {"lateEvents", t.lateEvents}}},
            {"conservation",
             {{"equation", "input = output + filtered + deadLettered + skipped + stored + failed"},
              {"balanced", t.balanced()}}}};
}

void printSummary(const RunSnapshot &s)
{
    std::printf("%-24s %-14s %12s %12s %10s %10s %8s %10s\n", "node", "kind", "in", "out", "filtered", "dead-letter",
                "errors", "latency ms");
    for (const auto &n : s.nodes)
        std::printf("%-24s %-14s %12s %12s %10s %10s %8s %10.1f\n", n.nodeId.c_str(), n.kind.c_str(),
                    withSeparators(n.in).c_str(), withSeparators(n.out).c_str(), withSeparators(n.filtered).c_str(),
                    withSeparators(n.deadLettered).c_str(), withSeparators(n.errors).c_str(), n.latencyMillis);
    const RunTotals &t = s.totals;
    std::printf("\ninput %s = output %s + filtered %s + dead-lettered %s", withSeparators(t.input).c_str(),
                withSeparators(t.output).c_str(), withSeparators(t.filtered).c_str(),
                withSeparators(t.deadLettered).c_str());
    if (t.skipped)
        std::printf(" + skipped %s", withSeparators(t.skipped).c_str());
    if (t.stored)
        std::printf(" + stored %s", withSeparators(t.stored).c_str());
    if (t.failed)
        std::printf(" + failed %s", withSeparators(t.failed).c_str());
    if (t.inFlight)
        std::printf(" (+ %s not acknowledged)", withSeparators(t.inFlight).c_str());
    std::printf("  [%s]\n", t.balanced() ? "balanced" : "NOT BALANCED");
    if (t.lateEvents)
        std::printf("late events (behind watermark + grace): %s\n", withSeparators(t.lateEvents).c_str());
    std::printf("%s in %.1f s\n", s.state == RunState::Failed ? "failed" : "finished", double(s.elapsedMillis) / 1000.0);
}

// "NAME=VALUE" or "VALUE" (the profile "default"); a URL's own '=' (in a query) is not a name.
std::pair<std::string, std::string> namedValue(const std::string &text)
{
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0 || text.find_first_of(":/") < eq)
        return {"default", text};
    return {text.substr(0, eq), text.substr(eq + 1)};
}

SchemaRegistryProfile &registryProfile(RunOptions &options, const std::string &name)
{
    for (auto &p : options.schemaRegistries)
        if (p.name == name)
            return p;
    SchemaRegistryProfile p;
    p.name = name;
    options.schemaRegistries.push_back(p);
    return options.schemaRegistries.back();
}

// Confluent's client properties name the registry beside the cluster
// (schema.registry.url, basic.auth.user.info with ${VAR} already substituted).
// They configure the "default" profile unless --schema-registry did, and are
// not librdkafka properties, so they are taken out of what librdkafka sees.
void takeSchemaRegistryProperties(RunOptions &options)
{
    ClientProperties kafka;
    std::string url, userInfo;
    for (auto &[key, value] : options.clientProperties) {
        if (key == "schema.registry.url")
            url = value;
        else if (key == "basic.auth.user.info" || key == "schema.registry.basic.auth.user.info")
            userInfo = value;
        else if (key.rfind("schema.registry.", 0) == 0 || key == "basic.auth.credentials.source")
            continue;
        else
            kafka.emplace_back(key, value);
    }
    options.clientProperties = std::move(kafka);
    if (url.empty() && userInfo.empty())
        return;
    SchemaRegistryProfile &profile = registryProfile(options, "default");
    if (profile.url.empty())
        profile.url = url;
    if (profile.authRef.empty())
        profile.userInfo = userInfo;
}

} // namespace

int runRunCommand(const std::vector<std::string> &args)
{
    std::string file, bootstrap, configPath, statsPath, endpointsPath;
    bool sandbox = false, quiet = false;
    RunOptions options;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        const bool hasValue = i + 1 < args.size();
        double number = 0;
        if (a == "--help" || a == "-h") {
            printRunHelp();
            return ExitOk;
        } else if (a == "--bootstrap" && hasValue) {
            bootstrap = args[++i];
        } else if (a == "--sandbox") {
            sandbox = true;
        } else if (a == "--config" && hasValue) {
            configPath = args[++i];
        } else if (a == "--llm-endpoints" && hasValue) {
            endpointsPath = args[++i];
        } else if (a == "--schema-registry" && hasValue) {
            auto [name, url] = namedValue(args[++i]);
            if (url.empty()) {
                std::fprintf(stderr, "pipewright-cli run: --schema-registry needs [NAME=]URL, not '%s'\n", args[i].c_str());
                return ExitUsage;
            }
            registryProfile(options, name).url = url;
        } else if (a == "--schema-registry-auth" && hasValue) {
            auto [name, variable] = namedValue(args[++i]);
            if (variable.empty()) {
                std::fprintf(stderr, "pipewright-cli run: --schema-registry-auth needs [NAME=]ENV_VAR, not '%s'\n",
                             args[i].c_str());
                return ExitUsage;
            }
            const bool reference = variable.rfind("env:", 0) == 0 || variable.rfind("keychain:", 0) == 0;
            registryProfile(options, name).authRef = reference ? variable : "env:" + variable;
        } else if (a == "--database" && hasValue) {
            const std::string text = args[++i];
            const auto eq = text.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == text.size()) {
                std::fprintf(stderr, "pipewright-cli run: --database needs NAME=CONNECTION, not '%s'\n", text.c_str());
                return ExitUsage;
            }
            options.databaseProfiles[text.substr(0, eq)] = text.substr(eq + 1);
        } else if (a == "--llm-cache" && hasValue) {
            options.llm.cacheFile = args[++i];
        } else if (a == "--budget" && hasValue) {
            if (!parseNumber(args[++i], &number) || number <= 0) {
                std::fprintf(stderr, "pipewright-cli run: --budget needs an amount > 0, not '%s'\n", args[i].c_str());
                return ExitUsage;
            }
            options.llm.budget = number;
        } else if (a == "--budget-action" && hasValue) {
            const std::string action = args[++i];
            if (action != "stop" && action != "dead-letter") {
                std::fprintf(stderr, "pipewright-cli run: --budget-action is stop or dead-letter, not '%s'\n", action.c_str());
                return ExitUsage;
            }
            options.llm.budgetAction = action == "stop" ? pipeline::runtime::LlmSettings::BudgetAction::Stop
                                                        : pipeline::runtime::LlmSettings::BudgetAction::DeadLetter;
        } else if (a == "--stats-json" && hasValue) {
            statsPath = args[++i];
        } else if (a == "--quiet") {
            quiet = true;
        } else if (a == "--max-messages" && hasValue) {
            if (!parseNumber(args[++i], &number) || number < 1) {
                std::fprintf(stderr, "pipewright-cli run: --max-messages needs a positive number, not '%s'\n", args[i].c_str());
                return ExitUsage;
            }
            options.maxMessages = std::uint64_t(number);
        } else if (a == "--duration" && hasValue) {
            if (!parseNumber(args[++i], &number) || number <= 0) {
                std::fprintf(stderr, "pipewright-cli run: --duration needs seconds > 0, not '%s'\n", args[i].c_str());
                return ExitUsage;
            }
            options.durationMillis = std::int64_t(number * 1000);
        } else if (!a.empty() && a[0] != '-' && file.empty()) {
            file = a;
        } else {
            std::fprintf(stderr, "pipewright-cli run: unknown or incomplete option '%s' (see --help)\n", a.c_str());
            return ExitUsage;
        }
    }
    if (file.empty() || (!bootstrap.empty() && sandbox)) {
        std::fprintf(stderr, "pipewright-cli run: expected FILE and one of --bootstrap, --sandbox or --config (see --help)\n");
        return ExitUsage;
    }
    if (!configPath.empty()) {
        std::string error;
        if (!readClientProperties(configPath, &options.clientProperties, &error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return ExitCannotRun;
        }
        // A properties file written for other Kafka tools names the cluster itself.
        for (const auto &[key, value] : options.clientProperties)
            if (key == "bootstrap.servers" && bootstrap.empty() && !sandbox)
                bootstrap = value;
        takeSchemaRegistryProperties(options);
    }
    if (bootstrap.empty() && !sandbox) {
        std::fprintf(stderr, "pipewright-cli run: no cluster: give --bootstrap, --sandbox, or bootstrap.servers in --config\n");
        return ExitUsage;
    }
    if (!endpointsPath.empty()) {
        std::string error;
        if (!readLlmEndpointsFile(endpointsPath, &options.llm.endpoints, &error)) {
            std::fprintf(stderr, "%s%s\n", error.rfind("cannot read", 0) == 0 ? "pipewright-cli run: " : "", error.c_str());
            return ExitCannotRun;
        }
    }

    pipeline::LoadResult loaded = pipeline::readPipelineFile(file);
    if (!loaded.ok()) {
        std::fputs(loaded.errorText().c_str(), stderr);
        return ExitCannotRun;
    }

    std::unique_ptr<SandboxCluster> cluster;
    if (sandbox) {
        std::string error;
        cluster = SandboxCluster::start(1, &error);
        if (!cluster) {
            std::fprintf(stderr, "pipewright-cli run: %s\n", error.c_str());
            return ExitCannotRun;
        }
        bootstrap = cluster->bootstrapServers();
        std::fprintf(stderr, "Sandbox cluster at %s (in this process; gone when the run ends)\n", bootstrap.c_str());
    }
    options.bootstrapServers = bootstrap;

    Engine engine;
    const pipeline::Diagnostics diagnostics = engine.compile(*loaded.graph, options);
    for (const auto &d : diagnostics)
        std::fprintf(stderr, "%s: %s\n", file.c_str(), pipeline::formatDiagnostic(d).c_str());
    if (!engine.isCompiled())
        return ExitCannotRun;

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    const bool terminal = isatty(STDOUT_FILENO) && !quiet;
    engine.start();
    bool stopAsked = false;
    RunSnapshot snap;
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        if (g_signals.load() && !stopAsked) {
            engine.requestStop();
            stopAsked = true;
            std::fprintf(stderr, "\nStopping: draining in-flight messages and committing offsets...\n");
        }
        for (const auto &e : engine.takeEvents()) {
            if (e.kind == RunEvent::Kind::StateChanged || e.kind == RunEvent::Kind::Info)
                continue;
            std::fprintf(stderr, "%s%s%s%s\n", terminal ? "\r\033[K" : "",
                         e.kind == RunEvent::Kind::Error ? "error: " : "warning: ",
                         e.nodeId.empty() ? "" : (e.nodeId + ": ").c_str(), e.message.c_str());
        }
        snap = engine.snapshot();
        const bool done = snap.state == RunState::Finished || snap.state == RunState::Failed;
        if (terminal && !done) {
            const RunTotals &t = snap.totals;
            std::printf("\r\033[K[%s] %.1fs  in %s (%.0f/s)  out %s  filtered %s  dead-letter %s  in flight %s",
                        std::string(runStateName(snap.state)).c_str(), double(snap.elapsedMillis) / 1000.0,
                        withSeparators(t.input).c_str(), snap.inputRatePerSecond, withSeparators(t.output).c_str(),
                        withSeparators(t.filtered).c_str(), withSeparators(t.deadLettered).c_str(),
                        withSeparators(t.inFlight).c_str());
            std::fflush(stdout);
        }
        if (done)
            break;
    }
    engine.wait();
    snap = engine.snapshot();
    if (terminal)
        std::printf("\r\033[K");
    if (!quiet)
        printSummary(snap);
    if (!snap.error.empty())
        std::fprintf(stderr, "error: %s\n", snap.error.c_str());
    if (!statsPath.empty()) {
        std::ofstream out(statsPath);
        out << statsJson(loaded.graph->name, snap).dump(2) << "\n";
        if (!out) {
            std::fprintf(stderr, "pipewright-cli run: cannot write %s\n", statsPath.c_str());
            return ExitFailed;
        }
    }
    if (snap.state == RunState::Failed)
        return ExitFailed;
    return snap.totals.balanced() ? ExitOk : ExitUnbalanced;
}
