#include "pipeline/core/catalogsupport.h"

// Descriptors use designated initializers; members left out keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace pipeline {

using namespace catalogsupport;

namespace {

NodeType kafkaSink()
{
    NodeType t;
    t.kind = "kafka-sink";
    t.label = "Kafka sink";
    t.category = Category::Sink;
    t.icon = "kafka-sink";
    t.description = "Produces every incoming record to a Kafka topic.";
    t.inputs = {{.key = "in",
                 .label = "In",
                 .cardinality = Cardinality::Many,
                 .help = "Records to produce; several steps may feed one sink."}};
    t.parameters = {
        {
            .key = "topic",
            .label = "Topic",
            .type = ParameterType::String,
            .required = true,
            .help = "Name of the Kafka topic to write, e.g. TempRangeAlert.",
        },
        {
            .key = "format",
            .label = "Format",
            .type = ParameterType::Enum,
            .defaultValue = "json",
            .allowedValues = {"json", "string", "avro"},
            .help = "json writes each record as a JSON object; string writes the record's value field as text; "
                    "avro writes Confluent's Avro wire format with a schema made from the incoming fields, "
                    "registered under the subject <topic>-value after a compatibility check.",
        },
        {
            .key = "schemaRegistry",
            .label = "Schema Registry",
            .type = ParameterType::String,
            .defaultValue = "default",
            .help = "Name of the Schema Registry profile (URL and credentials reference) where the sink "
                    "registers its Avro schema.",
            .visibleWhenKey = "format",
            .visibleWhenValues = {"avro"},
        },
        {
            .key = "key",
            .label = "Key",
            .type = ParameterType::Expression,
            .help = "Expression giving the Kafka message key, e.g. device_id (records with the same key keep "
                    "their order). Empty: the source record's key.",
        },
        onErrorParameter(),
    };
    t.outputSchema = [](const SchemaContext &) { return std::map<std::string, Schema>{}; };
    return t;
}

NodeType deadLetter()
{
    NodeType t;
    t.kind = "dead-letter";
    t.label = "Dead letter";
    t.category = Category::Sink;
    t.icon = "dead-letter";
    t.description = "Writes records that failed a check (e.g. validate's invalid output) to a dead-letter "
                    "topic with the reason, node id and original position in headers.";
    t.inputs = {{.key = "in",
                 .label = "In",
                 .cardinality = Cardinality::Many,
                 .help = "Rejected records; several steps may feed one dead-letter sink."}};
    t.parameters = {
        {
            .key = "topic",
            .label = "Topic",
            .type = ParameterType::String,
            .defaultValue = "pipewright.dead-letter",
            .required = true,
            .help = "Name of the dead-letter topic.",
        },
        onErrorParameter(),
    };
    t.outputSchema = [](const SchemaContext &) { return std::map<std::string, Schema>{}; };
    return t;
}

} // namespace

std::vector<NodeType> sinkNodeTypes()
{
    return {kafkaSink(), deadLetter()};
}

} // namespace pipeline
