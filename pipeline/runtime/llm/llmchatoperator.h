#pragma once

#include "pipeline/runtime/llm/llmoperator.h"

#include <optional>
#include <string>

namespace pipeline::runtime {

/// Base of the chat-completion nodes (llm-prompt, llm-classify, llm-extract):
/// builds `messages` per record, answers from the cache when it can, and gives an
/// invalid answer (bad JSON, schema mismatch, unknown label) exactly one repair
/// round — the answer and the problem are sent back and the model asked again —
/// before the record fails with the answer and the reason.
class LlmChatOperator : public LlmOperator {
public:
    using LlmOperator::LlmOperator;

    /// The text a `{{field}}` placeholder becomes: strings verbatim, numbers,
    /// booleans, objects and arrays as JSON, a missing field or NULL as an empty
    /// string. Rendering is one pass, so a value containing `{{x}}` stays literal.
    static std::string renderPrompt(const std::string &templateText, const nlohmann::json &record);

    /// Strips a Markdown code fence (```json ... ```) some models wrap JSON in.
    static std::string stripCodeFence(const std::string &text);

protected:
    /// The fixed system message (empty = none).
    virtual std::string systemMessage() const = 0;
    /// The user message for a record; throws RecordError for bad data.
    virtual std::string userMessage(const Record &record) = 0;
    /// Adds temperature, max_tokens, response_format to a request body.
    virtual void decorate(nlohmann::json &body) const = 0;
    /// Applies an answer's content to the record, or says why it is invalid
    /// (the record must be unchanged then).
    virtual std::optional<std::string> apply(Record &record, const std::string &content) = 0;

    void start(SlotId slot, OperatorContext &context) override;
    void completed(Call &&call, LlmResult &&result, OperatorContext &context) override;

    int m_maxTokens = 0; // for the estimate; 0 = unknown

private:
    nlohmann::json body(const std::string &user) const;
    // Everything but the user message that determines an answer (base URL,
    // model, parameters, system message), serialised once: the cache key of a
    // record is the hash of this plus its user message, so a warm cache answers
    // without building a request.
    std::string m_keyPrefix;
};

} // namespace pipeline::runtime
