#pragma once

#include "pipeline/runtime/llm/llmoperator.h"

#include <string>

namespace pipeline::runtime {

/// The `/embeddings` half that `embed` and `vector-retrieve` share: texts are
/// batched into one request of up to `batchSize` inputs, a partial batch goes out
/// at the end of each engine loop iteration (batches fill under load, a lone
/// record is not held back), and cached texts never reach the endpoint. The cache
/// key is one text, one model, one endpoint, so a query text the embed step has
/// seen costs vector-retrieve no call. Subclasses say what a vector means.
class EmbeddingOperator : public LlmOperator {
protected:
    EmbeddingOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, int batchSize);

    /// Queues `text` for the record in `slot`, or answers at once from the cache.
    void embed(SlotId slot, std::string text, OperatorContext &context);
    /// The record's vector (a non-empty array of numbers) arrived: finish it.
    virtual void embedded(SlotId slot, const nlohmann::json &vector, OperatorContext &context) = 0;

    void completed(Call &&call, LlmResult &&result, OperatorContext &context) override;
    void idle(OperatorContext &context, bool flushing) override;

private:
    void sendBatch(OperatorContext &context);

    int m_batchSize;
    Call m_batch;
    size_t m_batchBytes = 0;
};

} // namespace pipeline::runtime
