#pragma once

#include "pipeline/runtime/dataflow/secretreference.h"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipeline::runtime {

/// What a model costs, in currency units (USD by convention) per million tokens.
struct LlmPrice {
    double inputPerMillion = 0;
    double outputPerMillion = 0;
    bool operator==(const LlmPrice &) const = default;
};

/// An OpenAI-compatible service as the user configured it (OpenAI, an Azure-style
/// gateway, Ollama, vLLM, the llama.cpp server): the nodes' `endpoint` parameter
/// names one. The API key is never stored here, only a reference to it
/// (`env:NAME`, or `keychain:NAME` which the GUI resolves), so a profile can be
/// saved, logged and exported without leaking the secret.
struct LlmEndpoint {
    std::string name = "default";
    /// e.g. https://api.openai.com/v1 or http://localhost:11434/v1 (no trailing /chat/completions).
    std::string baseUrl;
    /// Used when a node leaves its `model` parameter empty.
    std::string model;
    std::string embeddingModel;
    /// `env:NAME`, `keychain:NAME` or empty (no Authorization header, e.g. local Ollama).
    std::string apiKeyRef;
    /// Token-bucket limits shared by every node using this endpoint; 0 = unlimited.
    double requestsPerMinute = 0;
    double tokensPerMinute = 0;
    /// Price per model name; a model without an entry costs nothing (local models).
    std::map<std::string, LlmPrice, std::less<>> prices;
    /// TLS peer/host verification; only a user's explicit choice turns it off.
    bool verifyTls = true;
    /// Extra CA bundle file (self-signed gateways); empty = the system store.
    std::string caFile;

    const LlmPrice *price(std::string_view model) const;
    /// Cost of one call with these token counts at this endpoint's price for `model`.
    double cost(std::string_view model, std::uint64_t promptTokens, std::uint64_t completionTokens) const;

    /// The profile as JSON (the reference, never a key) and back; fromJson reports
    /// a bad value in `error` and returns nullopt.
    nlohmann::json toJson() const;
    static std::optional<LlmEndpoint> fromJson(const nlohmann::json &json, std::string *error = nullptr);
};

/// Endpoint profiles from a JSON array (or {"endpoints": [...]}) file's text.
std::vector<LlmEndpoint> endpointsFromJson(const nlohmann::json &json, std::string *error = nullptr);

} // namespace pipeline::runtime
