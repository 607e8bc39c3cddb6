#include "pipeline/runtime/llm/llmpromptoperator.h"

#include "pipeline/runtime/llm/llmjsonschema.h"

namespace pipeline::runtime {

LlmPromptOperator::LlmPromptOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, Options options)
    : LlmChatOperator(std::move(config), std::move(runtime)), m_options(std::move(options))
    , m_template(m_options.userPrompt)
{
    m_maxTokens = m_options.maxTokens;
}

std::string LlmPromptOperator::userMessage(const Record &record)
{
    return m_template.render(record.value);
}

void LlmPromptOperator::decorate(nlohmann::json &body) const
{
    body["temperature"] = m_options.temperature;
    body["max_tokens"] = m_options.maxTokens;
    if (!m_options.json)
        return;
    if (m_options.jsonSchema.is_object())
        body["response_format"] = {
            {"type", "json_schema"},
            {"json_schema", {{"name", "output"}, {"schema", m_options.jsonSchema}}},
        };
    else
        body["response_format"] = {{"type", "json_object"}};
}

std::optional<std::string> LlmPromptOperator::apply(Record &record, const std::string &content)
{
    if (!record.value.is_object())
        record.value = nlohmann::json::object({{"value", record.value}});
    if (!m_options.json) {
        record.value[m_options.outputField] = content;
        return std::nullopt;
    }
    auto parsed = nlohmann::json::parse(stripCodeFence(content), nullptr, false);
    if (parsed.is_discarded())
        return std::string("the answer is not valid JSON");
    if (!parsed.is_object())
        return "the answer is JSON but not an object (" + std::string(parsed.type_name()) + ")";
    if (m_options.jsonSchema.is_object())
        if (auto mismatch = checkJsonSchema(m_options.jsonSchema, parsed))
            return "the answer does not match the JSON schema: " + *mismatch;
    record.value[m_options.outputField] = std::move(parsed);
    return std::nullopt;
}

} // namespace pipeline::runtime
