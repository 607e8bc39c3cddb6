#pragma once

#include "pipeline/runtime/database/databaseconnection.h"
#include "pipeline/runtime/dataflow/fieldpath.h"
#include "pipeline/runtime/dataflow/operator.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace pipeline::runtime {

/// `database-sink`: collects records into batches and writes each batch in one
/// transaction. The commit is the records' acknowledgement: only then are their
/// origins marked output and released, so the source offsets become committable
/// after the rows are durable (at-least-once; with upserts a replay is idempotent).
///
/// A batch that fails transiently is retried with exponential backoff on the
/// engine thread, which holds back the sources meanwhile (back-pressure); after
/// the last retry, or when the database rejects the data, the batch is written
/// row by row so only the offending records go to the node's error policy, each
/// with the database's error text.
class DatabaseSinkOperator : public Operator {
public:
    struct Config {
        DatabaseTable table;
        size_t batchSize = 500;
        std::int64_t flushIntervalMillis = 1000;
        int maxRetries = 3;
        std::int64_t backoffMillis = 500;
    };
    DatabaseSinkOperator(Config config, std::unique_ptr<DatabaseConnection> connection);
    ~DatabaseSinkOperator() override;

    void process(int input, Record &&record, OperatorContext &context) override;
    void onTimer(OperatorContext &context) override;
    void flush(OperatorContext &context) override;
    std::uint64_t pendingRecords() const override { return m_records.size(); }

    std::uint64_t batchesCommitted() const { return m_batches; }
    std::optional<std::uint64_t> batchesWritten() const override { return m_batches; }
    std::uint64_t rowsCommitted() const { return m_rows; }
    std::uint64_t retries() const { return m_retries; }

    /// A record's column values (timestamps stay epoch millis; the connection converts).
    DatabaseRow rowOf(const nlohmann::json &record) const;

private:
    void writePending(OperatorContext &context);

    Config m_config;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::vector<FieldPath> m_paths;
    std::vector<Record> m_records;
    std::vector<DatabaseRow> m_pendingRows;
    std::int64_t m_oldestMillis = 0;
    std::uint64_t m_batches = 0;
    std::uint64_t m_rows = 0;
    std::uint64_t m_retries = 0;
};

} // namespace pipeline::runtime
