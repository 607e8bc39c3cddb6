#pragma once

#include "pipeline/core/diagnostic.h"
#include "pipeline/runtime/testing/pipelinetestrunner.h"
#include "pipeline/runtime/testing/pipelinetests.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

/// What a test case found: for each expectation that failed, its node and place
/// ("sink temperature-ok") with one row per difference ("record 2: field
/// temperature: expected 32, got 31.5"), and the case's errors (a missing LLM
/// fixture, a pipeline that does not compile) with their node. Selecting an
/// expectation shows what the test file expects next to the records that arrived.
class TestCaseDiffView : public QWidget {
    Q_OBJECT

public:
    explicit TestCaseDiffView(QWidget *parent = nullptr);

    /// A case and its result; no result = not run yet.
    void showCase(const pipeline::runtime::TestCase &testCase,
                  const std::optional<pipeline::runtime::TestCaseResult> &result);
    /// Errors of the whole test file (it does not fit the pipeline, or does not parse).
    void showFileErrors(const pipeline::Diagnostics &errors, const QString &fileName);
    void clear();

    QTreeWidget *differences() const { return m_tree; }
    QPlainTextEdit *details() const { return m_details; }
    QLabel *summaryLabel() const { return m_summary; }
    /// Every row as "node | place | difference" lines (what a user would copy).
    QString text() const;

signals:
    /// A row naming a node was activated.
    void nodeActivated(const QString &nodeId);

private:
    void showDetails(QTreeWidgetItem *item);
    QTreeWidgetItem *addRow(const QString &node, const QString &text, QTreeWidgetItem *parent = nullptr);

    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_details;
    std::optional<pipeline::runtime::TestCase> m_case;
    std::optional<pipeline::runtime::TestCaseResult> m_result;
};
