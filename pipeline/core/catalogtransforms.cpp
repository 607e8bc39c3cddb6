#include "pipeline/core/catalogsupport.h"
#include "pipeline/core/duration.h"

#include <algorithm>
#include <set>

// Descriptors use designated initializers; members left out keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace pipeline {

using namespace catalogsupport;

namespace {

std::vector<PortDescriptor> singleInput()
{
    return {{.key = "in", .label = "In", .help = "The records to process."}};
}

std::vector<PortDescriptor> singleOutput(std::string help)
{
    return {{.key = "out", .label = "Out", .help = std::move(help)}};
}

std::map<std::string, Schema> passThrough(const SchemaContext &context, std::initializer_list<std::string> ports)
{
    std::map<std::string, Schema> out;
    for (const auto &port : ports)
        out[port] = inputSchema(context);
    return out;
}

std::string inQuotes(std::string_view s)
{
    return "\"" + std::string(s) + "\"";
}

// Reports empty, duplicate and reserved names in an item list's `nameKey` member.
void checkItemNames(const SchemaContext &context, std::string_view listKey, std::string_view nameKey,
                    std::string_view what, const std::set<std::string> &reserved = {})
{
    std::set<std::string> seen;
    const auto &items = arrayParameter(context.node, listKey);
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string name = itemString(items[i], nameKey);
        if (name.empty())
            continue; // reported as a missing parameter
        const std::string parameter = std::string(listKey) + "[" + std::to_string(i) + "]." + std::string(nameKey);
        if (reserved.count(name)) {
            report(context, Severity::Error, "reserved-name", parameter,
                   std::string(what) + " name " + inQuotes(name) + " is reserved")
                .args = {name};
        } else if (!seen.insert(name).second) {
            report(context, Severity::Error, "duplicate-name", parameter,
                   std::string(what) + " name " + inQuotes(name) + " is used more than once")
                .args = {name};
        }
    }
}

NodeType filter()
{
    NodeType t;
    t.kind = "filter";
    t.label = "Filter";
    t.category = Category::Transform;
    t.icon = "filter";
    t.description = "Keeps the records for which a condition is TRUE; the others are dropped and counted.";
    t.inputs = singleInput();
    t.outputs = singleOutput("The records that pass the condition.");
    t.parameters = {
        {
            .key = "condition",
            .label = "Condition",
            .type = ParameterType::Expression,
            .required = true,
            .help = "A boolean SQL expression over the record, e.g. temperature > 100 AND device_id LIKE 'lab-%'. "
                    "Records where it is FALSE or NULL are dropped.",
            .expressionType = FieldType::Boolean,
        },
        onErrorParameter(),
    };
    t.outputSchema = [](const SchemaContext &context) { return passThrough(context, {"out"}); };
    return t;
}

NodeType project()
{
    NodeType t;
    t.kind = "project";
    t.label = "Project";
    t.category = Category::Transform;
    t.icon = "project";
    t.description = "Builds new records with exactly the listed fields, each computed by an expression "
                    "(select, rename, convert, derive).";
    t.inputs = singleInput();
    t.outputs = singleOutput("Records with the listed fields.");
    t.parameters = {
        {
            .key = "fields",
            .label = "Fields",
            .type = ParameterType::ItemList,
            .required = true,
            .help = "The output fields in order: a name and the expression computing it, e.g. "
                    "temp_c = (temperature - 32) / 1.8.",
            .itemFields = {
                {
                    .key = "name",
                    .label = "Name",
                    .type = ParameterType::String,
                    .required = true,
                    .help = "Name of the output field.",
                },
                {
                    .key = "expression",
                    .label = "Expression",
                    .type = ParameterType::Expression,
                    .required = true,
                    .help = "SQL expression over the input record, e.g. UPPER(country) or amount * 100.",
                },
            },
            .minItems = 1,
        },
        onErrorParameter(),
    };
    t.outputSchema = [](const SchemaContext &context) {
        const Schema &in = inputSchema(context);
        Schema schema;
        for (const auto &item : arrayParameter(context.node, "fields")) {
            const std::string name = itemString(item, "name");
            if (name.empty())
                continue;
            const std::string text = itemString(item, "expression");
            Field f = makeField(name, FieldType::Unknown);
            std::string path;
            if (isFieldReference(text, &path) && in.find(path)) {
                f = *in.find(path); // keeps nested fields and the sensitive/masked marks
                f.name = name;
            } else if (auto expression = parseQuietly(text)) {
                auto checked = expr::typeCheck(*expression, in);
                if (checked.ok())
                    f.type = checked.type;
                // A value computed from personal data is still personal data.
                f.sensitive = !sensitivePaths(in, expression->referencedFields()).empty();
            }
            schema.set(std::move(f));
        }
        return std::map<std::string, Schema>{{"out", schema}};
    };
    t.check = [](const SchemaContext &context) { checkItemNames(context, "fields", "name", "output field"); };
    return t;
}

// One output per named route (duplicates and "else" collapse; they are reported), then else.
std::vector<PortDescriptor> routePorts(const Node &node)
{
    std::vector<PortDescriptor> ports;
    std::set<std::string> seen{"else"};
    for (const auto &item : arrayParameter(node, "routes")) {
        const std::string name = itemString(item, "name");
        if (name.empty() || !seen.insert(name).second)
            continue;
        ports.push_back({.key = name, .label = name, .help = "Records matching route " + inQuotes(name) + "."});
    }
    ports.push_back({.key = "else", .label = "else", .help = "Records matching no route."});
    return ports;
}

NodeType route()
{
    NodeType t;
    t.kind = "route";
    t.label = "Route";
    t.category = Category::Transform;
    t.icon = "route";
    t.description = "Sends each record to the output of the first route whose condition is TRUE, or to else.";
    t.inputs = singleInput();
    t.parameters = {
        {
            .key = "routes",
            .label = "Routes",
            .type = ParameterType::ItemList,
            .required = true,
            .help = "Ordered routes, each a name (its output port) and a boolean condition; the first "
                    "matching route wins, records matching none go to the else output.",
            .itemFields = {
                {
                    .key = "name",
                    .label = "Name",
                    .type = ParameterType::String,
                    .required = true,
                    .help = "Name of the route and its output port; unique, not \"else\".",
                },
                {
                    .key = "condition",
                    .label = "Condition",
                    .type = ParameterType::Expression,
                    .required = true,
                    .help = "Boolean SQL expression, e.g. temperature > 132.",
                    .expressionType = FieldType::Boolean,
                },
            },
            .minItems = 1,
        },
        onErrorParameter(),
    };
    t.dynamicOutputs = routePorts;
    t.outputs = routePorts(Node{});
    t.outputSchema = [](const SchemaContext &context) {
        std::map<std::string, Schema> out;
        const Schema &in = inputSchema(context);
        for (const auto &port : routePorts(context.node))
            out[port.key] = in;
        return out;
    };
    t.check = [](const SchemaContext &context) { checkItemNames(context, "routes", "name", "route", {"else"}); };
    return t;
}

NodeType validate()
{
    NodeType t;
    t.kind = "validate";
    t.label = "Validate";
    t.category = Category::Transform;
    t.icon = "validate";
    t.description = "Checks every record against named constraints: records meeting all of them leave on "
                    "valid, the others on invalid with the names of the violated constraints.";
    t.inputs = singleInput();
    t.outputs = {
        {.key = "valid", .label = "Valid", .help = "Records for which every constraint is TRUE."},
        {.key = "invalid", .label = "Invalid", .help = "Records violating at least one constraint (NULL counts as a violation)."},
    };
    t.parameters = {
        {
            .key = "constraints",
            .label = "Constraints",
            .type = ParameterType::ItemList,
            .required = true,
            .help = "Named boolean conditions a valid record meets, e.g. in_range: temperature BETWEEN 32 AND 132.",
            .itemFields = {
                {
                    .key = "name",
                    .label = "Name",
                    .type = ParameterType::String,
                    .required = true,
                    .help = "Name reported for records violating this constraint.",
                },
                {
                    .key = "condition",
                    .label = "Condition",
                    .type = ParameterType::Expression,
                    .required = true,
                    .help = "Boolean SQL expression that is TRUE for valid records; NULL counts as a violation.",
                    .expressionType = FieldType::Boolean,
                },
            },
            .minItems = 1,
        },
        onErrorParameter(),
    };
    t.outputSchema = [](const SchemaContext &context) { return passThrough(context, {"valid", "invalid"}); };
    t.check = [](const SchemaContext &context) { checkItemNames(context, "constraints", "name", "constraint"); };
    return t;
}

NodeType mask()
{
    NodeType t;
    t.kind = "mask";
    t.label = "Mask";
    t.category = Category::Transform;
    t.icon = "mask";
    t.description = "Anonymises personal data in flight: redacts, hashes or partially hides the listed fields. "
                    "Masked fields may then be sent to LLM steps.";
    t.inputs = singleInput();
    t.outputs = singleOutput("The records with the listed fields masked.");
    t.parameters = {
        {
            .key = "fields",
            .label = "Fields",
            .type = ParameterType::ItemList,
            .required = true,
            .help = "The fields to mask and how.",
            .itemFields = {
                {
                    .key = "field",
                    .label = "Field",
                    .type = ParameterType::String,
                    .required = true,
                    .help = "Field to mask; a dotted path such as customer.email reaches nested fields.",
                },
                {
                    .key = "method",
                    .label = "Method",
                    .type = ParameterType::Enum,
                    .defaultValue = "redact",
                    .allowedValues = {"redact", "hash", "partial"},
                    .help = "redact replaces the value with a fixed marker; hash replaces it with a SHA-256 hex "
                            "digest (equal values stay joinable); partial hides all but the last characters.",
                },
                {
                    .key = "keep",
                    .label = "Keep last",
                    .type = ParameterType::Integer,
                    .defaultValue = 4,
                    .help = "For partial: how many trailing characters stay visible.",
                    .minimum = 0,
                    .visibleWhenKey = "method",
                    .visibleWhenValues = {"partial"},
                },
            },
            .minItems = 1,
        },
        onErrorParameter(),
    };
    t.outputSchema = [](const SchemaContext &context) {
        Schema schema = inputSchema(context);
        for (const auto &item : arrayParameter(context.node, "fields")) {
            const std::string path = itemString(item, "field");
            if (path.empty())
                continue;
            Field *f = schema.findMutable(path);
            if (!f) {
                if (!schema.open || path.find('.') != std::string::npos)
                    continue;
                // Open schema: record the mask so the PII guard knows the field is safe.
                schema.set(makeField(path, FieldType::String));
                f = schema.findMutable(path);
            }
            f->type = FieldType::String;
            f->children.clear();
            f->elementType = FieldType::Unknown;
            f->masked = true;
        }
        return std::map<std::string, Schema>{{"out", schema}};
    };
    t.check = [](const SchemaContext &context) {
        const Schema &in = inputSchema(context);
        const auto &items = arrayParameter(context.node, "fields");
        for (size_t i = 0; i < items.size(); ++i) {
            const std::string path = itemString(items[i], "field");
            if (!path.empty() && !fieldResolves(in, path))
                report(context, Severity::Error, "unknown-field", "fields[" + std::to_string(i) + "].field",
                       "field " + inQuotes(path) + " is not in the input")
                    .args = {path};
        }
    };
    return t;
}

NodeType aggregate()
{
    NodeType t;
    t.kind = "aggregate";
    t.label = "Aggregate";
    t.category = Category::Transform;
    t.icon = "aggregate";
    t.description = "Groups records by key within time windows and computes count, sum, avg, min or max per "
                    "group; emits one record per group and window.";
    t.inputs = singleInput();
    t.outputs = singleOutput("One record per group and window: group columns, aggregates, window_start, window_end.");
    t.parameters = {
        {
            .key = "groupBy",
            .label = "Group by",
            .type = ParameterType::ExpressionList,
            .defaultValue = nlohmann::json::array(),
            .help = "Expressions forming the group key, e.g. customer_id. A field keeps its name as column; "
                    "other expressions become key_1, key_2, ... Empty: one group for all records.",
        },
        {
            .key = "aggregates",
            .label = "Aggregates",
            .type = ParameterType::ItemList,
            .required = true,
            .help = "The computed columns: a name, a function and the expression it aggregates.",
            .itemFields = {
                {
                    .key = "name",
                    .label = "Name",
                    .type = ParameterType::String,
                    .required = true,
                    .help = "Name of the output column, e.g. total_amount.",
                },
                {
                    .key = "function",
                    .label = "Function",
                    .type = ParameterType::Enum,
                    .defaultValue = "count",
                    .required = true,
                    .allowedValues = {"count", "sum", "avg", "min", "max"},
                    .help = "count counts records (or non-NULL values of the expression); sum and avg need a "
                            "number; min and max work on numbers, strings and timestamps.",
                },
                {
                    .key = "expression",
                    .label = "Expression",
                    .type = ParameterType::Expression,
                    .help = "The value aggregated, e.g. amount. Optional for count.",
                },
            },
            .minItems = 1,
        },
        {
            .key = "window",
            .label = "Window",
            .type = ParameterType::Enum,
            .defaultValue = "tumbling",
            .allowedValues = {"tumbling", "hopping", "session"},
            .help = "tumbling: fixed, non-overlapping windows of the size; hopping: windows of the size "
                    "starting every advance; session: a window per key that closes after a gap of inactivity.",
        },
        {
            .key = "size",
            .label = "Size",
            .type = ParameterType::Duration,
            .defaultValue = "1m",
            .help = "Window length, e.g. 1m or 1h.",
            .visibleWhenKey = "window",
            .visibleWhenValues = {"tumbling", "hopping"},
        },
        {
            .key = "advance",
            .label = "Advance",
            .type = ParameterType::Duration,
            .help = "For hopping windows: how far each window starts after the previous one (at most the size).",
            .visibleWhenKey = "window",
            .visibleWhenValues = {"hopping"},
        },
        {
            .key = "gap",
            .label = "Gap",
            .type = ParameterType::Duration,
            .help = "For session windows: inactivity after which a key's session closes.",
            .visibleWhenKey = "window",
            .visibleWhenValues = {"session"},
        },
        {
            .key = "timeField",
            .label = "Time field",
            .type = ParameterType::String,
            .help = "Event-time field (timestamp or epoch milliseconds) that assigns records to windows. "
                    "Empty: processing time.",
        },
        {
            .key = "grace",
            .label = "Grace period",
            .type = ParameterType::Duration,
            .defaultValue = "0s",
            .help = "How long a window stays open for late records after it ends.",
        },
        onErrorParameter(),
    };
    t.outputSchema = [](const SchemaContext &context) {
        const Schema &in = inputSchema(context);
        Schema schema;
        const auto &groupBy = arrayParameter(context.node, "groupBy");
        const auto names = groupByColumnNames(groupBy);
        for (size_t i = 0; i < names.size(); ++i) {
            const std::string text = groupBy[i].is_string() ? groupBy[i].get<std::string>() : std::string();
            Field f = makeField(names[i], expressionType(text, in));
            if (auto expression = parseQuietly(text))
                f.sensitive = !sensitivePaths(in, expression->referencedFields()).empty();
            schema.set(std::move(f));
        }
        for (const auto &item : arrayParameter(context.node, "aggregates")) {
            const std::string name = itemString(item, "name");
            if (name.empty())
                continue;
            const std::string function = itemString(item, "function").empty() ? "count" : itemString(item, "function");
            const std::string text = itemString(item, "expression");
            Field f = makeField(name, FieldType::Unknown);
            if (function == "count") {
                f.type = FieldType::Integer;
            } else if (function == "avg") {
                f.type = FieldType::Double;
            } else {
                f.type = expressionType(text, in);
                if (auto expression = parseQuietly(text); expression && (function == "min" || function == "max"))
                    f.sensitive = !sensitivePaths(in, expression->referencedFields()).empty();
            }
            schema.set(std::move(f));
        }
        schema.set(makeField("window_start", FieldType::Timestamp));
        schema.set(makeField("window_end", FieldType::Timestamp));
        return std::map<std::string, Schema>{{"out", schema}};
    };
    t.check = [](const SchemaContext &context) {
        const Node &node = context.node;
        const Schema &in = inputSchema(context);
        const auto &aggregates = arrayParameter(node, "aggregates");
        std::set<std::string> columns;
        for (const auto &name : groupByColumnNames(arrayParameter(node, "groupBy")))
            columns.insert(name);
        for (size_t i = 0; i < aggregates.size(); ++i) {
            const auto &item = aggregates[i];
            const std::string at = "aggregates[" + std::to_string(i) + "]";
            const std::string name = itemString(item, "name");
            if (!name.empty()) {
                if (name == "window_start" || name == "window_end")
                    report(context, Severity::Error, "reserved-name", at + ".name",
                           "column name " + inQuotes(name) + " is reserved for the window bounds")
                        .args = {name};
                else if (!columns.insert(name).second)
                    report(context, Severity::Error, "duplicate-name", at + ".name",
                           "column name " + inQuotes(name) + " is used more than once")
                        .args = {name};
            }
            const std::string function = itemString(item, "function").empty() ? "count" : itemString(item, "function");
            const std::string text = itemString(item, "expression");
            if (function == "count")
                continue;
            if (!parseQuietly(text)) {
                if (text.find_first_not_of(" \t\r\n") == std::string::npos)
                    report(context, Severity::Error, "missing-parameter", at + ".expression",
                           function + " needs an expression to aggregate")
                        .args = {function};
                continue; // parse errors are reported by the generic expression check
            }
            const FieldType type = expressionType(text, in);
            if ((function == "sum" || function == "avg") && type != FieldType::Unknown && !isNumeric(type)) {
                report(context, Severity::Error, "type-mismatch", at + ".expression",
                       function + " needs a number, but " + inQuotes(text) + " is " + std::string(fieldTypeName(type)))
                    .args = {function, std::string(fieldTypeName(type))};
            } else if ((function == "min" || function == "max")
                       && (type == FieldType::Boolean || type == FieldType::Array || type == FieldType::Object)) {
                report(context, Severity::Error, "type-mismatch", at + ".expression",
                       function + " needs a number, string or timestamp, but " + inQuotes(text) + " is "
                           + std::string(fieldTypeName(type)))
                    .args = {function, std::string(fieldTypeName(type))};
            }
        }

        const std::string window = node.stringParameter("window", "tumbling");
        auto duration = [&](std::string_view key) { return parseDuration(node.stringParameter(key)); };
        if (window == "hopping") {
            if (!node.parameter("advance")) {
                report(context, Severity::Error, "missing-parameter", "advance", "hopping windows need an advance");
            } else if (auto advance = duration("advance"), size = duration("size"); advance && size) {
                if (advance->count() == 0 || *advance > *size)
                    report(context, Severity::Error, "out-of-range", "advance",
                           "advance must be greater than 0 and at most the window size ("
                               + formatDuration(*size) + ")");
            }
        }
        if (window == "session" && !node.parameter("gap"))
            report(context, Severity::Error, "missing-parameter", "gap", "session windows need a gap");
        if (window != "session") {
            if (auto size = duration("size"); size && size->count() == 0)
                report(context, Severity::Error, "out-of-range", "size", "the window size must be greater than 0");
        } else if (auto gap = duration("gap"); gap && gap->count() == 0) {
            report(context, Severity::Error, "out-of-range", "gap", "the session gap must be greater than 0");
        }

        const std::string timeField = node.stringParameter("timeField");
        if (!timeField.empty()) {
            const Field *f = in.find(timeField);
            if (!f && !fieldResolves(in, timeField)) {
                report(context, Severity::Error, "unknown-field", "timeField",
                       "time field " + inQuotes(timeField) + " is not in the input")
                    .args = {timeField};
            } else if (f && f->type != FieldType::Timestamp && f->type != FieldType::Integer
                       && f->type != FieldType::Unknown) {
                report(context, Severity::Error, "type-mismatch", "timeField",
                       "time field " + inQuotes(timeField) + " is " + std::string(fieldTypeName(f->type))
                           + ", expected timestamp or integer epoch milliseconds")
                    .args = {timeField, std::string(fieldTypeName(f->type))};
            }
        }
    };
    t.transactionRole = TransactionRole::Refused;
    t.transactionNote = "keeps its windows in memory, outside the Kafka transaction: the offsets of messages in an open "
                        "window cannot be committed, and after a crash a window would be rebuilt from part of its "
                        "messages; use at-least-once, or export to Flink SQL or ksqlDB, which checkpoint window state";
    return t;
}

NodeType join()
{
    NodeType t;
    t.kind = "join";
    t.label = "Join";
    t.category = Category::Transform;
    t.icon = "join";
    t.description = "Enriches each stream record with the latest table record of the same key (stream-table "
                    "lookup join), e.g. flight events with customer data.";
    t.inputs = {
        {.key = "stream", .label = "Stream", .help = "The records to enrich; each produces at most one output."},
        {.key = "table", .label = "Table", .help = "A table topic: the latest record per key is kept and looked up."},
    };
    t.outputs = singleOutput("Stream fields followed by table fields (clashing table names prefixed table_).");
    t.parameters = {
        {
            .key = "streamKey",
            .label = "Stream key",
            .type = ParameterType::Expression,
            .required = true,
            .help = "Expression over the stream record giving the lookup key, e.g. customer_id.",
            .schemaPort = "stream",
        },
        {
            .key = "tableKey",
            .label = "Table key",
            .type = ParameterType::Expression,
            .required = true,
            .help = "Expression over the table record giving its key, e.g. customer_id.",
            .schemaPort = "table",
        },
        {
            .key = "joinType",
            .label = "Join type",
            .type = ParameterType::Enum,
            .defaultValue = "left",
            .allowedValues = {"left", "inner"},
            .help = "left keeps stream records without a table match (table fields NULL); inner drops them.",
        },
        onErrorParameter(),
    };
    t.outputSchema = [](const SchemaContext &context) {
        const Schema &stream = inputSchema(context, "stream");
        const Schema &table = inputSchema(context, "table");
        Schema schema = stream;
        schema.open = stream.open || table.open;
        for (Field f : table.fields) {
            auto taken = [&](const std::string &name) {
                return std::any_of(schema.fields.begin(), schema.fields.end(),
                                   [&](const Field &x) { return x.name == name; });
            };
            while (taken(f.name))
                f.name = "table_" + f.name;
            schema.fields.push_back(std::move(f));
        }
        return std::map<std::string, Schema>{{"out", schema}};
    };
    t.check = [](const SchemaContext &context) {
        const FieldType streamType = expressionType(context.node.stringParameter("streamKey"), inputSchema(context, "stream"));
        const FieldType tableType = expressionType(context.node.stringParameter("tableKey"), inputSchema(context, "table"));
        if (!isAssignable(streamType, tableType) && !isAssignable(tableType, streamType))
            report(context, Severity::Error, "type-mismatch", "tableKey",
                   "the table key is " + std::string(fieldTypeName(tableType)) + " but the stream key is "
                       + std::string(fieldTypeName(streamType)))
                .args = {std::string(fieldTypeName(streamType)), std::string(fieldTypeName(tableType))};
    };
    return t;
}

NodeType dedupe()
{
    NodeType t;
    t.kind = "dedupe";
    t.label = "Deduplicate";
    t.category = Category::Transform;
    t.icon = "dedupe";
    t.description = "Drops records whose key was already seen within the window, e.g. redelivered events.";
    t.inputs = singleInput();
    t.outputs = singleOutput("The first record of each key per window.");
    t.parameters = {
        {
            .key = "key",
            .label = "Key",
            .type = ParameterType::Expression,
            .required = true,
            .help = "Expression identifying duplicates, e.g. event_id or CONCAT(device_id, '-', CAST(ts AS STRING)).",
        },
        {
            .key = "window",
            .label = "Window",
            .type = ParameterType::Duration,
            .defaultValue = "10m",
            .help = "How long a key is remembered.",
        },
        onErrorParameter(),
    };
    t.outputSchema = [](const SchemaContext &context) { return passThrough(context, {"out"}); };
    t.transactionRole = TransactionRole::Refused;
    t.transactionNote = "remembers the keys it has seen in memory, outside the Kafka transaction: after a crash the "
                        "replayed messages would find the memory empty; use at-least-once, or export to Flink SQL or "
                        "ksqlDB";
    return t;
}

} // namespace

std::vector<NodeType> transformNodeTypes()
{
    return {filter(), project(), route(), validate(), mask(), aggregate(), join(), dedupe()};
}

} // namespace pipeline
