#include "pipeline/core/catalogsupport.h"
#include "pipeline/core/samplegenerators.h"
#include "pipeline/core/schemaparameter.h"

// Descriptors use designated initializers; members left out keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace pipeline {

using namespace catalogsupport;

namespace {

NodeType kafkaSource()
{
    NodeType t;
    t.kind = "kafka-source";
    t.label = "Kafka source";
    t.category = Category::Source;
    t.icon = "kafka-source";
    t.description = "Consumes records from a Kafka topic. Declare the record fields so later steps can check "
                    "their expressions, or leave the schema empty to use any field.";
    t.outputs = {{.key = "out", .label = "Records", .help = "Every record consumed from the topic."}};
    t.parameters = {
        {
            .key = "topic",
            .label = "Topic",
            .type = ParameterType::String,
            .required = true,
            .help = "Name of the Kafka topic to consume, e.g. iot.readings.",
        },
        {
            .key = "format",
            .label = "Format",
            .type = ParameterType::Enum,
            .defaultValue = "json",
            .allowedValues = {"json", "string", "avro"},
            .help = "json parses each value as a JSON object whose members are the record fields; string "
                    "passes key and value through as the text fields key and value; avro decodes Confluent's "
                    "Avro wire format (magic byte, schema id) with the writer schema from the Schema Registry.",
        },
        {
            .key = "schemaRegistry",
            .label = "Schema Registry",
            .type = ParameterType::String,
            .defaultValue = "default",
            .help = "Name of the Schema Registry profile (URL and credentials reference, set in the settings or "
                    "with pipewright-cli run --schema-registry NAME=URL) that holds the topic's Avro schemas.",
            .visibleWhenKey = "format",
            .visibleWhenValues = {"avro"},
        },
        {
            .key = "schema",
            .label = "Schema",
            .type = ParameterType::Schema,
            .help = "The fields of each record (name, type, sensitive for personal data). Empty: fields are "
                    "not checked until a sample of the topic has been read.",
            .visibleWhenKey = "format",
            .visibleWhenValues = {"json", "avro"},
        },
        {
            .key = "startOffset",
            .label = "Start offset",
            .type = ParameterType::Enum,
            .defaultValue = "earliest",
            .allowedValues = {"earliest", "latest", "committed"},
            .help = "Where a consumer group without committed offsets starts: earliest reads the whole "
                    "topic, latest only new records, committed resumes where the group left off and fails "
                    "when it has no offsets yet.",
        },
        {
            .key = "consumerGroup",
            .label = "Consumer group",
            .type = ParameterType::String,
            .help = "Kafka consumer group id for this source. Empty: the pipeline's consumer group.",
        },
        {
            .key = "timestampField",
            .label = "Timestamp field",
            .type = ParameterType::String,
            .help = "Field holding the event time (epoch milliseconds) used by windows downstream. Empty: "
                    "the Kafka record timestamp.",
        },
    };
    t.outputSchema = [](const SchemaContext &context) {
        std::map<std::string, Schema> out;
        if (context.node.stringParameter("format", "json") == "string") {
            Schema s;
            s.fields = {makeField("key", FieldType::String), makeField("value", FieldType::String)};
            out["out"] = s;
            return out;
        }
        const auto *declared = context.node.parameter("schema");
        Schema s = declared ? schemaFromParameter(*declared) : Schema();
        if (s.fields.empty())
            s.open = true;
        out["out"] = s;
        return out;
    };
    t.check = [](const SchemaContext &context) {
        const std::string field = context.node.stringParameter("timestampField");
        if (field.empty() || context.node.stringParameter("format", "json") == "string")
            return;
        const auto *declared = context.node.parameter("schema");
        if (!declared)
            return;
        Schema s = schemaFromParameter(*declared);
        if (s.fields.empty())
            return;
        const Field *f = s.find(field);
        if (!f) {
            report(context, Severity::Error, "unknown-field", "timestampField",
                   "timestamp field \"" + field + "\" is not in the declared schema")
                .args = {field};
        } else if (f->type != FieldType::Timestamp && f->type != FieldType::Integer && f->type != FieldType::Unknown) {
            report(context, Severity::Error, "type-mismatch", "timestampField",
                   "timestamp field \"" + field + "\" is " + std::string(fieldTypeName(f->type))
                       + ", expected timestamp or integer epoch milliseconds")
                .args = {field, std::string(fieldTypeName(f->type))};
        }
    };
    return t;
}

NodeType sampleSource()
{
    NodeType t;
    t.kind = "sample-source";
    t.label = "Sample data";
    t.category = Category::Source;
    t.icon = "sample-source";
    t.description = "Generates realistic sample records without a Kafka topic, to try a pipeline out.";
    t.outputs = {{.key = "out", .label = "Records", .help = "The generated records."}};
    std::string generatorHelp = "Which built-in data set to generate:";
    for (const auto &name : sampleGeneratorNames())
        generatorHelp += " " + name + " — " + std::string(sampleGeneratorDescription(name));
    t.parameters = {
        {
            .key = "generator",
            .label = "Generator",
            .type = ParameterType::Enum,
            .defaultValue = "iot-temperature",
            .required = true,
            .allowedValues = sampleGeneratorNames(),
            .help = generatorHelp,
        },
        {
            .key = "rate",
            .label = "Rate (records/s)",
            .type = ParameterType::Number,
            .defaultValue = 10,
            .help = "Records generated per second; 0 generates as fast as possible.",
            .minimum = 0,
        },
        {
            .key = "count",
            .label = "Count",
            .type = ParameterType::Integer,
            .defaultValue = 0,
            .help = "Stop after this many records; 0 keeps generating until the pipeline stops.",
            .minimum = 0,
        },
        {
            .key = "seed",
            .label = "Seed",
            .type = ParameterType::Integer,
            .defaultValue = 42,
            .help = "Random seed: the same seed produces the same records, so runs are repeatable.",
        },
    };
    t.outputSchema = [](const SchemaContext &context) {
        std::map<std::string, Schema> out;
        auto schema = sampleGeneratorSchema(context.node.stringParameter("generator", "iot-temperature"));
        out["out"] = schema ? *schema : Schema::openSchema();
        return out;
    };
    return t;
}

} // namespace

std::vector<NodeType> sourceNodeTypes()
{
    return {kafkaSource(), sampleSource()};
}

} // namespace pipeline
