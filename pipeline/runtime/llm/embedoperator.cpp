#include "pipeline/runtime/llm/embedoperator.h"

namespace pipeline::runtime {

EmbedOperator::EmbedOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, Options options)
    : EmbeddingOperator(std::move(config), std::move(runtime), options.batchSize), m_options(std::move(options))
{
}

void EmbedOperator::start(SlotId slot, OperatorContext &context)
{
    const expr::Value v = expr::evaluate(m_options.text, record(slot).value);
    if (v.isNull())
        throw RecordError("the text to embed is NULL");
    embed(slot, v.toString(), context);
}

void EmbedOperator::embedded(SlotId slot, const nlohmann::json &vector, OperatorContext &context)
{
    Record &r = record(slot);
    if (!r.value.is_object())
        r.value = nlohmann::json::object({{"value", r.value}});
    r.value[m_options.outputField] = vector;
    succeed(slot, context);
}

} // namespace pipeline::runtime
