#pragma once

// Helpers shared by the catalog's descriptor files (catalog*.cpp) and the
// validator: reporting from node checks, and the few questions about
// expressions and fields that output-schema rules need to answer.

#include "pipeline/core/nodetype.h"
#include "pipeline/expr/expression.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipeline {

std::vector<NodeType> sourceNodeTypes();
std::vector<NodeType> transformNodeTypes();
std::vector<NodeType> aiNodeTypes();
std::vector<NodeType> sinkNodeTypes();
std::vector<NodeType> storageNodeTypes();
std::vector<NodeType> vectorNodeTypes();
std::vector<NodeType> connectNodeTypes();

namespace catalogsupport {

/// Appends a diagnostic for the context's node.
Diagnostic &report(const SchemaContext &context, Severity severity, std::string code, std::string parameter,
                   std::string message);

/// The schema on an input port; an open empty schema when nothing is known.
const Schema &inputSchema(const SchemaContext &context, std::string_view port = "in");

/// The parameter as a JSON array (empty when unset or not an array).
const nlohmann::json &arrayParameter(const Node &node, std::string_view key);
/// A string member of an item object ("" when absent or not a string).
std::string itemString(const nlohmann::json &item, std::string_view key);

/// Parses silently; nullopt when the text is empty or does not parse.
std::optional<expr::Expression> parseQuietly(std::string_view text);
/// The type an expression computes over `schema`; Unknown if it fails to parse or check.
FieldType expressionType(std::string_view text, const Schema &schema);

/// True when `text` is a bare field reference (`a`, `a.b`, `"odd name".c`);
/// `path` receives the unquoted dotted path.
bool isFieldReference(std::string_view text, std::string *path = nullptr);
/// The path's last segment (the column name a field reference keeps).
std::string lastSegment(std::string_view dottedPath);

/// Whether `path` can name a field of `schema`: listed, or under an open schema,
/// or inside an object/unknown field whose members are not declared.
bool fieldResolves(const Schema &schema, std::string_view path);
/// Sensitive and not masked, itself or any nested field.
bool exposesSensitive(const Field &field);
/// Fields reachable through `paths` that expose sensitive data, as paths.
std::vector<std::string> sensitivePaths(const Schema &schema, const std::vector<std::string> &paths);

/// The column names aggregate's group-by list produces (docs/node-kinds.md):
/// field refs keep their last path segment, other expressions become key_1, key_2, ...
std::vector<std::string> groupByColumnNames(const nlohmann::json &groupBy);

Field makeField(std::string name, FieldType type);

/// `onError`, shared by every transform, ai and sink kind.
ParameterDescriptor onErrorParameter();
/// The parameters every LLM / embedding kind has after its own
/// (endpoint and model come first; retries, backoff, timeout, concurrency last).
ParameterDescriptor endpointParameter();
std::vector<ParameterDescriptor> aiCommonParameters();

} // namespace catalogsupport
} // namespace pipeline
