#pragma once

#include "pipeline/core/graph.h"
#include "pipeline/edit/changeset.h"

#include <string>

namespace pipeline::edit {

/// One undoable change of a Graph. The GUI wraps each command in a QUndoCommand
/// (widgets/undoadapter.h); tests and the CLI use commands directly.
/// apply() and revert() must be exact inverses: apply then revert gives back a
/// Graph equal (operator==) to the one before.
class EditCommand {
public:
    virtual ~EditCommand() = default;

    ChangeSet apply(Graph &graph);
    ChangeSet revert(Graph &graph);

    /// Shown in the Edit menu ("Undo Move 3 Nodes").
    const std::string &text() const { return m_text; }
    void setText(std::string text) { m_text = std::move(text); }

    /// Commands with the same non-negative id may merge (QUndoCommand semantics).
    virtual int mergeId() const { return -1; }
    /// Absorbs `next`, which was applied right after this one. Returns false when
    /// the two must stay separate steps.
    virtual bool mergeWith(const EditCommand &next) { (void)next; return false; }
    /// True when applying changed nothing (e.g. a parameter edit back to its value).
    virtual bool isObsolete() const { return false; }

protected:
    explicit EditCommand(std::string text) : m_text(std::move(text)) {}
    virtual void doApply(Graph &graph, ChangeSet &changes) = 0;
    virtual void doRevert(Graph &graph, ChangeSet &changes) = 0;

private:
    std::string m_text;
};

/// Merge ids of the built-in commands (QUndoStack merges equal ids only).
enum MergeId { SetParameterMergeId = 1, SetLabelMergeId = 2, NudgeMergeId = 3 };

} // namespace pipeline::edit
