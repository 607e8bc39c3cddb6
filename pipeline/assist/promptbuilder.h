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
/// types, defaults, allowed values and help) and the expression language
/// summary; grounding adds the cluster's topics with the fields sampled from
/// their messages.
///
/// The prompt is sized for a laptop model (docs/assistant-prompt.md): only the
/// kinds in play (KindRanker) are described, in a compact notation; the other
/// kinds appear in a one-line index the model can ask to expand by answering
/// {"expand": [...]}. Repair rounds send a short system prompt, the request,
/// the model's last document and the problems — not the catalog again.
///
/// The user's description or instruction always opens the first user message
/// verbatim, so it reaches the model intact in any language.
class PromptBuilder {
public:
    explicit PromptBuilder(const Catalog &catalog = Catalog::builtin()) : m_catalog(catalog) {}

    void setTopics(std::vector<TopicSample> topics) { m_topics = std::move(topics); }
    const std::vector<TopicSample> &topics() const { return m_topics; }

    /// The kinds described in full; empty (the default) = every kind, no index.
    void setDescribedKinds(std::vector<std::string> kinds) { m_described = std::move(kinds); }
    /// The described kinds (all kinds when none were set).
    std::vector<std::string> describedKinds() const;
    /// The kinds only listed in the index.
    std::vector<std::string> indexedKinds() const;
    /// Ranks the kinds for `text` (+ topics; Edit: + the kinds `current` uses)
    /// and describes the best ones.
    void selectKindsFor(const std::string &text, const Graph &current = {});

    /// The described kinds in the compact notation (see kindText).
    std::string catalogText() const;
    /// One kind: "## filter (transform): Keeps ...", ports, one line per parameter
    /// ("- condition: expr<boolean>! — help").
    std::string kindText(const NodeType &type) const;
    /// "- dedupe: Drops records whose key ..." for each indexed kind.
    std::string indexText() const;
    /// The topics part of the system prompt (empty without topics).
    std::string groundingText() const;
    /// System prompt for generate and edit.
    std::string designSystemPrompt() const;
    /// System prompt of a repair round: the rules and the given kinds only (the
    /// expression language when an expression needs fixing).
    std::string repairSystemPrompt(const std::vector<std::string> &kinds, bool withIndex,
                                   bool withExpressions = true) const;

    /// [system, user] for a new pipeline from a description.
    nlohmann::json generateMessages(const std::string &description) const;
    /// [system, user] for changing `current` as the instruction says.
    nlohmann::json editMessages(const Graph &current, const std::string &instruction) const;
    /// [system, user, assistant, user] for a repair round: `firstUser` is the
    /// first request's user message (it carries the description and, for an
    /// edit, the current pipeline), then the last answer and its problems.
    nlohmann::json repairMessages(const std::string &firstUser, const std::string &lastAnswer,
                                  const std::vector<std::string> &problems, const std::vector<std::string> &kinds,
                                  bool withIndex) const;
    /// The user message answering an {"expand": [...]} request.
    std::string expansionMessage(const std::vector<std::string> &kinds) const;
    /// [system, user] for a plain-language explanation; `question` may be empty;
    /// `language` (e.g. "de", "ja") asks for an answer in that language.
    nlohmann::json explainMessages(const Graph &current, const std::string &question,
                                   const std::string &language) const;
    /// The user message of a repair round: the problems found in the previous answer.
    static std::string repairMessage(const std::vector<std::string> &problems);
    /// The small example answer the system prompt shows (tests check it validates).
    static std::string exampleAnswer();

private:
    std::string rulesText() const;

    const Catalog &m_catalog;
    std::vector<TopicSample> m_topics;
    std::vector<std::string> m_described;
};

} // namespace pipeline::assist
