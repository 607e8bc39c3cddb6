#include "pipeline/runtime/embedoperator.h"

namespace pipeline::runtime {

EmbedOperator::EmbedOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, Options options)
    : LlmOperator(std::move(config), std::move(runtime)), m_options(std::move(options))
{
    if (m_options.batchSize < 1)
        m_options.batchSize = 1;
}

void EmbedOperator::start(SlotId slot, OperatorContext &context)
{
    const expr::Value v = expr::evaluate(m_options.text, record(slot).value);
    if (v.isNull())
        throw RecordError("the text to embed is NULL");
    std::string text = v.toString();
    nlohmann::json single = {{"model", model()}, {"input", text}};
    std::string key;
    if (ResponseCache *cache = runtime().cache()) {
        key = ResponseCache::keyFor(endpoint()->baseUrl, single);
        if (auto hit = cache->find(key); hit && hit->contains("embedding")) {
            ++m_stats.cacheHits;
            Record &r = record(slot);
            if (!r.value.is_object())
                r.value = nlohmann::json::object({{"value", r.value}});
            r.value[m_options.outputField] = (*hit)["embedding"];
            succeed(slot, context);
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

void EmbedOperator::idle(OperatorContext &context, bool)
{
    if (!m_batch.slots.empty())
        sendBatch(context);
}

void EmbedOperator::sendBatch(OperatorContext &context)
{
    Call call = std::move(m_batch);
    m_batch = Call();
    call.estimatedPromptTokens = estimateTokens(m_batchBytes);
    m_batchBytes = 0;
    submit(std::move(call), context);
}

void EmbedOperator::completed(Call &&call, LlmResult &&result, OperatorContext &context)
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
        const nlohmann::json *v = vectors[i];
        bool numeric = v != nullptr && !v->empty();
        if (numeric)
            for (const auto &x : *v)
                numeric = numeric && x.is_number();
        if (!numeric) {
            fail(call.slots[i], "the embeddings answer has no vector for input " + std::to_string(i), context);
            continue;
        }
        if (cache && !call.cacheKeys[i].empty())
            cache->insert(call.cacheKeys[i], {{"embedding", *v}});
        Record &r = record(call.slots[i]);
        if (!r.value.is_object())
            r.value = nlohmann::json::object({{"value", r.value}});
        r.value[m_options.outputField] = *v;
        succeed(call.slots[i], context);
    }
}

} // namespace pipeline::runtime
