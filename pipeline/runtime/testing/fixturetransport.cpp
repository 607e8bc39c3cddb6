#include "pipeline/runtime/testing/fixturetransport.h"

namespace pipeline::runtime {

namespace {

using Json = nlohmann::json;

bool isVector(const Json &v)
{
    if (!v.is_array() || v.empty())
        return false;
    for (const auto &x : v)
        if (!x.is_number())
            return false;
    return true;
}

LlmResult failure(std::string message)
{
    LlmResult r;
    r.ok = false;
    r.attempts = 1;
    r.error = std::move(message);
    return r;
}

} // namespace

FixtureTransport::FixtureTransport(std::vector<LlmFixture> fixtures)
    : m_fixtures(std::move(fixtures)), m_used(m_fixtures.size(), false)
{
}

std::string FixtureTransport::promptText(const Json &body)
{
    std::string text;
    if (auto messages = body.find("messages"); messages != body.end() && messages->is_array())
        for (const auto &m : *messages)
            if (m.is_object() && m.contains("content") && m["content"].is_string())
                text += (text.empty() ? "" : "\n") + m["content"].get<std::string>();
    return text;
}

const LlmFixture *FixtureTransport::find(const std::string &nodeId, const std::string &text)
{
    for (size_t i = 0; i < m_fixtures.size(); ++i) {
        const LlmFixture &f = m_fixtures[i];
        if (f.nodeId != nodeId)
            continue;
        if (f.prompt && text.find(*f.prompt) == std::string::npos)
            continue;
        m_used[i] = true;
        return &f;
    }
    return nullptr;
}

LlmResult FixtureTransport::answer(const LlmEndpoint &, const LlmCall &call)
{
    std::lock_guard lock(m_mutex);
    if (call.kind == LlmCall::Kind::Embeddings) {
        std::vector<std::string> inputs;
        const Json &input = call.body.contains("input") ? call.body["input"] : Json();
        if (input.is_string())
            inputs.push_back(input.get<std::string>());
        else if (input.is_array())
            for (const auto &i : input)
                inputs.push_back(i.is_string() ? i.get<std::string>() : i.dump());
        Json data = Json::array();
        for (size_t i = 0; i < inputs.size(); ++i) {
            const LlmFixture *f = find(call.nodeId, inputs[i]);
            if (!f) {
                m_misses.push_back({call.nodeId, inputs[i]});
                return failure("no test fixture answers the embedding of: " + inputs[i]);
            }
            if (f->fail)
                return failure(*f->fail);
            if (!isVector(*f->answer))
                return failure("the fixture for this text is not a vector (an array of numbers): " + inputs[i]);
            data.push_back({{"object", "embedding"}, {"index", i}, {"embedding", *f->answer}});
        }
        LlmResult r;
        r.ok = true;
        r.httpStatus = 200;
        r.attempts = 1;
        r.body = {{"object", "list"}, {"data", std::move(data)}, {"model", call.body.value("model", "")}};
        return r;
    }
    const std::string text = promptText(call.body);
    const LlmFixture *f = find(call.nodeId, text);
    if (!f) {
        m_misses.push_back({call.nodeId, text});
        return failure("no test fixture answers this prompt");
    }
    if (f->fail)
        return failure(*f->fail);
    const std::string content = f->answer->is_string() ? f->answer->get<std::string>() : f->answer->dump();
    LlmResult r;
    r.ok = true;
    r.httpStatus = 200;
    r.attempts = 1;
    r.body = {{"object", "chat.completion"},
              {"model", call.body.value("model", "")},
              {"choices",
               Json::array({{{"index", 0},
                             {"finish_reason", "stop"},
                             {"message", {{"role", "assistant"}, {"content", content}}}}})}};
    return r;
}

std::vector<FixtureTransport::Miss> FixtureTransport::misses() const
{
    std::lock_guard lock(m_mutex);
    return m_misses;
}

std::vector<size_t> FixtureTransport::unusedFixtures() const
{
    std::lock_guard lock(m_mutex);
    std::vector<size_t> out;
    for (size_t i = 0; i < m_used.size(); ++i)
        if (!m_used[i])
            out.push_back(i);
    return out;
}

} // namespace pipeline::runtime
