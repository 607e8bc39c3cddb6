#include "pipeline/runtime/llm/embeddingoperator.h"

#include <algorithm>
#include <vector>

namespace pipeline::runtime {

EmbeddingOperator::EmbeddingOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, int batchSize)
    : LlmOperator(std::move(config), std::move(runtime)), m_batchSize(std::max(1, batchSize))
{
}

void EmbeddingOperator::embed(SlotId slot, std::string text, OperatorContext &context)
{
    std::string key;
    if (ResponseCache *cache = runtime().cache()) {
        key = ResponseCache::keyFor(endpoint()->baseUrl, nlohmann::json{{"model", model()}, {"input", text}});
        if (auto hit = cache->find(key); hit && hit->contains("embedding")) {
            ++m_stats.cacheHits;
            embedded(slot, (*hit)["embedding"], context);
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
    if (int(m_batch.slots.size()) >= m_batchSize)
        sendBatch(context);
}

void EmbeddingOperator::idle(OperatorContext &context, bool)
{
    if (!m_batch.slots.empty())
        sendBatch(context);
}

void EmbeddingOperator::sendBatch(OperatorContext &context)
{
    Call call = std::move(m_batch);
    m_batch = Call();
    call.estimatedPromptTokens = estimateTokens(m_batchBytes);
    m_batchBytes = 0;
    submit(std::move(call), context);
}

void EmbeddingOperator::completed(Call &&call, LlmResult &&result, OperatorContext &context)
{
    if (!result.ok) {
        const std::string error = describeFailure(result);
        for (SlotId slot : call.slots)
            fail(slot, error, context);
        return;
    }
    // OpenAI's answer: data[i].embedding, in input order or placed by data[i].index.
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
        const nlohmann::json *v = vectors[i];
        const bool numeric = v && !v->empty() && std::all_of(v->begin(), v->end(), [](const auto &x) { return x.is_number(); });
        if (!numeric) {
            fail(call.slots[i], "the embeddings answer has no vector for input " + std::to_string(i), context);
            continue;
        }
        if (cache && !call.cacheKeys[i].empty())
            cache->insert(call.cacheKeys[i], {{"embedding", *v}});
        embedded(call.slots[i], *v, context);
    }
}

} // namespace pipeline::runtime
