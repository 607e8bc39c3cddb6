#include "codegen/connectorconfig.h"

#include "codegen/jdbcsinkconfig.h"

#include "pipeline/core/connectortemplate.h"

#include <map>

namespace codegen {

using namespace pipeline;

namespace {

constexpr const char *jsonConverter = "org.apache.kafka.connect.json.JsonConverter";
constexpr const char *avroConverter = "io.confluent.connect.avro.AvroConverter";

Diagnostic warning(const Node &node, std::string code, std::string parameter, std::string message)
{
    Diagnostic d;
    d.severity = Severity::Warning;
    d.code = std::move(code);
    d.nodeId = node.id;
    d.parameter = std::move(parameter);
    d.message = std::move(message);
    return d;
}

// Connect's configuration values are strings.
std::string configText(const nlohmann::json &value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_boolean())
        return value.get<bool>() ? "true" : "false";
    if (value.is_array()) {
        std::string out;
        for (const auto &item : value)
            out += (out.empty() ? "" : ",") + configText(item);
        return out;
    }
    return value.dump();
}

// The template's properties the node sets, or their template defaults.
void addTemplateProperties(const ConnectorTemplate &connector, const Node &node, nlohmann::json &config,
                           Diagnostics &diagnostics)
{
    for (const ConnectorProperty &property : connector.properties) {
        const nlohmann::json *value = node.parameter(property.parameter);
        const bool set = value && !value->is_null() && !(value->is_string() && value->get<std::string>().empty())
                         && !(value->is_array() && value->empty());
        if (!set) {
            if (!property.defaultValue.is_null())
                config[property.name] = configText(property.defaultValue);
            continue;
        }
        if (property.type != ParameterType::SecretRef) {
            config[property.name] = configText(*value);
            continue;
        }
        const std::string reference = configText(*value);
        const std::string provided = ConnectorTemplate::configReference(reference);
        if (provided.empty()) {
            diagnostics.push_back(warning(node, "codegen-secret-reference", property.parameter,
                                          "\"" + property.label + "\" is not a secret reference (env:NAME or "
                                          "keychain:NAME): " + property.name + " is left out of the connector "
                                          "configuration"));
            continue;
        }
        if (reference.rfind("keychain:", 0) == 0)
            diagnostics.push_back(warning(
                node, "codegen-keychain-secret", property.parameter,
                "the keychain entry behind \"" + property.label + "\" exists only on this desktop: put it as "
                    + reference.substr(9) + "=... into " + ConnectorTemplate::secretsFile
                    + " on every Connect worker (FileConfigProvider \"file\")"));
        config[property.name] = provided;
    }
}

void addExtraProperties(const Node &node, nlohmann::json &config)
{
    const nlohmann::json *items = node.parameter("properties");
    if (!items || !items->is_array())
        return;
    for (const auto &item : *items) {
        if (!item.is_object() || !item.value("name", nlohmann::json()).is_string())
            continue;
        const std::string name = item["name"].get<std::string>();
        if (!name.empty())
            config[name] = configText(item.value("value", nlohmann::json("")));
    }
}

void addSchemalessJson(nlohmann::json &config, const char *side)
{
    const std::string prefix = std::string(side) + ".converter";
    config[prefix] = jsonConverter;
    config[prefix + ".schemas.enable"] = "false";
}

nlohmann::json sourceConfig(const ConnectorTemplate &connector, const Graph &graph, const Node &node,
                            Diagnostics &diagnostics)
{
    nlohmann::json config = nlohmann::json::object();
    config["connector.class"] = connector.connectorClass;
    config["tasks.max"] = "1";
    const std::string prefix = node.stringParameter("topicPrefix");
    const std::string schema = node.stringParameter("databaseSchema");
    const std::string table = node.stringParameter("table");
    config["topic.prefix"] = prefix;
    if (connector.cdc) {
        config["table.include.list"] = schema + "." + table;
        if (connector.id == "debezium-mysql")
            config["database.include.list"] = schema;
    } else {
        config["table.whitelist"] = table;
    }
    addTemplateProperties(connector, node, config, diagnostics);
    if (connector.property("schemaHistoryTopic") && !config.contains("schema.history.internal.kafka.topic"))
        config["schema.history.internal.kafka.topic"] = ConnectorConfig::connectorName(graph, node) + ".schema-history"; // one per connector
    // Pipewright and the exported SQL read plain JSON rows or envelopes.
    addSchemalessJson(config, "key");
    addSchemalessJson(config, "value");
    if (connector.cdc) {
        const nlohmann::json *unwrap = node.parameter("unwrap");
        if (unwrap && unwrap->is_boolean() && unwrap->get<bool>()) {
            config["transforms"] = "unwrap";
            config["transforms.unwrap.type"] = "io.debezium.transforms.ExtractNewRecordState";
            config["transforms.unwrap.drop.tombstones"] = "true";
            const nlohmann::json *added = node.parameter("unwrapAddFields");
            if (added && added->is_array() && !added->empty())
                config["transforms.unwrap.add.fields"] = configText(*added);
        } else {
            // A delete's tombstone has no value; the envelope with op "d" already says it.
            config["tombstones.on.delete"] = "false";
        }
    }
    addExtraProperties(node, config);
    return config;
}

nlohmann::json sinkConfig(const ConnectorTemplate &connector, const Graph &graph, const Node &node,
                          const std::string &topic, const ExportOptions &options, Diagnostics &diagnostics)
{
    nlohmann::json config = nlohmann::json::object();
    config["connector.class"] = connector.connectorClass;
    config["tasks.max"] = "1";
    config["topics"] = topic;
    const std::string table = node.stringParameter("table");
    if (connector.id == "snowflake")
        config["snowflake.topic2table.map"] = topic + ":" + table;
    else if (connector.id == "jdbc")
        config["table.name.format"] = table;
    else if (connector.id == "mongodb")
        config["collection"] = table;
    else if (connector.id == "s3")
        config["storage.class"] = "io.confluent.connect.s3.storage.S3Storage";
    addTemplateProperties(connector, node, config, diagnostics);
    const bool avro = node.stringParameter("format", "json") == "avro";
    if (connector.id == "s3")
        config["format.class"] = avro ? "io.confluent.connect.s3.format.avro.AvroFormat"
                                      : "io.confluent.connect.s3.format.json.JsonFormat";
    config["key.converter"] = "org.apache.kafka.connect.storage.StringConverter";
    const bool streaming = config.value("snowflake.ingestion.method", "") == "SNOWPIPE_STREAMING";
    if (connector.id == "snowflake" && !streaming) {
        // Snowflake's own converters put each record into the table's RECORD_CONTENT variant;
        // Snowpipe Streaming takes Kafka's converters instead.
        config["value.converter"] = avro ? "com.snowflake.kafka.connector.records.SnowflakeAvroConverter"
                                         : "com.snowflake.kafka.connector.records.SnowflakeJsonConverter";
    } else if (avro) {
        config["value.converter"] = avroConverter;
    } else {
        addSchemalessJson(config, "value");
    }
    if (avro)
        config["value.converter.schema.registry.url"] = ConnectorConfig::schemaRegistryUrl(options);
    ConnectorConfig::addErrorHandling(graph, node, config);
    addExtraProperties(node, config);
    return config;
}

} // namespace

std::string ConnectorConfig::connectorName(const Graph &graph, const Node &node)
{
    const std::string name = node.stringParameter("connectorName");
    if (!name.empty())
        return name;
    return (graph.name.empty() ? std::string("pipeline") : graph.name) + "-" + node.id;
}

ExportArtifact ConnectorConfig::artifact(const Graph &graph, const Node &node, const std::string &suffix,
                                         const nlohmann::json &config, const std::string &what)
{
    const std::string name = connectorName(graph, node);
    const nlohmann::json connector{{"name", name}, {"config", config}};
    ExportArtifact artifact;
    artifact.fileName = node.id + "." + suffix + ".json";
    artifact.nodeId = node.id;
    artifact.connectorName = name;
    artifact.description = what + " (POST it to the Connect REST API's /connectors; its \"config\" object is the "
                                  "body of PUT /connectors/" + name + "/config)";
    artifact.content = connector.dump(2) + "\n";
    return artifact;
}

void ConnectorConfig::addErrorHandling(const Graph &graph, const Node &node, nlohmann::json &config)
{
    const std::string onError = node.stringParameter("onError", "dead-letter");
    config["errors.tolerance"] = onError == "stop" ? "none" : "all";
    if (onError == "dead-letter") {
        std::string topic = "pipewright.dead-letter";
        if (graph.settings.is_object())
            topic = graph.settings.value("deadLetterTopic", topic);
        config["errors.deadletterqueue.topic.name"] = topic;
        config["errors.deadletterqueue.context.headers.enable"] = "true";
    }
}

std::string ConnectorConfig::schemaRegistryUrl(const ExportOptions &options)
{
    return options.schemaRegistryUrl.empty() ? "${env:SCHEMA_REGISTRY_URL}" : options.schemaRegistryUrl;
}

nlohmann::json ConnectorConfig::connectConfig(const Graph &graph, const Node &node, const std::string &topic,
                                              const ExportOptions &options, Diagnostics &diagnostics)
{
    const ConnectorTemplate *connector = ConnectorTemplate::of(node);
    if (!connector)
        return nlohmann::json::object();
    return connector->source ? sourceConfig(*connector, graph, node, diagnostics)
                             : sinkConfig(*connector, graph, node, topic, options, diagnostics);
}

std::vector<ExportArtifact> ConnectorConfig::build(const Graph &graph, const RelationalPlan &plan,
                                                   const ExportOptions &options, Diagnostics &diagnostics)
{
    std::map<std::string, ExportArtifact> databaseSinks;
    for (auto &artifact : JdbcSinkConfig::build(graph, plan, options, diagnostics))
        databaseSinks.emplace(artifact.nodeId, std::move(artifact));
    std::vector<ExportArtifact> artifacts;
    for (const PlanStep &step : plan.steps) {
        if (auto it = databaseSinks.find(step.nodeId); it != databaseSinks.end()) {
            artifacts.push_back(std::move(it->second));
            databaseSinks.erase(it);
            continue;
        }
        if (step.nodeKind != "connect-source" && step.nodeKind != "connect-sink")
            continue;
        if (step.kind != StepKind::Source && step.kind != StepKind::Sink)
            continue;
        const Node *node = graph.node(step.nodeId);
        const ConnectorTemplate *connector = node ? ConnectorTemplate::of(*node) : nullptr;
        if (!connector)
            continue;
        const nlohmann::json config = connectConfig(graph, *node, step.topic, options, diagnostics);
        const std::string what = "Kafka Connect " + connector->label + " connector for node " + node->id
            + (connector->source ? ": writes topic " : ": reads topic ") + step.topic;
        artifacts.push_back(artifact(graph, *node, connector->id + (connector->source ? "-source" : "-sink"), config, what));
    }
    return artifacts;
}

} // namespace codegen
