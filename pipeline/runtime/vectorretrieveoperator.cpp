#include "pipeline/runtime/vectorretrieveoperator.h"

#include <cstdio>

namespace pipeline::runtime {

VectorRetrieveOperator::VectorRetrieveOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime,
                                               std::shared_ptr<VectorIndex> index, Options options)
    : LlmOperator(std::move(config), std::move(runtime)), m_index(std::move(index)), m_options(std::move(options))
{
    if (m_options.batchSize < 1)
        m_options.batchSize = 1;
}

std::string VectorRetrieveOperator::renderContext(const std::vector<VectorHit> &hits)
{
    std::string out;
    for (size_t i = 0; i < hits.size(); ++i) {
        const VectorHit &h = hits[i];
        char score[32];
        std::snprintf(score, sizeof score, "%.3f", h.score);
        if (i)
            out += '\n';
        out += "[" + std::to_string(i + 1) + "] " + h.text + " (id: " + h.id + ", score: " + score;
        if (h.metadata.is_object() && !h.metadata.empty())
            out += ", metadata: " + h.metadata.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out += ")";
    }
    return out;
}

void VectorRetrieveOperator::start(SlotId slot, OperatorContext &context)
{
    const expr::Value v = expr::evaluate(m_options.query, record(slot).value);
    if (v.isNull())
        throw RecordError("the query text is NULL");
    std::string text = v.toString();
    // Same cache key as `embed`: one text, one model, one endpoint.
    nlohmann::json single = {{"model", model()}, {"input", text}};
    std::string key;
    if (ResponseCache *cache = runtime().cache()) {
        key = ResponseCache::keyFor(endpoint()->baseUrl, single);
        if (auto hit = cache->find(key); hit && hit->contains("embedding")) {
            ++m_stats.cacheHits;
            answer(slot, (*hit)["embedding"], context);
            return;
        }
    }
    if (m_batch.slots.empty()) {
        m_batch.kind = LlmCall::Kind::Embeddings;
        m_batch.body = {{"model", model()}, {"input", nlohmann::json::array()}};
    }
    m_batchBytes += text.size();
    m_batch.body["input"].push_back(std::move(text));
    m_batch.slots.push_back(slot);
    m_batch.cacheKeys.push_back(std::move(key));
    if (int(m_batch.slots.size()) >= m_options.batchSize)
        sendBatch(context);
}

void VectorRetrieveOperator::idle(OperatorContext &context, bool)
{
    if (!m_batch.slots.empty())
        sendBatch(context);
}

void VectorRetrieveOperator::sendBatch(OperatorContext &context)
{
    Call call = std::move(m_batch);
    m_batch = Call();
    call.estimatedPromptTokens = estimateTokens(m_batchBytes);
    m_batchBytes = 0;
    submit(std::move(call), context);
}

void VectorRetrieveOperator::completed(Call &&call, LlmResult &&result, OperatorContext &context)
{
    if (!result.ok) {
        const std::string error = describeFailure(result);
        for (SlotId slot : call.slots)
            fail(slot, error, context);
        return;
    }
    std::vector<const nlohmann::json *> vectors(call.slots.size(), nullptr);
    if (auto data = result.body.find("data"); data != result.body.end() && data->is_array()) {
        for (size_t i = 0; i < data->size(); ++i) {
            const auto &item = (*data)[i];
            if (!item.is_object() || !item.contains("embedding") || !item["embedding"].is_array())
                continue;
            size_t index = i;
            if (auto idx = item.find("index"); idx != item.end() && idx->is_number_unsigned())
                index = idx->get<size_t>();
            if (index < vectors.size())
                vectors[index] = &item["embedding"];
        }
    }
    ResponseCache *cache = runtime().cache();
    for (size_t i = 0; i < call.slots.size(); ++i) {
        if (!vectors[i]) {
            fail(call.slots[i], "the embeddings answer has no vector for input " + std::to_string(i), context);
            continue;
        }
        if (cache && !call.cacheKeys[i].empty())
            cache->insert(call.cacheKeys[i], {{"embedding", *vectors[i]}});
        answer(call.slots[i], *vectors[i], context);
    }
}

void VectorRetrieveOperator::answer(SlotId slot, const nlohmann::json &vector, OperatorContext &context)
{
    std::vector<float> query;
    std::string error;
    std::vector<VectorHit> hits;
    if (!VectorIndex::vectorFromJson(&vector, query, &error)
        || !m_index->search(query, m_options.k, m_options.minScore, &hits, &error)) {
        fail(slot, "query embedding: " + error, context);
        return;
    }
    nlohmann::json array = nlohmann::json::array();
    for (const auto &h : hits)
        array.push_back({{"id", h.id}, {"score", h.score}, {"text", h.text}, {"metadata", h.metadata}});
    Record &r = record(slot);
    if (!r.value.is_object())
        r.value = nlohmann::json::object({{"value", r.value}});
    if (!m_options.contextTextField.empty())
        r.value[m_options.contextTextField] = renderContext(hits);
    r.value[m_options.outputField] = std::move(array);
    succeed(slot, context);
}

} // namespace pipeline::runtime
