#pragma once

#include "pipeline/edit/editcommand.h"

#include <map>

namespace pipeline::edit {

/// Moves nodes: a finished drag (one command on release, never one per mouse
/// event), an arrow-key nudge, or an auto-layout. Nudges of the same nodes merge.
class SetPositionsCommand : public EditCommand {
public:
    enum class Kind { Move, Nudge, Layout };

    /// `positions`: new position per node id; old positions are read from `graph`.
    SetPositionsCommand(const Graph &graph, std::map<std::string, Position> positions,
                        Kind kind = Kind::Move, std::string text = {});

    const std::map<std::string, Position> &newPositions() const { return m_to; }
    const std::map<std::string, Position> &oldPositions() const { return m_from; }

    int mergeId() const override { return m_kind == Kind::Nudge ? NudgeMergeId : -1; }
    bool mergeWith(const EditCommand &next) override;
    bool isObsolete() const override { return m_from == m_to; }

protected:
    void doApply(Graph &graph, ChangeSet &changes) override;
    void doRevert(Graph &graph, ChangeSet &changes) override;

private:
    void set(Graph &graph, const std::map<std::string, Position> &positions, ChangeSet &changes);

    Kind m_kind;
    std::map<std::string, Position> m_from;
    std::map<std::string, Position> m_to;
};

} // namespace pipeline::edit
