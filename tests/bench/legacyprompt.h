#pragma once
// Today's prompt before issue 20 (commit 96b593f, pipeline/assist/promptbuilder.cpp),
// kept reachable only here so bench_assist measures the old and the new request
// sizes in the same run: the whole catalog in prose, the full JSON schema in the
// system prompt and again as response_format, and repair rounds that resend the
// whole conversation.

#include "pipeline/assist/pipelinejsonschema.h"
#include "pipeline/core/catalog.h"
#include "pipeline/expr/expression.h"

#include <nlohmann/json.hpp>

#include <string>

namespace legacyprompt {

using nlohmann::json;
using namespace pipeline;

inline std::string parameterLine(const ParameterDescriptor &p, int indent)
{
    std::string line(size_t(indent), ' ');
    line += "- " + p.key + ": ";
    switch (p.type) {
    case ParameterType::Enum: {
        std::string values;
        for (const auto &v : p.allowedValues)
            values += (values.empty() ? "" : "|") + v;
        line += "one of " + values;
        break;
    }
    case ParameterType::Expression:
        line += "expression";
        if (p.expressionType != FieldType::Unknown)
            line += " (" + std::string(fieldTypeName(p.expressionType)) + ")";
        break;
    case ParameterType::ExpressionList: line += "array of expressions"; break;
    case ParameterType::StringList: line += "array of strings"; break;
    case ParameterType::ItemList: line += "array of objects"; break;
    case ParameterType::Schema:
        line += "array of field declarations {name, type: string|integer|double|boolean|timestamp|array|object, "
                "sensitive?: boolean, fields?: [...] for objects}";
        break;
    case ParameterType::Duration: line += "duration string (500ms, 10s, 1m, 2h, 1d)"; break;
    case ParameterType::SecretRef: line += "secret reference (env:NAME)"; break;
    case ParameterType::Text: line += p.templated ? "text template with {{field}} placeholders" : "text"; break;
    default: line += std::string(parameterTypeName(p.type)); break;
    }
    if (p.templated && p.type != ParameterType::Text)
        line += " with {{field}} placeholders";
    if (!p.defaultValue.is_null())
        line += " = " + p.defaultValue.dump();
    if (p.required)
        line += ", required";
    if (p.minItems > 0)
        line += ", at least " + std::to_string(p.minItems);
    if (p.minimum)
        line += ", min " + json(*p.minimum).dump();
    if (p.maximum)
        line += ", max " + json(*p.maximum).dump();
    if (!p.visibleWhenKey.empty()) {
        std::string values;
        for (const auto &v : p.visibleWhenValues)
            values += (values.empty() ? "" : "|") + v;
        line += ", only when " + p.visibleWhenKey + " is " + values;
    }
    if (!p.help.empty())
        line += " — " + p.help;
    line += "\n";
    for (const auto &field : p.itemFields)
        line += parameterLine(field, indent + 2);
    return line;
}

inline std::string portList(const std::vector<PortDescriptor> &ports)
{
    std::string out;
    for (const auto &port : ports) {
        if (!out.empty())
            out += "; ";
        out += port.key;
        if (port.cardinality == Cardinality::Many)
            out += " (accepts many edges)";
        if (port.optional)
            out += " (optional)";
        if (!port.help.empty())
            out += " — " + port.help;
    }
    return out.empty() ? "none" : out;
}

inline const char *const kExample = R"({"name": "big-payments", "description": "Payments above 1000 to their own topic", "nodes": [
 {"id": "payments", "kind": "kafka-source", "label": "Payments", "parameters": {"topic": "payments", "schema": [{"name": "payment_id", "type": "string"}, {"name": "amount", "type": "double"}]}},
 {"id": "big", "kind": "filter", "label": "Amount over 1000", "parameters": {"condition": "amount > 1000"}},
 {"id": "out", "kind": "kafka-sink", "label": "Big payments", "parameters": {"topic": "payments.big"}}],
 "edges": [{"from": {"node": "payments", "port": "out"}, "to": {"node": "big", "port": "in"}},
  {"from": {"node": "big", "port": "out"}, "to": {"node": "out", "port": "in"}}]})";

inline std::string catalogText(const Catalog &m_catalog)
{
    std::string out;
    for (const auto &type : m_catalog.types()) {
        out += "### " + type.kind + " (" + std::string(categoryName(type.category)) + ")";
        if (!type.description.empty())
            out += " — " + type.description;
        out += "\ninputs: " + portList(type.inputs) + "\n";
        if (type.dynamicOutputs)
            out += "outputs: follow from the parameters; without them: " + portList(type.outputs) + "\n";
        else
            out += "outputs: " + portList(type.outputs) + "\n";
        if (type.parameters.empty()) {
            out += "parameters: none\n";
        } else {
            out += "parameters:\n";
            for (const auto &p : type.parameters)
                out += parameterLine(p, 0);
        }
        out += "\n";
    }
    return out;
}


inline std::string designSystemPrompt(const Catalog &m_catalog)
{
    std::string out =
        "You design Apache Kafka event pipelines for Pipewright. A pipeline is a directed acyclic graph of nodes "
        "(sources, transforms, AI steps, sinks); edges connect an output port of one node to an input port of "
        "another.\n\n"
        "Answer with exactly one JSON object that matches the JSON schema at the end, and nothing else.\n"
        "Rules:\n"
        "- Use only the node kinds, port keys and parameter keys listed below; parameter values must have the "
        "listed types (numbers as JSON numbers, lists as JSON arrays).\n"
        "- Every node has a unique id (short, lower-case words joined by dashes), a kind, a label and its "
        "parameters. Give every required parameter a value.\n"
        "- An edge is {\"from\": {\"node\": ID, \"port\": OUTPUT}, \"to\": {\"node\": ID, \"port\": INPUT}}. "
        "A route node has one output per route, named after the route's name, plus \"else\"; a validate node "
        "has \"valid\" and \"invalid\". Connect every input; sources have no inputs and sinks no outputs.\n"
        "- Conditions and other expressions use the expression language below and may only name fields the "
        "input record has. Declare the fields of every kafka-source in its schema parameter.\n"
        "- Records that fail or are invalid go to a dead-letter node or the pipeline's dead-letter topic "
        "(settings.deadLetterTopic); every transform, AI and sink node has onError.\n"
        "- Never write secrets (API keys, passwords, tokens) into the pipeline; reference them as env:NAME.\n"
        "- Write labels and the description in the language of the user's request; keep ids, kinds, ports, "
        "parameter keys, topic names and field names as they are.\n\n"
        "Node kinds:\n\n";
    out += catalogText(m_catalog);
    out += "Expression language: ";
    out += expr::languageSummary();
    out += "\n\n";
    out += "No Kafka cluster is connected: choose clear topic names and declare in each kafka-source's schema "
               "the fields the request mentions.\n\n";
    out += "Example answer:\n";
    out += kExample;
    out += "\n\nJSON schema of the answer:\n";
    out += assist::pipelineJsonSchema(m_catalog).dump();
    return out;
}

/// The first request's body as today's assistant sent it.
inline json firstBody(const std::string &description, const Catalog &catalog = Catalog::builtin())
{
    const json messages = json::array({
        {{"role", "system"}, {"content", designSystemPrompt(catalog)}},
        {{"role", "user"},
         {"content", description + "\n\n(Build this as a Pipewright pipeline; answer with the pipeline JSON object.)"}},
    });
    return {{"model", "m"},
            {"messages", messages},
            {"temperature", 0.1},
            {"max_tokens", 8192},
            {"response_format",
             {{"type", "json_schema"},
              {"json_schema", {{"name", "pipewright_pipeline"}, {"strict", false}, {"schema", assist::pipelineJsonSchema(catalog)}}}}}};
}

} // namespace legacyprompt
