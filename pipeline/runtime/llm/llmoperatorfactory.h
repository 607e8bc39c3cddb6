#pragma once

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/core/nodetype.h"
#include "pipeline/runtime/llm/llmruntime.h"
#include "pipeline/runtime/llm/llmoperator.h"
#include "pipeline/runtime/dataflow/operator.h"

#include <memory>
#include <optional>
#include <string_view>

namespace pipeline::runtime {

/// True for the kinds createLlmOperator() builds.
bool isLlmKind(std::string_view kind);

/// The endpoint, model, retry policy and concurrency of an AI node (also
/// vector-retrieve, which embeds its query): problems go to `diagnostics`
/// and the result is nullopt.
std::optional<LlmNodeConfig> llmNodeConfig(const Node &node, const NodeType &type, LlmRuntime &runtime,
                                           Diagnostics &diagnostics);

/// Builds the operator of an AI node (llm-prompt, llm-classify, llm-extract,
/// embed) from its parameters (catalog defaults fill the gaps). Problems — an
/// unknown endpoint profile, a bad duration, a JSON schema that does not parse,
/// an expression error — are added to `diagnostics` and nullptr returned.
std::unique_ptr<Operator> createLlmOperator(const Node &node, const NodeType &type,
                                            const std::shared_ptr<LlmRuntime> &runtime, Diagnostics &diagnostics);

} // namespace pipeline::runtime
