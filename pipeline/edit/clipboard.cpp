#include "pipeline/edit/clipboard.h"

#include "pipeline/serialization/pipelinereader.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <cctype>
#include <cmath>

namespace pipeline::edit {

namespace {

using nlohmann::json;

Diagnostic error(std::string code, std::string message)
{
    Diagnostic d;
    d.code = std::move(code);
    d.message = std::move(message);
    return d;
}

std::optional<PortRef> portRef(const json &value)
{
    if (!value.is_object())
        return std::nullopt;
    auto node = value.find("node");
    auto port = value.find("port");
    if (node == value.end() || port == value.end() || !node->is_string() || !port->is_string())
        return std::nullopt;
    return PortRef{node->get<std::string>(), port->get<std::string>()};
}

std::string stemOf(const std::string &id)
{
    size_t dash = id.find_last_of('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == id.size())
        return id;
    for (size_t i = dash + 1; i < id.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(id[i])))
            return id;
    return id.substr(0, dash);
}

} // namespace

Graph extractSubgraph(const Graph &graph, const std::set<std::string> &nodeIds)
{
    Graph out;
    out.name = graph.name;
    for (const auto &id : nodeIds)
        if (const Node *node = graph.node(id))
            out.putNode(*node);
    for (const auto &[id, edge] : graph.edges())
        if (nodeIds.count(edge.from.node) && nodeIds.count(edge.to.node))
            out.putEdge(edge);
    return out;
}

std::string clipboardText(const Graph &graph, const std::set<std::string> &nodeIds)
{
    // The file format itself, so the clipboard pastes into a text editor as a
    // valid pipeline and a saved file's text pastes onto the canvas.
    return writePipelineText(extractSubgraph(graph, nodeIds));
}

ClipboardParse parseClipboardText(std::string_view text)
{
    ClipboardParse result;
    json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded()) {
        result.errors.push_back(error("clipboard-not-json", "The clipboard does not hold JSON text."));
        return result;
    }
    if (!doc.is_object() || !doc.contains("nodes") || !doc["nodes"].is_array()) {
        result.errors.push_back(error("clipboard-not-pipeline", "The clipboard JSON is not a pipeline (no \"nodes\" array)."));
        return result;
    }
    if (doc.contains("format")) {
        // A whole file: the strict reader gives located errors and migrations.
        LoadResult loaded = readPipelineText(text, "clipboard");
        result.graph = std::move(loaded.graph);
        result.errors = std::move(loaded.errors);
        return result;
    }
    // Hand-written fragments (just "nodes"/"edges") are accepted leniently.
    Graph graph;
    if (doc.contains("name") && doc["name"].is_string())
        graph.name = doc["name"].get<std::string>();
    for (const json &item : doc["nodes"]) {
        if (!item.is_object() || !item.contains("id") || !item["id"].is_string() || !item.contains("kind")
            || !item["kind"].is_string()) {
            result.errors.push_back(error("clipboard-bad-node", "A node in the clipboard has no string \"id\" and \"kind\"."));
            return result;
        }
        Node node;
        node.id = item["id"].get<std::string>();
        node.kind = item["kind"].get<std::string>();
        json extra = item;
        for (const char *key : {"id", "kind", "label", "parameters", "position"})
            extra.erase(key);
        node.extra = extra;
        if (item.contains("label") && item["label"].is_string())
            node.label = item["label"].get<std::string>();
        if (item.contains("parameters") && item["parameters"].is_object())
            node.parameters = item["parameters"];
        if (item.contains("position") && item["position"].is_object()) {
            const json &p = item["position"];
            node.position.x = p.value("x", 0.0);
            node.position.y = p.value("y", 0.0);
        }
        graph.putNode(std::move(node));
    }
    if (doc.contains("edges") && doc["edges"].is_array()) {
        for (const json &item : doc["edges"]) {
            auto from = item.is_object() && item.contains("from") ? portRef(item["from"]) : std::nullopt;
            auto to = item.is_object() && item.contains("to") ? portRef(item["to"]) : std::nullopt;
            if (!from || !to) {
                result.errors.push_back(error("clipboard-bad-edge", "An edge in the clipboard has no \"from\"/\"to\" port."));
                return result;
            }
            Edge edge;
            edge.from = *from;
            edge.to = *to;
            edge.id = item.contains("id") && item["id"].is_string() ? item["id"].get<std::string>()
                                                                    : Graph::edgeIdFor(edge.from, edge.to);
            json extra = item;
            for (const char *key : {"id", "from", "to"})
                extra.erase(key);
            edge.extra = extra;
            graph.putEdge(std::move(edge));
        }
    }
    result.graph = std::move(graph);
    return result;
}

PreparedPaste preparePaste(const Graph &target, const Graph &clip, Position offset)
{
    PreparedPaste out;
    std::set<std::string> taken;
    auto isFree = [&](const std::string &id) { return !target.node(id) && !taken.count(id); };
    for (const auto &[id, node] : clip.nodes()) {
        std::string newId = id;
        if (!isFree(newId)) {
            const std::string stem = stemOf(id);
            for (int i = 1; !isFree(newId = stem + "-" + std::to_string(i)); ++i) {}
        }
        taken.insert(newId);
        out.idMap[id] = newId;
        Node copy = node;
        copy.id = newId;
        copy.position.x += offset.x;
        copy.position.y += offset.y;
        out.nodes.push_back(std::move(copy));
    }
    for (const auto &[id, edge] : clip.edges()) {
        auto from = out.idMap.find(edge.from.node);
        auto to = out.idMap.find(edge.to.node);
        if (from == out.idMap.end() || to == out.idMap.end())
            continue;
        Edge copy = edge;
        copy.from.node = from->second;
        copy.to.node = to->second;
        copy.id = Graph::edgeIdFor(copy.from, copy.to);
        if (target.edge(copy.id))
            continue;
        out.edges.push_back(std::move(copy));
    }
    return out;
}

std::unique_ptr<InsertSubgraphCommand> makePasteCommand(const Graph &target, const Graph &clip, Position offset,
                                                        std::string text)
{
    PreparedPaste prepared = preparePaste(target, clip, offset);
    return std::make_unique<InsertSubgraphCommand>(std::move(prepared.nodes), std::move(prepared.edges),
                                                   std::move(text));
}

} // namespace pipeline::edit
