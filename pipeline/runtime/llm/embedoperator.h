#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/llm/embeddingoperator.h"

namespace pipeline::runtime {

/// `embed`: evaluates the text expression per record and stores the embedding
/// vector (array of double) in `outputField`; batched and cached as
/// EmbeddingOperator describes.
class EmbedOperator : public EmbeddingOperator {
public:
    struct Options {
        expr::Expression text;
        std::string outputField = "embedding";
        int batchSize = 32;
    };
    EmbedOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, Options options);

protected:
    void start(SlotId slot, OperatorContext &context) override;
    void embedded(SlotId slot, const nlohmann::json &vector, OperatorContext &context) override;

private:
    Options m_options;
};

} // namespace pipeline::runtime
