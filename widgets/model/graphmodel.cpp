#include "widgets/model/graphmodel.h"

#include "widgets/model/undoadapter.h"

#include <QUndoStack>

using pipeline::edit::ChangeSet;
using pipeline::edit::EditCommand;

GraphModel::GraphModel(QObject *parent)
    : QObject(parent)
    , m_catalog(&pipeline::Catalog::builtin())
{
    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(150);
    connect(&m_validateTimer, &QTimer::timeout, this, &GraphModel::validate);
}

GraphModel::~GraphModel() = default;

const pipeline::NodeType *GraphModel::nodeType(const QString &nodeId) const
{
    const pipeline::Node *node = m_graph.node(nodeId.toStdString());
    return node ? m_catalog->find(node->kind) : nullptr;
}

void GraphModel::execute(std::unique_ptr<EditCommand> command)
{
    if (!command || command->isObsolete())
        return;
    if (m_undoStack) {
        m_undoStack->push(new UndoAdapter(this, std::move(command)));
        return;
    }
    applyCommand(*command);
}

void GraphModel::sealLastEdit()
{
    if (!m_undoStack || m_undoStack->index() == 0)
        return;
    if (const auto *top = dynamic_cast<const UndoAdapter *>(m_undoStack->command(m_undoStack->index() - 1)))
        const_cast<UndoAdapter *>(top)->seal();
}

void GraphModel::applyCommand(EditCommand &command)
{
    announce(command.apply(m_graph));
}

void GraphModel::revertCommand(EditCommand &command)
{
    announce(command.revert(m_graph));
}

void GraphModel::resetGraph(pipeline::Graph graph)
{
    m_graph = std::move(graph);
    emit modelReset();
    emit graphChanged();
    validate();
}

void GraphModel::validate()
{
    m_validateTimer.stop();
    m_validation = pipeline::validateGraph(m_graph, *m_catalog);
    emit validated();
}

void GraphModel::announce(const ChangeSet &changes)
{
    // Removals before additions, edges before their nodes: observers never see an
    // edge whose node item is gone. Ids are re-checked against the graph because a
    // composite command may add and remove the same id.
    auto q = [](const std::string &id) { return QString::fromStdString(id); };
    const size_t size = changes.nodesAdded.size() + changes.nodesRemoved.size() + changes.nodesChanged.size()
                        + changes.nodesMoved.size() + changes.edgesAdded.size() + changes.edgesRemoved.size();
    const bool bulk = size > 64;
    if (bulk)
        emit bulkChangeStarted();
    for (const auto &id : changes.edgesRemoved)
        if (!m_graph.edge(id))
            emit edgeRemoved(q(id));
    for (const auto &id : changes.nodesRemoved)
        if (!m_graph.node(id))
            emit nodeRemoved(q(id));
    for (const auto &id : changes.nodesAdded)
        if (m_graph.node(id))
            emit nodeAdded(q(id));
    for (const auto &id : changes.nodesChanged)
        if (m_graph.node(id))
            emit nodeChanged(q(id));
    for (const auto &id : changes.nodesMoved)
        if (m_graph.node(id))
            emit nodeMoved(q(id));
    for (const auto &id : changes.edgesAdded)
        if (m_graph.edge(id))
            emit edgeAdded(q(id));
    if (changes.graphPropertiesChanged)
        emit graphPropertiesChanged();
    if (bulk)
        emit bulkChangeFinished();
    emit graphChanged();
    m_validateTimer.start();
}
