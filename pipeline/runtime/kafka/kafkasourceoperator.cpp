#include "pipeline/runtime/kafka/kafkasourceoperator.h"

#include <librdkafka/rdkafka.h>

#include <chrono>
#include <unistd.h>

namespace pipeline::runtime {

KafkaSourceOperator::KafkaSourceOperator(KafkaSource::Config config, Format format,
                                         std::shared_ptr<AvroRecordDecoder> avro, std::string timestampField)
    : m_source(std::make_unique<KafkaSource>(std::move(config), KafkaSource::Hooks{}))
    , m_format(format)
    , m_avro(std::move(avro))
    , m_hasTimestampField(!timestampField.empty())
    , m_timestampField(timestampField)
{
    m_batch.reserve(1024);
}

KafkaSourceOperator::~KafkaSourceOperator() = default;

bool KafkaSourceOperator::prepare(std::string *error, std::string *notice)
{
    (void)notice;
    if (!m_avro)
        return true;
    SchemaRegistryError registryError;
    if (!m_avro->registry().subjects(&registryError) && registryError.kind == SchemaRegistryError::Kind::Transport) {
        *error = registryError.message;
        return false;
    }
    return true;
}

void KafkaSourceOperator::readAsTable()
{
    // Rebuilt from the beginning on every start, in a group of its own.
    auto config = m_source->config();
    config.table = true;
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    config.group += ".table." + std::to_string(now) + "." + std::to_string(::getpid());
    m_source = std::make_unique<KafkaSource>(config, KafkaSource::Hooks{});
}

bool KafkaSourceOperator::open(SourceContext &context, std::string *error)
{
    // Recreated with the hooks bound to this run (the compile step had none).
    KafkaSource::Hooks hooks;
    hooks.beforeRevoke = [&context] { context.beforeRevoke(); };
    hooks.warning = [&context](const std::string &text) { context.warning(text); };
    hooks.log = [&context](const std::string &text) { context.clientLog(text); };
    m_source = std::make_unique<KafkaSource>(m_source->config(), hooks);
    return m_source->open(error);
}

std::uint64_t KafkaSourceOperator::read(SourceContext &context, std::uint64_t budget, int waitMillis)
{
    m_batch.clear();
    std::string fatal;
    m_source->poll(waitMillis, budget, m_batch, &fatal);
    if (!fatal.empty())
        context.failRun(fatal);
    size_t k = 0;
    for (; k < m_batch.size() && !context.stopping(); ++k)
        take(context, m_batch[k]);
    for (; k < m_batch.size(); ++k) // not taken in: read again after a restart
        rd_kafka_message_destroy(m_batch[k]);
    const size_t taken = m_batch.size();
    m_batch.clear();
    return taken;
}

void KafkaSourceOperator::take(SourceContext &context, rd_kafka_message_t *message)
{
    context.admit();
    PartitionOffsets *offsets = m_source->offsetsFor(message->partition);
    Record record;
    record.origin = OriginRef::adopt(Origin::fromKafka(message, offsets, context.fates(), context.steadyNanos()));
    rd_kafka_timestamp_type_t tsType;
    const std::int64_t ts = rd_kafka_message_timestamp(message, &tsType);
    record.timestampMillis = ts >= 0 ? ts : context.nowMillis();
    const char *data = static_cast<const char *>(message->payload);
    switch (m_format) {
    case Format::Avro: {
        std::string error;
        const auto result = m_avro->decode(data, data ? message->len : 0, record.value, &error);
        if (result == AvroRecordDecoder::Result::RegistryUnavailable) {
            // Not the message's fault: stop with it uncommitted instead of dead-lettering everything.
            record.origin->markFailed();
            context.failRun(error);
            return;
        }
        if (result != AvroRecordDecoder::Result::Ok) {
            context.reject(std::move(record), error);
            return;
        }
        break;
    }
    case Format::Json: {
        std::string error;
        if (!data || !m_parser.parse(data, message->len, record.value, &error)) {
            if (!data)
                error = "malformed JSON: empty message";
            context.reject(std::move(record), error);
            return;
        }
        break;
    }
    case Format::Raw:
        record.value = nlohmann::json::object();
        record.value["key"] = message->key
            ? nlohmann::json(std::string(static_cast<const char *>(message->key), message->key_len))
            : nlohmann::json(nullptr);
        record.value["value"] = data ? nlohmann::json(std::string(data, message->len)) : nlohmann::json(nullptr);
        context.emit(std::move(record));
        return;
    }
    if (m_hasTimestampField)
        if (const nlohmann::json *t = m_timestampField.find(record.value); t && t->is_number())
            record.timestampMillis = t->get<std::int64_t>();
    context.emit(std::move(record));
}

} // namespace pipeline::runtime
