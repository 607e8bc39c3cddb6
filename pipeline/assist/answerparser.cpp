#include "pipeline/assist/answerparser.h"

#include "pipeline/assist/jsonextraction.h"
#include "pipeline/core/graphvalidator.h"
#include "pipeline/core/schemaparameter.h"
#include "pipeline/serialization/pipelinereader.h"

#include <set>

namespace pipeline::assist {

using nlohmann::json;

namespace {

Diagnostic answerError(std::string message)
{
    Diagnostic d;
    d.code = "bad-answer";
    d.message = std::move(message);
    return d;
}

bool isPortRef(const json &value)
{
    return value.is_object() && value.contains("node") && value["node"].is_string() && value.contains("port")
           && value["port"].is_string();
}

// Makes a model's object look like a pipeline file without changing what it says.
json normalized(json document)
{
    if (!document.contains("nodes")) {
        for (const char *wrapper : {"pipeline", "graph"}) {
            auto it = document.find(wrapper);
            if (it != document.end() && it->is_object() && it->contains("nodes")) {
                json inner = *it;
                document = std::move(inner);
                break;
            }
        }
    }
    static const std::set<std::string> topLevel{"name", "description", "settings", "nodes", "edges"};
    for (auto it = document.begin(); it != document.end();)
        it = topLevel.count(it.key()) ? std::next(it) : document.erase(it);
    document["format"] = "pipewright-pipeline";
    document["version"] = 1;
    if (!document.contains("edges"))
        document["edges"] = json::array();
    if (document.contains("name") && !document["name"].is_string())
        document.erase("name");
    if (document.contains("description") && !document["description"].is_string())
        document.erase("description");

    if (document["nodes"].is_array()) {
        std::set<std::string> ids;
        for (const auto &node : document["nodes"])
            if (node.is_object() && node.contains("id") && node["id"].is_string())
                ids.insert(node["id"].get<std::string>());
        for (auto &node : document["nodes"]) {
            if (!node.is_object())
                continue;
            static const std::set<std::string> nodeKeys{"id", "kind", "label", "parameters"};
            for (auto it = node.begin(); it != node.end();)
                it = nodeKeys.count(it.key()) ? std::next(it) : node.erase(it);
            if ((!node.contains("id") || !node["id"].is_string()) && node.contains("kind") && node["kind"].is_string()) {
                std::string base = node["kind"].get<std::string>();
                int n = 1;
                while (ids.count(base + "-" + std::to_string(n)))
                    ++n;
                node["id"] = base + "-" + std::to_string(n);
                ids.insert(node["id"].get<std::string>());
            }
            if (node.contains("parameters") && node["parameters"].is_null())
                node["parameters"] = json::object();
            node["position"] = {{"x", 0}, {"y", 0}};
        }
    }
    if (document["edges"].is_array()) {
        json edges = json::array();
        std::set<std::string> seen;
        for (auto &edge : document["edges"]) {
            if (edge.is_object() && isPortRef(edge.value("from", json())) && isPortRef(edge.value("to", json()))) {
                PortRef from{edge["from"]["node"], edge["from"]["port"]};
                PortRef to{edge["to"]["node"], edge["to"]["port"]};
                const std::string id = Graph::edgeIdFor(from, to);
                if (!seen.insert(id).second)
                    continue; // the same connection twice means it once
                edges.push_back({{"id", id},
                                 {"from", {{"node", from.node}, {"port", from.port}}},
                                 {"to", {{"node", to.node}, {"port", to.port}}}});
            } else {
                edges.push_back(edge); // the reader says what is wrong with it
            }
        }
        document["edges"] = std::move(edges);
    }
    return document;
}

// Declares the sampled fields on sources of sampled topics that declare none.
void groundSources(Graph &graph, const std::vector<TopicSample> &topics)
{
    std::vector<std::string> ids;
    for (const auto &[id, node] : graph.nodes())
        ids.push_back(id);
    for (const auto &id : ids) {
        Node node = *graph.node(id);
        if (node.kind != "kafka-source")
            continue;
        const json *schema = node.parameter("schema");
        if (schema && schema->is_array() && !schema->empty())
            continue;
        if (node.stringParameter("format", "json") != "json")
            continue;
        const std::string topic = node.stringParameter("topic");
        for (const auto &sample : topics) {
            if (sample.topic != topic || sample.schema.fields.empty())
                continue;
            Schema declared;
            for (const auto &field : sample.schema.fields)
                if (field.type != FieldType::Unknown && field.type != FieldType::Null)
                    declared.fields.push_back(field);
            if (declared.fields.empty())
                break;
            node.parameters["schema"] = schemaToParameter(declared);
            graph.putNode(std::move(node));
            break;
        }
    }
}

} // namespace

ParsedAnswer parsePipelineAnswer(std::string_view reply, const std::vector<TopicSample> &topics, const Catalog &catalog)
{
    ParsedAnswer result;
    ExtractedJson extracted = extractJsonObject(reply);
    if (!extracted.ok()) {
        result.truncated = extracted.truncated;
        result.problems.push_back(extracted.error);
        result.diagnostics.push_back(answerError(extracted.error));
        return result;
    }
    const json document = normalized(std::move(*extracted.value));
    LoadResult loaded = readPipelineText(document.dump(1), "answer");
    if (!loaded.ok()) {
        for (const auto &error : loaded.errors) {
            result.problems.push_back(error.message);
            Diagnostic d = error;
            d.span = {}; // lines of our re-serialised text mean nothing to the user
            result.diagnostics.push_back(std::move(d));
        }
        return result;
    }
    Graph graph = std::move(*loaded.graph);
    groundSources(graph, topics);
    ValidationResult validation = validateGraph(graph, catalog);
    for (const auto &d : validation.diagnostics)
        if (d.severity == Severity::Error)
            result.problems.push_back(formatDiagnostic(d));
    result.diagnostics = std::move(validation.diagnostics);
    result.graph = std::move(graph);
    return result;
}

} // namespace pipeline::assist
