#pragma once

#include "pipeline/core/diagnostic.h"

#include <QWidget>

class GraphModel;
class QLabel;
class QTreeWidget;

/// Lists every problem of the pipeline (from validation), errors first.
/// Activating a row asks to select its node.
class DiagnosticsWidget : public QWidget {
    Q_OBJECT

public:
    explicit DiagnosticsWidget(GraphModel *model, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    /// Problems from outside validation (a deployment's failures on their nodes),
    /// listed with the validation's until replaced.
    void setDeploymentDiagnostics(const pipeline::Diagnostics &diagnostics);

signals:
    void nodeActivated(const QString &nodeId, const QString &parameter);
    void countsChanged(int errors, int warnings);

private:
    void refresh();

    GraphModel *m_model;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    pipeline::Diagnostics m_deployment;
    int m_errors = 0;
    int m_warnings = 0;
};
