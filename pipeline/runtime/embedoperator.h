#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/llmoperator.h"

namespace pipeline::runtime {

/// `embed`: evaluates the text expression per record and stores the embedding
/// vector (array of double) in `outputField`. Texts are batched into one
/// `/embeddings` request of up to `batchSize` inputs; a partial batch goes out at
/// the end of each engine loop iteration, so batches fill under load and a lone
/// record is not held back. Cached texts never reach the endpoint.
class EmbedOperator : public LlmOperator {
public:
    struct Options {
        expr::Expression text;
        std::string outputField = "embedding";
        int batchSize = 32;
    };
    EmbedOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, Options options);

protected:
    void start(SlotId slot, OperatorContext &context) override;
    void completed(Call &&call, LlmResult &&result, OperatorContext &context) override;
    void idle(OperatorContext &context, bool flushing) override;

private:
    void sendBatch(OperatorContext &context);

    Options m_options;
    Call m_batch;
    size_t m_batchBytes = 0;
};

} // namespace pipeline::runtime
