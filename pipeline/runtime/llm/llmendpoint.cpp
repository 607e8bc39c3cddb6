#include "pipeline/runtime/llm/llmendpoint.h"

#include <nlohmann/json.hpp>

#include <cstdlib>

namespace pipeline::runtime {

const LlmPrice *LlmEndpoint::price(std::string_view model) const
{
    auto it = prices.find(model);
    return it == prices.end() ? nullptr : &it->second;
}

double LlmEndpoint::cost(std::string_view model, std::uint64_t promptTokens, std::uint64_t completionTokens) const
{
    const LlmPrice *p = price(model);
    if (!p)
        return 0;
    return double(promptTokens) * p->inputPerMillion / 1e6 + double(completionTokens) * p->outputPerMillion / 1e6;
}

nlohmann::json LlmEndpoint::toJson() const
{
    nlohmann::json j = {{"name", name}, {"baseUrl", baseUrl}, {"model", model}, {"apiKeyRef", apiKeyRef}};
    if (!embeddingModel.empty())
        j["embeddingModel"] = embeddingModel;
    if (requestsPerMinute > 0)
        j["requestsPerMinute"] = requestsPerMinute;
    if (tokensPerMinute > 0)
        j["tokensPerMinute"] = tokensPerMinute;
    if (!verifyTls)
        j["verifyTls"] = false;
    if (!caFile.empty())
        j["caFile"] = caFile;
    if (!prices.empty()) {
        nlohmann::json p = nlohmann::json::object();
        for (const auto &[m, price] : prices)
            p[m] = {{"input", price.inputPerMillion}, {"output", price.outputPerMillion}};
        j["prices"] = p;
    }
    return j;
}

std::optional<LlmEndpoint> LlmEndpoint::fromJson(const nlohmann::json &j, std::string *error)
{
    auto fail = [&](std::string message) -> std::optional<LlmEndpoint> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    if (!j.is_object())
        return fail("an endpoint profile must be a JSON object");
    LlmEndpoint e;
    auto str = [&](const char *key, std::string &out) {
        if (auto it = j.find(key); it != j.end() && it->is_string())
            out = it->get<std::string>();
    };
    auto num = [&](const char *key, double &out) {
        if (auto it = j.find(key); it != j.end() && it->is_number())
            out = it->get<double>();
    };
    str("name", e.name);
    str("baseUrl", e.baseUrl);
    str("model", e.model);
    str("embeddingModel", e.embeddingModel);
    str("apiKeyRef", e.apiKeyRef);
    str("caFile", e.caFile);
    num("requestsPerMinute", e.requestsPerMinute);
    num("tokensPerMinute", e.tokensPerMinute);
    if (auto it = j.find("verifyTls"); it != j.end() && it->is_boolean())
        e.verifyTls = it->get<bool>();
    if (j.contains("apiKey"))
        return fail("endpoint '" + e.name + "': a profile holds a key reference (apiKeyRef: env:NAME), never the key itself");
    if (e.baseUrl.empty())
        return fail("endpoint '" + e.name + "' has no baseUrl");
    if (!e.apiKeyRef.empty() && e.apiKeyRef.rfind("env:", 0) != 0 && e.apiKeyRef.rfind("keychain:", 0) != 0)
        return fail("endpoint '" + e.name + "': apiKeyRef must be env:NAME or keychain:NAME");
    if (auto it = j.find("prices"); it != j.end() && it->is_object()) {
        for (const auto &[m, p] : it->items()) {
            if (!p.is_object())
                return fail("endpoint '" + e.name + "': price of '" + m + "' must be {\"input\": x, \"output\": y}");
            e.prices[m] = {p.value("input", 0.0), p.value("output", 0.0)};
        }
    }
    return e;
}

std::vector<LlmEndpoint> endpointsFromJson(const nlohmann::json &json, std::string *error)
{
    const nlohmann::json *list = &json;
    if (json.is_object() && json.contains("endpoints"))
        list = &json["endpoints"];
    std::vector<LlmEndpoint> out;
    if (!list->is_array()) {
        if (error)
            *error = "expected a JSON array of endpoint profiles";
        return out;
    }
    for (const auto &item : *list) {
        auto e = LlmEndpoint::fromJson(item, error);
        if (!e)
            return {};
        out.push_back(std::move(*e));
    }
    return out;
}

} // namespace pipeline::runtime
