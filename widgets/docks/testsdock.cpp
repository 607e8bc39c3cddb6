#include "widgets/docks/testsdock.h"

#include "widgets/dialogs/testcaseeditordialog.h"
#include "widgets/docks/pipelinetestscheduler.h"
#include "widgets/docks/testcasediffview.h"
#include "widgets/model/graphmodel.h"

#include "pipeline/runtime/testing/pipelinetestsreader.h"
#include "pipeline/runtime/testing/pipelinetestswriter.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSplitter>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace pipeline::runtime;

namespace {

TestsDock::CaseEditor &caseEditor()
{
    static TestsDock::CaseEditor editor;
    return editor;
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// A round badge: green tick, red cross, amber "!" or a grey ring (not run).
QIcon badge(TestsDock::CaseState state)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QColor color(0x9e, 0x9e, 0x9e);
    if (state == TestsDock::CaseState::Passed)
        color = QColor(0x2e, 0x7d, 0x32);
    else if (state == TestsDock::CaseState::Failed)
        color = QColor(0xd3, 0x2f, 0x2f);
    else if (state == TestsDock::CaseState::Error)
        color = QColor(0xef, 0x6c, 0x00);
    if (state == TestsDock::CaseState::NotRun) {
        p.setPen(QPen(color, 3));
        p.drawEllipse(QRectF(4, 4, 24, 24));
        return QIcon(pixmap);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(2, 2, 28, 28));
    p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (state == TestsDock::CaseState::Passed) {
        p.drawPolyline(QPolygonF({QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)}));
    } else if (state == TestsDock::CaseState::Failed) {
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
    } else {
        p.drawLine(QPointF(16, 9), QPointF(16, 18));
        p.drawPoint(QPointF(16, 23.5));
    }
    return QIcon(pixmap);
}

} // namespace

TestsDock::TestsDock(GraphModel *model, QWidget *parent)
    : QDockWidget(tr("Tests"), parent)
    , m_model(model)
    , m_scheduler(new PipelineTestScheduler(
          [this] { return PipelineTestScheduler::Input{m_model->graph(), m_tests, m_settings}; }, this))
    , m_toolBar(new QToolBar(this))
    , m_cases(new QTreeWidget(this))
    , m_diff(new TestCaseDiffView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("TestsDock"));
    m_runAll = new QAction(tr("Run All &Tests"), this);
    m_runAll->setObjectName(QStringLiteral("actionRunAllTests"));
    m_runAll->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_runAll->setToolTip(tr("Run every case of the pipeline's test file now (Ctrl+Shift+T)"));
    m_runAll->setStatusTip(m_runAll->toolTip());
    m_addCase = new QAction(tr("&Add Test Case…"), this);
    m_addCase->setObjectName(QStringLiteral("actionAddTestCase"));
    m_addCase->setToolTip(tr("Write input records for the sources and what the sinks must receive"));
    m_editCase = new QAction(tr("&Edit Test Case…"), this);
    m_editCase->setObjectName(QStringLiteral("actionEditTestCase"));
    m_removeCase = new QAction(tr("&Remove Test Case"), this);
    m_removeCase->setObjectName(QStringLiteral("actionRemoveTestCase"));
    m_saveRun = new QAction(tr("Save Run as Test &Case…"), this);
    m_saveRun->setObjectName(QStringLiteral("actionSaveRunAsTestCase"));
    m_saveRun->setToolTip(tr("A new case from the records the live run last read at each source; what the pipeline "
                             "makes of them becomes its expectations"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_runAll, m_addCase, m_editCase, m_removeCase, m_saveRun})
        m_toolBar->addAction(action);

    m_cases->setObjectName(QStringLiteral("testCases"));
    m_cases->setHeaderLabels({tr("Test case"), tr("Result"), tr("Time")});
    m_cases->setRootIsDecorated(false);
    m_cases->setUniformRowHeights(true);
    m_cases->header()->setStretchLastSection(false);
    m_cases->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_cases->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_cases->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("testsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_cases);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    setWidget(content);

    // Positions do not change what a test sees: moving nodes runs nothing.
    for (auto signal : {&GraphModel::nodeAdded, &GraphModel::nodeRemoved, &GraphModel::nodeChanged,
                        &GraphModel::edgeAdded, &GraphModel::edgeRemoved})
        connect(model, signal, this, &TestsDock::scheduleRun);
    connect(model, &GraphModel::graphPropertiesChanged, this, &TestsDock::scheduleRun);
    connect(model, &GraphModel::modelReset, this, &TestsDock::scheduleRun);
    connect(m_scheduler, &PipelineTestScheduler::finished, this, &TestsDock::onFinished);
    connect(m_scheduler, &PipelineTestScheduler::runStarted, this, &TestsDock::updateStatus);

    connect(m_runAll, &QAction::triggered, this, &TestsDock::runAll);
    connect(m_addCase, &QAction::triggered, this, &TestsDock::addCaseInteractively);
    connect(m_editCase, &QAction::triggered, this, &TestsDock::editSelectedCase);
    connect(m_removeCase, &QAction::triggered, this, [this] {
        const QList<QTreeWidgetItem *> selected = m_cases->selectedItems();
        if (selected.isEmpty())
            return;
        const int index = selected.first()->data(0, Qt::UserRole).toInt();
        if (QMessageBox::question(this, tr("Remove Test Case"),
                                  tr("Remove the test case \"%1\" from %2?")
                                      .arg(q(m_tests.cases[size_t(index)].name), QFileInfo(testsPath()).fileName()))
            == QMessageBox::Yes)
            removeCase(index);
    });
    connect(m_saveRun, &QAction::triggered, this, &TestsDock::saveRunAsTestCase);
    connect(m_cases, &QTreeWidget::itemSelectionChanged, this, [this] {
        showSelectedCase();
        updateActions();
    });
    connect(m_cases, &QTreeWidget::itemActivated, this, [this] { editSelectedCase(); });
    connect(m_diff, &TestCaseDiffView::nodeActivated, this, &TestsDock::nodeActivated);

    setPipelinePath({});
}

TestsDock::~TestsDock() = default;

void TestsDock::setCaseEditor(CaseEditor editor)
{
    caseEditor() = std::move(editor);
}

QString TestsDock::testsPath() const
{
    if (m_pipelinePath.isEmpty())
        return {};
    return q(testsPathForPipeline(m_pipelinePath.toStdString()));
}

void TestsDock::setPipelinePath(const QString &pipelinePath)
{
    const PipelineTests unsaved = m_pipelinePath.isEmpty() ? m_tests : PipelineTests{};
    m_pipelinePath = pipelinePath;
    const QString path = testsPath();
    if (!path.isEmpty() && !QFileInfo::exists(path) && !unsaved.cases.empty()) {
        // Cases written for an untitled pipeline go beside it once it has a name.
        m_tests = unsaved;
        m_tests.fileName = path.toStdString();
        m_tests.directory = QFileInfo(path).absolutePath().toStdString();
        m_loadErrors.clear();
        writeTests();
    } else {
        loadFrom(path);
    }
    m_result.reset();
    fillCases();
    m_scheduler->runNow();
}

bool TestsDock::reload()
{
    loadFrom(testsPath());
    m_result.reset();
    fillCases();
    m_scheduler->runNow();
    return m_loadErrors.empty();
}

void TestsDock::loadFrom(const QString &path)
{
    m_tests = PipelineTests{};
    m_loadErrors.clear();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_tests.fileName = path.toStdString();
        m_tests.directory = path.isEmpty() ? std::string() : QFileInfo(path).absolutePath().toStdString();
        return;
    }
    PipelineTestsLoad load = readPipelineTestsFile(path.toStdString());
    if (!load.ok()) {
        m_loadErrors = load.errors;
        m_tests.fileName = path.toStdString();
        return;
    }
    m_tests = std::move(*load.tests);
}

void TestsDock::setRunSettings(RunSettings settings)
{
    m_settings = std::move(settings);
    scheduleRun();
}

void TestsDock::setRefreshDelay(int ms)
{
    m_scheduler->setDelay(ms);
}

bool TestsDock::isRunPending() const
{
    return m_scheduler->isBusy();
}

void TestsDock::scheduleRun()
{
    m_scheduler->schedule();
}

void TestsDock::runAll()
{
    show();
    raise();
    m_scheduler->runNow();
}

void TestsDock::onFinished(const PipelineTestsResult &result)
{
    m_result = result;
    for (int i = 0; i < m_cases->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_cases->topLevelItem(i);
        updateCaseRow(item, item->data(0, Qt::UserRole).toInt());
    }
    showSelectedCase();
    updateStatus();
    emit resultsChanged();
}

const TestCaseResult *TestsDock::caseResult(int index) const
{
    if (!m_result || index < 0 || size_t(index) >= m_tests.cases.size())
        return nullptr;
    for (const TestCaseResult &r : m_result->cases)
        if (r.name == m_tests.cases[size_t(index)].name)
            return &r;
    return nullptr;
}

TestsDock::CaseState TestsDock::caseState(const QString &name) const
{
    for (size_t i = 0; i < m_tests.cases.size(); ++i) {
        if (q(m_tests.cases[i].name) != name)
            continue;
        if (m_result && !m_result->errors.empty())
            return CaseState::Error;
        const TestCaseResult *r = caseResult(int(i));
        if (!r)
            return CaseState::NotRun;
        if (!r->errors.empty())
            return CaseState::Error;
        return r->passed ? CaseState::Passed : CaseState::Failed;
    }
    return CaseState::NotRun;
}

int TestsDock::failedCount() const
{
    int failed = 0;
    for (const TestCase &c : m_tests.cases) {
        const CaseState state = caseState(q(c.name));
        failed += state == CaseState::Failed || state == CaseState::Error ? 1 : 0;
    }
    return failed;
}

void TestsDock::fillCases()
{
    const QString selected = selectedCase();
    m_cases->clear();
    for (size_t i = 0; i < m_tests.cases.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_cases);
        item->setData(0, Qt::UserRole, int(i));
        updateCaseRow(item, int(i));
    }
    if (!selected.isEmpty())
        selectCase(selected);
    if (m_cases->selectedItems().isEmpty() && m_cases->topLevelItemCount() > 0)
        m_cases->topLevelItem(0)->setSelected(true);
    showSelectedCase();
    updateActions();
    updateStatus();
}

void TestsDock::updateCaseRow(QTreeWidgetItem *item, int index)
{
    const TestCase &c = m_tests.cases[size_t(index)];
    const CaseState state = caseState(q(c.name));
    item->setText(0, q(c.name));
    item->setIcon(0, badge(state));
    item->setToolTip(0, c.description ? q(*c.description) : q(c.name));
    const TestCaseResult *r = caseResult(index);
    QString result;
    QString detail;
    switch (state) {
    case CaseState::NotRun: result = m_scheduler->isBusy() ? tr("running…") : tr("not run"); break;
    case CaseState::Passed: result = tr("passed"); break;
    case CaseState::Failed: {
        int differences = 0;
        for (const ExpectationResult &x : r->expectations) {
            differences += int(x.failures.size());
            if (detail.isEmpty() && !x.failures.empty())
                detail = q(x.target + ": " + x.failures.front());
        }
        result = tr("failed (%n difference(s))", "", differences);
        break;
    }
    case CaseState::Error:
        result = tr("error");
        if (r && !r->errors.empty())
            detail = q(r->errors.front().message);
        else if (m_result && !m_result->errors.empty())
            detail = q(m_result->errors.front().message);
        break;
    }
    item->setText(1, result);
    item->setToolTip(1, detail.isEmpty() ? result : detail);
    item->setData(1, Qt::UserRole, int(state));
    item->setText(2, r ? tr("%1 ms").arg(QLocale().toString(r->elapsedMillis, 'f', 1)) : QString());
}

void TestsDock::selectCase(const QString &name)
{
    for (int i = 0; i < m_cases->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_cases->topLevelItem(i);
        if (item->text(0) == name) {
            m_cases->setCurrentItem(item);
            item->setSelected(true);
            return;
        }
    }
}

QString TestsDock::selectedCase() const
{
    const QList<QTreeWidgetItem *> selected = m_cases->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->text(0);
}

void TestsDock::showSelectedCase()
{
    const QString fileName = QFileInfo(testsPath()).fileName();
    if (!m_loadErrors.empty()) {
        m_diff->showFileErrors(m_loadErrors, fileName);
        return;
    }
    if (m_result && !m_result->errors.empty()) {
        m_diff->showFileErrors(m_result->errors, fileName);
        return;
    }
    const QList<QTreeWidgetItem *> selected = m_cases->selectedItems();
    if (selected.isEmpty()) {
        m_diff->clear();
        return;
    }
    const int index = selected.first()->data(0, Qt::UserRole).toInt();
    const TestCaseResult *r = caseResult(index);
    m_diff->showCase(m_tests.cases[size_t(index)], r ? std::optional<TestCaseResult>(*r) : std::nullopt);
}

void TestsDock::updateActions()
{
    // A file that does not parse is never overwritten from here.
    const bool editable = m_loadErrors.empty();
    const bool hasSelection = !m_cases->selectedItems().isEmpty();
    m_runAll->setEnabled(!m_tests.cases.empty());
    m_addCase->setEnabled(editable);
    m_editCase->setEnabled(editable && hasSelection);
    m_removeCase->setEnabled(editable && hasSelection);
    m_saveRun->setEnabled(editable && m_liveRunAvailable && bool(m_liveRecords));
}

void TestsDock::updateStatus()
{
    const QString fileName = QFileInfo(testsPath()).fileName();
    if (!m_loadErrors.empty()) {
        showStatus(tr("%1 cannot be read: %2").arg(fileName, q(m_loadErrors.front().message)), true);
        return;
    }
    if (m_tests.cases.empty()) {
        showStatus(m_pipelinePath.isEmpty()
                       ? tr("No test cases. Add one; save the pipeline to keep its tests beside it.")
                       : tr("No test cases in %1. Add Test Case writes the first.").arg(fileName));
        return;
    }
    if (!m_result) {
        showStatus(tr("Running %n test case(s)…", "", caseCount()));
        return;
    }
    if (!m_result->errors.empty()) {
        showStatus(tr("%1 does not fit the pipeline: %n error(s), no case ran.", "", int(m_result->errors.size()))
                       .arg(fileName),
                   true);
        return;
    }
    const int failed = failedCount();
    QString text = failed == 0 ? tr("All %n test case(s) pass.", "", caseCount())
                               : tr("%1 of %n test case(s) failed.", "", caseCount()).arg(failed);
    if (m_pipelinePath.isEmpty())
        text += QLatin1Char(' ') + tr("Save the pipeline to keep its tests.");
    if (m_scheduler->isBusy())
        text += QLatin1Char(' ') + tr("Re-running…");
    showStatus(text, failed > 0);
}

void TestsDock::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d32f2f;") : QString());
}

bool TestsDock::writeTests()
{
    const QString path = testsPath();
    if (path.isEmpty())
        return true; // untitled: kept in memory until the pipeline is saved
    QSaveFile file(path);
    const QByteArray text = QByteArray::fromStdString(writePipelineTestsText(m_tests));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        showStatus(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    return true;
}

bool TestsDock::addCase(const TestCase &testCase)
{
    for (const TestCase &c : m_tests.cases)
        if (c.name == testCase.name) {
            showStatus(tr("A test case called \"%1\" exists already.").arg(q(testCase.name)), true);
            return false;
        }
    m_tests.cases.push_back(testCase);
    if (!writeTests()) {
        m_tests.cases.pop_back();
        return false;
    }
    m_result.reset();
    fillCases();
    selectCase(q(testCase.name));
    m_scheduler->runNow();
    emit resultsChanged();
    return true;
}

bool TestsDock::replaceCase(int index, const TestCase &testCase)
{
    if (index < 0 || size_t(index) >= m_tests.cases.size())
        return false;
    for (size_t i = 0; i < m_tests.cases.size(); ++i)
        if (int(i) != index && m_tests.cases[i].name == testCase.name) {
            showStatus(tr("A test case called \"%1\" exists already.").arg(q(testCase.name)), true);
            return false;
        }
    const TestCase previous = m_tests.cases[size_t(index)];
    m_tests.cases[size_t(index)] = testCase;
    if (!writeTests()) {
        m_tests.cases[size_t(index)] = previous;
        return false;
    }
    m_result.reset();
    fillCases();
    selectCase(q(testCase.name));
    m_scheduler->runNow();
    emit resultsChanged();
    return true;
}

bool TestsDock::removeCase(int index)
{
    if (index < 0 || size_t(index) >= m_tests.cases.size())
        return false;
    const TestCase removed = m_tests.cases[size_t(index)];
    m_tests.cases.erase(m_tests.cases.begin() + index);
    if (!writeTests()) {
        m_tests.cases.insert(m_tests.cases.begin() + index, removed);
        return false;
    }
    m_result.reset();
    fillCases();
    m_scheduler->runNow();
    emit resultsChanged();
    return true;
}

bool TestsDock::editInDialog(TestCase *testCase, int index)
{
    QStringList taken;
    for (size_t i = 0; i < m_tests.cases.size(); ++i)
        if (int(i) != index)
            taken << q(m_tests.cases[i].name);
    const QString directory = m_tests.directory.empty() ? QDir::currentPath() : q(m_tests.directory);
    m_model->validate(); // the source schemas the editor seeds records from
    TestCaseEditorDialog dialog(m_model->graph(), m_model->validation(), *testCase, taken, directory, this);
    dialog.setRunSettings(m_settings);
    const bool accepted = caseEditor() ? caseEditor()(&dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return false;
    std::optional<TestCase> edited = dialog.testCase();
    if (!edited)
        return false;
    *testCase = std::move(*edited);
    return true;
}

QString TestsDock::uniqueName(const QString &base) const
{
    auto taken = [this](const QString &name) {
        for (const TestCase &c : m_tests.cases)
            if (q(c.name) == name)
                return true;
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void TestsDock::addCaseInteractively()
{
    TestCase testCase;
    if (editInDialog(&testCase, -1))
        addCase(testCase);
}

void TestsDock::editSelectedCase()
{
    const QList<QTreeWidgetItem *> selected = m_cases->selectedItems();
    if (selected.isEmpty() || !m_loadErrors.empty())
        return;
    const int index = selected.first()->data(0, Qt::UserRole).toInt();
    TestCase testCase = m_tests.cases[size_t(index)];
    if (editInDialog(&testCase, index))
        replaceCase(index, testCase);
}

bool TestsDock::addCaseFromRecords(const QString &name, const SourceRecords &records, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        showStatus(message, true);
        return false;
    };
    TestCase testCase;
    testCase.name = name.toStdString();
    testCase.description = tr("Saved from a live run.").toStdString();
    for (const auto &[nodeId, values] : records) {
        if (values.empty())
            continue;
        TestInput input;
        input.nodeId = nodeId;
        for (const nlohmann::json &value : values) {
            TestRecord record;
            record.value = value;
            input.records.push_back(std::move(record));
        }
        testCase.inputs.push_back(std::move(input));
    }
    if (testCase.inputs.empty())
        return fail(tr("The run has no records at its sources to save."));
    PipelineTestOptions options;
    options.settings = m_settings;
    const TestCaseResult result = runPipelineTestCase(m_model->graph(), testCase, options);
    if (!result.errors.empty()) {
        const pipeline::Diagnostic &d = result.errors.front();
        return fail(tr("The records cannot be replayed as a test: %1").arg(
            d.nodeId.empty() ? q(d.message) : q(d.nodeId + ": " + d.message)));
    }
    return addCase(updatedTestCase(testCase, result));
}

void TestsDock::setLiveRecordsProvider(std::function<SourceRecords()> provider)
{
    m_liveRecords = std::move(provider);
    updateActions();
}

void TestsDock::setLiveRunAvailable(bool available)
{
    m_liveRunAvailable = available;
    updateActions();
}

void TestsDock::saveRunAsTestCase()
{
    if (!m_liveRecords)
        return;
    const SourceRecords records = m_liveRecords();
    size_t count = 0;
    for (const auto &[id, values] : records)
        count += values.size();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save Run as Test Case"),
        tr("%n record(s) last read at the sources become the inputs. Name of the new case:", "", int(count)),
        QLineEdit::Normal, uniqueName(tr("recorded run")), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    addCaseFromRecords(name.trimmed(), records);
}
