#include "pipeline/runtime/database/databasesinkoperator.h"

#include <chrono>
#include <thread>

namespace pipeline::runtime {

DatabaseSinkOperator::DatabaseSinkOperator(Config config, std::unique_ptr<DatabaseConnection> connection)
    : m_config(std::move(config)), m_connection(std::move(connection))
{
    for (const auto &column : m_config.table.columns)
        m_paths.emplace_back(column.field);
    if (m_config.batchSize == 0)
        m_config.batchSize = 1;
    m_records.reserve(m_config.batchSize);
    m_pendingRows.reserve(m_config.batchSize);
}

DatabaseSinkOperator::~DatabaseSinkOperator()
{
    // Records still waiting here were never committed (a failed or aborted run):
    // their offsets must stay uncommitted so a restart writes them.
    for (auto &record : m_records)
        if (record.origin)
            record.origin->markFailed();
}

DatabaseRow DatabaseSinkOperator::rowOf(const nlohmann::json &record) const
{
    DatabaseRow row;
    row.reserve(m_paths.size());
    for (const auto &path : m_paths) {
        const nlohmann::json *v = path.find(record);
        row.push_back(v ? *v : nlohmann::json());
    }
    return row;
}

void DatabaseSinkOperator::process(int, Record &&record, OperatorContext &context)
{
    if (m_records.empty())
        m_oldestMillis = context.nowMillis();
    m_pendingRows.push_back(rowOf(record.value));
    m_records.push_back(std::move(record));
    if (m_records.size() >= m_config.batchSize)
        writePending(context);
}

void DatabaseSinkOperator::onTimer(OperatorContext &context)
{
    if (!m_records.empty() && context.nowMillis() - m_oldestMillis >= m_config.flushIntervalMillis)
        writePending(context);
}

void DatabaseSinkOperator::flush(OperatorContext &context)
{
    writePending(context);
}

void DatabaseSinkOperator::writePending(OperatorContext &context)
{
    if (m_records.empty())
        return;
    std::vector<Record> records = std::move(m_records);
    std::vector<DatabaseRow> rows = std::move(m_pendingRows);
    m_records.clear();
    m_pendingRows.clear();
    m_records.reserve(m_config.batchSize);
    m_pendingRows.reserve(m_config.batchSize);

    auto acknowledge = [&](Record &record) {
        if (record.origin)
            record.origin->mark(Fate::Output);
        context.output(0, std::move(record)); // a sink has no outputs: counts and releases
    };

    std::int64_t backoff = m_config.backoffMillis;
    DatabaseWriteResult result;
    bool perRow = false;
    for (int attempt = 0;; ++attempt) {
        result = perRow ? m_connection->writeEach(rows) : m_connection->writeBatch(rows);
        if (result.ok())
            break;
        if (result.status == DatabaseWriteResult::Status::Failed) {
            if (perRow)
                break;
            // The data, not the database: find the rows it refuses, keep the rest.
            perRow = true;
            --attempt;
            continue;
        }
        if (attempt >= m_config.maxRetries)
            break;
        ++m_retries;
        std::this_thread::sleep_for(std::chrono::milliseconds(backoff));
        backoff = std::min<std::int64_t>(backoff * 2, 60'000);
    }

    if (result.ok()) {
        ++m_batches;
        for (size_t i = 0; i < records.size(); ++i) {
            if (perRow && i < result.rowErrors.size() && !result.rowErrors[i].empty()) {
                context.reject(std::move(records[i]), m_connection->describe() + " rejected the row: "
                                                          + result.rowErrors[i]);
            } else {
                ++m_rows;
                acknowledge(records[i]);
            }
        }
        return;
    }
    const std::string error = result.status == DatabaseWriteResult::Status::Transient && m_config.maxRetries > 0
        ? "writing to " + m_connection->describe() + " failed after " + std::to_string(m_config.maxRetries)
            + " retries: " + result.error
        : "writing to " + m_connection->describe() + " failed: " + result.error;
    for (auto &record : records)
        context.reject(std::move(record), error);
}

} // namespace pipeline::runtime
