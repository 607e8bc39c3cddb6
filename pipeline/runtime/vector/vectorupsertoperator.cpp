#include "pipeline/runtime/vector/vectorupsertoperator.h"

#include <algorithm>
#include <chrono>

namespace pipeline::runtime {

VectorUpsertOperator::VectorUpsertOperator(std::shared_ptr<VectorIndex> index, Options options)
    : m_index(std::move(index)), m_options(std::move(options))
{
}

VectorUpsertOperator::~VectorUpsertOperator()
{
    for (auto &origin : m_unsaved)
        if (origin)
            origin->markFailed();
}

void VectorUpsertOperator::process(int, Record &&record, OperatorContext &context)
{
    if (m_lastSaveMillis < 0)
        m_lastSaveMillis = context.nowMillis();
    const expr::Value idValue = expr::evaluate(m_options.id, record.value);
    if (idValue.isNull())
        throw RecordError("the id is NULL");
    const std::string id = idValue.toString();
    if (id.empty())
        throw RecordError("the id is empty");
    std::string error;
    if (!VectorIndex::vectorFromJson(m_options.embedding.find(record.value), m_vector, &error))
        throw RecordError(error + " (field " + m_options.embedding.text() + ")");
    std::string text;
    if (m_options.text) {
        const expr::Value v = expr::evaluate(*m_options.text, record.value);
        if (!v.isNull())
            text = v.toString();
    }
    nlohmann::json metadata = nlohmann::json::object();
    for (const auto &path : m_options.metadata) {
        const nlohmann::json *v = path.find(record.value);
        metadata[path.text()] = v ? *v : nlohmann::json();
    }
    if (!m_index->upsert(id, m_vector, std::move(text), std::move(metadata), &error))
        throw RecordError(error);
    if (record.origin) {
        record.origin->mark(Fate::Output);
        // The payload is only needed for a dead letter, which can no longer happen.
        record.origin->dropPayload();
        m_unsaved.push_back(std::move(record.origin));
    }
    context.absorb(std::move(record));
    if (m_unsaved.size() >= m_options.maxUnsaved)
        save(context);
}

void VectorUpsertOperator::onTimer(OperatorContext &context)
{
    if (m_unsaved.empty())
        return;
    const std::int64_t gap = std::max(m_options.saveIntervalMillis, 10 * m_lastSaveCostMillis);
    if (context.nowMillis() - m_lastSaveMillis >= gap)
        save(context);
}

void VectorUpsertOperator::flush(OperatorContext &context)
{
    if (!m_unsaved.empty() || m_index->dirty())
        save(context);
}

void VectorUpsertOperator::save(OperatorContext &context)
{
    m_lastSaveMillis = context.nowMillis();
    std::string error;
    const auto started = std::chrono::steady_clock::now();
    const bool saved = m_index->save(&error);
    m_lastSaveCostMillis
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    if (!saved) {
        for (auto &origin : m_unsaved)
            if (origin)
                origin->markFailed();
        m_unsaved.clear();
        context.failRun(error);
        return;
    }
    // Saved: releasing the references lets the source offsets be committed.
    m_unsaved.clear();
}

} // namespace pipeline::runtime
