#pragma once

#include "pipeline/assist/topicsampler.h"
#include "pipeline/core/catalog.h"
#include "pipeline/core/graph.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pipeline::assist {

/// Writes the assistant's chat messages. Everything the model learns about
/// Pipewright is derived here from the catalog (kinds, ports, parameters with
/// types, defaults, allowed values and help), the expression language summary
/// and the pipeline JSON schema; grounding adds the cluster's topics with the
/// fields sampled from their messages.
///
/// The user's description or instruction always opens the first user message
/// verbatim, so it reaches the model intact in any language; repair rounds
/// append an assistant + user pair instead of rewriting the conversation.
class PromptBuilder {
public:
    explicit PromptBuilder(const Catalog &catalog = Catalog::builtin()) : m_catalog(catalog) {}

    void setTopics(std::vector<TopicSample> topics) { m_topics = std::move(topics); }
    const std::vector<TopicSample> &topics() const { return m_topics; }

    /// The node kinds as text: per kind its category, description, ports and
    /// parameters ("condition: expression (boolean), required — help").
    std::string catalogText() const;
    /// The topics part of the system prompt (empty without topics).
    std::string groundingText() const;
    /// System prompt for generate and edit.
    std::string designSystemPrompt() const;

    /// [system, user] for a new pipeline from a description.
    nlohmann::json generateMessages(const std::string &description) const;
    /// [system, user] for changing `current` as the instruction says.
    nlohmann::json editMessages(const Graph &current, const std::string &instruction) const;
    /// [system, user] for a plain-language explanation; `question` may be empty;
    /// `language` (e.g. "de", "ja") asks for an answer in that language.
    nlohmann::json explainMessages(const Graph &current, const std::string &question,
                                   const std::string &language) const;
    /// The user message of a repair round: the problems found in the previous answer.
    static std::string repairMessage(const std::vector<std::string> &problems);
    /// The small example answer the system prompt shows (tests check it validates).
    static std::string exampleAnswer();

private:
    const Catalog &m_catalog;
    std::vector<TopicSample> m_topics;
};

} // namespace pipeline::assist
