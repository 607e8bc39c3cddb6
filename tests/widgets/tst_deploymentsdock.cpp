// The Deployments dock on the offscreen platform against the engine fakes: what
// runs per target with its state, an unreachable target, a failed connector
// task with its trace, Stop and Open, refreshes off the GUI thread.
#include "widgets/docks/deploymentsdock.h"

#include "deployment/deployer.h"
#include "pipeline/serialization/pipelinereader.h"

#include "fakekafkaconnect.h"
#include "fakeksqldb.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace deployment;
using namespace pipewright::testsupport;

class TstDeploymentsDock : public QObject {
    Q_OBJECT

private slots:
    void showsWhatRunsAndStops();
};

void TstDeploymentsDock::showsWhatRunsAndStops()
{
    FakeKsqldb ksql;
    FakeKafkaConnect connect;
    QVERIFY(ksql.start());
    QVERIFY(connect.start());
    QTemporaryDir state;
    std::vector<DeploymentTarget> targets(3);
    targets[0].name = "ksql";
    targets[0].kind = TargetKind::Ksqldb;
    targets[0].url = ksql.url();
    targets[0].connectTarget = "connect";
    targets[1].name = "connect";
    targets[1].kind = TargetKind::KafkaConnect;
    targets[1].url = connect.url();
    targets[2].name = "down";
    targets[2].kind = TargetKind::FlinkSqlGateway;
    targets[2].url = "http://127.0.0.1:1";
    const std::string file = PIPEWRIGHT_SOURCE_DIR "/resources/examples/readings-to-database.pipeline.json";
    const pipeline::Graph graph = *pipeline::readPipelineFile(file).graph;
    for (int t : {0, 1}) {
        Deployer deployer(targets[t], state.path().toStdString());
        DeploymentPlan plan;
        std::string error;
        QVERIFY2(deployer.plan(graph, graph.name, &plan, &error), error.c_str());
        plan.sourceFile = file;
        QVERIFY(deployer.apply(plan).ok);
    }
    // The "down" target has a record entry, so the dock must ask it (and fail to).
    DeploymentRecord record(state.path().toStdString(), "down");
    DeployedObject job;
    job.pipeline = "elsewhere";
    job.kind = "job";
    job.name = "pipewright.elsewhere.x";
    record.add(job);
    std::string error;
    QVERIFY(record.save(&error));

    DeploymentsDock dock;
    dock.resize(900, 400);
    dock.show();
    QSignalSpy refreshed(&dock, &DeploymentsDock::refreshed);
    dock.setRefreshInterval(0);
    dock.setTargets(targets, state.path());
    QVERIFY(dock.isBusy()); // the engines are asked on the thread pool, not here
    QVERIFY(refreshed.wait(10000));
    QTreeWidget *tree = dock.tree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QTreeWidgetItem *ksqlItem = tree->topLevelItem(0);
    QCOMPARE(ksqlItem->childCount(), int(dock.states()[0].objects.size()));
    QVERIFY(ksqlItem->childCount() >= 3);
    for (int i = 0; i < ksqlItem->childCount(); ++i)
        QVERIFY2(ksqlItem->child(i)->text(1) == "RUNNING" || ksqlItem->child(i)->text(1) == "DECLARED", qPrintable(ksqlItem->child(i)->text(0)));
    QTreeWidgetItem *connectItem = tree->topLevelItem(1);
    QCOMPARE(connectItem->childCount(), 1);
    QCOMPARE(connectItem->child(0)->text(1), QString("RUNNING"));
    QVERIFY2(connectItem->child(0)->text(5).contains("1/1 tasks running"), qPrintable(connectItem->child(0)->text(5)));
    QCOMPARE(tree->topLevelItem(2)->text(1), QString("unreachable"));
    QVERIFY(tree->topLevelItem(2)->text(5).contains("cannot reach the server"));

    // A task fails on the worker: red, with the trace in the tooltip.
    connect.failTasks.insert(connectItem->child(0)->text(0).toStdString());
    dock.refresh();
    QVERIFY(refreshed.wait(10000));
    QTreeWidgetItem *failed = tree->topLevelItem(1)->child(0);
    QCOMPARE(failed->text(1), QString("FAILED"));
    QVERIFY2(failed->toolTip(5).contains("Caused by: java.sql.SQLException"), qPrintable(failed->toolTip(5)));
    connect.failTasks.clear();

    // Open asks for the file it came from.
    QSignalSpy open(&dock, &DeploymentsDock::openRequested);
    tree->setCurrentItem(failed);
    QVERIFY(dock.openButton()->isEnabled());
    QTest::mouseClick(dock.openButton(), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QString::fromStdString(file));
    QCOMPARE(open.at(0).at(1).toString(), QString("store"));

    // Stop the tagged INSERT query: terminated on the engine, gone from the list.
    QTreeWidgetItem *query = nullptr;
    ksqlItem = tree->topLevelItem(0);
    for (int i = 0; i < ksqlItem->childCount(); ++i) {
        if (ksqlItem->child(i)->text(4) == "query")
            query = ksqlItem->child(i);
    }
    QVERIFY(query);
    const QString queryName = query->text(0);
    tree->setCurrentItem(query);
    QVERIFY(dock.stopButton()->isEnabled());
    QSignalSpy stopped(&dock, &DeploymentsDock::stopped);
    QTest::mouseClick(dock.stopButton(), Qt::LeftButton);
    QVERIFY(stopped.wait(10000));
    QVERIFY2(stopped.at(0).at(0).toBool(), qPrintable(stopped.at(0).at(1).toString()));
    QVERIFY(refreshed.wait(10000));
    for (const auto &q : ksql.queries())
        QVERIFY(QString::fromStdString(q.id) != queryName);
    ksqlItem = tree->topLevelItem(0);
    for (int i = 0; i < ksqlItem->childCount(); ++i)
        QVERIFY(ksqlItem->child(i)->text(0) != queryName);

    // Background refresh on a timer.
    const int before = refreshed.count();
    dock.setRefreshInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= before + 2, 10000);
    dock.setRefreshInterval(0);
    QTRY_VERIFY(!dock.isBusy());
    if (qEnvironmentVariableIsSet("PIPEWRIGHT_GRAB"))
        dock.grab().save(qEnvironmentVariable("PIPEWRIGHT_GRAB"));
}

QTEST_MAIN(TstDeploymentsDock)
#include "tst_deploymentsdock.moc"
