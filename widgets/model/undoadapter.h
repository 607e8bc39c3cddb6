#pragma once

#include "pipeline/edit/editcommand.h"

#include <QUndoCommand>

#include <memory>

class GraphModel;

/// Puts a Qt-free pipeline::edit command on a QUndoStack: redo/undo apply and
/// revert it through the GraphModel (which announces the changes), and merging
/// follows the command's own mergeId()/mergeWith().
class UndoAdapter : public QUndoCommand {
public:
    UndoAdapter(GraphModel *model, std::unique_ptr<pipeline::edit::EditCommand> command);

    void redo() override;
    void undo() override;
    int id() const override { return m_command->mergeId(); }
    bool mergeWith(const QUndoCommand *other) override;

    pipeline::edit::EditCommand &command() const { return *m_command; }
    void seal();

private:
    GraphModel *m_model;
    std::unique_ptr<pipeline::edit::EditCommand> m_command;
};
