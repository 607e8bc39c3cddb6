#include "pipeline/edit/compositecommand.h"

namespace pipeline::edit {

bool CompositeCommand::isObsolete() const
{
    for (const auto &child : m_children)
        if (!child->isObsolete())
            return false;
    return true;
}

void CompositeCommand::doApply(Graph &graph, ChangeSet &changes)
{
    for (auto &child : m_children)
        changes.append(child->apply(graph));
}

void CompositeCommand::doRevert(Graph &graph, ChangeSet &changes)
{
    for (auto it = m_children.rbegin(); it != m_children.rend(); ++it)
        changes.append((*it)->revert(graph));
}

} // namespace pipeline::edit
