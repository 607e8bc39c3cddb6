#include "pipeline/assist/pipelinejsonschema.h"

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

json nodeSchema(const NodeType &type)
{
    json parameters = json::object();
    json required = json::array();
    for (const auto &p : type.parameters) {
        parameters[p.key] = parameterJsonSchema(p);
        if (p.required && p.defaultValue.is_null())
            required.push_back(p.key);
    }
    json parameterObject = {{"type", "object"}, {"properties", parameters}, {"additionalProperties", false}};
    if (!required.empty())
        parameterObject["required"] = required;
    return {{"type", "object"},
            {"description", type.description},
            {"properties",
             {{"id", {{"type", "string"}, {"description", "unique, short, lower-case-with-dashes"}}},
              {"kind", {{"const", type.kind}}},
              {"label", {{"type", "string"}}},
              {"parameters", parameterObject}}},
            {"required", {"id", "kind", "parameters"}},
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
    const json edge = {{"type", "object"},
                       {"properties", {{"from", portReferenceSchema()}, {"to", portReferenceSchema()}}},
                       {"required", {"from", "to"}},
                       {"additionalProperties", false}};
    const json settings = {{"type", "object"},
                           {"properties",
                            {{"consumerGroup", {{"type", "string"}}},
                             {"deadLetterTopic", {{"type", "string"}}}}},
                           {"additionalProperties", false}};
    return {{"type", "object"},
            {"properties",
             {{"name", {{"type", "string"}, {"description", "short, lower-case-with-dashes"}}},
              {"description", {{"type", "string"}}},
              {"settings", settings},
              {"nodes", {{"type", "array"}, {"items", {{"anyOf", kinds}}}}},
              {"edges", {{"type", "array"}, {"items", edge}}}}},
            {"required", {"name", "nodes", "edges"}},
            {"additionalProperties", false}};
}

} // namespace pipeline::assist
