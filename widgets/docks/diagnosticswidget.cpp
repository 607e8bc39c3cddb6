#include "widgets/docks/diagnosticswidget.h"

#include "widgets/model/diagnostictext.h"

#include "widgets/model/graphmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

DiagnosticsWidget::DiagnosticsWidget(GraphModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    m_tree->setHeaderLabels({tr("Node"), tr("Problem")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 140);
    connect(model, &GraphModel::validated, this, &DiagnosticsWidget::refresh);
    auto activate = [this](QTreeWidgetItem *item) {
        const QString node = item->data(0, Qt::UserRole).toString();
        if (!node.isEmpty())
            emit nodeActivated(node, item->data(1, Qt::UserRole).toString());
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, activate);
    refresh();
}

void DiagnosticsWidget::setDeploymentDiagnostics(const pipeline::Diagnostics &diagnostics)
{
    m_deployment = diagnostics;
    refresh();
}

void DiagnosticsWidget::refresh()
{
    m_tree->clear();
    std::vector<const pipeline::Diagnostic *> sorted;
    for (const auto &d : m_model->validation().diagnostics)
        sorted.push_back(&d);
    for (const auto &d : m_deployment)
        sorted.push_back(&d);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) {
        return int(a->severity) < int(b->severity);
    });
    m_errors = m_warnings = 0;
    QList<QTreeWidgetItem *> items;
    for (const pipeline::Diagnostic *d : sorted) {
        const QString node = QString::fromStdString(d->nodeId);
        const pipeline::Node *graphNode = m_model->graph().node(d->nodeId);
        QString nodeText = graphNode && !graphNode->label.empty() ? QString::fromStdString(graphNode->label) : node;
        if (nodeText.isEmpty())
            nodeText = tr("(pipeline)");
        QString message = DiagnosticText::text(*d);
        if (!d->parameter.empty())
            message = QString::fromStdString(d->parameter) + QStringLiteral(": ") + message;
        auto *item = new QTreeWidgetItem({nodeText, message});
        item->setData(0, Qt::UserRole, node);
        item->setData(1, Qt::UserRole, QString::fromStdString(d->parameter));
        // The English original stays in the tooltip: it is what the CLI prints and what searches find.
        const QString english = QString::fromStdString(d->message);
        const QString translated = DiagnosticText::text(*d);
        item->setToolTip(1, translated == english ? english : translated + QStringLiteral("\n\n") + english);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (d->severity == pipeline::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            ++m_errors;
        } else if (d->severity == pipeline::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            ++m_warnings;
        }
        item->setIcon(0, style()->standardIcon(icon));
        items << item;
    }
    m_tree->addTopLevelItems(items);
    if (m_errors == 0 && m_warnings == 0)
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(tr("%n error(s)", "", m_errors) + QStringLiteral(", ") + tr("%n warning(s)", "", m_warnings));
    emit countsChanged(m_errors, m_warnings);
}
