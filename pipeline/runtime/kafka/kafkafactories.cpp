#include "pipeline/runtime/kafka/kafkafactories.h"

#include "pipeline/core/connectortemplate.h"
#include "pipeline/runtime/formats/avroschemamapping.h"
#include "pipeline/runtime/formats/schemaregistryservice.h"
#include "pipeline/runtime/kafka/avrosinkoperator.h"
#include "pipeline/runtime/kafka/kafkasinkoperator.h"
#include "pipeline/runtime/kafka/kafkasourceoperator.h"

namespace pipeline::runtime {

namespace {

// A connect-source reads the same way from the topic its connector writes.
std::unique_ptr<Operator> buildSourceOn(OperatorBuildContext &ctx, const std::string &topic)
{
    ctx.requireKafka();
    const auto &connection = ctx.setting<KafkaConnectionSettings>();
    KafkaSource::Config config;
    config.bootstrapServers = connection.bootstrapServers;
    config.properties = connection.clientProperties;
    config.topic = topic;
    std::string group = ctx.text("consumerGroup");
    if (group.empty()) {
        const nlohmann::json fromGraph = ctx.graph().settings.value("consumerGroup", nlohmann::json());
        group = fromGraph.is_string() ? fromGraph.get<std::string>() : std::string();
    }
    if (group.empty())
        group = ctx.graph().name.empty() ? "pipewright" : ctx.graph().name;
    config.group = group;
    config.transactional = connection.exactlyOnce;
    const std::string start = ctx.text("startOffset", "earliest");
    config.start = start == "latest" ? KafkaSource::Start::Latest
        : start == "committed"       ? KafkaSource::Start::Committed
                                     : KafkaSource::Start::Earliest;
    const std::string format = ctx.text("format", "json");
    std::shared_ptr<AvroRecordDecoder> avro;
    if (format == "avro")
        if (auto registry = schemaRegistryFor(ctx, ctx.text("schemaRegistry", "default")))
            avro = std::make_shared<AvroRecordDecoder>(registry);
    const auto kind = format == "json" ? KafkaSourceOperator::Format::Json
        : format == "avro"             ? KafkaSourceOperator::Format::Avro
                                       : KafkaSourceOperator::Format::Raw;
    if (kind == KafkaSourceOperator::Format::Avro && !avro)
        return nullptr;
    return std::make_unique<KafkaSourceOperator>(std::move(config), kind, std::move(avro), ctx.text("timestampField"));
}

std::unique_ptr<Operator> buildKafkaSource(OperatorBuildContext &ctx)
{
    return buildSourceOn(ctx, ctx.text("topic"));
}

std::unique_ptr<Operator> buildConnectSource(OperatorBuildContext &ctx)
{
    return buildSourceOn(ctx, ConnectorTemplate::topicOf(ctx.node()));
}

// kafka-sink and connect-sink: the topic parameter is the topic the connector reads.
std::unique_ptr<Operator> buildKafkaSink(OperatorBuildContext &ctx)
{
    ctx.requireKafka();
    std::optional<expr::Expression> key = ctx.optionalExpression("key");
    SinkOutput &output = ctx.sinkOutput();
    const std::string topic = ctx.text("topic");
    const std::string format = ctx.text("format", "json");
    if (format == "avro") {
        // The schema follows from the fields flowing into the sink.
        std::string error;
        auto avroSchema = pipewrightSchemaToAvro(ctx.inputSchema("in"), avroRecordName(topic), "pipewright", &error);
        if (!avroSchema) {
            ctx.error("avro-schema", "format", error);
            return nullptr;
        }
        auto registry = schemaRegistryFor(ctx, ctx.text("schemaRegistry", "default"));
        if (!ctx.ok() || !registry)
            return nullptr;
        return std::make_unique<AvroSinkOperator>(topic, avroSchema->dump(), key, registry, output);
    }
    if (!ctx.ok())
        return nullptr;
    return std::make_unique<KafkaSinkOperator>(
        topic, format == "string" ? KafkaSinkOperator::Format::String : KafkaSinkOperator::Format::Json, key, output);
}

} // namespace

void registerKafkaOperators(OperatorRegistry &registry)
{
    registry.add("kafka-source", buildKafkaSource);
    registry.add("kafka-sink", buildKafkaSink);
    registry.add("connect-source", buildConnectSource);
    registry.add("connect-sink", buildKafkaSink);
}

} // namespace pipeline::runtime
