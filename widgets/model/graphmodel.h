#pragma once

#include "pipeline/core/catalog.h"
#include "pipeline/core/graph.h"
#include "pipeline/core/graphvalidator.h"
#include "pipeline/edit/changeset.h"
#include "pipeline/edit/editcommand.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QUndoStack;

/// The GUI's view of one document's Graph. Widgets never mutate the Graph: they
/// execute() pipeline/edit commands, which go through the undo stack, and observe
/// fine-grained signals (one per node/edge change) emitted after each command.
/// Validation runs shortly after changes settle and is published as diagnostics
/// plus the inferred port schemas (for field completion).
class GraphModel : public QObject {
    Q_OBJECT

public:
    explicit GraphModel(QObject *parent = nullptr);
    ~GraphModel() override;

    const pipeline::Graph &graph() const { return m_graph; }
    const pipeline::Catalog &catalog() const { return *m_catalog; }
    const pipeline::NodeType *nodeType(const QString &nodeId) const;

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Pushes the command on the undo stack (which applies it), or applies it
    /// directly when there is no stack. Obsolete commands are dropped.
    void execute(std::unique_ptr<pipeline::edit::EditCommand> command);
    /// Stops the last parameter/label edit from merging with the next one.
    void sealLastEdit();

    /// Used by UndoAdapter: apply/revert and announce the changes.
    void applyCommand(pipeline::edit::EditCommand &command);
    void revertCommand(pipeline::edit::EditCommand &command);

    /// Loading a file: replaces everything, outside the undo history.
    void resetGraph(pipeline::Graph graph);

    /// Latest validation result; validate() runs now, otherwise it runs on a
    /// short timer after changes.
    const pipeline::ValidationResult &validation() const { return m_validation; }
    void validate();
    void setValidationDelay(int ms) { m_validateTimer.setInterval(ms); }

signals:
    void nodeAdded(const QString &id);
    void nodeRemoved(const QString &id);
    void nodeChanged(const QString &id);
    void nodeMoved(const QString &id);
    void edgeAdded(const QString &id);
    void edgeRemoved(const QString &id);
    void graphPropertiesChanged();
    void modelReset();
    /// Around the signals of a large change (auto-layout, paste of hundreds of
    /// nodes): observers may suspend per-item bookkeeping, e.g. the scene index.
    void bulkChangeStarted();
    void bulkChangeFinished();
    /// After every command's signals: a cheap hook for "something changed".
    void graphChanged();
    void validated();

private:
    void announce(const pipeline::edit::ChangeSet &changes);

    pipeline::Graph m_graph;
    const pipeline::Catalog *m_catalog;
    QUndoStack *m_undoStack = nullptr;
    pipeline::ValidationResult m_validation;
    QTimer m_validateTimer;
};
