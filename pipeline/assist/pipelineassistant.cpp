#include "pipeline/assist/pipelineassistant.h"

#include "pipeline/assist/answerparser.h"
#include "pipeline/assist/pipelinejsonschema.h"
#include "pipeline/assist/promptbuilder.h"
#include "pipeline/core/layeredlayout.h"
#include "pipeline/runtime/llm/llmclient.h"

#include <algorithm>
#include <condition_variable>
#include <limits>
#include <set>

namespace pipeline::assist {

using nlohmann::json;
using runtime::LlmResult;

namespace {

// Endpoints (base URL + model) that refused response_format in this process,
// so later requests do not pay for the refusal again.
std::mutex g_refusedMutex;
std::set<std::string> g_refusedStructured;

std::string refusalKey(const runtime::LlmEndpoint &endpoint, const std::string &model)
{
    return endpoint.baseUrl + "|" + model;
}

std::string trimmed(std::string text)
{
    const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    text.erase(text.begin(), std::find_if(text.begin(), text.end(), notSpace));
    text.erase(std::find_if(text.rbegin(), text.rend(), notSpace).base(), text.end());
    return text;
}

std::string plural(int n, const char *singular, const char *pluralForm)
{
    return std::to_string(n) + " " + (n == 1 ? singular : pluralForm);
}

} // namespace

struct PipelineAssistant::Pending {
    std::mutex mutex;
    std::condition_variable done;
    std::optional<LlmResult> result;
    std::shared_ptr<runtime::LlmChannel> channel = std::make_shared<runtime::LlmChannel>(1);
};

struct PipelineAssistant::Answer {
    enum class Status { Ok, Failed, Cancelled } status = Status::Failed;
    std::string content;
    std::string error;
    bool structured = false;
};

PipelineAssistant::PipelineAssistant(Options options, runtime::LlmClient *client, const Catalog &catalog)
    : m_options(std::move(options))
    , m_catalog(catalog)
{
    if (!client) {
        m_ownClient = std::make_unique<runtime::LlmClient>();
        if (m_options.secretResolver)
            m_ownClient->setSecretResolver(m_options.secretResolver);
        client = m_ownClient.get();
    }
    m_client = client;
}

PipelineAssistant::~PipelineAssistant()
{
    cancel();
}

void PipelineAssistant::cancel()
{
    m_cancelled = true;
    std::shared_ptr<Pending> pending;
    {
        std::lock_guard lock(m_mutex);
        pending = m_pending;
    }
    if (pending) {
        pending->channel->cancel();
        std::lock_guard lock(pending->mutex);
        pending->done.notify_all();
    }
}

json PipelineAssistant::chatBody(const json &messages, bool structured) const
{
    std::string model = m_options.model;
    if (model.empty() && m_options.endpoint)
        model = m_options.endpoint->model;
    json body = {{"model", model},
                 {"messages", messages},
                 {"temperature", m_options.temperature},
                 {"max_tokens", m_options.maxTokens}};
    if (structured) {
        body["response_format"] = {
            {"type", "json_schema"},
            {"json_schema", {{"name", "pipewright_pipeline"}, {"strict", false}, {"schema", pipelineJsonSchema(m_catalog)}}}};
    }
    return body;
}

PipelineAssistant::Answer PipelineAssistant::ask(const json &messages, bool structuredAllowed)
{
    Answer answer;
    if (!m_options.endpoint) {
        answer.error = "no LLM endpoint is configured";
        return answer;
    }
    const std::string model = m_options.model.empty() ? m_options.endpoint->model : m_options.model;
    const std::string key = refusalKey(*m_options.endpoint, model);
    bool structured = structuredAllowed && m_options.structuredOutput != Options::StructuredOutput::Never;
    if (structured && m_options.structuredOutput == Options::StructuredOutput::Auto) {
        std::lock_guard lock(g_refusedMutex);
        structured = !g_refusedStructured.count(key);
    }
    for (;;) {
        const json body = chatBody(messages, structured);
        runtime::LlmCall call = runtime::LlmCall::chat(body, m_options.retry);
        call.estimatedTokens = runtime::estimateTokens(body.dump().size()) + m_options.maxTokens;
        auto pending = std::make_shared<Pending>();
        {
            std::lock_guard lock(m_mutex);
            if (m_cancelled) {
                answer.status = Answer::Status::Cancelled;
                return answer;
            }
            m_pending = pending;
        }
        m_client->submit(
            m_options.endpoint, std::move(call),
            [pending](LlmResult &&result) {
                std::lock_guard lock(pending->mutex);
                pending->result = std::move(result);
                pending->done.notify_all();
            },
            pending->channel);
        std::optional<LlmResult> result;
        {
            std::unique_lock lock(pending->mutex);
            pending->done.wait(lock, [&] { return pending->result.has_value() || m_cancelled.load(); });
            result = std::move(pending->result);
        }
        {
            std::lock_guard lock(m_mutex);
            m_pending.reset();
        }
        if (m_cancelled) {
            pending->channel->cancel();
            answer.status = Answer::Status::Cancelled;
            return answer;
        }
        if (!result->ok && structured && m_options.structuredOutput == Options::StructuredOutput::Auto
            && (result->httpStatus == 400 || result->httpStatus == 422)) {
            // The endpoint does not know response_format (older vLLM, some gateways): ask plainly.
            std::lock_guard lock(g_refusedMutex);
            g_refusedStructured.insert(key);
            structured = false;
            continue;
        }
        if (!result->ok) {
            answer.error = result->error;
            return answer;
        }
        std::optional<std::string> content = result->chatContent();
        if (!content || trimmed(*content).empty()) {
            answer.error = "the endpoint answered without any message content";
            return answer;
        }
        answer.status = Answer::Status::Ok;
        answer.content = std::move(*content);
        answer.structured = structured;
        return answer;
    }
}

void PipelineAssistant::layOut(Graph &graph, const AssistRequest &request, const GraphDiff &diff) const
{
    Position topLeft{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    for (const auto &[id, node] : request.current.nodes()) {
        topLeft.x = std::min(topLeft.x, node.position.x);
        topLeft.y = std::min(topLeft.y, node.position.y);
    }
    if (request.current.nodes().empty())
        topLeft = {0, 0};
    std::vector<Node> nodes;
    for (const auto &[id, node] : graph.nodes())
        nodes.push_back(node);
    for (auto &node : nodes) {
        const Node *before = request.current.node(node.id);
        // Edits keep what the user arranged; new nodes start at the old top-left,
        // which is where the layout below anchors.
        node.position = request.mode == AssistMode::Edit && before ? before->position : topLeft;
        graph.putNode(node);
    }
    const bool structural =
        request.mode == AssistMode::Generate || !diff.nodesAdded.empty() || !diff.nodesRemoved.empty();
    if (!structural)
        return;
    const LayeredLayout::Result layout = LayeredLayout::compute(graph);
    for (auto &node : nodes) {
        auto it = layout.positions.find(node.id);
        if (it == layout.positions.end())
            continue;
        node.position = it->second;
        graph.putNode(node);
    }
}

AssistResult PipelineAssistant::explain(const AssistRequest &request, const ProgressCallback &progress)
{
    AssistResult result;
    PromptBuilder builder(m_catalog);
    if (progress)
        progress({AssistStage::Asking, 0, 0, "asking the model"});
    Answer answer = ask(builder.explainMessages(request.current, request.text, request.language), false);
    result.calls = 1;
    if (answer.status == Answer::Status::Cancelled) {
        result.status = AssistResult::Status::Cancelled;
        result.error = "cancelled";
        return result;
    }
    if (answer.status == Answer::Status::Failed) {
        result.status = AssistResult::Status::Failed;
        result.error = "The model could not be asked: " + answer.error;
        return result;
    }
    result.lastAnswer = answer.content;
    result.explanation = trimmed(answer.content);
    result.status = AssistResult::Status::Ok;
    if (progress)
        progress({AssistStage::Finished, 0, 0, "done"});
    return result;
}

AssistResult PipelineAssistant::run(const AssistRequest &request, const ProgressCallback &progress)
{
    if (request.mode == AssistMode::Explain)
        return explain(request, progress);

    AssistResult result;
    PromptBuilder builder(m_catalog);
    builder.setTopics(request.topics);
    json messages = request.mode == AssistMode::Generate ? builder.generateMessages(request.text)
                                                         : builder.editMessages(request.current, request.text);
    const int rounds = std::max(0, m_options.repairRounds);
    std::vector<std::string> problems;
    for (int round = 0; round <= rounds; ++round) {
        if (progress) {
            if (round == 0)
                progress({AssistStage::Asking, 0, 0, "asking the model"});
            else
                progress({AssistStage::Repairing, round, int(problems.size()),
                          "repairing " + plural(int(problems.size()), "problem", "problems")});
        }
        Answer answer = ask(messages, true);
        ++result.calls;
        if (answer.status == Answer::Status::Cancelled) {
            result.status = AssistResult::Status::Cancelled;
            result.error = "cancelled";
            return result;
        }
        if (answer.status == Answer::Status::Failed) {
            result.status = AssistResult::Status::Failed;
            result.error = "The model could not be asked: " + answer.error;
            return result;
        }
        result.usedStructuredOutput = answer.structured;
        result.lastAnswer = answer.content;
        if (progress)
            progress({AssistStage::Checking, round, 0, "checking the answer"});
        ParsedAnswer parsed = parsePipelineAnswer(answer.content, request.topics, m_catalog);
        if (parsed.ok()) {
            Graph graph = std::move(*parsed.graph);
            // Unknown fields the document carried (a newer build's) survive an edit.
            graph.extra = request.current.extra;
            for (const auto &[id, before] : request.current.nodes()) {
                const Node *after = graph.node(id);
                if (after && after->kind == before.kind && !before.extra.empty()) {
                    Node copy = *after;
                    copy.extra = before.extra;
                    graph.putNode(std::move(copy));
                }
            }
            result.diff = diffGraphs(request.current, graph);
            if (progress)
                progress({AssistStage::LayingOut, round, 0, "laying out"});
            layOut(graph, request, result.diff);
            result.graph = std::move(graph);
            result.diagnostics = std::move(parsed.diagnostics);
            result.status = AssistResult::Status::Ok;
            if (progress)
                progress({AssistStage::Finished, round, 0, "done"});
            return result;
        }
        problems = std::move(parsed.problems);
        result.diagnostics.clear();
        for (auto &d : parsed.diagnostics)
            if (d.severity == Severity::Error)
                result.diagnostics.push_back(std::move(d));
        messages.push_back({{"role", "assistant"}, {"content", answer.content}});
        messages.push_back({{"role", "user"}, {"content", PromptBuilder::repairMessage(problems)}});
    }
    result.status = AssistResult::Status::Invalid;
    result.error = "The model's pipeline still has " + plural(int(problems.size()), "problem", "problems") + " after "
                   + plural(rounds, "repair round", "repair rounds") + "; nothing was changed.";
    return result;
}

} // namespace pipeline::assist
