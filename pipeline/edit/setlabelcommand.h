#pragma once

#include "pipeline/edit/editcommand.h"

namespace pipeline::edit {

/// Renames a node's label (the id stays: files and edges refer to it).
/// Consecutive renames of the same node merge until seal().
class SetLabelCommand : public EditCommand {
public:
    SetLabelCommand(const Graph &graph, std::string nodeId, std::string label, std::string text = {});

    void seal() { m_sealed = true; }
    int mergeId() const override { return SetLabelMergeId; }
    bool mergeWith(const EditCommand &next) override;
    bool isObsolete() const override { return m_old == m_new; }

protected:
    void doApply(Graph &graph, ChangeSet &changes) override;
    void doRevert(Graph &graph, ChangeSet &changes) override;

private:
    std::string m_nodeId;
    std::string m_old;
    std::string m_new;
    bool m_sealed = false;
};

} // namespace pipeline::edit
