// Pipeline → Deploy… on the offscreen platform against the engine fakes: the
// plan per target (with the Kafka Connect target), progress per statement, a
// redeploy showing keep/replace, a failure with its node in the diagnostics and
// the rollback, a pipeline the engine cannot express, and a GUI thread that
// keeps running while a slow engine works.
#include "widgets/dialogs/deploydialog.h"

#include "pipeline/serialization/pipelinereader.h"

#include "fakeflinkgateway.h"
#include "fakekafkaconnect.h"
#include "fakeksqldb.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace deployment;
using namespace pipewright::testsupport;

Q_DECLARE_METATYPE(pipeline::Diagnostics)

namespace {

const QString examples = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/");

pipeline::Graph example(const QString &name)
{
    return *pipeline::readPipelineFile((examples + name + ".pipeline.json").toStdString()).graph;
}

QStringList column(QTreeWidget *tree, int top, int column)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItem(top)->childCount(); ++i)
        out << tree->topLevelItem(top)->child(i)->text(column);
    return out;
}

} // namespace

class TstDeployDialog : public QObject {
    Q_OBJECT

private:
    FakeKsqldb m_ksql;
    FakeFlinkGateway m_flink;
    FakeKafkaConnect m_connect;
    QTemporaryDir m_state;
    std::vector<DeploymentTarget> m_targets;

private slots:
    void initTestCase();
    void deploysWithProgressAndRedeploys();
    void failureShowsNodeAndRollsBack();
    void notExpressible();
    void guiThreadKeepsRunning();
};

void TstDeployDialog::initTestCase()
{
    qRegisterMetaType<pipeline::Diagnostics>();
    QVERIFY(m_ksql.start());
    QVERIFY(m_flink.start());
    QVERIFY(m_connect.start());
    auto target = [](const char *name, TargetKind kind, const std::string &url) {
        DeploymentTarget t;
        t.name = name;
        t.kind = kind;
        t.url = url;
        return t;
    };
    m_targets = {target("ksql", TargetKind::Ksqldb, m_ksql.url()), target("flink", TargetKind::FlinkSqlGateway, m_flink.url()),
                 target("connect", TargetKind::KafkaConnect, m_connect.url())};
    m_targets[0].connectTarget = "connect";
}

void TstDeployDialog::deploysWithProgressAndRedeploys()
{
    const QString file = examples + "readings-to-database.pipeline.json";
    DeployDialog dialog(example("readings-to-database"), file, m_targets, m_state.filePath("a"));
    dialog.show();
    QSignalSpy planned(&dialog, &DeployDialog::planned);
    QVERIFY(planned.wait(10000));
    QTreeWidget *plan = dialog.planView();
    QCOMPARE(plan->topLevelItemCount(), 2); // ksql and its Kafka Connect target
    QCOMPARE(plan->topLevelItem(0)->text(0), QString("ksql"));
    QCOMPARE(plan->topLevelItem(1)->text(0), QString("connect"));
    QVERIFY(column(plan, 0, 0).size() >= 3);
    for (const QString &action : column(plan, 0, 0))
        QCOMPARE(action, QString("create"));
    QCOMPARE(column(plan, 1, 0), QStringList{"create"});
    QCOMPARE(column(plan, 1, 3), QStringList{"store"});
    QVERIFY(dialog.deployButton()->isEnabled());

    QSignalSpy finished(&dialog, &DeployDialog::deployFinished);
    QTest::mouseClick(dialog.deployButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.statusLabel()->text()));
    QTRY_VERIFY(column(plan, 1, 4).join("").contains("done: connector"));
    for (const QString &progress : column(plan, 0, 4))
        QVERIFY2(progress.startsWith("done: "), qPrintable(progress));
    QVERIFY(dialog.statusLabel()->text().startsWith("Deployed."));
    QCOMPARE(m_connect.connectors().size(), std::size_t(1));
    QVERIFY(!m_ksql.queries().empty());
    if (qEnvironmentVariableIsSet("PIPEWRIGHT_GRAB"))
        dialog.grab().save(qEnvironmentVariable("PIPEWRIGHT_GRAB"));

    // Deploy dialog again after an edit: the changed node is replaced, the rest kept.
    pipeline::Graph edited = example("readings-to-database");
    for (const auto &[id, node] : edited.nodes()) {
        if (node.kind == "kafka-source")
            edited.node(id)->parameters["topic"] = node.stringParameter("topic") + "-v2";
    }
    DeployDialog again(edited, file, m_targets, m_state.filePath("a"));
    QSignalSpy plannedAgain(&again, &DeployDialog::planned);
    QVERIFY(plannedAgain.wait(10000));
    QVERIFY2(column(again.planView(), 0, 0).contains("replace"), qPrintable(column(again.planView(), 0, 0).join(",")));
    QCOMPARE(column(again.planView(), 1, 0), QStringList{"keep"});
}

void TstDeployDialog::failureShowsNodeAndRollsBack()
{
    const std::size_t sourcesBefore = m_ksql.sources().size();
    const std::vector<std::string> statements = m_ksql.statements();
    const std::size_t changesBefore = std::count_if(statements.begin(), statements.end(), [](const std::string &s) {
        return s.rfind("CREATE", 0) == 0 || s.rfind("INSERT", 0) == 0 || s.rfind("DROP", 0) == 0 || s.rfind("TERMINATE", 0) == 0;
    });
    m_ksql.options.rejectChange = int(changesBefore) + 2;
    DeployDialog dialog(example("customer-payments-aggregate"), examples + "customer-payments-aggregate.pipeline.json", m_targets,
                        m_state.filePath("b"));
    dialog.show();
    QSignalSpy planned(&dialog, &DeployDialog::planned);
    QVERIFY(planned.wait(10000));
    QSignalSpy finished(&dialog, &DeployDialog::deployFinished);
    QSignalSpy diagnostics(&dialog, &DeployDialog::deploymentDiagnostics);
    QTest::mouseClick(dialog.deployButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    m_ksql.options.rejectChange = 0;
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(dialog.statusLabel()->text().contains("Statement rejected"), qPrintable(dialog.statusLabel()->text()));
    QVERIFY2(dialog.statusLabel()->text().contains("Created before the failure: stream"), qPrintable(dialog.statusLabel()->text()));
    QVERIFY(dialog.rollbackButton()->isVisible());
    QVERIFY(column(dialog.planView(), 0, 4).join("|").contains("failed: "));
    const auto nodes = diagnostics.last().at(0).value<pipeline::Diagnostics>();
    QCOMPARE(nodes.size(), std::size_t(1));
    QCOMPARE(nodes[0].nodeId, dialog.reports()[0].failedNode);
    QVERIFY(!nodes[0].nodeId.empty());
    QCOMPARE(m_ksql.sources().size(), sourcesBefore + 1);

    QTest::mouseClick(dialog.rollbackButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(dialog.statusLabel()->text()));
    QVERIFY(dialog.statusLabel()->text().startsWith("Rolled back."));
    QCOMPARE(m_ksql.sources().size(), sourcesBefore);
    QVERIFY(!dialog.rollbackButton()->isVisible());
}

void TstDeployDialog::notExpressible()
{
    DeployDialog dialog(example("event-llm-insights"), examples + "event-llm-insights.pipeline.json", m_targets, m_state.filePath("c"));
    QSignalSpy diagnostics(&dialog, &DeployDialog::deploymentDiagnostics);
    QSignalSpy planned(&dialog, &DeployDialog::planned);
    QVERIFY(planned.wait(10000));
    QVERIFY(!dialog.deployButton()->isEnabled());
    QVERIFY(dialog.statusLabel()->text().contains("cannot express"));
    const auto nodes = diagnostics.last().at(0).value<pipeline::Diagnostics>();
    QVERIFY(std::any_of(nodes.begin(), nodes.end(), [](const pipeline::Diagnostic &d) { return d.nodeId == "analyse"; }));
    // The same pipeline on Flink (ML_PREDICT) is fine.
    dialog.targetBox()->setCurrentIndex(1);
    QVERIFY(planned.wait(10000));
    QVERIFY(dialog.deployButton()->isEnabled());
}

void TstDeployDialog::guiThreadKeepsRunning()
{
    m_flink.pollsUntilDone = 12; // every statement answers RUNNING a while
    DeployDialog dialog(example("customer-payments-aggregate"), examples + "customer-payments-aggregate.pipeline.json", m_targets,
                        m_state.filePath("d"));
    dialog.targetBox()->setCurrentIndex(1); // while the first target's plan is still being made
    QSignalSpy planned(&dialog, &DeployDialog::planned);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && planned.count() > 0, 20000);
    QCOMPARE(planned.count(), 1); // only the plan of the target now chosen is shown
    QCOMPARE(dialog.planView()->topLevelItem(0)->text(0), QString("flink"));
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(10);
    QSignalSpy finished(&dialog, &DeployDialog::deployFinished);
    QTest::mouseClick(dialog.deployButton(), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.deployButton()->isEnabled());
    QVERIFY(finished.wait(30000));
    m_flink.pollsUntilDone = 2;
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(dialog.statusLabel()->text()));
    QVERIFY2(ticks > 5, qPrintable(QString::number(ticks))); // the event loop ran during the deployment
    const auto jobs = m_flink.jobs();
    QVERIFY(std::any_of(jobs.begin(), jobs.end(), [](const FakeFlinkGateway::Job &j) {
        return j.name == "pipewright.customer_payments_aggregate.totals" && j.status == "RUNNING";
    }));
}

QTEST_MAIN(TstDeployDialog)
#include "tst_deploydialog.moc"
