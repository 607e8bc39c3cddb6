#pragma once

#include "pipeline/runtime/llm/llmchatoperator.h"
#include "pipeline/runtime/llm/llmprompttemplate.h"

namespace pipeline::runtime {

/// `llm-prompt`: renders the user template per record, sends system + user
/// message, stores the answer in `outputField` — as text, or in json mode parsed
/// and checked against the node's JSON schema (sent as response_format
/// json_schema).
class LlmPromptOperator : public LlmChatOperator {
public:
    struct Options {
        std::string systemPrompt;
        std::string userPrompt;
        double temperature = 0.2;
        int maxTokens = 512;
        std::string outputField = "llm_output";
        bool json = false;
        nlohmann::json jsonSchema; // null = any JSON object
    };
    LlmPromptOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, Options options);

protected:
    std::string systemMessage() const override { return m_options.systemPrompt; }
    std::string userMessage(const Record &record) override;
    void decorate(nlohmann::json &body) const override;
    std::optional<std::string> apply(Record &record, const std::string &content) override;

private:
    Options m_options;
    LlmPromptTemplate m_template;
};

} // namespace pipeline::runtime
