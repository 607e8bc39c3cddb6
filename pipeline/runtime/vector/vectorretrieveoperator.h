#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/llm/embeddingoperator.h"
#include "pipeline/runtime/vector/vectorindex.h"

#include <memory>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// `vector-retrieve`: embeds the query expression's text through the node's
/// embeddings endpoint (batched and cached exactly like `embed`, so a query text
/// the embed step has seen costs no call) and adds the k entries of the index
/// nearest to it by cosine similarity: `outputField` gets an array of
/// {id, score, text, metadata} (best first, score >= minScore) and, when set,
/// `contextTextField` the same hits as numbered lines for a prompt template.
/// An empty index gives an empty context; a query vector whose dimension differs
/// from the index's is a record error.
class VectorRetrieveOperator : public EmbeddingOperator {
public:
    struct Options {
        expr::Expression query;
        size_t k = 5;
        double minScore = 0;
        std::string outputField = "context";
        std::string contextTextField = "context_text";
        int batchSize = 32;
    };
    VectorRetrieveOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, std::shared_ptr<VectorIndex> index,
                           Options options);

    /// The hits as text: "[1] <text> (id: <id>, score: 0.934)" per line, metadata
    /// appended as JSON when there is any.
    static std::string renderContext(const std::vector<VectorHit> &hits);

protected:
    void start(SlotId slot, OperatorContext &context) override;
    // Searches and writes the context fields; fails the slot on error.
    void embedded(SlotId slot, const nlohmann::json &vector, OperatorContext &context) override;

private:
    std::shared_ptr<VectorIndex> m_index;
    Options m_options;
};

} // namespace pipeline::runtime
