#pragma once

#include "pipeline/runtime/llm/llmchatoperator.h"
#include "pipeline/runtime/llm/llmprompttemplate.h"

#include <vector>

namespace pipeline::runtime {

/// `llm-classify`: asks for exactly one of the labels (response_format with an
/// enum), accepts the JSON answer or a bare label (case-insensitive, stored in the
/// label's own spelling) and nothing else: any other answer gets one repair round,
/// then the record fails. The output field only ever holds one of the labels.
class LlmClassifyOperator : public LlmChatOperator {
public:
    struct Label {
        std::string label;
        std::string description;
    };
    struct Options {
        std::string input;
        std::vector<Label> labels;
        std::string instructions;
        std::string outputField = "label";
    };
    LlmClassifyOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, Options options);

    /// The label an answer names, if it names exactly one of `labels`.
    static std::optional<std::string> matchLabel(const std::string &answer, const std::vector<Label> &labels);

protected:
    std::string systemMessage() const override { return m_system; }
    std::string userMessage(const Record &record) override;
    void decorate(nlohmann::json &body) const override;
    std::optional<std::string> apply(Record &record, const std::string &content) override;

private:
    Options m_options;
    LlmPromptTemplate m_template;
    std::string m_system;
};

} // namespace pipeline::runtime
