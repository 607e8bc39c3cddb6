// The Assistant dock on the offscreen platform against the mock OpenAI server:
// generate -> preview with marks -> Apply is one undo step; Discard, failures
// and cancel leave the document's bytes unchanged; an edit marks added,
// changed and removed nodes; a preview does not apply over later edits.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include "assisttesting.h"
#include "mockllmserver.h"

#include "pipeline/edit/setlabelcommand.h"
#include "pipeline/serialization/pipelinewriter.h"
#include "widgets/docks/assistantdock.h"
#include "widgets/model/graphmodel.h"
#include "widgets/canvas/pipelinescene.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace pipeline;
using namespace pipeline::assist;
using namespace pipewright::testsupport;
using namespace assisttest;

class TestAssistantDock : public QObject {
    Q_OBJECT

private:
    MockLlmServer m_server;
    std::unique_ptr<GraphModel> m_model;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<AssistantDock> m_dock;

    std::string documentBytes() const { return writePipelineText(m_model->graph()); }

    // Types the prompt, clicks the button, waits for the request to end.
    bool ask(QPushButton *button, const QString &prompt)
    {
        m_dock->promptEdit()->setPlainText(prompt);
        QSignalSpy finished(m_dock.get(), &AssistantDock::finished);
        QTest::mouseClick(button, Qt::LeftButton);
        if (!finished.wait(20000))
            return false;
        return finished.at(0).at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PipewrightTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_assistantdock"));
        std::string error;
        QVERIFY2(m_server.start(0, &error), error.c_str());
    }

    void init()
    {
        m_server.clearRules();
        m_server.clearRequests();
        m_server.setLatency(0);
        m_server.setStreamChunkDelay(0);
        m_model = std::make_unique<GraphModel>();
        m_stack = std::make_unique<QUndoStack>();
        m_model->setUndoStack(m_stack.get());
        m_dock = std::make_unique<AssistantDock>(m_model.get());
        auto endpoint = std::make_shared<runtime::LlmEndpoint>();
        endpoint->baseUrl = m_server.baseUrl();
        endpoint->model = "gpt-test";
        PipelineAssistant::Options options;
        options.endpoint = endpoint;
        options.repairRounds = 1;
        m_dock->setAssistantOptions(options);
        m_dock->resize(500, 800);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
    }

    void cleanup()
    {
        m_dock.reset();
        m_model.reset();
        m_stack.reset();
    }

    void generatePreviewApplyIsOneUndoStep()
    {
        m_server.addRule({.pattern = "temperature readings", .reply = iotAnswer().dump()});
        const std::string before = documentBytes();
        QVERIFY(ask(m_dock->generateButton(), QStringLiteral("Consume the temperature readings and alert")));

        // Previewed, not applied.
        QVERIFY(m_dock->hasPreview());
        QCOMPARE(documentBytes(), before);
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(m_dock->previewScene()->nodeItemCount(), 5);
        QCOMPARE(m_dock->previewMark(QStringLiteral("readings")), QStringLiteral("added"));
        QCOMPARE(m_dock->previewMark(QStringLiteral("alerts")), QStringLiteral("added"));
        QVERIFY(m_dock->applyButton()->isVisible());
        QVERIFY(m_dock->history().contains(QStringLiteral("Consume the temperature readings and alert")));
        QVERIFY(m_dock->generateButton()->isEnabled());

        QTest::mouseClick(m_dock->applyButton(), Qt::LeftButton);
        QVERIFY(!m_dock->hasPreview());
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_model->graph().nodes().size(), size_t(5));
        QVERIFY(validateGraph(m_model->graph()).ok());
        const std::string applied = documentBytes();
        m_stack->undo();
        QCOMPARE(documentBytes(), before);
        m_stack->redo();
        QCOMPARE(documentBytes(), applied);
    }

    void failedGenerationLeavesDocumentUnchanged()
    {
        m_model->resetGraph(graphOf(iotAnswer()));
        const std::string before = documentBytes();
        json bad = iotAnswer();
        nodeOf(bad, "range")["kind"] = "wormhole";
        m_server.addRule({.pattern = "never works", .reply = bad.dump()});
        QVERIFY(!ask(m_dock->generateButton(), QStringLiteral("never works")));
        QCOMPARE(m_server.requestCount(), size_t(2)); // first answer + one repair round
        QVERIFY(!m_dock->hasPreview());
        QCOMPARE(documentBytes(), before);
        QCOMPARE(m_stack->count(), 0);
        QVERIFY2(m_dock->messageText().contains(QStringLiteral("unknown node kind \"wormhole\"")),
                 qPrintable(m_dock->messageText()));
        QVERIFY(m_dock->messageText().contains(QStringLiteral("nothing was changed")));
        QVERIFY(m_dock->messageText().contains(QStringLiteral("\"wormhole\""))); // the last answer is shown

        m_server.addRule({.pattern = "server down", .failure = MockFailure::BadRequest});
        QVERIFY(!ask(m_dock->generateButton(), QStringLiteral("server down")));
        QCOMPARE(documentBytes(), before);
        QVERIFY(m_dock->messageText().contains(QStringLiteral("400")));
    }

    void editMarksChangesAndDiscardKeepsDocument()
    {
        m_model->resetGraph(graphOf(iotAnswer()));
        const std::string before = documentBytes();
        json changed = iotAnswer();
        nodeOf(changed, "range")["parameters"]["routes"][0]["condition"] = "temperature > 140";
        changed["nodes"].push_back({{"id", "archive"}, {"kind", "kafka-sink"}, {"label", "Archive"},
                                    {"parameters", {{"topic", "readings.archive"}}}});
        changed["edges"].push_back(edge("range", "else", "archive"));
        changed["nodes"].erase(4); // the dead-letter sink
        changed["edges"].erase(2);
        m_server.addRule({.pattern = "archive instead", .reply = changed.dump()});
        QVERIFY(ask(m_dock->editButton(), QStringLiteral("archive instead of dead-lettering")));
        QCOMPARE(m_dock->previewMark(QStringLiteral("archive")), QStringLiteral("added"));
        QCOMPARE(m_dock->previewMark(QStringLiteral("range")), QStringLiteral("changed"));
        QCOMPARE(m_dock->previewMark(QStringLiteral("invalid")), QStringLiteral("removed"));
        QCOMPARE(m_dock->previewMark(QStringLiteral("readings")), QString());
        QCOMPARE(m_dock->previewScene()->nodeItemCount(), 6); // proposed + the removed ghost
        QCOMPARE(m_dock->diff().nodesRemoved, std::vector<std::string>{"invalid"});

        QTest::mouseClick(m_dock->discardButton(), Qt::LeftButton);
        QVERIFY(!m_dock->hasPreview());
        QCOMPARE(documentBytes(), before);
        QCOMPARE(m_stack->count(), 0);
    }

    void previewDoesNotApplyOverLaterEdits()
    {
        m_model->resetGraph(graphOf(iotAnswer()));
        json changed = iotAnswer("Hot or cold");
        m_server.addRule({.pattern = "rename", .reply = changed.dump()});
        QVERIFY(ask(m_dock->editButton(), QStringLiteral("rename the alerts")));
        QVERIFY(m_dock->hasPreview());
        m_model->execute(std::make_unique<edit::SetLabelCommand>(m_model->graph(), "check", "Checked by hand"));
        const std::string edited = documentBytes();
        QVERIFY(!m_dock->apply());
        QCOMPARE(documentBytes(), edited);
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(m_dock->messageText().contains(QStringLiteral("changed after the request")));
    }

    void cancelLeavesDocumentUnchanged()
    {
        m_server.addRule({.pattern = "slow", .reply = iotAnswer().dump()});
        m_server.setLatency(8000); // the answer comes long after the cancel
        const std::string before = documentBytes();
        m_dock->promptEdit()->setPlainText(QStringLiteral("slow generation"));
        QSignalSpy finished(m_dock.get(), &AssistantDock::finished);
        QTest::mouseClick(m_dock->generateButton(), Qt::LeftButton);
        QVERIFY(m_dock->isBusy());
        QVERIFY(m_dock->cancelButton()->isEnabled());
        QVERIFY(!m_dock->generateButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(), size_t(1), 10000);
        QTRY_VERIFY(m_dock->stageText().contains(QStringLiteral("Asking the model")));
        QTest::mouseClick(m_dock->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!m_dock->isBusy());
        QVERIFY(m_dock->stageText().contains(QStringLiteral("Cancelled")));
        QCOMPARE(documentBytes(), before);
        QCOMPARE(m_stack->count(), 0);
        m_server.setLatency(0);
    }

    void picksProfilesStreamsAndCancels()
    {
        PipelineAssistant::Options options = m_dock->assistantOptions();
        options.retry.maxRetries = 0; // the unreachable profile fails at once
        m_dock->setAssistantOptions(options);
        // Two profiles from Settings: the one marked for the assistant is preselected.
        runtime::LlmEndpoint unreachable;
        unreachable.name = "cloud";
        unreachable.baseUrl = "http://127.0.0.1:9/v1"; // discard port: nothing listens
        unreachable.model = "big-model";
        runtime::LlmEndpoint local;
        local.name = "laptop";
        local.baseUrl = m_server.baseUrl();
        local.model = "small-model";
        m_dock->setProfiles({unreachable, local}, QStringLiteral("laptop"));
        QCOMPARE(m_dock->profileCombo()->count(), 2);
        QCOMPARE(m_dock->currentProfile(), QStringLiteral("laptop"));
        QVERIFY(m_dock->profileCombo()->isEnabled());

        m_server.addRule({.pattern = "temperature readings", .reply = iotAnswer().dump()});
        m_server.setStreamChunkDelay(3); // a visible stream
        QVERIFY(ask(m_dock->generateButton(), QStringLiteral("Consume the temperature readings and alert")));
        QVERIFY(m_dock->hasPreview());
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), size_t(1));
        QCOMPARE(requests[0].body["model"], "small-model"); // the profile's model
        QCOMPARE(requests[0].body["stream"], true);
        m_dock->discard();

        // The user picks the other profile; a Settings reload keeps that pick.
        m_dock->profileCombo()->setCurrentIndex(0);
        emit m_dock->profileCombo()->activated(0);
        m_dock->setProfiles({unreachable, local}, QStringLiteral("laptop"));
        QCOMPARE(m_dock->currentProfile(), QStringLiteral("cloud"));
        QVERIFY(!ask(m_dock->generateButton(), QStringLiteral("Consume the temperature readings again")));
        QVERIFY2(m_dock->messageText().contains(QStringLiteral("could not reach the model")), qPrintable(m_dock->messageText()));
        QCOMPARE(m_server.requestCount(), size_t(1)); // nothing reached the mock

        // Back to the laptop: the stream shows round, tokens and time; Cancel aborts it.
        m_dock->profileCombo()->setCurrentIndex(1);
        m_server.setStreamChunkDelay(40);
        const std::string before = documentBytes();
        m_dock->promptEdit()->setPlainText(QStringLiteral("Consume the temperature readings slowly"));
        QSignalSpy finished(m_dock.get(), &AssistantDock::finished);
        QTest::mouseClick(m_dock->generateButton(), Qt::LeftButton);
        QVERIFY(!m_dock->profileCombo()->isEnabled()); // no switching mid-request
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->stageText().contains(QStringLiteral("Receiving the answer")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->stageText().contains(QRegularExpression(QStringLiteral("Round 1 of 2 · .* · [1-9][0-9]* token.* · [0-9.,]+ s"))), 5000);
        QTest::mouseClick(m_dock->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(2000)); // at once, not after the ~30 s the stream would take
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(m_dock->stageText().contains(QStringLiteral("Cancelled")));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.streamsAborted(), 1, 2000);
        QCOMPARE(documentBytes(), before);
        QCOMPARE(m_stack->count(), 0);
        QVERIFY(m_dock->profileCombo()->isEnabled());
        m_server.setStreamChunkDelay(0);
    }

    void withoutProfilesTheDockSaysWhereToAddThem()
    {
        m_dock->setProfiles({}, QString());
        QCOMPARE(m_dock->profileCombo()->count(), 1);
        QVERIFY(!m_dock->profileCombo()->isEnabled());
        QVERIFY(m_dock->profileCombo()->currentText().contains(QStringLiteral("Settings")));
    }

    void explainShowsText()
    {
        m_model->resetGraph(graphOf(iotAnswer()));
        m_server.addRule({.pattern = "Explain this pipeline", .reply = "Readings are checked & routed."});
        QVERIFY(ask(m_dock->explainButton(), QString()));
        QCOMPARE(m_dock->messageText(), QStringLiteral("Readings are checked & routed."));
        QVERIFY(!m_dock->hasPreview());
    }
};

QTEST_MAIN(TestAssistantDock)
#include "tst_assistantdock.moc"
