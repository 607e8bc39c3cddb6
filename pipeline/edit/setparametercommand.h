#pragma once

#include "pipeline/edit/editcommand.h"

#include <nlohmann/json.hpp>

namespace pipeline::edit {

/// Sets one parameter of one node (null value = unset). Consecutive edits of the
/// same field merge into one undo step (typing a filter condition is one edit),
/// until the editor calls seal() (focus left the field).
class SetParameterCommand : public EditCommand {
public:
    SetParameterCommand(const Graph &graph, std::string nodeId, std::string key, nlohmann::json value,
                        std::string text = {});

    const std::string &nodeId() const { return m_nodeId; }
    const std::string &key() const { return m_key; }
    const nlohmann::json &newValue() const { return m_new; }
    const nlohmann::json &oldValue() const { return m_old; }

    /// Stops later edits from merging into this one.
    void seal() { m_sealed = true; }

    int mergeId() const override { return SetParameterMergeId; }
    bool mergeWith(const EditCommand &next) override;
    bool isObsolete() const override { return m_old == m_new; }

protected:
    void doApply(Graph &graph, ChangeSet &changes) override;
    void doRevert(Graph &graph, ChangeSet &changes) override;

private:
    void set(Graph &graph, const nlohmann::json &value, ChangeSet &changes);

    std::string m_nodeId;
    std::string m_key;
    nlohmann::json m_old; // null = was unset
    nlohmann::json m_new;
    bool m_hadKey = false; // an explicit null stays an explicit null on revert
    bool m_sealed = false;
};

} // namespace pipeline::edit
