#include "pipeline/runtime/llm/llmextractoperator.h"

#include "pipeline/runtime/llm/llmjsonschema.h"

namespace pipeline::runtime {

namespace {

nlohmann::json fieldSchema(const Field &f)
{
    nlohmann::json s;
    switch (f.type) {
    case FieldType::String: s["type"] = {"string", "null"}; break;
    case FieldType::Integer: s["type"] = {"integer", "null"}; break;
    case FieldType::Double: s["type"] = {"number", "null"}; break;
    case FieldType::Boolean: s["type"] = {"boolean", "null"}; break;
    case FieldType::Timestamp:
        s["type"] = {"integer", "null"};
        s["description"] = "epoch milliseconds (UTC)";
        break;
    case FieldType::Array: s["type"] = {"array", "null"}; break;
    case FieldType::Object:
        s = LlmExtractOperator::answerSchema(f.children);
        s["type"] = {"object", "null"};
        break;
    default: break; // Unknown / Null: anything
    }
    return s;
}

} // namespace

nlohmann::json LlmExtractOperator::answerSchema(const std::vector<Field> &fields)
{
    nlohmann::json properties = nlohmann::json::object();
    nlohmann::json required = nlohmann::json::array();
    for (const auto &f : fields) {
        properties[f.name] = fieldSchema(f);
        required.push_back(f.name);
    }
    return {{"type", "object"}, {"properties", properties}, {"required", required}, {"additionalProperties", false}};
}

LlmExtractOperator::LlmExtractOperator(LlmNodeConfig config, std::shared_ptr<LlmRuntime> runtime, Options options)
    : LlmChatOperator(std::move(config), std::move(runtime)), m_options(std::move(options))
    , m_template(m_options.input)
{
    m_schema = answerSchema(m_options.fields);
    m_maxTokens = 64 + 64 * int(m_options.fields.size());
    m_system = "Extract these fields from the text the user sends:\n";
    for (const auto &f : m_options.fields)
        m_system += "- " + f.name + " (" + std::string(fieldTypeName(f.type)) + ")\n";
    m_system += "Use null for a value the text does not contain; never guess.\n";
    if (!m_options.instructions.empty())
        m_system += m_options.instructions + "\n";
    m_system += "Answer with one JSON object with exactly these keys and nothing else.";
}

std::string LlmExtractOperator::userMessage(const Record &record)
{
    return m_template.render(record.value);
}

void LlmExtractOperator::decorate(nlohmann::json &body) const
{
    body["temperature"] = 0;
    body["max_tokens"] = m_maxTokens;
    body["response_format"] = {{"type", "json_schema"}, {"json_schema", {{"name", "extraction"}, {"schema", m_schema}}}};
}

std::optional<std::string> LlmExtractOperator::apply(Record &record, const std::string &content)
{
    auto parsed = nlohmann::json::parse(stripCodeFence(content), nullptr, false);
    if (parsed.is_discarded())
        return std::string("the answer is not valid JSON");
    if (!parsed.is_object())
        return std::string("the answer is not a JSON object");
    // Missing keys are NULL rather than a reason to ask again.
    for (const auto &f : m_options.fields)
        if (!parsed.contains(f.name))
            parsed[f.name] = nullptr;
    if (auto mismatch = checkJsonSchema(m_schema, parsed))
        return "the answer does not match the fields: " + *mismatch;
    if (!record.value.is_object())
        record.value = nlohmann::json::object({{"value", record.value}});
    for (const auto &f : m_options.fields) {
        nlohmann::json v = std::move(parsed[f.name]);
        if (f.type == FieldType::Integer || f.type == FieldType::Timestamp) {
            if (v.is_number_float())
                v = std::int64_t(v.get<double>());
        } else if (f.type == FieldType::Double && v.is_number_integer()) {
            v = v.get<double>();
        }
        record.value[f.name] = std::move(v);
    }
    return std::nullopt;
}

} // namespace pipeline::runtime
