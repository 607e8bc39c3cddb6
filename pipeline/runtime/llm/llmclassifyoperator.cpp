#include "pipeline/runtime/llm/llmclassifyoperator.h"

#include <algorithm>

namespace pipeline::runtime {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string trimAnswer(std::string s)
{
    const char *junk = " \t\r\n\"'`.";
    const auto b = s.find_first_not_of(junk);
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(junk);
    return s.substr(b, e - b + 1);
}

} // namespace

LlmClassifyOperator::LlmClassifyOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, Options options)
    : LlmChatOperator(std::move(config), std::move(runtime)), m_options(std::move(options))
    , m_template(m_options.input)
{
    m_maxTokens = 32;
    m_system = "You are a classifier. Choose exactly one label for the text the user sends.\nLabels:\n";
    for (const auto &l : m_options.labels)
        m_system += "- " + l.label + (l.description.empty() ? "" : ": " + l.description) + "\n";
    if (!m_options.instructions.empty())
        m_system += m_options.instructions + "\n";
    m_system += "Answer with a JSON object {\"label\": \"<one of the labels>\"} and nothing else.";
}

std::string LlmClassifyOperator::userMessage(const Record &record)
{
    return m_template.render(record.value);
}

void LlmClassifyOperator::decorate(nlohmann::json &body) const
{
    nlohmann::json labels = nlohmann::json::array();
    for (const auto &l : m_options.labels)
        labels.push_back(l.label);
    body["temperature"] = 0;
    body["max_tokens"] = m_maxTokens;
    body["response_format"] = {
        {"type", "json_schema"},
        {"json_schema",
         {{"name", "classification"},
          {"schema",
           {{"type", "object"},
            {"properties", {{"label", {{"type", "string"}, {"enum", labels}}}}},
            {"required", {"label"}},
            {"additionalProperties", false}}}}},
    };
}

std::optional<std::string> LlmClassifyOperator::matchLabel(const std::string &answer, const std::vector<Label> &labels)
{
    std::string candidate = answer;
    auto parsed = nlohmann::json::parse(stripCodeFence(answer), nullptr, false);
    if (!parsed.is_discarded()) {
        if (parsed.is_object() && parsed.contains("label") && parsed["label"].is_string())
            candidate = parsed["label"].get<std::string>();
        else if (parsed.is_string())
            candidate = parsed.get<std::string>();
        else
            return std::nullopt;
    }
    candidate = trimAnswer(candidate);
    for (const auto &l : labels)
        if (l.label == candidate)
            return l.label;
    for (const auto &l : labels)
        if (lower(l.label) == lower(candidate))
            return l.label;
    return std::nullopt;
}

std::optional<std::string> LlmClassifyOperator::apply(Record &record, const std::string &content)
{
    auto label = matchLabel(content, m_options.labels);
    if (!label) {
        std::string list;
        for (const auto &l : m_options.labels)
            list += (list.empty() ? "" : ", ") + l.label;
        return "the answer is not one of the labels " + list;
    }
    if (!record.value.is_object())
        record.value = nlohmann::json::object({{"value", record.value}});
    record.value[m_options.outputField] = *label;
    return std::nullopt;
}

} // namespace pipeline::runtime
