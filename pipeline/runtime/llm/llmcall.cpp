#include "pipeline/runtime/llm/llmcall.h"

namespace pipeline::runtime {

LlmCall LlmCall::chat(nlohmann::json body, LlmRetryPolicy retry)
{
    LlmCall c;
    c.kind = Kind::Chat;
    c.estimatedTokens = estimateTokens(body.dump().size());
    if (auto it = body.find("max_tokens"); it != body.end() && it->is_number())
        c.estimatedTokens += it->get<double>();
    c.body = std::move(body);
    c.retry = retry;
    return c;
}

LlmCall LlmCall::embeddings(nlohmann::json body, LlmRetryPolicy retry)
{
    LlmCall c;
    c.kind = Kind::Embeddings;
    c.estimatedTokens = estimateTokens(body.dump().size());
    c.body = std::move(body);
    c.retry = retry;
    return c;
}

std::optional<std::string> LlmResult::chatContent() const
{
    if (!body.is_object())
        return std::nullopt;
    auto choices = body.find("choices");
    if (choices == body.end() || !choices->is_array() || choices->empty())
        return std::nullopt;
    const auto &first = (*choices)[0];
    if (!first.is_object())
        return std::nullopt;
    auto message = first.find("message");
    if (message == first.end() || !message->is_object())
        return std::nullopt;
    auto content = message->find("content");
    if (content == message->end() || !content->is_string())
        return std::nullopt;
    return content->get<std::string>();
}

double estimateTokens(std::size_t bytes)
{
    return double(bytes) / 4.0 + 1.0;
}

} // namespace pipeline::runtime
