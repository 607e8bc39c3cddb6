#pragma once

#include "pipeline/core/schema.h"
#include "pipeline/runtime/llm/llmchatoperator.h"
#include "pipeline/runtime/llm/llmprompttemplate.h"

namespace pipeline::runtime {

/// `llm-extract`: asks for the declared fields as one JSON object (each nullable,
/// sent as response_format json_schema), checks the answer against that schema
/// and merges the fields into the record; a field the model could not find is NULL.
class LlmExtractOperator : public LlmChatOperator {
public:
    struct Options {
        std::string input;
        std::vector<Field> fields;
        std::string instructions;
    };
    LlmExtractOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, Options options);

    /// The JSON schema of the answer for `fields` (all required, all nullable,
    /// no other properties; timestamps as epoch milliseconds).
    static nlohmann::json answerSchema(const std::vector<Field> &fields);

protected:
    std::string systemMessage() const override { return m_system; }
    std::string userMessage(const Record &record) override;
    void decorate(nlohmann::json &body) const override;
    std::optional<std::string> apply(Record &record, const std::string &content) override;

private:
    Options m_options;
    LlmPromptTemplate m_template;
    nlohmann::json m_schema;
    std::string m_system;
};

} // namespace pipeline::runtime
