#include "pipeline/core/catalogsupport.h"
#include "pipeline/core/connectortemplate.h"
#include "pipeline/core/schemaparameter.h"

#include <algorithm>
#include <cctype>

// Descriptors use designated initializers; members left out keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace pipeline {

using namespace catalogsupport;

namespace {

// A parameter of another kind, reused so the two stay the same.
ParameterDescriptor borrowed(const std::vector<NodeType> &types, std::string_view kind, std::string_view key)
{
    for (const auto &t : types)
        if (t.kind == kind)
            if (const ParameterDescriptor *p = t.parameter(key))
                return *p;
    return {};
}

std::vector<std::string> templateIds(const std::vector<ConnectorTemplate> &templates, bool (*keep)(const ConnectorTemplate &))
{
    std::vector<std::string> ids;
    for (const auto &t : templates)
        if (!keep || keep(t))
            ids.push_back(t.id);
    return ids;
}

ParameterDescriptor connectorParameter(const std::vector<ConnectorTemplate> &templates, std::string help)
{
    for (const auto &t : templates)
        help += " " + t.id + " — " + t.label + " (" + t.connectorClass + ").";
    return {
        .key = "connector",
        .label = "Connector",
        .type = ParameterType::Enum,
        .defaultValue = templates.front().id,
        .required = true,
        .allowedValues = templateIds(templates, nullptr),
        .help = help,
    };
}

// One parameter per template property, shown only for the templates that have it;
// a property several templates share (database.hostname) is one parameter. A
// default the templates disagree on (database.port) stays off the descriptor and
// comes from the template at export.
std::vector<ParameterDescriptor> templateParameters(const std::vector<ConnectorTemplate> &templates)
{
    std::vector<ParameterDescriptor> out;
    for (const auto &t : templates) {
        for (const auto &property : t.properties) {
            auto it = std::find_if(out.begin(), out.end(),
                                   [&](const ParameterDescriptor &p) { return p.key == property.parameter; });
            if (it != out.end()) {
                it->visibleWhenValues.push_back(t.id);
                if (it->defaultValue != property.defaultValue) {
                    it->defaultValue = nullptr;
                    it->help += " Default: the connector's own for the chosen template.";
                }
                continue;
            }
            out.push_back({
                .key = property.parameter,
                .label = property.label,
                .type = property.type,
                .defaultValue = property.defaultValue,
                .required = property.required,
                .allowedValues = property.allowedValues,
                .help = property.help + " (" + property.name + ")",
                .visibleWhenKey = "connector",
                .visibleWhenValues = {t.id},
            });
        }
    }
    return out;
}

ParameterDescriptor connectorNameParameter()
{
    return {
        .key = "connectorName",
        .label = "Connector name",
        .type = ParameterType::String,
        .help = "The connector's name in the Connect cluster (the REST API's /connectors/{name}). Empty: "
                "<pipeline name>-<node id>.",
    };
}

ParameterDescriptor extraPropertiesParameter()
{
    return {
        .key = "properties",
        .label = "Other properties",
        .type = ParameterType::ItemList,
        .defaultValue = nlohmann::json::array(),
        .help = "Further connector properties, written into the exported configuration as they are. Secrets "
                "belong in the secret fields above, never here.",
        .itemFields = {
            {.key = "name", .label = "Property", .type = ParameterType::String, .required = true,
             .help = "Connect property name, e.g. poll.interval.ms."},
            {.key = "value", .label = "Value", .type = ParameterType::String, .help = "Its value, as text."},
        },
    };
}

// Properties whose values must be references: a secret typed into "Other properties" is a leak.
void checkExtraProperties(const SchemaContext &context)
{
    const auto &items = arrayParameter(context.node, "properties");
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string name = itemString(items[i], "name");
        std::string lower;
        for (char c : name)
            lower += char(std::tolower(static_cast<unsigned char>(c)));
        for (const char *secret : {"password", "secret", "private.key", "connection.uri", "passphrase"}) {
            if (lower.find(secret) != std::string::npos) {
                report(context, Severity::Error, "connector-secret-property", "properties[" + std::to_string(i) + "].name",
                       "connector property \"" + name + "\" holds a secret: use the connector's secret field (a "
                       "reference such as env:NAME) instead of Other properties")
                    .args = {name};
                break;
            }
        }
    }
}

void checkTemplate(const SchemaContext &context)
{
    const std::string id = context.node.stringParameter("connector");
    if (!id.empty() && !ConnectorTemplate::of(context.node))
        return; // the generic enum check reports the unknown value
    checkExtraProperties(context);
}

NodeType connectSource()
{
    const auto &templates = ConnectorTemplate::sources();
    const std::vector<NodeType> sources = sourceNodeTypes();
    NodeType t;
    t.kind = "connect-source";
    t.label = "Connect source";
    t.category = Category::Source;
    t.icon = "kafka-source";
    t.description = "A Kafka Connect source connector (JDBC, or Debezium change data capture from Oracle, MySQL or "
                    "PostgreSQL) running in your Connect cluster: the pipeline reads the topic the connector "
                    "writes, and export writes the connector's configuration beside the SQL.";
    t.outputs = {{.key = "out", .label = "Records", .help = "The connector's records: Debezium change events or rows."}};
    t.parameters = {
        connectorParameter(templates, "Which connector captures the table:"),
        connectorNameParameter(),
        {
            .key = "topicPrefix",
            .label = "Topic prefix",
            .type = ParameterType::String,
            .required = true,
            .help = "The connector's topic.prefix. Debezium writes <prefix>.<schema>.<table>, the JDBC source "
                    "<prefix><table>.",
        },
        {
            .key = "databaseSchema",
            .label = "Schema",
            .type = ParameterType::String,
            .required = true,
            .help = "The table's schema (Oracle: the owner, e.g. SALES; PostgreSQL: e.g. public; MySQL: the "
                    "database), as the database spells it. Part of the Debezium topic name.",
            .visibleWhenKey = "connector",
            .visibleWhenValues = templateIds(templates, [](const ConnectorTemplate &c) { return c.cdc; }),
        },
        {
            .key = "table",
            .label = "Table",
            .type = ParameterType::String,
            .required = true,
            .help = "The captured table, as the database spells it (Oracle: upper case, e.g. CUSTOMER).",
        },
        {
            .key = "columns",
            .label = "Columns",
            .type = ParameterType::Schema,
            .help = "The table's columns as the connector writes them (name, type, sensitive). Debezium keeps the "
                    "database's spelling; timestamps arrive as epoch milliseconds.",
            .minItems = 1,
        },
        {
            .key = "unwrap",
            .label = "Rows only (unwrap)",
            .type = ParameterType::Boolean,
            .defaultValue = false,
            .help = "Apply Debezium's ExtractNewRecordState transform: each record is the row after the change "
                    "instead of the change event envelope (before, after, source, op, ts_ms); deletes are dropped.",
            .visibleWhenKey = "connector",
            .visibleWhenValues = templateIds(templates, [](const ConnectorTemplate &c) { return c.cdc; }),
        },
        {
            .key = "unwrapAddFields",
            .label = "Metadata fields",
            .type = ParameterType::StringList,
            .defaultValue = nlohmann::json::array(),
            .help = "Change event fields the unwrap transform adds to each row with a __ prefix (its add.fields), "
                    "e.g. op gives __op (c insert, u update, r snapshot read), source.ts_ms gives __source_ts_ms.",
            .visibleWhenKey = "connector",
            .visibleWhenValues = templateIds(templates, [](const ConnectorTemplate &c) { return c.cdc; }),
        },
    };
    for (auto &p : templateParameters(templates))
        t.parameters.push_back(std::move(p));
    t.parameters.push_back(extraPropertiesParameter());
    for (const char *key : {"startOffset", "consumerGroup", "timestampField"})
        t.parameters.push_back(borrowed(sources, "kafka-source", key));
    t.outputSchema = [](const SchemaContext &context) {
        const auto *declared = context.node.parameter("columns");
        Schema columns = declared ? schemaFromParameter(*declared) : Schema();
        Schema out = ConnectorTemplate::recordSchema(context.node, columns);
        if (columns.fields.empty())
            out.open = true;
        return std::map<std::string, Schema>{{"out", out}};
    };
    t.check = [](const SchemaContext &context) {
        checkTemplate(context);
        const ConnectorTemplate *c = ConnectorTemplate::of(context.node);
        if (!c)
            return;
        if (!c->cdc) {
            const std::string mode = context.node.stringParameter("queryMode", "incrementing");
            const bool incrementing = mode.find("incrementing") != std::string::npos;
            const bool timestamp = mode.find("timestamp") != std::string::npos;
            if (incrementing && context.node.stringParameter("incrementingColumn").empty())
                report(context, Severity::Error, "missing-parameter", "incrementingColumn",
                       "query mode " + mode + " needs \"Incrementing column\" (incrementingColumn)");
            if (timestamp && context.node.stringParameter("timestampColumn").empty())
                report(context, Severity::Error, "missing-parameter", "timestampColumn",
                       "query mode " + mode + " needs \"Timestamp column\" (timestampColumn)");
        }
        const std::string field = context.node.stringParameter("timestampField");
        if (field.empty())
            return;
        const auto *declared = context.node.parameter("columns");
        const Schema out = ConnectorTemplate::recordSchema(context.node, declared ? schemaFromParameter(*declared) : Schema());
        if (!out.fields.empty() && !out.find(field))
            report(context, Severity::Error, "unknown-field", "timestampField",
                   "timestamp field \"" + field + "\" is not a field of the connector's records")
                .args = {field};
    };
    return t;
}

NodeType connectSink()
{
    const auto &templates = ConnectorTemplate::sinks();
    const std::vector<NodeType> sinks = sinkNodeTypes();
    NodeType t;
    t.kind = "connect-sink";
    t.label = "Connect sink";
    t.category = Category::Sink;
    t.icon = "kafka-sink";
    t.description = "A Kafka Connect sink connector (Snowflake, Amazon S3, JDBC or MongoDB) running in your "
                    "Connect cluster: the pipeline writes the topic the connector reads, and export writes the "
                    "connector's configuration beside the SQL.";
    t.inputs = {{.key = "in",
                 .label = "In",
                 .cardinality = Cardinality::Many,
                 .help = "Records for the connector; several steps may feed one sink."}};
    ParameterDescriptor format = borrowed(sinks, "kafka-sink", "format");
    format.allowedValues = {"json", "avro"};
    format.help = "json writes plain JSON objects (read with Connect's schemaless JSON converter); avro writes "
                  "Confluent's Avro wire format registered in the Schema Registry, which the JDBC sink needs "
                  "for its column types.";
    t.parameters = {
        connectorParameter(templates, "Which connector moves the topic on:"),
        connectorNameParameter(),
        {
            .key = "topic",
            .label = "Topic",
            .type = ParameterType::String,
            .required = true,
            .help = "The topic the pipeline writes and the connector reads (its topics property).",
        },
        {
            .key = "table",
            .label = "Table",
            .type = ParameterType::String,
            .required = true,
            .help = "Destination table (Snowflake, JDBC) or collection (MongoDB).",
            .visibleWhenKey = "connector",
            .visibleWhenValues = templateIds(templates, [](const ConnectorTemplate &c) { return c.table; }),
        },
        format,
        borrowed(sinks, "kafka-sink", "schemaRegistry"),
        borrowed(sinks, "kafka-sink", "key"),
    };
    for (auto &p : templateParameters(templates))
        t.parameters.push_back(std::move(p));
    t.parameters.push_back(extraPropertiesParameter());
    t.parameters.push_back(onErrorParameter());
    t.outputSchema = [](const SchemaContext &) { return std::map<std::string, Schema>{}; };
    t.check = [](const SchemaContext &context) {
        checkTemplate(context);
        const ConnectorTemplate *c = ConnectorTemplate::of(context.node);
        if (c && c->id == "jdbc" && context.node.stringParameter("format", "json") != "avro")
            report(context, Severity::Warning, "connector-needs-schema", "format",
                   "the JDBC sink needs each record's schema to build its SQL: choose format avro");
    };
    return t;
}

} // namespace

std::vector<NodeType> connectNodeTypes()
{
    return {connectSource(), connectSink()};
}

} // namespace pipeline
