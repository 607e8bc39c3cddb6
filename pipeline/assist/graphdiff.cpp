#include "pipeline/assist/graphdiff.h"

#include <set>

namespace pipeline::assist {

namespace {

std::string joined(const std::vector<std::string> &items, const char *separator = ", ")
{
    std::string out;
    for (const auto &item : items) {
        if (!out.empty())
            out += separator;
        out += item;
    }
    return out;
}

std::string counted(size_t count, const char *singular, const char *plural)
{
    return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

} // namespace

const NodeChange *GraphDiff::change(const std::string &nodeId) const
{
    for (const auto &c : nodesChanged)
        if (c.id == nodeId)
            return &c;
    return nullptr;
}

std::string GraphDiff::summary() const
{
    if (empty())
        return "no changes";
    std::vector<std::string> parts;
    if (!nodesAdded.empty())
        parts.push_back(counted(nodesAdded.size(), "node", "nodes") + " added (" + joined(nodesAdded) + ")");
    if (!nodesRemoved.empty())
        parts.push_back(counted(nodesRemoved.size(), "node", "nodes") + " removed (" + joined(nodesRemoved) + ")");
    if (!nodesChanged.empty()) {
        std::vector<std::string> changes;
        for (const auto &c : nodesChanged) {
            std::vector<std::string> what;
            if (c.kindChanged)
                what.push_back("kind");
            if (c.labelChanged)
                what.push_back("label");
            what.insert(what.end(), c.parameters.begin(), c.parameters.end());
            changes.push_back(c.id + ": " + joined(what, ", "));
        }
        parts.push_back(counted(nodesChanged.size(), "node", "nodes") + " changed (" + joined(changes, "; ") + ")");
    }
    if (!edgesAdded.empty())
        parts.push_back(counted(edgesAdded.size(), "edge", "edges") + " added");
    if (!edgesRemoved.empty())
        parts.push_back(counted(edgesRemoved.size(), "edge", "edges") + " removed");
    if (propertiesChanged)
        parts.push_back("pipeline properties changed");
    return joined(parts);
}

GraphDiff diffGraphs(const Graph &before, const Graph &after)
{
    GraphDiff diff;
    for (const auto &[id, node] : before.nodes()) {
        const Node *other = after.node(id);
        if (!other) {
            diff.nodesRemoved.push_back(id);
            continue;
        }
        NodeChange change;
        change.id = id;
        change.kindChanged = node.kind != other->kind;
        change.labelChanged = node.label != other->label;
        std::set<std::string> keys;
        for (const auto &[key, value] : node.parameters.items())
            keys.insert(key);
        for (const auto &[key, value] : other->parameters.items())
            keys.insert(key);
        for (const auto &key : keys) {
            const auto a = node.parameters.find(key);
            const auto b = other->parameters.find(key);
            const bool inA = a != node.parameters.end();
            const bool inB = b != other->parameters.end();
            if (inA != inB || (inA && *a != *b))
                change.parameters.push_back(key);
        }
        if (change.kindChanged || change.labelChanged || !change.parameters.empty() || node.extra != other->extra)
            diff.nodesChanged.push_back(std::move(change));
    }
    for (const auto &[id, node] : after.nodes())
        if (!before.node(id))
            diff.nodesAdded.push_back(id);
    for (const auto &[id, edge] : before.edges())
        if (!after.edge(id))
            diff.edgesRemoved.push_back(id);
    for (const auto &[id, edge] : after.edges())
        if (!before.edge(id))
            diff.edgesAdded.push_back(id);
    diff.propertiesChanged = before.name != after.name || before.description != after.description
                             || before.settings != after.settings;
    return diff;
}

} // namespace pipeline::assist
