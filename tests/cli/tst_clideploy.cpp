// pipewright-cli deploy / deployments / undeploy as users run them, against the
// local fakes of ksqlDB, the Flink SQL Gateway and Kafka Connect: every example
// that exports deploys, redeploys after an edit (the plan shows replace) and
// undeploys; connector task states; each injected failure; exit codes.
#include "fakeflinkgateway.h"
#include "fakekafkaconnect.h"
#include "fakeksqldb.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace pipewright::testsupport;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString examplesDir = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples");

QStringList exampleNames()
{
    QStringList out;
    for (const auto &entry : fs::directory_iterator(examplesDir.toStdString())) {
        const std::string file = entry.path().filename().string();
        if (file.ends_with(".pipeline.json"))
            out << QString::fromStdString(file.substr(0, file.size() - 14));
    }
    out.sort();
    return out;
}

/// A copy of an example in `dir`; `edit` moves the first Kafka source (or sink) to another topic.
QString copyExample(const QString &dir, const QString &name, bool edit)
{
    std::ifstream in((examplesDir + "/" + name + ".pipeline.json").toStdString());
    nlohmann::json doc = nlohmann::json::parse(in);
    if (edit) {
        bool done = false;
        for (const char *kind : {"kafka-source", "kafka-sink", "connect-sink"}) {
            for (auto &node : doc["nodes"]) {
                if (!done && node["kind"] == kind) {
                    node["parameters"]["topic"] = node["parameters"]["topic"].get<std::string>() + "-v2";
                    done = true;
                }
            }
        }
    }
    const QString path = dir + "/" + name + ".pipeline.json";
    std::ofstream(path.toStdString()) << doc.dump(2);
    return path;
}

} // namespace

class TstCliDeploy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeKsqldb m_ksql;
    FakeFlinkGateway m_flink;
    FakeKafkaConnect m_connect;
    QString m_targets;

    Run cli(const QStringList &args, const QString &state = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PIPEWRIGHT_TARGETS", m_targets);
        env.insert("PIPEWRIGHT_DEPLOYMENTS_DIR", state.isEmpty() ? m_dir.filePath("state") : state);
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("PIPEWRIGHT_CLI"), args);
        Run run;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase();
    void everyExample_data();
    void everyExample();
    void connectorsReportTaskStates();
    void failures_data();
    void failures();
    void rejectedMidway();
    void usage();
};

void TstCliDeploy::initTestCase()
{
    QVERIFY(m_ksql.start());
    QVERIFY(m_flink.start());
    QVERIFY(m_connect.start());
    m_targets = m_dir.filePath("targets.json");
    const nlohmann::json targets{{"targets",
                                  {{{"name", "ksql"}, {"kind", "ksqldb"}, {"url", m_ksql.url()}, {"connect", "connect"}},
                                   {{"name", "flink"}, {"kind", "flink-sql-gateway"}, {"url", m_flink.url()}, {"bootstrapServers", "kafka:9092"}},
                                   {{"name", "connect"}, {"kind", "kafka-connect"}, {"url", m_connect.url()}},
                                   {{"name", "down"}, {"kind", "ksqldb"}, {"url", "http://127.0.0.1:1"}}}}};
    std::ofstream(m_targets.toStdString()) << targets.dump(2);
}

void TstCliDeploy::everyExample_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("target");
    for (const QString &name : exampleNames()) {
        for (const char *target : {"ksql", "flink"})
            QTest::newRow(qPrintable(name + "@" + target)) << name << QString(target);
    }
}

void TstCliDeploy::everyExample()
{
    QFETCH(QString, example);
    QFETCH(QString, target);
    const QString dir = m_dir.filePath(example + "-" + target);
    QVERIFY(QDir().mkpath(dir));
    const QString file = copyExample(dir, example, false);
    Run run = cli({"deploy", file, "--target", target, "--dry-run"});
    if (run.exitCode == 1) {
        // Not expressible for this engine: the reason names the node, nothing was sent.
        QVERIFY2(run.err.contains(": error: ") && run.err.contains("not deployed"), qPrintable(run.err));
        return;
    }
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains("create "), qPrintable(run.out));
    QVERIFY2(!run.out.contains("replace "), qPrintable(run.out));

    run = cli({"deploy", file, "--target", target});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains("deployed "), qPrintable(run.out));

    run = cli({"deployments", "--target", target});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains("RUNNING"), qPrintable(run.out));
    QVERIFY2(!run.out.contains("MISSING"), qPrintable(run.out));

    run = cli({"deploy", file, "--target", target, "--dry-run"});
    QVERIFY2(run.exitCode == 0 && run.out.contains("keep ") && !run.out.contains("create "), qPrintable(run.out));

    copyExample(dir, example, true);
    run = cli({"deploy", file, "--target", target, "--dry-run"});
    QVERIFY2(run.exitCode == 0 && run.out.contains("replace "), qPrintable(run.out + run.err));
    run = cli({"deploy", file, "--target", target});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

    run = cli({"undeploy", file, "--target", target});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains("undeployed "), qPrintable(run.out));
    run = cli({"deployments", "--target", target, "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const nlohmann::json left = nlohmann::json::parse(run.out.toStdString());
    QVERIFY2(left.empty(), qPrintable(run.out));
}

void TstCliDeploy::connectorsReportTaskStates()
{
    const QString state = m_dir.filePath("connect-state");
    const QString file = examplesDir + "/readings-to-database.pipeline.json";
    Run run = cli({"deploy", file, "--target", "ksql"}, state);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains("target connect (kafka-connect"), qPrintable(run.out));
    QVERIFY2(run.out.contains("1/1 tasks running"), qPrintable(run.out));
    run = cli({"deployments", "--target", "ksql"}, state);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QRegularExpression("store\\s+connector\\s+readings-to-database-store\\s+RUNNING\\s+1/1 tasks running")),
             qPrintable(run.out));
    // The task fails on the worker: shown with its trace.
    m_connect.failTasks.insert("readings-to-database-store");
    run = cli({"deployments", "--target", "connect"}, state);
    m_connect.failTasks.clear();
    QVERIFY2(run.out.contains("FAILED") && run.out.contains("Caused by: java.sql.SQLException"), qPrintable(run.out));
    run = cli({"undeploy", file, "--target", "ksql"}, state);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(m_connect.connectors().empty());
}

void TstCliDeploy::failures_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unreachable") << "down" << "" << "cannot reach the server";
    QTest::newRow("401") << "ksql" << "auth" << "HTTP 401: Unauthorized (authentication failed";
    QTest::newRow("task fails") << "ksql" << "task" << "connector readings-to-database-store failed: task 0";
}

void TstCliDeploy::failures()
{
    QFETCH(QString, target);
    QFETCH(QString, setup);
    QFETCH(QString, expected);
    const QString state = m_dir.filePath("fail-" + setup);
    if (setup == "auth")
        m_ksql.options.credentials = "alice:secret";
    if (setup == "task")
        m_connect.failTasks.insert("readings-to-database-store");
    const Run run = cli({"deploy", examplesDir + "/readings-to-database.pipeline.json", "--target", target,
                         "--rollback-on-failure"},
                        state);
    m_ksql.options.credentials.clear();
    m_connect.failTasks.clear();
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(expected), qPrintable(run.out + run.err));
    if (setup == "task") {
        // ksqlDB's part went through, the connector failed: all of it rolled back.
        QVERIFY2(run.out.contains("rolled back"), qPrintable(run.out));
        QVERIFY(m_connect.connectors().empty());
    }
    // Nothing of the pipeline stays behind on either target or in the record.
    const Run listed = cli({"deployments", "--target", "ksql", "--json"}, state);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(nlohmann::json::parse(listed.out.toStdString()).empty(), qPrintable(listed.out));
}

void TstCliDeploy::rejectedMidway()
{
    const QString file = examplesDir + "/iot-temperature-alerts.pipeline.json";
    const QString state = m_dir.filePath("reject-state");
    m_ksql.options.rejectChange = 0;
    const std::size_t before = m_ksql.sources().size();
    // Without rollback: what was created is listed and left, recorded.
    struct Reject {
        FakeKsqldb &ksql;
        explicit Reject(FakeKsqldb &k, int n) : ksql(k) { ksql.options.rejectChange = n; }
        ~Reject() { ksql.options.rejectChange = 0; }
    };
    {
        // Count from now: the fake counts every change it ever saw.
        const std::vector<std::string> statements = m_ksql.statements();
        const int seen = int(std::count_if(statements.begin(), statements.end(), [](const std::string &s) {
            return s.rfind("CREATE", 0) == 0 || s.rfind("INSERT", 0) == 0 || s.rfind("DROP", 0) == 0 || s.rfind("TERMINATE", 0) == 0;
        }));
        Reject reject(m_ksql, seen + 3);
        const Run run = cli({"deploy", file, "--target", "ksql", "--no-rollback"}, state);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("Statement rejected (fake failure injection"), qPrintable(run.err));
        QVERIFY2(run.out.contains("created by this run before the failure:"), qPrintable(run.out));
        QVERIFY2(run.out.contains("left in place"), qPrintable(run.out));
    }
    QCOMPARE(m_ksql.sources().size(), before + 2); // two streams were created before the third statement
    Run run = cli({"deployments", "--target", "ksql", "--json"}, state);
    QCOMPARE(int(nlohmann::json::parse(run.out.toStdString()).size()), 2);
    // The next deploy completes it; undeploy removes it.
    run = cli({"deploy", file, "--target", "ksql"}, state);
    QVERIFY2(run.exitCode == 0 && run.out.contains("keep "), qPrintable(run.out + run.err));
    run = cli({"undeploy", file, "--target", "ksql"}, state);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(m_ksql.sources().size(), before);
}

void TstCliDeploy::usage()
{
    const QString file = examplesDir + "/pii-anonymize.pipeline.json";
    Run run = cli({"deploy", file, "--target", "nope"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no target 'nope'") && run.err.contains("ksql, flink, connect, down"), qPrintable(run.err));
    run = cli({"deploy", file});
    QCOMPARE(run.exitCode, 2);
    run = cli({"deploy", file, "--target", "ksql", "--rollback-on-failure", "--no-rollback"});
    QCOMPARE(run.exitCode, 2);
    run = cli({"deploy", "/nonexistent.pipeline.json", "--target", "ksql"});
    QCOMPARE(run.exitCode, 1);
    run = cli({"deploy", examplesDir + "/event-llm-insights.pipeline.json", "--target", "ksql"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("analyse"), qPrintable(run.err)); // the node ksqlDB cannot express
    run = cli({"deployments", "--target", "down"});
    QCOMPARE(run.exitCode, 0); // nothing recorded there: nothing to ask
    const QString bad = m_dir.filePath("bad.json");
    std::ofstream(bad.toStdString()) << "[{\"name\": \"x\", \"kind\": \"ksqldb\", \"url\": \"http://x\", \"auth\": \"plain\"}]";
    run = cli({"deployments", "--target", "x", "--targets", bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(bad + ": target 1 (x): auth must be a secret reference"), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TstCliDeploy)
#include "tst_clideploy.moc"
