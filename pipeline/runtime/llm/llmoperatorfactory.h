#pragma once

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/core/nodetype.h"
#include "pipeline/runtime/dataflow/operator.h"
#include "pipeline/runtime/dataflow/operatorregistry.h"
#include "pipeline/runtime/llm/llmoperator.h"
#include "pipeline/runtime/llm/llmruntime.h"

#include <memory>
#include <optional>

namespace pipeline::runtime {

/// Registers llm-prompt, llm-classify, llm-extract and embed (catalogai.cpp).
void registerLlmOperators(OperatorRegistry &registry);

/// The run's LlmRuntime (client, cache, budget) built from its LlmSettings, one
/// shared by every AI and vector-retrieve node. A cache file that cannot be
/// opened is an error on the node that first needs it.
std::shared_ptr<LlmRuntime> llmRuntimeFor(OperatorBuildContext &context);

/// The endpoint, model, retry policy and concurrency of an AI node (also
/// vector-retrieve, which embeds its query): problems are errors on the node
/// and the result is nullopt.
std::optional<LlmNodeConfig> llmNodeConfig(OperatorBuildContext &context, LlmRuntime &runtime);

/// The same outside a run (tests, benchmarks): builds with `runtime`.
std::optional<LlmNodeConfig> llmNodeConfig(const Node &node, const NodeType &type, LlmRuntime &runtime,
                                           Diagnostics &diagnostics);
/// Builds the operator of an AI node (llm-prompt, llm-classify, llm-extract,
/// embed) outside a run, with `runtime`. Problems — an unknown endpoint profile,
/// a bad duration, a JSON schema that does not parse, an expression error — are
/// added to `diagnostics` and nullptr returned.
std::unique_ptr<Operator> createLlmOperator(const Node &node, const NodeType &type,
                                            const std::shared_ptr<LlmRuntime> &runtime, Diagnostics &diagnostics);

} // namespace pipeline::runtime
