#include "pipeline/edit/setpositionscommand.h"

namespace pipeline::edit {

namespace {
std::string defaultText(SetPositionsCommand::Kind kind, size_t count)
{
    if (kind == SetPositionsCommand::Kind::Layout)
        return "Auto-layout";
    return count == 1 ? std::string("Move Node") : "Move " + std::to_string(count) + " Nodes";
}
} // namespace

SetPositionsCommand::SetPositionsCommand(const Graph &graph, std::map<std::string, Position> positions,
                                         Kind kind, std::string text)
    : EditCommand({})
    , m_kind(kind)
{
    for (auto &[id, position] : positions) {
        if (const Node *node = graph.node(id)) {
            m_from[id] = node->position;
            m_to[id] = position;
        }
    }
    setText(text.empty() ? defaultText(kind, m_to.size()) : std::move(text));
}

bool SetPositionsCommand::mergeWith(const EditCommand &next)
{
    const auto *other = dynamic_cast<const SetPositionsCommand *>(&next);
    if (!other || other->m_kind != Kind::Nudge || m_kind != Kind::Nudge)
        return false;
    // Only the same selection nudged again counts as one step.
    if (other->m_to.size() != m_to.size())
        return false;
    for (const auto &[id, _] : other->m_to)
        if (!m_to.count(id))
            return false;
    m_to = other->m_to;
    return true;
}

void SetPositionsCommand::set(Graph &graph, const std::map<std::string, Position> &positions, ChangeSet &changes)
{
    for (const auto &[id, position] : positions) {
        if (Node *node = graph.node(id)) {
            node->position = position;
            changes.nodesMoved.push_back(id);
        }
    }
}

void SetPositionsCommand::doApply(Graph &graph, ChangeSet &changes)
{
    set(graph, m_to, changes);
}

void SetPositionsCommand::doRevert(Graph &graph, ChangeSet &changes)
{
    set(graph, m_from, changes);
}

} // namespace pipeline::edit
