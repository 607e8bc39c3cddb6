#pragma once

#include "pipeline/runtime/dataflow/fieldpath.h"
#include "pipeline/runtime/dataflow/source.h"
#include "pipeline/runtime/formats/avrorecorddecoder.h"
#include "pipeline/runtime/formats/jsonparser.h"
#include "pipeline/runtime/kafka/kafkasource.h"

#include <memory>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// `kafka-source`: reads its topic through a KafkaSource (consumer group,
/// at-least-once offsets) and turns each message into a record: JSON, Avro in
/// Confluent's wire format through the Schema Registry, or raw {key, value}
/// strings. A message that does not decode goes to the node's onError; a
/// registry that cannot be reached stops the run with the message uncommitted.
class KafkaSourceOperator : public Source {
public:
    enum class Format { Json, Avro, Raw };
    KafkaSourceOperator(KafkaSource::Config config, Format format, std::shared_ptr<AvroRecordDecoder> avro,
                        std::string timestampField);
    ~KafkaSourceOperator() override;

    /// Avro: the registry must answer before anything is read.
    bool prepare(std::string *error, std::string *notice) override;
    bool open(SourceContext &context, std::string *error) override;
    std::uint64_t read(SourceContext &context, std::uint64_t budget, int waitMillis) override;
    void close() override { m_source->close(); }
    bool waitsForData() const override { return true; }

    bool canReadAsTable() const override { return true; }
    void readAsTable() override;
    bool isTable() const override { return m_source->config().table; }
    bool tableLoaded(int waitMillis) override { return m_source->tableLoaded(waitMillis); }
    std::string tableLoadProgress() const override { return m_source->tableLoadProgress(); }

    void storeOffsets() override { m_source->storeOffsets(); }
    size_t unsettled() const override { return m_source->unsettled(); }
    bool transactionOffsets(TransactionOffsets &out) override { return m_source->transactionOffsets(out); }
    void transactionCommitted(const TransactionOffsets &offsets) override { m_source->transactionCommitted(offsets); }
    std::uint64_t commits() const override { return m_source->commits(); }
    std::optional<SourceClientStats> clientStats() const override
    {
        if (m_source->config().table)
            return std::nullopt; // a table reads everything every time: no lag, no commits
        return m_source->clientStats();
    }

private:
    void take(SourceContext &context, rd_kafka_message_s *message);

    std::unique_ptr<KafkaSource> m_source;
    Format m_format;
    std::shared_ptr<AvroRecordDecoder> m_avro;
    bool m_hasTimestampField;
    FieldPath m_timestampField;
    JsonParser m_parser;
    std::vector<rd_kafka_message_s *> m_batch;
};

} // namespace pipeline::runtime
