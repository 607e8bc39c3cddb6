#include "pipeline/assist/pipelinejsonschema.h"

#include <algorithm>

namespace pipeline::assist {

using nlohmann::json;

namespace {

json fieldDeclarationSchema(int depth)
{
    json properties = {
        {"name", {{"type", "string"}}},
        {"type", {{"type", "string"}, {"enum", {"string", "integer", "double", "boolean", "timestamp", "array", "object"}}}},
        {"sensitive", {{"type", "boolean"}}},
    };
    // Nested declarations two levels deep cover real payloads without a recursive
    // $ref, which several OpenAI-compatible servers reject.
    if (depth < 2)
        properties["fields"] = {{"type", "array"}, {"items", fieldDeclarationSchema(depth + 1)}};
    return {{"type", "object"}, {"properties", properties}, {"required", {"name", "type"}}, {"additionalProperties", false}};
}

json portReferenceSchema()
{
    return {{"type", "object"},
            {"properties", {{"node", {{"type", "string"}}}, {"port", {{"type", "string"}}}}},
            {"required", {"node", "port"}},
            {"additionalProperties", false}};
}

// Removes help texts from a schema (not from a "properties" map, whose keys
// are parameter names — one may be called "description").
void stripDescriptions(json &schema)
{
    if (!schema.is_object())
        return;
    schema.erase("description");
    if (auto it = schema.find("properties"); it != schema.end() && it->is_object())
        for (auto &[key, value] : it->items())
            stripDescriptions(value);
    if (auto it = schema.find("items"); it != schema.end())
        stripDescriptions(*it);
    if (auto it = schema.find("anyOf"); it != schema.end() && it->is_array())
        for (auto &branch : *it)
            stripDescriptions(branch);
}

// Nested field declarations, one level: deeper ones stay free-form arrays.
void flattenFieldDeclarations(json &schema)
{
    if (!schema.is_object())
        return;
    if (auto it = schema.find("properties"); it != schema.end() && it->is_object()) {
        if (auto fields = it->find("fields"); fields != it->end() && fields->is_object())
            *fields = {{"type", "array"}};
        for (auto &[key, value] : it->items())
            flattenFieldDeclarations(value);
    }
    if (auto it = schema.find("items"); it != schema.end())
        flattenFieldDeclarations(*it);
}

// described: the full branch (every parameter, help texts). Otherwise the
// compact one for response_format: typed required parameters only, further
// keys allowed — the prompt's catalog text describes them and the validator
// checks them, so the schema need not repeat them.
json nodeSchema(const NodeType &type, bool described = true)
{
    json parameters = json::object();
    json required = json::array();
    for (const auto &p : type.parameters) {
        const bool needed = p.required && p.defaultValue.is_null();
        if (!described && !needed)
            continue;
        parameters[p.key] = parameterJsonSchema(p);
        if (!described) {
            stripDescriptions(parameters[p.key]);
            flattenFieldDeclarations(parameters[p.key]);
        }
        if (needed)
            required.push_back(p.key);
    }
    json parameterObject = {{"type", "object"}, {"properties", parameters}};
    if (described)
        parameterObject["additionalProperties"] = false;
    if (!required.empty())
        parameterObject["required"] = required;
    json node = {{"type", "object"},
                 {"description", type.description},
                 {"properties",
                  {{"id", {{"type", "string"}, {"description", "unique, short, lower-case-with-dashes"}}},
                   {"kind", {{"const", type.kind}}},
                   {"label", {{"type", "string"}}},
                   {"parameters", parameterObject}}},
                 {"required", {"id", "kind", "parameters"}},
                 {"additionalProperties", false}};
    if (!described) {
        node.erase("description");
        node["properties"]["id"].erase("description");
    }
    return node;
}

json documentSchema(json kinds, bool described)
{
    const json edge = {{"type", "object"},
                       {"properties", {{"from", portReferenceSchema()}, {"to", portReferenceSchema()}}},
                       {"required", {"from", "to"}},
                       {"additionalProperties", false}};
    const json settings = {{"type", "object"},
                           {"properties",
                            {{"consumerGroup", {{"type", "string"}}},
                             {"deadLetterTopic", {{"type", "string"}}},
                             {"processingGuarantee", {{"enum", {"at-least-once", "exactly-once"}}}}}},
                           {"additionalProperties", false}};
    json name = {{"type", "string"}};
    if (described)
        name["description"] = "short, lower-case-with-dashes";
    return {{"type", "object"},
            {"properties",
             {{"name", name},
              {"description", {{"type", "string"}}},
              {"settings", settings},
              {"nodes", {{"type", "array"}, {"items", {{"anyOf", std::move(kinds)}}}}},
              {"edges", {{"type", "array"}, {"items", edge}}}}},
            {"required", {"name", "nodes", "edges"}},
            {"additionalProperties", false}};
}

} // namespace

json parameterJsonSchema(const ParameterDescriptor &p)
{
    json schema;
    switch (p.type) {
    case ParameterType::String:
    case ParameterType::Text:
    case ParameterType::Expression:
    case ParameterType::Duration:
    case ParameterType::SecretRef:
        schema = {{"type", "string"}};
        break;
    case ParameterType::Integer:
        schema = {{"type", "integer"}};
        break;
    case ParameterType::Number:
        schema = {{"type", "number"}};
        break;
    case ParameterType::Boolean:
        schema = {{"type", "boolean"}};
        break;
    case ParameterType::Enum:
        schema = {{"type", "string"}, {"enum", p.allowedValues}};
        break;
    case ParameterType::StringList:
    case ParameterType::ExpressionList:
        schema = {{"type", "array"}, {"items", {{"type", "string"}}}};
        break;
    case ParameterType::ItemList: {
        json properties = json::object();
        json required = json::array();
        for (const auto &field : p.itemFields) {
            properties[field.key] = parameterJsonSchema(field);
            if (field.required && field.defaultValue.is_null())
                required.push_back(field.key);
        }
        json item = {{"type", "object"}, {"properties", properties}, {"additionalProperties", false}};
        if (!required.empty())
            item["required"] = required;
        schema = {{"type", "array"}, {"items", item}};
        break;
    }
    case ParameterType::Schema:
        schema = {{"type", "array"}, {"items", fieldDeclarationSchema(0)}};
        break;
    }
    if (p.minimum && (p.type == ParameterType::Integer || p.type == ParameterType::Number))
        schema["minimum"] = *p.minimum;
    if (p.maximum && (p.type == ParameterType::Integer || p.type == ParameterType::Number))
        schema["maximum"] = *p.maximum;
    if (p.minItems > 0 && schema.value("type", "") == "array")
        schema["minItems"] = p.minItems;
    if (!p.help.empty())
        schema["description"] = p.help;
    return schema;
}

json pipelineJsonSchema(const Catalog &catalog)
{
    json kinds = json::array();
    for (const auto &type : catalog.types())
        kinds.push_back(nodeSchema(type));
    return documentSchema(std::move(kinds), true);
}

json answerJsonSchema(const Catalog &catalog, const std::vector<std::string> &kinds,
                      const std::vector<std::string> &expandable)
{
    json branches = json::array();
    for (const auto &kind : kinds)
        if (const NodeType *type = catalog.find(kind))
            branches.push_back(nodeSchema(*type, false));
    json document = documentSchema(std::move(branches), false);
    if (expandable.empty())
        return document;
    const json expand = {{"type", "object"},
                         {"properties",
                          {{"expand", {{"type", "array"}, {"items", {{"type", "string"}, {"enum", expandable}}}, {"minItems", 1}}}}},
                         {"required", {"expand"}},
                         {"additionalProperties", false}};
    return {{"anyOf", {std::move(document), expand}}};
}

std::vector<std::string> expansionRequest(const json &answer, const Catalog &catalog)
{
    std::vector<std::string> kinds;
    if (!answer.is_object() || answer.contains("nodes"))
        return kinds;
    auto it = answer.find("expand");
    if (it == answer.end() || !it->is_array())
        return kinds;
    for (const auto &k : *it)
        if (k.is_string() && catalog.find(k.get<std::string>())
            && std::find(kinds.begin(), kinds.end(), k.get<std::string>()) == kinds.end())
            kinds.push_back(k.get<std::string>());
    return kinds;
}

} // namespace pipeline::assist
