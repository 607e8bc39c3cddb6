// `pipewright-cli run --http`: a real runner on its sandbox cluster, keyed
// messages produced into it with librdkafka, /metrics scraped during the run
// and parsed by prometheus_client's exposition-format parser (Debian's
// python3-prometheus-client), /health and /ready answered in JSON.

#include "tests/runtime/kafkatesting.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmath>
#include <csignal>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace {

const QString iotExample = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/iot-temperature-alerts.pipeline.json");
const QString scraper = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/tests/cli/scrapeendpoint.py");

/// One scrape as the Python parser saw it.
class Scrape {
public:
    explicit Scrape(nlohmann::json answer) : m_answer(std::move(answer)) {}
    bool ok() const { return m_answer.is_object(); }
    int status() const { return m_answer.value("status", 0); }
    std::string contentType() const { return m_answer.value("contentType", std::string()); }
    const nlohmann::json &body() const { return m_answer["body"]; }

    /// The family named `name` (the parser drops a counter's `_total`).
    const nlohmann::json *family(const std::string &name) const
    {
        for (const auto &f : m_answer["families"])
            if (f["name"] == name)
                return &f;
        return nullptr;
    }
    /// The sum of samples `name` whose labels include `labels` (nullopt: none).
    std::optional<double> value(const std::string &name, const std::map<std::string, std::string> &labels = {}) const
    {
        std::optional<double> sum;
        for (const auto &f : m_answer["families"])
            for (const auto &s : f["samples"]) {
                if (s["name"] != name || !s["value"].is_number())
                    continue;
                bool match = true;
                for (const auto &[k, v] : labels)
                    match = match && s["labels"].value(k, std::string()) == v;
                if (match)
                    sum = sum.value_or(0) + s["value"].get<double>();
            }
        return sum;
    }
    double number(const std::string &name, const std::map<std::string, std::string> &labels = {}) const
    {
        return value(name, labels).value_or(-1);
    }
    std::vector<nlohmann::json> samples(const std::string &name) const
    {
        std::vector<nlohmann::json> out;
        for (const auto &f : m_answer["families"])
            for (const auto &s : f["samples"])
                if (s["name"] == name)
                    out.push_back(s);
        return out;
    }

private:
    nlohmann::json m_answer;
};

Scrape scrape(const QString &base, const QString &what)
{
    QProcess python;
    // Debian's interpreter: python3-prometheus-client is installed for it, not for a pyenv on PATH.
    python.start(QStringLiteral("/usr/bin/python3"), {scraper, base, what});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning("scrape %s failed: %s", qPrintable(what), python.readAllStandardError().constData());
        return Scrape(nullptr);
    }
    return Scrape(nlohmann::json::parse(python.readAllStandardOutput().toStdString(), nullptr, false));
}

/// A TCP port that takes connections (the kernel's backlog accepts them) and
/// never answers: an LLM endpoint that hangs.
class SilentServer {
public:
    /// `reusePort`: as another runner's cpp-httplib socket would be (SO_REUSEPORT).
    explicit SilentServer(bool reusePort = false)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        int yes = 1;
        if (reusePort && m_fd >= 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEPORT, &yes, sizeof yes);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), size) != 0 || ::listen(m_fd, 64) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &size) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~SilentServer()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

/// A `pipewright-cli run` in the background; its stderr is collected.
class Runner {
public:
    ~Runner()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    /// Starts and waits until the lines that announce `what` ("Sandbox cluster at",
    /// "HTTP endpoint at") were printed.
    bool start(const QStringList &args)
    {
        m_process.start(qEnvironmentVariable("PIPEWRIGHT_CLI"), args);
        return m_process.waitForStarted(10000);
    }
    /// The rest of the line after `prefix` on stderr, waiting up to 30 s.
    QString waitForLine(const QString &prefix)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            m_err += QString::fromUtf8(m_process.readAllStandardError());
            for (const QString &line : m_err.split('\n')) {
                if (line.startsWith(prefix) && m_err.contains(line + "\n"))
                    return line.mid(prefix.size()).section(' ', 0, 0);
            }
            if (m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(200);
        }
        return {};
    }
    /// The string `field` of `fields` in the first JSON log line whose message
    /// starts with `messagePrefix`, waiting up to 30 s.
    QString waitForJsonLine(const QString &messagePrefix, const std::string &field)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            m_err += QString::fromUtf8(m_process.readAllStandardError());
            for (const QString &line : m_err.split('\n')) {
                const auto object = nlohmann::json::parse(line.toStdString(), nullptr, false);
                if (object.is_object() && object.value("message", "").rfind(messagePrefix.toStdString(), 0) == 0
                    && object["fields"].contains(field))
                    return QString::fromStdString(object["fields"][field].get<std::string>());
            }
            if (m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(200);
        }
        return {};
    }
    void signal(int sig) { ::kill(pid_t(m_process.processId()), sig); }
    /// Exit code after waiting; -1 if it did not end normally in time.
    int finish(int timeoutMs = 60000)
    {
        if (!m_process.waitForFinished(timeoutMs) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_process.exitCode();
    }
    const QString &err() const { return m_err; }
    const QString &out() const { return m_out; }

private:
    QProcess m_process;
    QString m_err, m_out;
};

/// Polls `what` until `done` holds for a scrape (or 30 s passed); the last scrape.
Scrape scrapeUntil(const QString &base, const QString &what, const std::function<bool(const Scrape &)> &done)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        Scrape s = scrape(base, what);
        if ((s.ok() && done(s)) || timer.elapsed() > 30000)
            return s;
        QTest::qWait(200);
    }
}

std::string jsonReading(const std::string &device, double temperature)
{
    return nlohmann::json{{"device_id", device}, {"temperature", temperature}, {"ts", 1700000000000LL}}.dump();
}

} // namespace

class tst_RunEndpoint : public QObject {
    Q_OBJECT

private slots:
    // The run of iot-temperature-alerts (renamed so the pipeline label needs
    // escaping) with 150 valid readings, 40 out of range (validate -> dead-letter
    // node) and 10 malformed (the source dead-letters them).
    void metricsDuringARun()
    {
        QTemporaryDir dir;
        nlohmann::json graph = nlohmann::json::parse(std::ifstream(iotExample.toStdString()));
        const std::string pipelineName = "iot \"alerts\" \\ prod";
        graph["name"] = pipelineName;
        // From the beginning: with "latest", readings produced between the
        // assignment and the consumer's first offset lookup would be skipped.
        for (auto &node : graph["nodes"])
            if (node["kind"] == "kafka-source")
                node["parameters"]["startOffset"] = "earliest";
        const QString file = dir.filePath("iot.pipeline.json");
        std::ofstream(file.toStdString()) << graph.dump(2);

        Runner runner;
        QVERIFY(runner.start({"run", file, "--sandbox", "--http", "127.0.0.1:0", "--quiet"}));
        const QString bootstrap = runner.waitForLine("Sandbox cluster at ");
        QVERIFY2(!bootstrap.isEmpty(), qPrintable(runner.err()));
        const QString url = runner.waitForLine("HTTP endpoint at ");
        QVERIFY2(url.startsWith("http://127.0.0.1:"), qPrintable(runner.err()));

        // Liveness at once; readiness once the source has its partitions (it
        // starts at `latest`: producing before that would lose the messages).
        const Scrape health = scrape(url, "health");
        QCOMPARE(health.status(), 200);
        QCOMPARE(health.body()["status"], "ok");
        const Scrape ready = scrapeUntil(url, "ready", [](const Scrape &s) { return s.status() == 200; });
        QVERIFY2(ready.status() == 200, ready.ok() ? ready.body().dump().c_str() : "no answer");
        QCOMPARE(ready.body()["ready"], true);
        QVERIFY(ready.body()["partitionsAssigned"].get<int>() >= 1);
        QVERIFY(ready.body().contains("brokersReachable"));

        std::vector<kafkatesting::Produce> messages;
        for (int i = 0; i < 200; ++i) {
            const std::string device = "sensor-" + std::to_string(i % 7);
            if (i < 150)
                messages.push_back({device, jsonReading(device, i % 2 ? 70.0 : 120.0)}); // ok / alert
            else if (i < 190)
                messages.push_back({device, jsonReading(device, 500.0)}); // out of range: invalid
            else
                messages.push_back({device, std::string("{\"device_id\": \"") + device + "\", \"temp"}); // malformed
        }
        QVERIFY(kafkatesting::produceMessages(bootstrap.toStdString(), "temperature-readings", messages));

        // Everything read, settled and committed.
        const Scrape m = scrapeUntil(url, "metrics", [](const Scrape &s) {
            return s.number("pipewright_messages_received_total") == 200 && s.number("pipewright_messages_in_flight") == 0
                && s.number("pipewright_source_partition_committed_offset") == 200;
        });
        QVERIFY(m.ok());
        QCOMPARE(m.status(), 200);
        QVERIFY2(QString::fromStdString(m.contentType()).startsWith("text/plain; version=0.0.4"), m.contentType().c_str());
        QCOMPARE(m.number("pipewright_messages_received_total"), 200.0);
        QCOMPARE(m.number("pipewright_messages_in_flight"), 0.0);
        QCOMPARE(m.number("pipewright_source_partition_committed_offset", {{"node", "readings"}}), 200.0);

        // Types and names as Prometheus reads them.
        const std::map<std::string, std::string> types{
            {"pipewright_node_records", "counter"},        {"pipewright_node_latency_seconds", "histogram"},
            {"pipewright_messages_received", "counter"},   {"pipewright_messages_settled", "counter"},
            {"pipewright_messages_in_flight", "gauge"},    {"pipewright_offset_commits", "counter"},
            {"pipewright_consumer_rebalances", "counter"}, {"pipewright_producer_queue_messages", "gauge"},
            {"pipewright_source_partition_lag_messages", "gauge"},
            {"pipewright_source_partition_committed_offset", "gauge"},
            {"pipewright_run_ready", "gauge"},             {"pipewright_llm_calls", "counter"},
            {"pipewright_sink_batches", "counter"}};
        for (const auto &[name, type] : types) {
            const nlohmann::json *f = m.family(name);
            QVERIFY2(f, name.c_str());
            QCOMPARE((*f)["type"].get<std::string>(), type);
            QVERIFY2(!(*f)["help"].get<std::string>().empty(), name.c_str());
        }
        // Every sample carries the pipeline's name, escaped and read back intact.
        for (const auto &s : m.samples("pipewright_node_records_total"))
            QCOMPARE(s["labels"]["pipeline"].get<std::string>(), pipelineName);

        // Per node: what came in went out, was filtered, dead-lettered or stored.
        const std::vector<std::string> nodes{"readings", "check-range", "invalid-readings", "thresholds",
                                             "alert",    "temp-range-alert", "temperature-ok"};
        for (const auto &node : nodes) {
            auto count = [&](const char *outcome) {
                return m.number("pipewright_node_records_total", {{"node", node}, {"outcome", outcome}});
            };
            QVERIFY2(count("in") > 0, node.c_str());
            QVERIFY2(count("in") == count("out") + count("filtered") + count("dead_lettered") + count("stored"),
                     qPrintable(QString("%1: in %2 out %3 filtered %4 dead-lettered %5")
                                    .arg(node.c_str())
                                    .arg(count("in"))
                                    .arg(count("out"))
                                    .arg(count("filtered"))
                                    .arg(count("dead_lettered"))));
        }
        auto nodeCount = [&](const std::string &node, const char *outcome) {
            return m.number("pipewright_node_records_total", {{"node", node}, {"outcome", outcome}});
        };
        QCOMPARE(nodeCount("readings", "in"), 200.0);
        QCOMPARE(nodeCount("readings", "out"), 190.0);
        QCOMPARE(nodeCount("readings", "dead_lettered"), 10.0);
        QCOMPARE(nodeCount("readings", "errors"), 10.0);
        QCOMPARE(nodeCount("invalid-readings", "dead_lettered"), 40.0);
        QCOMPARE(nodeCount("temp-range-alert", "out") + nodeCount("temperature-ok", "out"), 150.0);

        // The run's accounting: received = settled + in flight.
        QCOMPARE(m.number("pipewright_messages_settled_total"), 200.0);
        QCOMPARE(m.number("pipewright_messages_settled_total", {{"fate", "output"}}), 150.0);
        QCOMPARE(m.number("pipewright_messages_settled_total", {{"fate", "dead_lettered"}}), 50.0);
        QCOMPARE(m.number("pipewright_produced_messages_total"), 200.0); // 150 outputs + 50 dead letters

        // Latency histogram: cumulative buckets ending at +Inf == count, for every
        // node records arrive at (a source's records start their clock there).
        for (const auto &node : nodes) {
            if (node == "readings")
                continue;
            std::vector<std::pair<double, double>> buckets;
            for (const auto &s : m.samples("pipewright_node_latency_seconds_bucket"))
                if (s["labels"]["node"] == node) {
                    const std::string le = s["labels"]["le"];
                    buckets.push_back({le == "+Inf" ? INFINITY : std::stod(le), s["value"].get<double>()});
                }
            QVERIFY2(buckets.size() == 15, node.c_str());
            for (size_t i = 1; i < buckets.size(); ++i) {
                QVERIFY(buckets[i].first > buckets[i - 1].first);
                QVERIFY(buckets[i].second >= buckets[i - 1].second);
            }
            const double count = m.number("pipewright_node_latency_seconds_count", {{"node", node}});
            QCOMPARE(buckets.back().second, count);
            QVERIFY2(count >= 1, node.c_str()); // every 16th record, the first included
            QVERIFY(m.number("pipewright_node_latency_seconds_sum", {{"node", node}}) >= 0);
        }

        // Kafka clients: every partition read to its end, commits acknowledged, a rebalance (the assignment).
        QCOMPARE(m.number("pipewright_source_partition_lag_messages", {{"node", "readings"}}), 0.0);
        QCOMPARE(m.number("pipewright_source_partition_end_offset", {{"topic", "temperature-readings"}}), 200.0);
        QCOMPARE(m.number("pipewright_source_partition_position_offset", {{"topic", "temperature-readings"}}), 200.0);
        QVERIFY(m.number("pipewright_offset_commits_total") >= 1);
        QCOMPARE(m.number("pipewright_offset_commit_failures_total"), 0.0);
        QVERIFY(m.number("pipewright_consumer_rebalances_total") >= 1);
        QCOMPARE(m.number("pipewright_producer_queue_messages"), 0.0);
        QCOMPARE(m.number("pipewright_brokers_reachable"), 1.0);
        QCOMPARE(m.number("pipewright_run_ready"), 1.0);
        QCOMPARE(m.number("pipewright_run_state", {{"state", "running"}}), 1.0);
        QCOMPARE(m.number("pipewright_run_state"), 1.0);
        QVERIFY(m.samples("pipewright_llm_calls_total").empty()); // no AI node in this pipeline

        // Dead letters carry the original key and a bounded, readable reason.
        const auto deadLetters = kafkatesting::consumeAll(bootstrap.toStdString(), "iot.dead-letter");
        QCOMPARE(int(deadLetters.size()), 50);
        int malformed = 0;
        for (const auto &d : deadLetters) {
            QVERIFY2(d.key.rfind("sensor-", 0) == 0, d.key.c_str());
            const std::string &reason = d.headers.at("error");
            QVERIFY2(!reason.empty() && reason.size() <= 1024, reason.c_str());
            QVERIFY(d.headers.count("source-offset"));
            if (d.headers.at("node-id") == "readings")
                ++malformed;
        }
        QCOMPARE(malformed, 10);

        // SIGTERM: a graceful stop, every message accounted for.
        runner.signal(SIGTERM);
        QCOMPARE(runner.finish(), 0);
    }

    // --log-format json: every stderr line one JSON object with the documented
    // keys. --drain-timeout: an LLM endpoint that accepts and never answers holds
    // messages in flight; SIGTERM turns /ready false at once and the runner leaves
    // after the timeout with exit code 4 instead of hanging.
    void jsonLogsAndDrainTimeout()
    {
        SilentServer silentLlm;
        QVERIFY(silentLlm.port() > 0);
        QTemporaryDir dir;
        const QString endpoints = dir.filePath("endpoints.json");
        std::ofstream(endpoints.toStdString())
            << nlohmann::json::array({{{"name", "default"},
                                       {"baseUrl", "http://127.0.0.1:" + std::to_string(silentLlm.port()) + "/v1"},
                                       {"model", "silent"}}})
                   .dump();
        const QString example = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/event-llm-insights.pipeline.json");
        Runner runner;
        QVERIFY(runner.start({"run", example, "--sandbox", "--http", "127.0.0.1:0", "--llm-endpoints", endpoints,
                              "--log-format", "json", "--drain-timeout", "1"}));
        const QString url = runner.waitForJsonLine("HTTP endpoint at ", "url");
        QVERIFY2(url.startsWith("http://127.0.0.1:"), qPrintable(runner.err()));
        const QString bootstrap = runner.waitForJsonLine("Sandbox cluster at ", "bootstrap");
        QVERIFY2(!bootstrap.isEmpty(), qPrintable(runner.err()));
        QVERIFY(scrapeUntil(url, "ready", [](const Scrape &s) { return s.status() == 200; }).status() == 200);

        std::vector<kafkatesting::Produce> messages;
        for (int i = 0; i < 5; ++i)
            messages.push_back({"k" + std::to_string(i), nlohmann::json{{"type", "order"}, {"id", i}}.dump()});
        QVERIFY(kafkatesting::produceMessages(bootstrap.toStdString(), "business-events", messages));
        const Scrape busy = scrapeUntil(url, "metrics", [](const Scrape &s) {
            return s.number("pipewright_messages_in_flight") > 0;
        });
        QVERIFY2(busy.number("pipewright_messages_in_flight") > 0, qPrintable(runner.err()));

        QElapsedTimer stopping;
        stopping.start();
        runner.signal(SIGTERM);
        const Scrape draining = scrapeUntil(url, "ready", [](const Scrape &s) { return s.status() == 503; });
        QCOMPARE(draining.status(), 503);
        QVERIFY2(draining.body().dump().find("draining") != std::string::npos, draining.body().dump().c_str());
        QCOMPARE(runner.finish(30000), 4);
        QVERIFY2(stopping.elapsed() < 15000, qPrintable(QString::number(stopping.elapsed())));

        int lines = 0;
        bool sawTimeout = false;
        for (const QString &line : runner.err().split('\n', Qt::SkipEmptyParts)) {
            const auto object = nlohmann::json::parse(line.toStdString(), nullptr, false);
            QVERIFY2(object.is_object(), qPrintable(line));
            for (const char *key : {"time", "level", "pipeline", "node", "message", "fields"})
                QVERIFY2(object.contains(key), qPrintable(line));
            QCOMPARE(object["pipeline"].get<std::string>(), std::string("event-llm-insights"));
            sawTimeout = sawTimeout
                || (object["level"] == "error" && object["message"].get<std::string>().find("drain timeout") != std::string::npos);
            ++lines;
        }
        QVERIFY(lines >= 4);
        QVERIFY2(sawTimeout, qPrintable(runner.err()));
    }

    void badAddressIsRefused_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no port") << "127.0.0.1" << 2 << "--http: needs HOST:PORT";
        QTest::newRow("port too big") << "127.0.0.1:70000" << 2 << "--http: needs HOST:PORT";
        QTest::newRow("not this machine") << "192.0.2.1:9100" << 1 << "cannot listen on 192.0.2.1:9100";
        // A port another listener holds (a second runner on the same port) is refused, not shared.
        QTest::newRow("port taken") << "127.0.0.1:" + QString::number(m_taken.port()) << 1 << "cannot listen on 127.0.0.1:";
    }
    void badAddressIsRefused()
    {
        QVERIFY(m_taken.port() > 0);
        QFETCH(QString, address);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        Runner runner;
        QVERIFY(runner.start({"run", iotExample, "--sandbox", "--http", address, "--quiet"}));
        QCOMPARE(runner.finish(), exitCode);
        QVERIFY2(runner.err().contains(message), qPrintable(runner.err()));
    }

private:
    SilentServer m_taken{true}; // a listening socket that would share its port: still taken
};

QTEST_GUILESS_MAIN(tst_RunEndpoint)
#include "tst_runendpoint.moc"
