#include "pipeline/runtime/llm/llmchatoperator.h"

#include "pipeline/runtime/llm/llmprompttemplate.h"

#include <algorithm>

namespace pipeline::runtime {

namespace {

constexpr size_t maxQuotedAnswer = 2000;

std::string shortAnswer(const std::string &text)
{
    std::string out(text, 0, std::min(text.size(), maxQuotedAnswer));
    if (text.size() > maxQuotedAnswer)
        out.append("...");
    return out;
}

} // namespace

std::string LlmChatOperator::renderPrompt(const std::string &templateText, const nlohmann::json &record)
{
    return LlmPromptTemplate(templateText).render(record);
}

std::string LlmChatOperator::stripCodeFence(const std::string &text)
{
    const auto b = text.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return text;
    const auto e = text.find_last_not_of(" \t\r\n");
    std::string t = text.substr(b, e - b + 1);
    if (t.rfind("```", 0) != 0 || t.size() < 6 || t.compare(t.size() - 3, 3, "```") != 0)
        return t;
    const auto firstNewline = t.find('\n');
    if (firstNewline == std::string::npos)
        return t;
    return t.substr(firstNewline + 1, t.size() - 3 - firstNewline - 1);
}

nlohmann::json LlmChatOperator::body(const std::string &user) const
{
    nlohmann::json messages = nlohmann::json::array();
    if (std::string system = systemMessage(); !system.empty())
        messages.push_back({{"role", "system"}, {"content", std::move(system)}});
    messages.push_back({{"role", "user"}, {"content", user}});
    nlohmann::json b = {{"model", model()}, {"messages", std::move(messages)}};
    decorate(b);
    return b;
}

void LlmChatOperator::start(SlotId slot, OperatorContext &context)
{
    std::string user = userMessage(record(slot));
    Call call;
    if (ResponseCache *cache = runtime().cache()) {
        if (m_keyPrefix.empty())
            m_keyPrefix = endpoint()->baseUrl + '\n' + body({}).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
        std::string key = ResponseCache::keyForText(m_keyPrefix, user);
        if (auto hit = cache->find(key); hit && hit->contains("content") && (*hit)["content"].is_string()) {
            // Answered before (only valid answers are cached): no call, no cost.
            ++m_stats.cacheHits;
            if (auto problem = apply(record(slot), (*hit)["content"].get_ref<const std::string &>()))
                fail(slot, "cached answer no longer valid: " + *problem, context);
            else
                succeed(slot, context);
            return;
        }
        call.cacheKeys = {std::move(key)};
    }
    call.kind = LlmCall::Kind::Chat;
    call.slots = {slot};
    call.body = body(user);
    call.estimatedPromptTokens = estimateTokens(call.body["messages"].dump().size());
    call.estimatedCompletionTokens = m_maxTokens;
    submit(std::move(call), context);
}

void LlmChatOperator::completed(Call &&call, LlmResult &&result, OperatorContext &context)
{
    const SlotId slot = call.slots.at(0);
    if (!result.ok) {
        fail(slot, describeFailure(result), context);
        return;
    }
    std::optional<std::string> content = result.chatContent();
    std::optional<std::string> problem;
    if (!content)
        problem = "the answer has no choices[0].message.content";
    else
        problem = apply(record(slot), *content);
    if (!problem) {
        if (!result.fromCache && !call.cacheKeys.empty())
            if (ResponseCache *cache = runtime().cache())
                cache->insert(call.cacheKeys[0], {{"content", *content}});
        succeed(slot, context);
        return;
    }
    if (call.round == 0 && content) {
        // One repair round: show the model its answer and what is wrong with it.
        call.round = 1;
        call.body["messages"].push_back({{"role", "assistant"}, {"content", *content}});
        call.body["messages"].push_back(
            {{"role", "user"},
             {"content", "Your answer is invalid: " + *problem
                             + ". Reply again with only the corrected answer, nothing else."}});
        call.estimatedPromptTokens = estimateTokens(call.body["messages"].dump().size());
        submit(std::move(call), context);
        return;
    }
    fail(slot,
         "invalid LLM answer" + std::string(call.round ? " after a repair attempt" : "") + ": " + *problem
             + (content ? "; answer: " + shortAnswer(*content) : std::string()),
         context);
}

} // namespace pipeline::runtime
