#include "pipeline/runtime/vector/vectorretrieveoperator.h"

#include <cstdio>

namespace pipeline::runtime {

VectorRetrieveOperator::VectorRetrieveOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime,
                                               std::shared_ptr<VectorIndex> index, Options options)
    : EmbeddingOperator(std::move(config), std::move(runtime), options.batchSize)
    , m_index(std::move(index))
    , m_options(std::move(options))
{
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
    embed(slot, v.toString(), context);
}

void VectorRetrieveOperator::embedded(SlotId slot, const nlohmann::json &vector, OperatorContext &context)
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
