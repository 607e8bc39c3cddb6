#pragma once

#include "pipeline/runtime/llm/llmtransport.h"
#include "pipeline/runtime/testing/pipelinetests.h"

#include <mutex>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// Answers a test case's LLM and embedding calls from its fixtures: the first
/// fixture of the calling node whose `prompt` occurs in the call's prompt text
/// (system and user messages; for embeddings, the text to embed). A call no
/// fixture answers fails (the record takes the node's onError path) and is
/// remembered, so the case reports which node and prompt had no answer.
class FixtureTransport : public LlmTransport {
public:
    struct Miss {
        std::string nodeId;
        std::string prompt;
    };

    explicit FixtureTransport(std::vector<LlmFixture> fixtures);
    LlmResult answer(const LlmEndpoint &endpoint, const LlmCall &call) override;

    /// Calls nothing answered, in call order.
    std::vector<Miss> misses() const;
    /// Indexes of the fixtures that answered no call.
    std::vector<size_t> unusedFixtures() const;

    /// The text fixtures are matched against for a chat call.
    static std::string promptText(const nlohmann::json &body);

private:
    const LlmFixture *find(const std::string &nodeId, const std::string &text);

    std::vector<LlmFixture> m_fixtures;
    std::vector<bool> m_used;
    std::vector<Miss> m_misses;
    mutable std::mutex m_mutex;
};

} // namespace pipeline::runtime
