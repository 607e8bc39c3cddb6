#include "cliexit.h"
#include "pipelinefiles.h"
#include "sharedoptions.h"

#include "pipeline/runtime/database/databasesettings.h"
#include "pipeline/runtime/engine/engine.h"
#include "pipeline/runtime/formats/schemaregistryservice.h"
#include "pipeline/runtime/observe/httpendpoint.h"
#include "runlog.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using namespace pipeline::runtime;

std::atomic<int> g_signals{0};

void onSignal(int)
{
    if (g_signals.fetch_add(1) >= 1)
        _exit(ExitInterrupted); // a second Ctrl+C: leave now (offsets stay uncommitted, nothing is lost)
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

// "HOST:PORT" (IPv6 hosts in brackets) -> host, port; false when malformed.
bool splitHostPort(const std::string &text, std::string *host, int *port)
{
    const size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        return false;
    std::string h = text.substr(0, colon);
    if (h.size() > 2 && h.front() == '[' && h.back() == ']')
        h = h.substr(1, h.size() - 2);
    const std::string p = text.substr(colon + 1);
    if (p.find_first_not_of("0123456789") != std::string::npos || p.size() > 5)
        return false;
    const int value = std::stoi(p);
    if (value > 65535)
        return false;
    if (host)
        *host = h;
    if (port)
        *port = value;
    return true;
}

struct RunCommand {
    std::string file, statsPath, http;
    bool quiet = false;
    RunLog::Format logFormat = RunLog::Format::Text;
    RunLog::Level logLevel = RunLog::Level::Info;
    double drainTimeoutSeconds = 30;
    ClusterOptions cluster;
    LlmOptions llm;
    SchemaRegistryOptions schemaRegistry;
    DatabaseOptions databases;
    RunOptions options;

    int run();
};

} // namespace

std::function<int()> defineRunCommand(CLI::App &command)
{
    auto c = std::make_shared<RunCommand>();
    command.footer(
        "Runs a pipeline against Kafka until interrupted or a limit is reached: the cluster is\n"
        "--bootstrap, --sandbox or the bootstrap.servers of --config.\n\n"
        "Ctrl+C (SIGINT) or SIGTERM stops gracefully: windows close, produces are acknowledged,\n"
        "offsets committed. A second Ctrl+C leaves at once (nothing lost, offsets uncommitted).\n"
        "Several runners with the same consumer group share the topic's partitions.\n"
        "A pipeline with settings.processingGuarantee \"exactly-once\" commits its outputs and\n"
        "consumed offsets together in Kafka transactions (every 100 ms); a crashed run's open\n"
        "transaction is aborted when the runner restarts with the same --transactional-id.\n\n"
        "Exit codes: 0 finished and every message accounted for; 1 the pipeline cannot run\n"
        "(file, validation or compile errors); 2 bad usage; 3 the run failed; 4 stopped with\n"
        "unacknowledged messages (their offsets were not committed).");
    addPipelineFileArgument(command, c->file, "the *.pipeline.json file to run");
    c->cluster.add(command);
    c->llm.add(command);
    c->schemaRegistry.add(command);
    c->databases.add(command);
    command.add_option("--max-messages", c->options.maxMessages, "stop after N source messages")
        ->type_name("N")
        ->check(wholeNumber(1, std::numeric_limits<long>::max()));
    command
        .add_option_function<double>(
            "--duration", [c](double seconds) { c->options.durationMillis = std::int64_t(seconds * 1000); },
            "stop after S seconds")
        ->type_name("S")
        ->check(needs("seconds > 0", [](const std::string &text) {
            char *end = nullptr;
            const double v = std::strtod(text.c_str(), &end);
            return !text.empty() && !*end && v > 0;
        }));
    command.add_option("--stats-json", c->statsPath, "write per-node counters and the conservation check as JSON")
        ->type_name("PATH");
    command.add_flag("--quiet", c->quiet, "no progress line and no summary");
    command
        .add_option("--http", c->http,
                    "serve /metrics (Prometheus), /health and /ready on HOST:PORT while running (port 0: any free "
                    "port; the address is printed)")
        ->type_name("HOST:PORT")
        ->check(needs("HOST:PORT", [](const std::string &text) { return splitHostPort(text, nullptr, nullptr); }));
    command
        .add_option_function<std::string>(
            "--log-format", [c](const std::string &text) { RunLog::parseFormat(text, &c->logFormat); },
            "text (default: for a terminal) or json (one object a line: time, level, pipeline, node, message, "
            "fields)")
        ->type_name("FORMAT")
        ->check(needs("text or json", [](const std::string &text) { return RunLog::parseFormat(text, nullptr); }));
    command
        .add_option_function<std::string>(
            "--log-level", [c](const std::string &text) { RunLog::parseLevel(text, &c->logLevel); },
            "debug, info (default), warning or error")
        ->type_name("LEVEL")
        ->check(needs("debug, info, warning or error",
                      [](const std::string &text) { return RunLog::parseLevel(text, nullptr); }));
    command
        .add_option("--drain-timeout", c->drainTimeoutSeconds,
                    "on SIGTERM/Ctrl+C, seconds to drain and commit before leaving with exit code 4 and the "
                    "undrained offsets uncommitted (default 30)")
        ->type_name("S")
        ->check(needs("seconds > 0", [](const std::string &text) {
            char *end = nullptr;
            const double v = std::strtod(text.c_str(), &end);
            return !text.empty() && !*end && v > 0;
        }));
    command
        .add_option("--transactional-id", c->options.transactionalId,
                    "exactly-once pipelines: the producer's transactional.id (default pipewright.GROUP.HOSTNAME); keep "
                    "it when the runner restarts, make it unique per runner of a consumer group")
        ->type_name("ID");
    return [c] { return c->run(); };
}

int RunCommand::run()
{
    std::string error;
    if (const int status = cluster.resolve(&options.clientProperties, &error); status != ExitOk) {
        std::fprintf(stderr, "pipewright-cli run: %s\n", error.c_str());
        return status;
    }
    schemaRegistry.apply(&options.settings.edit<pipeline::runtime::SchemaRegistrySettings>().profiles,
                         &options.clientProperties);
    databases.apply(&options.settings.edit<pipeline::runtime::DatabaseSettings>().profiles);
    if (!llm.apply(&options.settings.edit<pipeline::runtime::LlmSettings>(), &error)) {
        std::fprintf(stderr, "pipewright-cli run: %s\n", error.c_str());
        return ExitCannotRun;
    }

    const std::optional<pipeline::Graph> graph = loadPipeline(file, stderr);
    if (!graph)
        return ExitCannotRun;
    RunLog log;
    log.configure(logFormat, logLevel, stderr);
    log.setPipeline(graph->name);

    std::unique_ptr<SandboxCluster> sandbox = cluster.startSandbox(&error);
    if (cluster.sandbox) {
        if (!sandbox) {
            std::fprintf(stderr, "pipewright-cli run: %s\n", error.c_str());
            return ExitCannotRun;
        }
        log.info("Sandbox cluster at " + cluster.bootstrap + " (in this process; gone when the run ends)",
                 {{"bootstrap", cluster.bootstrap}});
    }
    options.bootstrapServers = cluster.bootstrap;
    options.drainTimeoutMillis = std::int64_t(drainTimeoutSeconds * 1000);

    Engine engine;
    const pipeline::Diagnostics diagnostics = engine.compile(*graph, options);
    if (logFormat == RunLog::Format::Text) {
        printDiagnostics(stderr, file, diagnostics);
    } else {
        for (const auto &d : diagnostics)
            log.log(d.severity == pipeline::Severity::Error ? RunLog::Level::Error : RunLog::Level::Warning, d.nodeId,
                    pipeline::formatDiagnostic(d), {{"file", file}, {"code", d.code}, {"parameter", d.parameter}});
    }
    if (!engine.isCompiled())
        return ExitCannotRun;

    std::unique_ptr<HttpEndpoint> endpoint;
    if (!http.empty()) {
        std::string host;
        int port = 0;
        splitHostPort(http, &host, &port);
        endpoint = std::make_unique<HttpEndpoint>(graph->name, [&engine] { return engine.snapshot(); });
        if (!endpoint->start(host, port, &error)) {
            std::fprintf(stderr, "pipewright-cli run: --http: %s\n", error.c_str());
            return ExitCannotRun;
        }
        const std::string url = "http://" + (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":"
            + std::to_string(endpoint->port());
        log.info("HTTP endpoint at " + url + " (/metrics, /health, /ready)", {{"url", url}});
    }

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    const bool terminal = isatty(STDOUT_FILENO) && !quiet && logFormat == RunLog::Format::Text;
    log.setClearsProgressLine(terminal);
    engine.start();
    if (logFormat == RunLog::Format::Json) // text mode: the progress line and the summary say it
        log.info("running", {{"file", file}});
    bool stopAsked = false;
    std::chrono::steady_clock::time_point drainDeadline;
    RunSnapshot snap;
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        if (g_signals.load() && !stopAsked) {
            engine.requestStop(); // readiness turns false at once
            stopAsked = true;
            // The engine stops waiting for acknowledgements after the timeout by
            // itself; this deadline (2 s later) catches a step that does not return.
            drainDeadline = std::chrono::steady_clock::now()
                + std::chrono::milliseconds(std::int64_t(drainTimeoutSeconds * 1000) + 2000);
            if (logFormat == RunLog::Format::Text)
                std::fprintf(stderr, "\nStopping: draining in-flight messages and committing offsets...\n");
            else
                log.info("stopping: draining in-flight messages and committing offsets",
                         {{"drainTimeoutSeconds", drainTimeoutSeconds}});
        }
        for (const auto &e : engine.takeEvents()) {
            if (e.kind == RunEvent::Kind::StateChanged)
                continue;
            const RunLog::Level level = e.kind == RunEvent::Kind::Error ? RunLog::Level::Error
                : e.kind == RunEvent::Kind::Warning                     ? RunLog::Level::Warning
                                                                        : RunLog::Level::Debug;
            log.log(level, e.nodeId, e.message);
        }
        if (stopAsked && std::chrono::steady_clock::now() >= drainDeadline) {
            // Leave without committing what is not drained: those offsets are read
            // again by the next runner (at-least-once), nothing is lost.
            const RunSnapshot late = engine.snapshot();
            log.error("drain timeout: left after " + std::to_string(int(drainTimeoutSeconds + 2)) + " s with "
                          + std::to_string(late.totals.inFlight) + " messages in flight (offsets not committed)",
                      {{"inFlight", late.totals.inFlight}, {"drainTimeoutSeconds", drainTimeoutSeconds}});
            std::fflush(nullptr);
            _exit(ExitUnbalanced);
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
        log.error(snap.error);
    if (logFormat == RunLog::Format::Json)
        log.info(snap.state == RunState::Failed ? "failed" : "finished",
             {{"input", snap.totals.input}, {"output", snap.totals.output}, {"filtered", snap.totals.filtered},
              {"deadLettered", snap.totals.deadLettered}, {"inFlight", snap.totals.inFlight},
              {"seconds", double(snap.elapsedMillis) / 1000.0}});
    if (!statsPath.empty()) {
        std::ofstream out(statsPath);
        out << statsJson(graph->name, snap).dump(2) << "\n";
        if (!out) {
            std::fprintf(stderr, "pipewright-cli run: cannot write %s\n", statsPath.c_str());
            return ExitFailed;
        }
    }
    if (snap.state == RunState::Failed)
        return ExitFailed;
    return snap.totals.balanced() ? ExitOk : ExitUnbalanced;
}
