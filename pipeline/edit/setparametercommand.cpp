#include "pipeline/edit/setparametercommand.h"

namespace pipeline::edit {

SetParameterCommand::SetParameterCommand(const Graph &graph, std::string nodeId, std::string key,
                                         nlohmann::json value, std::string text)
    : EditCommand({})
    , m_nodeId(std::move(nodeId))
    , m_key(std::move(key))
    , m_new(std::move(value))
{
    if (const Node *node = graph.node(m_nodeId)) {
        if (node->parameters.is_object()) {
            auto it = node->parameters.find(m_key);
            if (it != node->parameters.end()) {
                m_hadKey = true;
                m_old = *it;
            }
        }
    }
    setText(text.empty() ? "Change " + m_key : std::move(text));
}

bool SetParameterCommand::mergeWith(const EditCommand &next)
{
    const auto *other = dynamic_cast<const SetParameterCommand *>(&next);
    if (m_sealed || !other || other->m_nodeId != m_nodeId || other->m_key != m_key)
        return false;
    m_new = other->m_new;
    m_sealed = other->m_sealed;
    return true;
}

void SetParameterCommand::set(Graph &graph, const nlohmann::json &value, ChangeSet &changes)
{
    Node *node = graph.node(m_nodeId);
    if (!node)
        return;
    if (!node->parameters.is_object())
        node->parameters = nlohmann::json::object();
    node->parameters[m_key] = value;
    changes.nodesChanged.push_back(m_nodeId);
}

void SetParameterCommand::doApply(Graph &graph, ChangeSet &changes)
{
    set(graph, m_new, changes);
}

void SetParameterCommand::doRevert(Graph &graph, ChangeSet &changes)
{
    if (m_hadKey) {
        set(graph, m_old, changes);
        return;
    }
    if (Node *node = graph.node(m_nodeId)) {
        if (node->parameters.is_object())
            node->parameters.erase(m_key);
        changes.nodesChanged.push_back(m_nodeId);
    }
}

} // namespace pipeline::edit
