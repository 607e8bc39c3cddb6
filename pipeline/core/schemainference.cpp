#include "pipeline/core/schemainference.h"

#include "pipeline/core/graphalgorithms.h"

#include <algorithm>

namespace pipeline {

namespace {

const Schema &unknownSchema()
{
    static const Schema schema = Schema::openSchema();
    return schema;
}

void mergeField(std::vector<Field> &into, const Field &field)
{
    auto it = std::find_if(into.begin(), into.end(), [&](const Field &f) { return f.name == field.name; });
    if (it == into.end()) {
        into.push_back(field);
        return;
    }
    if (it->type != field.type) {
        it->type = FieldType::Unknown;
        it->children.clear();
    } else {
        for (const auto &child : field.children)
            mergeField(it->children, child);
    }
    if (it->elementType != field.elementType)
        it->elementType = FieldType::Unknown;
    it->sensitive = it->sensitive || field.sensitive;
    it->masked = it->masked && field.masked;
}

} // namespace

const Schema &SchemaInference::output(const PortRef &port) const
{
    auto it = outputSchemas.find(port);
    return it == outputSchemas.end() ? unknownSchema() : it->second;
}

const Schema &SchemaInference::input(const PortRef &port) const
{
    auto it = inputSchemas.find(port);
    return it == inputSchemas.end() ? unknownSchema() : it->second;
}

std::map<std::string, Schema> SchemaInference::inputsOf(const Node &node, const NodeType &type) const
{
    std::map<std::string, Schema> inputs;
    for (const auto &port : type.inputs)
        inputs[port.key] = input({node.id, port.key});
    return inputs;
}

Schema mergeSchemas(const std::vector<const Schema *> &schemas)
{
    if (schemas.empty())
        return Schema::openSchema();
    if (schemas.size() == 1)
        return *schemas.front();
    Schema merged;
    for (const Schema *schema : schemas) {
        merged.open = merged.open || schema->open;
        for (const auto &f : schema->fields)
            mergeField(merged.fields, f);
    }
    return merged;
}

SchemaInference inferSchemas(const Graph &graph, const Catalog &catalog)
{
    SchemaInference result;
    for (const auto &id : topologicalOrder(graph).all()) {
        const Node &node = *graph.node(id);
        const NodeType *type = catalog.find(node.kind);
        if (!type)
            continue;
        std::map<std::string, Schema> inputs;
        for (const auto &port : type->inputs) {
            std::vector<const Schema *> feeding;
            for (const Edge *e : graph.edgesInto(id, port.key)) {
                auto it = result.outputSchemas.find(e->from);
                if (it != result.outputSchemas.end())
                    feeding.push_back(&it->second);
            }
            // Only a Many port may merge; a One port with extra edges is an error
            // reported elsewhere, and the first edge stands for it.
            if (port.cardinality == Cardinality::One && feeding.size() > 1)
                feeding.resize(1);
            Schema schema = mergeSchemas(feeding);
            result.inputSchemas[{id, port.key}] = schema;
            inputs[port.key] = std::move(schema);
        }
        if (!type->outputSchema)
            continue;
        SchemaContext context{node, inputs, result.diagnostics};
        for (auto &[port, schema] : type->outputSchema(context))
            result.outputSchemas[{id, port}] = std::move(schema);
    }
    return result;
}

} // namespace pipeline
