#include "pipeline/edit/replacegraphcommand.h"

namespace pipeline::edit {

ReplaceGraphCommand::ReplaceGraphCommand(const Graph &current, Graph replacement, std::string text)
    : EditCommand(text.empty() ? std::string("Replace Pipeline") : std::move(text))
    , m_old(current)
    , m_new(std::move(replacement))
{}

ChangeSet ReplaceGraphCommand::diff(const Graph &from, const Graph &to)
{
    ChangeSet changes;
    for (const auto &[id, edge] : from.edges()) {
        const Edge *other = to.edge(id);
        if (!other || !(*other == edge))
            changes.edgesRemoved.push_back(id);
    }
    for (const auto &[id, node] : from.nodes()) {
        const Node *other = to.node(id);
        if (!other) {
            changes.nodesRemoved.push_back(id);
        } else if (other->kind != node.kind || other->label != node.label
                   || other->parameters != node.parameters || other->extra != node.extra) {
            changes.nodesChanged.push_back(id);
        } else if (!(other->position == node.position)) {
            changes.nodesMoved.push_back(id);
        }
    }
    for (const auto &[id, node] : to.nodes())
        if (!from.node(id))
            changes.nodesAdded.push_back(id);
    for (const auto &[id, edge] : to.edges()) {
        const Edge *other = from.edge(id);
        if (!other || !(*other == edge))
            changes.edgesAdded.push_back(id);
    }
    changes.graphPropertiesChanged = from.name != to.name || from.description != to.description
                                     || from.settings != to.settings || from.extra != to.extra;
    return changes;
}

void ReplaceGraphCommand::doApply(Graph &graph, ChangeSet &changes)
{
    changes = diff(graph, m_new);
    graph = m_new;
}

void ReplaceGraphCommand::doRevert(Graph &graph, ChangeSet &changes)
{
    changes = diff(graph, m_old);
    graph = m_old;
}

} // namespace pipeline::edit
