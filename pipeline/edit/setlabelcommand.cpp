#include "pipeline/edit/setlabelcommand.h"

namespace pipeline::edit {

SetLabelCommand::SetLabelCommand(const Graph &graph, std::string nodeId, std::string label, std::string text)
    : EditCommand(text.empty() ? std::string("Rename Node") : std::move(text))
    , m_nodeId(std::move(nodeId))
    , m_new(std::move(label))
{
    if (const Node *node = graph.node(m_nodeId))
        m_old = node->label;
}

bool SetLabelCommand::mergeWith(const EditCommand &next)
{
    const auto *other = dynamic_cast<const SetLabelCommand *>(&next);
    if (m_sealed || !other || other->m_nodeId != m_nodeId)
        return false;
    m_new = other->m_new;
    m_sealed = other->m_sealed;
    return true;
}

void SetLabelCommand::doApply(Graph &graph, ChangeSet &changes)
{
    if (Node *node = graph.node(m_nodeId)) {
        node->label = m_new;
        changes.nodesChanged.push_back(m_nodeId);
    }
}

void SetLabelCommand::doRevert(Graph &graph, ChangeSet &changes)
{
    if (Node *node = graph.node(m_nodeId)) {
        node->label = m_old;
        changes.nodesChanged.push_back(m_nodeId);
    }
}

} // namespace pipeline::edit
