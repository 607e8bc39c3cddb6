#pragma once

#include "pipeline/runtime/llm/llmcall.h"
#include "pipeline/runtime/llm/llmendpoint.h"

namespace pipeline::runtime {

/// Answers LLM calls in place of HTTP. Pipeline tests answer from fixtures this
/// way, so the same operators run without a model or a network. answer() runs on
/// the thread that submits the call (the engine thread) and must not block.
class LlmTransport {
public:
    virtual ~LlmTransport() = default;
    /// The final result of `call` (no retries happen around it).
    virtual LlmResult answer(const LlmEndpoint &endpoint, const LlmCall &call) = 0;
};

} // namespace pipeline::runtime
