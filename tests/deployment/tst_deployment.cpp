#include "deployment/deployer.h"
#include "deployment/deploymentstatement.h"
#include "deployment/flinkgatewayclient.h"
#include "deployment/kafkaconnectclient.h"

#include "codegen/sqlexporter.h"
#include "pipeline/serialization/pipelinereader.h"

#include "fakeflinkgateway.h"
#include "fakekafkaconnect.h"
#include "fakeksqldb.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace deployment;
using namespace pipewright::testsupport;

namespace {

const std::string examples = std::string(PIPEWRIGHT_SOURCE_DIR) + "/resources/examples/";

pipeline::Graph loadExample(const std::string &name)
{
    auto loaded = pipeline::readPipelineFile(examples + name + ".pipeline.json");
    if (!loaded.graph)
        qFatal("cannot load example %s", name.c_str());
    return *loaded.graph;
}

std::vector<std::string> exampleNames()
{
    std::vector<std::string> out;
    for (const auto &entry : std::filesystem::directory_iterator(examples)) {
        const std::string file = entry.path().filename().string();
        if (file.size() > 14 && file.ends_with(".pipeline.json"))
            out.push_back(file.substr(0, file.size() - 14));
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// An edit a user makes before redeploying: the first Kafka source reads another
/// topic (or, without one, the first Kafka sink writes another).
void editTopic(pipeline::Graph &graph)
{
    for (const char *kind : {"kafka-source", "kafka-sink", "connect-sink"}) {
        for (const auto &[id, node] : graph.nodes()) {
            if (node.kind == kind) {
                graph.node(id)->parameters["topic"] = node.stringParameter("topic") + "-v2";
                return;
            }
        }
    }
    qFatal("no Kafka node to edit");
}

DeploymentTarget target(const std::string &name, TargetKind kind, const std::string &url)
{
    DeploymentTarget t;
    t.name = name;
    t.kind = kind;
    t.url = url;
    t.bootstrapServers = "kafka:9092";
    t.schemaRegistryUrl = "http://schema-registry:8081";
    return t;
}

int count(const DeploymentPlan &plan, StepAction action)
{
    return int(std::count_if(plan.steps.begin(), plan.steps.end(), [&](const DeploymentStep &s) { return s.action == action; }));
}

} // namespace

class TstDeployment : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_state;

private slots:
    void targetsFile();
    void targetsFile_errors_data();
    void targetsFile_errors();
    void statementsMapToNodes();
    void ksqldbEveryExample_data();
    void ksqldbEveryExample();
    void flinkEveryExample_data();
    void flinkEveryExample();
    void flinkRestartsFromSavepointWhenCompatible();
    void flinkWithoutSavepointDirectory();
    void connectDeploysAndReportsTasks();
    void connectFailedTaskRollsBack();
    void unreachable();
    void unauthorized();
    void rejectedMidwayRollsBack();
    void redeployFindsTaggedQueriesWithoutRecord();
};

void TstDeployment::targetsFile()
{
    const QString path = m_state.filePath("targets.json");
    std::ofstream(path.toStdString()) << R"({"targets": [
      {"name": "ksql-prod", "kind": "ksqldb", "url": "https://ksql.example:8088/", "auth": "env:KSQL_AUTH", "connect": "connect-prod"},
      {"name": "flink", "kind": "flink-sql-gateway", "url": "http://flink:8083", "bootstrapServers": "kafka:9092", "apiVersion": "v2"},
      {"name": "connect-prod", "kind": "kafka-connect", "url": "http://connect:8083", "verifyTls": false}
    ]})";
    std::vector<DeploymentTarget> targets;
    std::string error;
    QVERIFY2(readDeploymentTargets(path.toStdString(), &targets, &error), error.c_str());
    QCOMPARE(targets.size(), std::size_t(3));
    QCOMPARE(targets[0].url, std::string("https://ksql.example:8088")); // trailing slash gone
    QCOMPARE(targets[0].authRef, std::string("env:KSQL_AUTH"));
    QCOMPARE(targets[0].connectTarget, std::string("connect-prod"));
    QCOMPARE(targets[1].kind, TargetKind::FlinkSqlGateway);
    QCOMPARE(targets[1].apiVersion, std::string("v2"));
    QVERIFY(!targets[2].verifyTls);
    // Written and read again: the same targets.
    std::ofstream(path.toStdString()) << writeDeploymentTargets(targets);
    std::vector<DeploymentTarget> again;
    QVERIFY2(readDeploymentTargets(path.toStdString(), &again, &error), error.c_str());
    QCOMPARE(again.size(), targets.size());
    QCOMPARE(again[1].bootstrapServers, std::string("kafka:9092"));
    QCOMPARE(again[0].connectTarget, std::string("connect-prod"));
}

void TstDeployment::targetsFile_errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << "{\"targets\": [" << "not JSON (byte";
    QTest::newRow("kind") << R"([{"name": "a", "kind": "spark", "url": "http://x"}])" << "target 1 (a): kind 'spark' is not";
    QTest::newRow("url") << R"([{"name": "a", "kind": "ksqldb", "url": "ksql:8088"}])" << "must start with http://";
    QTest::newRow("missing") << R"({"targets": [{"name": "a", "kind": "ksqldb"}]})" << "target 1: \"url\" is missing";
    QTest::newRow("inline secret") << R"([{"name": "a", "kind": "ksqldb", "url": "http://x", "auth": "alice:s3cret"}])"
                                   << "auth must be a secret reference";
    QTest::newRow("connect") << R"([{"name": "a", "kind": "ksqldb", "url": "http://x", "connect": "b"}])"
                             << "not a kafka-connect target";
    QTest::newRow("duplicate") << R"([{"name": "a", "kind": "ksqldb", "url": "http://x"}, {"name": "a", "kind": "ksqldb", "url": "http://y"}])"
                               << "target 2 (a): a target of that name";
}

void TstDeployment::targetsFile_errors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString path = m_state.filePath("bad-targets.json");
    std::ofstream(path.toStdString()) << text.toStdString();
    std::vector<DeploymentTarget> targets;
    std::string error;
    QVERIFY(!readDeploymentTargets(path.toStdString(), &targets, &error));
    QVERIFY2(error.find(expected.toStdString()) != std::string::npos, error.c_str());
    QVERIFY2(error.rfind(path.toStdString(), 0) == 0, error.c_str()); // located: the file first
}

void TstDeployment::statementsMapToNodes()
{
    codegen::ExportOptions options;
    const pipeline::Graph graph = loadExample("readings-to-database");
    const auto result = codegen::SqlExporter::exportGraph(graph, options);
    QVERIFY(result.ok());
    const auto statements = splitExport(result);
    QVERIFY(!statements.empty());
    QCOMPARE(statements.front().kind, DeploymentStatement::Kind::Set);
    QCOMPARE(statements.front().settingKey, std::string("auto.offset.reset"));
    QVERIFY(statements.front().nodeId.empty());
    bool storeInserts = false;
    for (const auto &s : statements) {
        if (s.kind == DeploymentStatement::Kind::Set)
            continue;
        QVERIFY2(!s.nodeId.empty(), s.text.c_str()); // every statement has its node
        QVERIFY2(graph.node(s.nodeId), s.nodeId.c_str());
        QVERIFY2(s.text.back() != ';' && s.text.find("--") == std::string::npos, s.text.c_str());
        // The line points at the statement's first line in the script.
        std::size_t offset = 0;
        for (int line = 1; line < s.line; ++line)
            offset = result.script.find('\n', offset) + 1;
        QVERIFY2(result.script.compare(offset, 6, s.text.substr(0, 6)) == 0, s.text.c_str());
        storeInserts = storeInserts || (s.kind == DeploymentStatement::Kind::Insert && s.nodeId == "store");
    }
    QVERIFY(storeInserts); // the database sink writes its topic through an INSERT
}

void TstDeployment::ksqldbEveryExample_data()
{
    QTest::addColumn<QString>("example");
    for (const auto &name : exampleNames())
        QTest::newRow(name.c_str()) << QString::fromStdString(name);
}

void TstDeployment::ksqldbEveryExample()
{
    QFETCH(QString, example);
    FakeKsqldb ksql;
    QVERIFY(ksql.start());
    const std::string state = m_state.filePath("ksql-" + example).toStdString();
    Deployer deployer(target("ksql", TargetKind::Ksqldb, ksql.url()), state);
    pipeline::Graph graph = loadExample(example.toStdString());
    const std::string name = Deployer::pipelineName(graph, example.toStdString());
    DeploymentPlan plan;
    std::string error;
    QVERIFY2(deployer.plan(graph, name, &plan, &error), error.c_str());
    if (pipeline::hasErrors(plan.diagnostics)) {
        // Not expressible in ksqlDB (LLM steps without a UDF, vector search): refused, nothing sent.
        const DeploymentReport report = deployer.apply(plan);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.find("cannot be deployed") != std::string::npos, report.error.c_str());
        QVERIFY(!report.failedNode.empty());
        QVERIFY(ksql.statements().size() == 3); // LIST STREAMS, LIST TABLES, SHOW QUERIES of the plan only
        QVERIFY(ksql.sources().empty());
        return;
    }
    QCOMPARE(count(plan, StepAction::Create), int(plan.steps.size()));
    std::vector<std::string> progress;
    DeploymentReport report = deployer.apply(plan, [&](const DeploymentStep &step, bool done, bool ok, const std::string &) {
        if (done)
            progress.push_back(step.name() + (ok ? " ok" : " failed"));
    });
    QVERIFY2(report.ok, report.error.c_str());
    QCOMPARE(progress.size(), plan.steps.size());
    QCOMPARE(report.created.size(), plan.steps.size());
    // Every query runs with the pipeline's start offset and carries the tag when ksqlDB lets us name it.
    QVERIFY(!ksql.queries().empty());
    for (const auto &q : ksql.queries()) {
        QVERIFY2(q.properties.count("auto.offset.reset"), q.statement.c_str());
        if (q.statement.rfind("INSERT", 0) == 0)
            QVERIFY2(q.id.rfind("PW_", 0) == 0, q.id.c_str());
    }
    std::vector<DeployedObject> deployed;
    QVERIFY2(deployer.deployments(&deployed, &error), error.c_str());
    QCOMPARE(deployed.size(), plan.steps.size());
    for (const auto &o : deployed)
        QVERIFY2(o.state == "RUNNING" || o.state == "DECLARED", (o.name + " " + o.state).c_str());

    // The same pipeline again: nothing to do.
    QVERIFY2(deployer.plan(graph, name, &plan, &error), error.c_str());
    QVERIFY2(!plan.hasChanges(), plan.describe().c_str());

    // After an edit: the edited node and everything reading it are replaced, the rest kept.
    editTopic(graph);
    QVERIFY2(deployer.plan(graph, name, &plan, &error), error.c_str());
    QVERIFY2(count(plan, StepAction::Replace) >= 1, plan.describe().c_str());
    report = deployer.apply(plan);
    QVERIFY2(report.ok, (report.error + "\n" + plan.describe()).c_str());
    QVERIFY2(deployer.plan(graph, name, &plan, &error), error.c_str());
    QVERIFY2(!plan.hasChanges(), plan.describe().c_str());
    bool edited = false;
    for (const auto &[n, s] : ksql.sources())
        edited = edited || s.topic.find("-v2") != std::string::npos;
    QVERIFY(edited);

    // Undeploy: nothing of the pipeline is left, topics ksqlDB created are deleted.
    QVERIFY2(deployer.undeployPlan(name, &plan, &error), error.c_str());
    QVERIFY(count(plan, StepAction::Drop) >= 1);
    report = deployer.apply(plan);
    QVERIFY2(report.ok, report.error.c_str());
    QVERIFY(ksql.sources().empty());
    QVERIFY(ksql.queries().empty());
    QVERIFY(!ksql.deletedTopics().empty());
    QVERIFY2(deployer.deployments(&deployed, &error), error.c_str());
    QVERIFY(deployed.empty());
}

void TstDeployment::flinkEveryExample_data()
{
    ksqldbEveryExample_data();
}

void TstDeployment::flinkEveryExample()
{
    QFETCH(QString, example);
    FakeFlinkGateway flink;
    QVERIFY(flink.start());
    const std::string state = m_state.filePath("flink-" + example).toStdString();
    Deployer deployer(target("flink", TargetKind::FlinkSqlGateway, flink.url()), state);
    pipeline::Graph graph = loadExample(example.toStdString());
    const std::string name = Deployer::pipelineName(graph, example.toStdString());
    DeploymentPlan plan;
    std::string error;
    QVERIFY2(deployer.plan(graph, name, &plan, &error), error.c_str());
    if (pipeline::hasErrors(plan.diagnostics)) {
        QVERIFY(!deployer.apply(plan).ok);
        QVERIFY(flink.jobs().empty());
        return;
    }
    QVERIFY(!plan.steps.empty());
    QCOMPARE(count(plan, StepAction::Create), int(plan.steps.size()));
    DeploymentReport report = deployer.apply(plan);
    QVERIFY2(report.ok, report.error.c_str());
    QCOMPARE(flink.jobs().size(), plan.steps.size());
    for (const auto &job : flink.jobs()) {
        QVERIFY2(job.name.rfind("pipewright.", 0) == 0, job.name.c_str());
        QCOMPARE(job.status, std::string("RUNNING"));
    }
    QCOMPARE(flink.openSessions(), 0); // the deployment's session is closed again
    QVERIFY2(deployer.plan(graph, name, &plan, &error), error.c_str());
    QVERIFY2(!plan.hasChanges(), plan.describe().c_str());

    // Edit: every job runs against the changed declarations, so each is replaced.
    editTopic(graph);
    QVERIFY2(deployer.plan(graph, name, &plan, &error), error.c_str());
    QCOMPARE(count(plan, StepAction::Replace), int(plan.steps.size()));
    report = deployer.apply(plan);
    QVERIFY2(report.ok, report.error.c_str());
    int running = 0;
    for (const auto &job : flink.jobs())
        running += job.status == "RUNNING";
    QCOMPARE(running, int(plan.steps.size()));

    // A job that failed on the cluster is restarted by the next deployment.
    const std::string failedName = flink.jobs().back().name;
    flink.failJob(failedName);
    QVERIFY2(deployer.plan(graph, name, &plan, &error), error.c_str());
    QCOMPARE(count(plan, StepAction::Replace), 1);
    QVERIFY2(plan.describe().find("it is FAILED") != std::string::npos, plan.describe().c_str());

    QVERIFY2(deployer.undeployPlan(name, &plan, &error), error.c_str());
    report = deployer.apply(plan);
    QVERIFY2(report.ok, report.error.c_str());
    for (const auto &job : flink.jobs())
        QVERIFY2(job.status != "RUNNING", job.name.c_str());
    QCOMPARE(flink.openSessions(), 0);
}

void TstDeployment::flinkRestartsFromSavepointWhenCompatible()
{
    FakeFlinkGateway flink;
    QVERIFY(flink.start());
    DeploymentTarget t = target("flink", TargetKind::FlinkSqlGateway, flink.url());
    t.apiVersion = "v2"; // job ids from the result's jobID
    const std::string state = m_state.filePath("flink-savepoint").toStdString();
    pipeline::Graph graph = loadExample("customer-payments-aggregate");
    DeploymentPlan plan;
    std::string error;
    {
        Deployer deployer(t, state);
        QVERIFY2(deployer.plan(graph, graph.name, &plan, &error), error.c_str());
        QVERIFY2(deployer.apply(plan).ok, plan.describe().c_str());
    }
    // Another Kafka address: only the tables' options change, the state stays valid.
    t.bootstrapServers = "kafka-new:9092";
    Deployer moved(t, state);
    QVERIFY2(moved.plan(graph, graph.name, &plan, &error), error.c_str());
    QCOMPARE(count(plan, StepAction::Replace), 1);
    DeploymentReport report = moved.apply(plan);
    QVERIFY2(report.ok, report.error.c_str());
    const auto jobs = flink.jobs();
    QCOMPARE(jobs.size(), std::size_t(2));
    QVERIFY(!jobs[0].savepoint.empty());
    QCOMPARE(jobs[1].restoredFrom, jobs[0].savepoint);
    QVERIFY(std::any_of(report.notes.begin(), report.notes.end(),
                        [](const std::string &n) { return n.find("restarted from savepoint") != std::string::npos; }));

    // The filter changes: the query's state would not fit, so it starts from the sources' start offsets.
    for (const auto &[id, node] : graph.nodes()) {
        if (node.kind == "filter")
            graph.node(id)->parameters["condition"] = "(" + node.stringParameter("condition") + ") AND 1 = 1";
    }
    QVERIFY2(moved.plan(graph, graph.name, &plan, &error), error.c_str());
    report = moved.apply(plan);
    QVERIFY2(report.ok, report.error.c_str());
    QCOMPARE(flink.jobs().size(), std::size_t(3));
    QVERIFY(flink.jobs()[2].restoredFrom.empty());
    QVERIFY(std::any_of(report.notes.begin(), report.notes.end(), [](const std::string &n) {
        return n.find("started from the sources' start offsets (its query") != std::string::npos;
    }));
}

void TstDeployment::flinkWithoutSavepointDirectory()
{
    FakeFlinkGateway flink;
    flink.savepoints = false;
    QVERIFY(flink.start());
    DeploymentTarget t = target("flink", TargetKind::FlinkSqlGateway, flink.url());
    const std::string state = m_state.filePath("flink-nosavepoint").toStdString();
    pipeline::Graph graph = loadExample("pii-anonymize");
    Deployer deployer(t, state);
    DeploymentPlan plan;
    std::string error;
    QVERIFY2(deployer.plan(graph, graph.name, &plan, &error), error.c_str());
    QVERIFY(deployer.apply(plan).ok);
    t.bootstrapServers = "elsewhere:9092";
    Deployer again(t, state);
    QVERIFY2(again.plan(graph, graph.name, &plan, &error), error.c_str());
    const DeploymentReport report = again.apply(plan);
    QVERIFY2(report.ok, report.error.c_str());
    QVERIFY(std::any_of(report.log.begin(), report.log.end(),
                        [](const std::string &l) { return l.find("no savepoint (") != std::string::npos; }));
    QVERIFY(std::any_of(report.notes.begin(), report.notes.end(), [](const std::string &n) {
        return n.find("stopped without a savepoint") != std::string::npos;
    }));
    QCOMPARE(flink.jobs().front().status, std::string("FINISHED"));
    QCOMPARE(flink.jobs().back().status, std::string("RUNNING"));
}

void TstDeployment::connectDeploysAndReportsTasks()
{
    FakeKafkaConnect connect;
    QVERIFY(connect.start());
    const std::string state = m_state.filePath("connect").toStdString();
    Deployer deployer(target("connect", TargetKind::KafkaConnect, connect.url()), state);
    pipeline::Graph graph = loadExample("readings-to-database");
    DeploymentPlan plan;
    std::string error;
    QVERIFY2(deployer.plan(graph, graph.name, &plan, &error), error.c_str());
    QCOMPARE(plan.steps.size(), std::size_t(1));
    QCOMPARE(plan.steps[0].action, StepAction::Create);
    QCOMPARE(plan.steps[0].kind(), std::string("connector"));
    QCOMPARE(plan.steps[0].nodeId(), std::string("store"));
    DeploymentReport report = deployer.apply(plan);
    QVERIFY2(report.ok, report.error.c_str());
    const auto connectors = connect.connectors();
    QCOMPARE(connectors.size(), std::size_t(1));
    const auto &config = connectors.begin()->second.config;
    QCOMPARE(config.at("connector.class"), std::string("io.confluent.connect.jdbc.JdbcSinkConnector"));
    QCOMPARE(report.created[0].state, std::string("RUNNING"));
    QVERIFY2(report.created[0].detail.find("1/1 tasks running") != std::string::npos, report.created[0].detail.c_str());
    std::vector<DeployedObject> deployed;
    QVERIFY2(deployer.deployments(&deployed, &error), error.c_str());
    QCOMPARE(deployed.size(), std::size_t(1));
    QCOMPARE(deployed[0].state, std::string("RUNNING"));
    // A changed config is a replace: PUT again (200), no DELETE.
    for (const auto &[id, node] : graph.nodes()) {
        if (node.kind == "database-sink")
            graph.node(id)->parameters["batchSize"] = 50;
    }
    QVERIFY2(deployer.plan(graph, graph.name, &plan, &error), error.c_str());
    QVERIFY2(count(plan, StepAction::Replace) == 1, plan.describe().c_str());
    QVERIFY(deployer.apply(plan).ok);
    const auto requests = connect.requests();
    QCOMPARE(std::count_if(requests.begin(), requests.end(), [](const std::string &r) { return r.rfind("PUT", 0) == 0; }), 2);
    QCOMPARE(std::count_if(requests.begin(), requests.end(), [](const std::string &r) { return r.rfind("DELETE", 0) == 0; }), 0);
    QVERIFY2(deployer.undeployPlan(graph.name, &plan, &error), error.c_str());
    QVERIFY(deployer.apply(plan).ok);
    QVERIFY(connect.connectors().empty());
}

void TstDeployment::connectFailedTaskRollsBack()
{
    FakeKafkaConnect connect;
    QVERIFY(connect.start());
    pipeline::Graph graph = loadExample("readings-to-database");
    codegen::ExportOptions options;
    const auto exported = codegen::SqlExporter::exportGraph(graph, options);
    QVERIFY(!exported.artifacts.empty());
    connect.failTasks.insert(nlohmann::json::parse(exported.artifacts[0].content)["name"].get<std::string>());
    Deployer deployer(target("connect", TargetKind::KafkaConnect, connect.url()), m_state.filePath("connect-fail").toStdString());
    DeploymentPlan plan;
    std::string error;
    QVERIFY2(deployer.plan(graph, graph.name, &plan, &error), error.c_str());
    const DeploymentReport report = deployer.apply(plan);
    QVERIFY(!report.ok);
    QCOMPARE(report.failedNode, std::string("store"));
    QVERIFY2(report.error.find("Cannot connect to jdbc:") != std::string::npos, report.error.c_str()); // the task's trace
    QCOMPARE(report.created.size(), std::size_t(1)); // it exists all the same
    QCOMPARE(report.diagnostics.size(), std::size_t(1));
    QCOMPARE(report.diagnostics[0].nodeId, std::string("store"));
    std::vector<DeployedObject> deployed;
    QVERIFY2(deployer.deployments(&deployed, &error), error.c_str());
    QCOMPARE(deployed.size(), std::size_t(1));
    QCOMPARE(deployed[0].state, std::string("FAILED"));
    QVERIFY(deployed[0].detail.find("task 0") != std::string::npos);
    const DeploymentReport undone = deployer.rollback(report);
    QVERIFY2(undone.ok, undone.error.c_str());
    QVERIFY(connect.connectors().empty());
    QVERIFY2(deployer.deployments(&deployed, &error), error.c_str());
    QVERIFY(deployed.empty());
}

void TstDeployment::unreachable()
{
    FakeKsqldb ksql;
    QVERIFY(ksql.start());
    const std::string url = ksql.url();
    ksql.stop(); // nothing listens on the port any more
    for (TargetKind kind : {TargetKind::Ksqldb, TargetKind::FlinkSqlGateway, TargetKind::KafkaConnect}) {
        Deployer deployer(target("down", kind, url), m_state.filePath("down").toStdString());
        // Connect only asks about recorded connectors; a recorded one makes it ask.
        if (kind == TargetKind::KafkaConnect) {
            DeploymentRecord record(m_state.filePath("down").toStdString(), "down");
            DeployedObject o;
            o.pipeline = "readings-to-database";
            o.kind = "connector";
            o.name = "x";
            record.add(o);
            std::string e;
            QVERIFY(record.save(&e));
        }
        DeploymentPlan plan;
        std::string error;
        pipeline::Graph graph = loadExample("readings-to-database");
        QVERIFY(!deployer.plan(graph, graph.name, &plan, &error));
        QVERIFY2(error.find("down (" + url + ")") == 0, error.c_str());
        QVERIFY2(error.find("cannot reach the server") != std::string::npos, error.c_str());
    }
}

void TstDeployment::unauthorized()
{
    FakeKsqldb ksql;
    ksql.options.credentials = "alice:right";
    QVERIFY(ksql.start());
    DeploymentTarget t = target("ksql", TargetKind::Ksqldb, ksql.url());
    t.authRef = "env:PW_TEST_KSQL_AUTH";
    qputenv("PW_TEST_KSQL_AUTH", "alice:wrong");
    Deployer deployer(t, m_state.filePath("auth").toStdString());
    DeploymentPlan plan;
    std::string error;
    pipeline::Graph graph = loadExample("customer-payments-aggregate");
    QVERIFY(!deployer.plan(graph, graph.name, &plan, &error));
    QVERIFY2(error.find("HTTP 401: Unauthorized (authentication failed: check the credentials behind env:PW_TEST_KSQL_AUTH)")
                 != std::string::npos,
             error.c_str());
    QVERIFY(error.find("wrong") == std::string::npos); // never the secret
    qputenv("PW_TEST_KSQL_AUTH", "alice:right");
    QVERIFY2(deployer.plan(graph, graph.name, &plan, &error), error.c_str());
    const DeploymentReport report = deployer.apply(plan);
    QVERIFY2(report.ok, report.error.c_str());
    qunsetenv("PW_TEST_KSQL_AUTH");
    QVERIFY(!deployer.plan(graph, graph.name, &plan, &error));
    QVERIFY2(error.find("environment variable PW_TEST_KSQL_AUTH is not set") != std::string::npos, error.c_str());
}

void TstDeployment::rejectedMidwayRollsBack()
{
    FakeKsqldb ksql;
    ksql.options.rejectChange = 3; // the third statement that changes something
    QVERIFY(ksql.start());
    Deployer deployer(target("ksql", TargetKind::Ksqldb, ksql.url()), m_state.filePath("reject").toStdString());
    pipeline::Graph graph = loadExample("iot-temperature-alerts");
    DeploymentPlan plan;
    std::string error;
    QVERIFY2(deployer.plan(graph, graph.name, &plan, &error), error.c_str());
    QVERIFY(!pipeline::hasErrors(plan.diagnostics));
    QVERIFY(plan.steps.size() > 3);
    const DeploymentReport report = deployer.apply(plan);
    QVERIFY(!report.ok);
    QCOMPARE(report.created.size(), std::size_t(2)); // exactly the two before the rejected one
    QCOMPARE(report.failedNode, plan.steps[2].nodeId());
    QVERIFY2(report.error.find("Statement rejected (fake failure injection") != std::string::npos, report.error.c_str());
    QCOMPARE(report.diagnostics.at(0).nodeId, plan.steps[2].nodeId());
    QCOMPARE(ksql.sources().size() + ksql.queries().size() > 0, true);
    // The record knows them: a plan now shows them, nothing is hidden.
    std::vector<DeployedObject> deployed;
    QVERIFY2(deployer.deployments(&deployed, &error), error.c_str());
    QCOMPARE(deployed.size(), std::size_t(2));
    const DeploymentReport undone = deployer.rollback(report);
    QVERIFY2(undone.ok, undone.error.c_str());
    QVERIFY(ksql.sources().empty());
    QVERIFY(ksql.queries().empty());
    QVERIFY2(deployer.deployments(&deployed, &error), error.c_str());
    QVERIFY(deployed.empty());
}

void TstDeployment::redeployFindsTaggedQueriesWithoutRecord()
{
    FakeKsqldb ksql;
    QVERIFY(ksql.start());
    pipeline::Graph graph = loadExample("readings-to-database");
    DeploymentPlan plan;
    std::string error;
    {
        Deployer deployer(target("ksql", TargetKind::Ksqldb, ksql.url()), m_state.filePath("lost-a").toStdString());
        QVERIFY2(deployer.plan(graph, graph.name, &plan, &error), error.c_str());
        QVERIFY(deployer.apply(plan).ok);
    }
    // Another machine (no record): the tagged INSERT query is found and replaced.
    Deployer other(target("ksql", TargetKind::Ksqldb, ksql.url()), m_state.filePath("lost-b").toStdString());
    QVERIFY2(other.plan(graph, graph.name, &plan, &error), error.c_str());
    QVERIFY2(plan.describe().find("found on the engine with this pipeline's tag") != std::string::npos, plan.describe().c_str());
}

QTEST_GUILESS_MAIN(TstDeployment)
#include "tst_deployment.moc"
