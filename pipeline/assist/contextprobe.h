#pragma once

#include "pipeline/runtime/llm/llmendpoint.h"

#include <string>

namespace pipeline::assist {

/// How many tokens a model's context holds, as the server reports it.
struct ContextInfo {
    /// 0 = the server did not say.
    int tokens = 0;
    /// Where the figure came from, for messages: "llama.cpp /props n_ctx",
    /// "Ollama num_ctx", "vLLM max_model_len", "Ollama default".
    std::string source;
    /// Ollama runs a model with its default context unless num_ctx is set,
    /// whatever the model supports (model_info *.context_length).
    int modelMaximum = 0;
    bool known() const { return tokens > 0; }
};

/// Asks an OpenAI-compatible server how large its model's context is, through
/// the servers' own info endpoints (at the base URL without its /v1):
/// vLLM `GET {base}/models` data[].max_model_len; llama.cpp server `GET /props`
/// default_generation_settings.n_ctx; Ollama `POST /api/show` parameters
/// "num_ctx N" — without it Ollama runs its default context (4,096 tokens,
/// older versions 2,048) and quietly cuts longer prompts, so that default is
/// what counts, not model_info's *.context_length. Answers are cached per base
/// URL and model for the process. Short timeouts: a server without these
/// endpoints costs a few quick 404s, once.
class ContextProbe {
public:
    static constexpr int OllamaDefaultContext = 4096;

    static ContextInfo query(const runtime::LlmEndpoint &endpoint, const std::string &model,
                             const runtime::SecretResolver &resolver = {}, int timeoutMillis = 3000);
    /// Forgets cached answers (tests).
    static void clearCache();
};

} // namespace pipeline::assist
