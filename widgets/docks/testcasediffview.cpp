#include "widgets/docks/testcasediffview.h"

#include "pipeline/runtime/testing/expectationcheck.h"
#include "pipeline/runtime/testing/pipelinetestswriter.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace pipeline::runtime;

namespace {

constexpr int ExpectationRole = Qt::UserRole + 1; // index into the result's expectations, -1 = none

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString located(const pipeline::Diagnostic &d)
{
    if (d.span.valid())
        return TestCaseDiffView::tr("line %1: %2").arg(d.span.line).arg(q(d.message));
    return q(d.message);
}

} // namespace

TestCaseDiffView::TestCaseDiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this))
{
    m_summary->setObjectName(QStringLiteral("testCaseSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setObjectName(QStringLiteral("testDifferences"));
    m_tree->setHeaderLabels({tr("Node"), tr("Difference")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 150);
    m_details->setObjectName(QStringLiteral("testDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a difference to compare the expected with the actual records."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { showDetails(current); });
    auto activate = [this](QTreeWidgetItem *item) {
        const QString node = item ? item->data(0, Qt::UserRole).toString() : QString();
        if (!node.isEmpty())
            emit nodeActivated(node);
    };
    connect(m_tree, &QTreeWidget::itemActivated, this, activate);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, activate);
    clear();
}

void TestCaseDiffView::clear()
{
    m_case.reset();
    m_result.reset();
    m_tree->clear();
    m_details->clear();
    m_summary->setText(tr("Select a test case to see what it checks and what differs."));
}

QTreeWidgetItem *TestCaseDiffView::addRow(const QString &node, const QString &text, QTreeWidgetItem *parent)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, node);
    item->setText(1, text);
    item->setToolTip(1, text);
    item->setData(0, Qt::UserRole, node);
    item->setData(0, ExpectationRole, -1);
    return item;
}

void TestCaseDiffView::showCase(const TestCase &testCase, const std::optional<TestCaseResult> &result)
{
    m_case = testCase;
    m_result = result;
    m_tree->clear();
    m_details->clear();
    const QString name = q(testCase.name);
    if (!result) {
        m_summary->setText(tr("%1: not run yet.").arg(name));
        return;
    }
    if (result->passed) {
        m_summary->setText(tr("%1: passed (%n expectation(s) hold).", "", int(result->expectations.size())).arg(name));
    } else {
        int failed = 0;
        for (const auto &x : result->expectations)
            failed += x.passed ? 0 : 1;
        m_summary->setText(result->errors.empty()
                               ? tr("%1: failed (%n expectation(s) not met).", "", failed).arg(name)
                               : tr("%1: could not run (%n error(s)).", "", int(result->errors.size())).arg(name));
    }
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const pipeline::Diagnostic &d : result->errors) {
        QTreeWidgetItem *item = addRow(q(d.nodeId), located(d));
        item->setIcon(0, errorIcon);
    }
    for (size_t i = 0; i < result->expectations.size(); ++i) {
        const ExpectationResult &x = result->expectations[i];
        if (x.passed)
            continue;
        QTreeWidgetItem *top = addRow(q(x.nodeId), q(x.target));
        top->setIcon(0, errorIcon);
        top->setData(0, ExpectationRole, int(i));
        for (const std::string &failure : x.failures) {
            QTreeWidgetItem *row = addRow(q(x.nodeId), q(failure), top);
            row->setData(0, ExpectationRole, int(i));
        }
        top->setExpanded(true);
    }
    if (QTreeWidgetItem *first = m_tree->topLevelItem(0)) {
        m_tree->setCurrentItem(first->childCount() ? first->child(0) : first);
        m_tree->scrollToTop(); // the place (node, sink) stays in view above its first difference
    }
}

void TestCaseDiffView::showFileErrors(const pipeline::Diagnostics &errors, const QString &fileName)
{
    m_case.reset();
    m_result.reset();
    m_tree->clear();
    m_details->clear();
    m_summary->setText(tr("%1 does not fit the pipeline (%n error(s)); no case ran.", "", int(errors.size())).arg(fileName));
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const pipeline::Diagnostic &d : errors)
        addRow(q(d.nodeId), located(d))->setIcon(0, errorIcon);
}

void TestCaseDiffView::showDetails(QTreeWidgetItem *item)
{
    m_details->clear();
    if (!item || !m_case || !m_result)
        return;
    const int index = item->data(0, ExpectationRole).toInt();
    if (index < 0 || size_t(index) >= m_result->expectations.size())
        return;
    const ExpectationResult &x = m_result->expectations[size_t(index)];
    QString text = tr("Expected at %1:").arg(q(x.target)) + QLatin1Char('\n');
    const nlohmann::json caseJson = pipelineTestCaseJson(*m_case);
    if (caseJson.contains("expect") && x.index < caseJson["expect"].size())
        text += q(caseJson["expect"][x.index].dump(2)) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Actual (%n record(s)):", "", int(x.actual.size())) + QLatin1Char('\n');
    for (size_t i = 0; i < x.actual.size(); ++i) {
        text += QStringLiteral("%1: %2").arg(i + 1).arg(q(x.actual[i].dump()));
        if (i < x.errors.size() && !x.errors[i].empty())
            text += QStringLiteral("  — ") + q(x.errors[i]);
        text += QLatin1Char('\n');
    }
    m_details->setPlainText(text);
}

QString TestCaseDiffView::text() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(i);
        lines << top->text(0) + QStringLiteral(" | ") + top->text(1);
        for (int c = 0; c < top->childCount(); ++c)
            lines << top->text(0) + QStringLiteral(" | ") + top->text(1) + QStringLiteral(" | ") + top->child(c)->text(1);
    }
    return lines.join(QLatin1Char('\n'));
}
