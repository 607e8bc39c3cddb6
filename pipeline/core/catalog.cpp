#include "pipeline/core/catalog.h"

#include "pipeline/core/catalogsupport.h"

namespace pipeline {

std::string_view categoryName(Category category)
{
    switch (category) {
    case Category::Source: return "source";
    case Category::Transform: return "transform";
    case Category::Ai: return "ai";
    case Category::Sink: return "sink";
    }
    return "transform";
}

std::string_view parameterTypeName(ParameterType type)
{
    switch (type) {
    case ParameterType::String: return "string";
    case ParameterType::Text: return "text";
    case ParameterType::Integer: return "integer";
    case ParameterType::Number: return "number";
    case ParameterType::Boolean: return "boolean";
    case ParameterType::Enum: return "enum";
    case ParameterType::Expression: return "expression";
    case ParameterType::StringList: return "string-list";
    case ParameterType::ExpressionList: return "expression-list";
    case ParameterType::ItemList: return "item-list";
    case ParameterType::Schema: return "schema";
    case ParameterType::Duration: return "duration";
    case ParameterType::SecretRef: return "secret-ref";
    }
    return "string";
}

const Catalog &Catalog::builtin()
{
    static const Catalog catalog = [] {
        Catalog c;
        for (auto *group : {&sourceNodeTypes, &transformNodeTypes, &aiNodeTypes, &sinkNodeTypes, &storageNodeTypes, &vectorNodeTypes,
                            &connectNodeTypes})
            for (auto &type : (*group)())
                c.add(std::move(type));
        return c;
    }();
    return catalog;
}

void Catalog::add(NodeType type)
{
    for (auto &existing : m_types) {
        if (existing.kind == type.kind) {
            existing = std::move(type);
            return;
        }
    }
    m_types.push_back(std::move(type));
}

const NodeType *Catalog::find(std::string_view kind) const
{
    for (const auto &type : m_types)
        if (type.kind == kind)
            return &type;
    return nullptr;
}

std::vector<const NodeType *> Catalog::byCategory(Category category) const
{
    std::vector<const NodeType *> out;
    for (const auto &type : m_types)
        if (type.category == category)
            out.push_back(&type);
    return out;
}

Node Catalog::instantiate(std::string_view kind, std::string id) const
{
    Node node;
    node.id = std::move(id);
    node.kind = std::string(kind);
    if (const NodeType *type = find(kind)) {
        node.label = type->label;
        for (const auto &p : type->parameters)
            if (!p.defaultValue.is_null())
                node.parameters[p.key] = p.defaultValue;
    }
    return node;
}

} // namespace pipeline
