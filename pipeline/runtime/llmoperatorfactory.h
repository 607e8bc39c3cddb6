#pragma once

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/core/nodetype.h"
#include "pipeline/runtime/llmruntime.h"
#include "pipeline/runtime/operator.h"

#include <memory>
#include <string_view>

namespace pipeline::runtime {

/// True for the kinds createLlmOperator() builds.
bool isLlmKind(std::string_view kind);

/// Builds the operator of an AI node (llm-prompt, llm-classify, llm-extract,
/// embed) from its parameters (catalog defaults fill the gaps). Problems — an
/// unknown endpoint profile, a bad duration, a JSON schema that does not parse,
/// an expression error — are added to `diagnostics` and nullptr returned.
std::unique_ptr<Operator> createLlmOperator(const Node &node, const NodeType &type,
                                            const std::shared_ptr<LlmRuntime> &runtime, Diagnostics &diagnostics);

} // namespace pipeline::runtime
