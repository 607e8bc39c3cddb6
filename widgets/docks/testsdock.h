#pragma once

#include "pipeline/runtime/dataflow/runsettings.h"
#include "pipeline/runtime/testing/pipelinetestrunner.h"
#include "pipeline/runtime/testing/pipelinetests.h"

#include <nlohmann/json.hpp>

#include <QDockWidget>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

class GraphModel;
class PipelineTestScheduler;
class QAction;
class QLabel;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;
class TestCaseDiffView;
class TestCaseEditorDialog;

/// The Tests dock: the cases of the open pipeline's NAME.tests.json with a pass or
/// fail badge each, Run All Tests, add / edit / remove a case (written to the file
/// at once), and for the selected case what differs (node, record, field, expected
/// vs actual). It follows the graph: a moment after an edit settles the cases run
/// again off the GUI thread (PipelineTestScheduler), so a broken expectation turns
/// red while you edit; results of a graph that has changed since are dropped.
class TestsDock : public QDockWidget {
    Q_OBJECT

public:
    enum class CaseState { NotRun, Passed, Failed, Error };

    explicit TestsDock(GraphModel *model, QWidget *parent = nullptr);
    ~TestsDock() override;

    /// The open pipeline's file; its tests are read from (and written to) the
    /// NAME.tests.json beside it. Empty: an unsaved pipeline, cases stay in memory.
    void setPipelinePath(const QString &pipelinePath);
    QString pipelinePath() const { return m_pipelinePath; }
    QString testsPath() const;
    /// Reads the test file again (after it changed on disk, e.g. by `pipewright-cli test --update`).
    bool reload();
    /// The settings the cases run with (LLM endpoints for the answer caches' keys).
    void setRunSettings(pipeline::runtime::RunSettings settings);

    void setRefreshDelay(int ms);
    /// A re-run is waiting for edits to settle or is in flight.
    bool isRunPending() const;
    PipelineTestScheduler *scheduler() const { return m_scheduler; }

    QAction *runAllAction() const { return m_runAll; }
    QAction *addCaseAction() const { return m_addCase; }
    QAction *editCaseAction() const { return m_editCase; }
    QAction *removeCaseAction() const { return m_removeCase; }
    QAction *saveRunAction() const { return m_saveRun; }
    QTreeWidget *caseList() const { return m_cases; }
    TestCaseDiffView *diffView() const { return m_diff; }
    QLabel *statusLabel() const { return m_status; }

    const pipeline::runtime::PipelineTests &tests() const { return m_tests; }
    /// The latest result (of the graph and cases as they were when it started).
    const std::optional<pipeline::runtime::PipelineTestsResult> &result() const { return m_result; }
    CaseState caseState(const QString &name) const;
    int caseCount() const { return int(m_tests.cases.size()); }
    int failedCount() const;
    void selectCase(const QString &name);
    QString selectedCase() const;

    /// Runs every case now (shows the dock).
    void runAll();
    /// Adds a case (its name must be new) / replaces the case at `index` / removes
    /// it, and writes the test file. False with the reason in the status line.
    bool addCase(const pipeline::runtime::TestCase &testCase);
    bool replaceCase(int index, const pipeline::runtime::TestCase &testCase);
    bool removeCase(int index);
    /// Opens the case editor for a new case / the selected case.
    void addCaseInteractively();
    void editSelectedCase();

    /// Records last seen at each source node of a live run, by node id.
    using SourceRecords = std::map<std::string, std::vector<nlohmann::json>>;
    /// Save as Test Case: a new case whose inputs are `records`; what the pipeline
    /// makes of them in process (the engine of a live run) becomes its expectations.
    bool addCaseFromRecords(const QString &name, const SourceRecords &records, QString *error = nullptr);
    /// Where Save Run as Test Case gets the records; the action is enabled while a
    /// run has records to give (setLiveRunAvailable).
    void setLiveRecordsProvider(std::function<SourceRecords()> provider);
    void setLiveRunAvailable(bool available);

    /// Runs the case editor (exec() by default); tests fill the dialog instead.
    using CaseEditor = std::function<bool(TestCaseEditorDialog *dialog)>;
    static void setCaseEditor(CaseEditor editor);

signals:
    /// A row of the diff naming a node was activated.
    void nodeActivated(const QString &nodeId);
    /// New results arrived (or the cases changed).
    void resultsChanged();

private:
    void loadFrom(const QString &testsPath);
    bool writeTests();
    void scheduleRun();
    void onFinished(const pipeline::runtime::PipelineTestsResult &result);
    void fillCases();
    void updateCaseRow(QTreeWidgetItem *item, int index);
    void showSelectedCase();
    void updateActions();
    void updateStatus();
    void showStatus(const QString &text, bool error = false);
    void saveRunAsTestCase();
    bool editInDialog(pipeline::runtime::TestCase *testCase, int index);
    QString uniqueName(const QString &base) const;
    const pipeline::runtime::TestCaseResult *caseResult(int index) const;

    GraphModel *m_model;
    PipelineTestScheduler *m_scheduler;
    QString m_pipelinePath;
    pipeline::runtime::PipelineTests m_tests;
    pipeline::Diagnostics m_loadErrors; // the file does not parse
    std::optional<pipeline::runtime::PipelineTestsResult> m_result;
    bool m_resultCurrent = false; // m_result belongs to the cases as they are now
    pipeline::runtime::RunSettings m_settings;
    std::function<SourceRecords()> m_liveRecords;
    bool m_liveRunAvailable = false;
    QToolBar *m_toolBar;
    QTreeWidget *m_cases;
    TestCaseDiffView *m_diff;
    QLabel *m_status;
    QAction *m_runAll;
    QAction *m_addCase;
    QAction *m_editCase;
    QAction *m_removeCase;
    QAction *m_saveRun;
};
