#pragma once

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/core/schema.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pipeline {

enum class Category { Source, Transform, Ai, Sink };
std::string_view categoryName(Category category); // "source", "transform", "ai", "sink"

/// How many edges a port accepts. Outputs always fan out; inputs are usually One.
enum class Cardinality { One, Many };

struct PortDescriptor {
    std::string key;   // stable, stored in files ("in", "out", "valid", ...)
    std::string label; // English; the GUI translates
    Cardinality cardinality = Cardinality::One;
    bool optional = false; // an input that may stay unconnected
    std::string help;
};

/// Parameter value kinds. The property form, validation, the LLM prompt and the
/// JSON schema for generated graphs are all derived from these.
enum class ParameterType {
    String,       // single line text
    Text,         // multi-line text (prompt templates)
    Integer,
    Number,
    Boolean,
    Enum,         // one of allowedValues
    Expression,   // one expression-language text
    StringList,   // array of strings (e.g. labels)
    ExpressionList, // array of expression texts (e.g. group-by keys)
    ItemList,     // array of objects whose fields are described by itemFields
    Schema,       // array of {name, type} field declarations
    Duration,     // "500ms", "10s", "1m", "2h", "1d"
    SecretRef,    // name of an environment variable or keychain entry, never a secret
};
std::string_view parameterTypeName(ParameterType type);

struct ParameterDescriptor {
    std::string key;
    std::string label;
    ParameterType type = ParameterType::String;
    nlohmann::json defaultValue; // null = no default
    bool required = false;
    std::vector<std::string> allowedValues; // Enum values
    std::string help;
    std::vector<ParameterDescriptor> itemFields; // ItemList: the fields of each item
    std::optional<double> minimum;
    std::optional<double> maximum;
    /// Shown only when another parameter has one of these values, e.g. the window
    /// size only for tumbling/hopping: {"window", {"tumbling","hopping"}}.
    std::string visibleWhenKey;
    std::vector<std::string> visibleWhenValues;
    /// Lists (ItemList, StringList, ExpressionList, Schema): fewest entries allowed.
    int minItems = 0;
    /// Expression / ExpressionList: the type the expression must compute
    /// (Boolean for conditions); Unknown accepts any type.
    FieldType expressionType = FieldType::Unknown;
    /// Expressions and templates are read against the record on this input port;
    /// empty means the node's first input (join keys name "stream" / "table").
    std::string schemaPort;
    /// Text with `{{field}}` placeholders that must name fields of the input.
    bool templated = false;
    /// The value's fields reach an external LLM/embedding service, so the PII
    /// guard refuses sensitive fields that were not masked upstream.
    bool sentToLlm = false;
};

/// Input schemas by input port key, plus where to report problems.
struct SchemaContext {
    const Node &node;
    const std::map<std::string, Schema> &inputs;
    Diagnostics &diagnostics;
};
/// Output schemas by output port key.
using OutputSchemaRule = std::function<std::map<std::string, Schema>(const SchemaContext &)>;
/// Checks specific to one kind (route names unique, sum needs a number, ...),
/// run by the validator after the generic parameter checks, with the input schemas.
using NodeCheck = std::function<void(const SchemaContext &)>;

/// How a node kind takes part in a run whose settings say
/// `processingGuarantee: exactly-once` (each Kafka transaction carries the
/// outputs of a set of input messages together with their consumed offsets).
enum class TransactionRole {
    Joins,   // its effects are Kafka produces (or none): they commit or abort with the transaction
    Repeats, // it calls an outside service; a replay after a crash calls again (a warning)
    Refused, // its effect or state cannot be part of a Kafka transaction (an error)
};

/// The descriptor of a node kind.
struct NodeType {
    std::string kind;
    std::string label;
    Category category = Category::Transform;
    std::string description;
    std::string icon; // resource name, e.g. "filter" -> :/icons/filter.svg
    std::vector<PortDescriptor> inputs;
    std::vector<PortDescriptor> outputs;
    std::vector<ParameterDescriptor> parameters;
    /// For kinds whose outputs follow from parameters (route: one per condition).
    std::function<std::vector<PortDescriptor>(const Node &)> dynamicOutputs;
    OutputSchemaRule outputSchema;
    NodeCheck check;
    TransactionRole transactionRole = TransactionRole::Joins;
    /// Why the kind repeats or is refused under exactly-once (English; the diagnostic's text).
    std::string transactionNote;

    std::vector<PortDescriptor> outputPorts(const Node &node) const
    {
        return dynamicOutputs ? dynamicOutputs(node) : outputs;
    }
    const ParameterDescriptor *parameter(std::string_view key) const
    {
        for (const auto &p : parameters)
            if (p.key == key)
                return &p;
        return nullptr;
    }
    const PortDescriptor *input(std::string_view key) const
    {
        for (const auto &p : inputs)
            if (p.key == key)
                return &p;
        return nullptr;
    }
    bool hasOutput(const Node &node, std::string_view key) const
    {
        for (const auto &p : outputPorts(node))
            if (p.key == key)
                return true;
        return false;
    }
};

} // namespace pipeline
