#include "pipeline/assist/pipelineassistant.h"

#include "pipeline/assist/answerparser.h"
#include "pipeline/assist/contextprobe.h"
#include "pipeline/assist/jsonextraction.h"
#include "pipeline/assist/kindranker.h"
#include "pipeline/assist/pipelinejsonschema.h"
#include "pipeline/assist/promptbuilder.h"
#include "pipeline/assist/tokenestimator.h"
#include "pipeline/core/layeredlayout.h"
#include "pipeline/runtime/llm/llmclient.h"

#include <algorithm>
#include <chrono>
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

std::int64_t steadyMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
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

// What one run() has measured so far, and its progress reports.
struct PipelineAssistant::Tracker {
    const ProgressCallback *progress = nullptr;
    AssistResult *result = nullptr;
    std::int64_t startMillis = steadyMillis();
    int round = 0;
    int rounds = 1;
    bool contextProbed = false;
    int contextTokens = 0;
    std::string contextSource;
    int promptTokens = 0;

    void report(AssistStage stage, std::string message, int problems = 0, int tokens = 0) const
    {
        if (!progress || !*progress)
            return;
        AssistProgress p;
        p.stage = stage;
        p.round = round;
        p.problems = problems;
        p.message = std::move(message);
        p.rounds = rounds;
        p.tokens = tokens;
        p.elapsedMillis = steadyMillis() - startMillis;
        p.promptTokens = promptTokens;
        (*progress)(p);
    }
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

json PipelineAssistant::chatBody(const json &messages, const json &schema) const
{
    std::string model = m_options.model;
    if (model.empty() && m_options.endpoint)
        model = m_options.endpoint->model;
    json body = {{"model", model},
                 {"messages", messages},
                 {"temperature", m_options.temperature},
                 {"max_tokens", m_options.maxTokens}};
    if (m_options.stream)
        body["stream"] = true;
    if (!schema.is_null()) {
        body["response_format"] = {
            {"type", "json_schema"},
            {"json_schema", {{"name", "pipewright_pipeline"}, {"strict", false}, {"schema", schema}}}};
    }
    return body;
}

std::string PipelineAssistant::checkFits(const json &body, Tracker &tracker)
{
    const std::size_t tokens = estimateRequestTokens(body);
    tracker.promptTokens = int(tokens);
    if (!m_options.checkContext)
        return {};
    const std::string model = body.value("model", "");
    if (!tracker.contextProbed) {
        tracker.contextProbed = true;
        if (m_options.contextTokens > 0) {
            tracker.contextTokens = m_options.contextTokens;
            tracker.contextSource = "configured";
        } else {
            const ContextInfo info = ContextProbe::query(*m_options.endpoint, model, m_options.secretResolver);
            tracker.contextTokens = info.tokens;
            tracker.contextSource = info.source;
        }
        tracker.result->contextTokens = tracker.contextTokens;
        tracker.result->contextSource = tracker.contextSource;
    }
    if (tracker.contextTokens <= 0 || tokens + std::size_t(std::max(0, m_options.answerReserve)) <= std::size_t(tracker.contextTokens))
        return {};
    std::string out = "The request does not fit the model's context, so it was not sent: it needs about "
                      + std::to_string(tokens) + " tokens for the prompt plus at least "
                      + std::to_string(m_options.answerReserve) + " for the answer, but " + model + " at "
                      + m_options.endpoint->baseUrl + " has a context of " + std::to_string(tracker.contextTokens)
                      + " tokens (" + tracker.contextSource + ").";
    if (tracker.contextSource.rfind("Ollama", 0) == 0)
        out += " Raise Ollama's num_ctx (a Modelfile with PARAMETER num_ctx 16384, or OLLAMA_CONTEXT_LENGTH=16384 "
               "for the server; see the README) and, when the server's default is already larger, say so with "
               "--context.";
    else
        out += " Start the server with a larger context (llama.cpp: -c 16384; vLLM: --max-model-len) or use a "
               "model with a larger one.";
    return out;
}

PipelineAssistant::Answer PipelineAssistant::ask(const json &messages, const json &schema, Tracker &tracker)
{
    Answer answer;
    if (!m_options.endpoint) {
        answer.error = "no LLM endpoint is configured";
        return answer;
    }
    const std::string model = m_options.model.empty() ? m_options.endpoint->model : m_options.model;
    const std::string key = refusalKey(*m_options.endpoint, model);
    bool structured = !schema.is_null() && m_options.structuredOutput != Options::StructuredOutput::Never;
    if (structured && m_options.structuredOutput == Options::StructuredOutput::Auto) {
        std::lock_guard lock(g_refusedMutex);
        structured = !g_refusedStructured.count(key);
    }
    for (;;) {
        json body = chatBody(messages, structured ? schema : json());
        if (std::string refusal = checkFits(body, tracker); !refusal.empty()) {
            answer.error = std::move(refusal);
            answer.status = Answer::Status::Failed;
            return answer;
        }
        const std::size_t requestTokens = std::size_t(tracker.promptTokens);
        if (tracker.contextTokens > 0) // never ask for more answer than the context has room for
            body["max_tokens"] = std::max(1, std::min(m_options.maxTokens, tracker.contextTokens - int(requestTokens)));
        runtime::LlmCall call = runtime::LlmCall::chat(body, m_options.retry);
        call.estimatedTokens = double(requestTokens) + body["max_tokens"].get<double>();
        // Streamed pieces: counted on the I/O thread, reported at most ten times a
        // second. The sink is disarmed before ask() returns, so a late piece never
        // reaches a tracker that is gone.
        struct DeltaSink {
            std::mutex mutex;
            bool live = true;
            int received = 0;
            std::int64_t lastReport = 0;
        };
        auto sink = std::make_shared<DeltaSink>();
        struct Disarm {
            std::shared_ptr<DeltaSink> sink;
            ~Disarm()
            {
                std::lock_guard lock(sink->mutex);
                sink->live = false;
            }
        } disarm{sink};
        call.onDelta = [&tracker, sink](std::string_view delta, bool restarted) {
            std::lock_guard lock(sink->mutex);
            if (!sink->live)
                return;
            if (restarted)
                sink->received = 0;
            sink->received += int(estimateTokens(delta));
            const std::int64_t now = steadyMillis();
            if (now - sink->lastReport >= 100) {
                sink->lastReport = now;
                tracker.report(AssistStage::Receiving, "receiving the answer", 0, sink->received);
            }
        };
        auto pending = std::make_shared<Pending>();
        {
            std::lock_guard lock(m_mutex);
            if (m_cancelled) {
                answer.status = Answer::Status::Cancelled;
                return answer;
            }
            m_pending = pending;
        }
        ++tracker.result->calls;
        tracker.result->requestTokens += requestTokens;
        if (tracker.result->firstRequestTokens == 0)
            tracker.result->firstRequestTokens = requestTokens;
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
        const bool contextExceeded = !result->ok && result->errorBody.find("exceed_context_size") != std::string::npos;
        if (contextExceeded) {
            // llama.cpp's own refusal: name both sizes as it reports them.
            const json error = json::parse(result->errorBody, nullptr, false);
            const json details = error.is_object() && error.contains("error") ? error["error"] : json();
            answer.error = "the server refused the request: it does not fit the model's context";
            if (details.is_object() && details.contains("n_ctx") && details.contains("n_prompt_tokens"))
                answer.error += " (the prompt has " + details["n_prompt_tokens"].dump() + " tokens, the context "
                                + details["n_ctx"].dump() + ")";
            answer.error += ". Start the server with a larger context; nothing was changed.";
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
        tracker.result->answerTokens += estimateTokens(*content);
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
    Tracker tracker;
    tracker.progress = &progress;
    tracker.result = &result;
    PromptBuilder builder(m_catalog);
    tracker.report(AssistStage::Asking, "asking the model");
    Answer answer = ask(builder.explainMessages(request.current, request.text, request.language), json(), tracker);
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
    tracker.report(AssistStage::Finished, "done");
    return result;
}

namespace {

// The catalog kinds a (possibly broken) answer's nodes use.
std::vector<std::string> kindsUsed(const std::string &answer, const Catalog &catalog)
{
    std::vector<std::string> kinds;
    const ExtractedJson extracted = extractJsonObject(answer);
    if (!extracted.ok())
        return kinds;
    const json *document = &*extracted.value;
    if (!document->contains("nodes") && document->contains("pipeline") && (*document)["pipeline"].is_object())
        document = &(*document)["pipeline"];
    auto nodes = document->find("nodes");
    if (nodes == document->end() || !nodes->is_array())
        return kinds;
    std::set<std::string> seen;
    for (const auto &node : *nodes)
        if (node.is_object() && node.contains("kind") && node["kind"].is_string())
            seen.insert(node["kind"].get<std::string>());
    for (const auto &type : catalog.types())
        if (seen.count(type.kind))
            kinds.push_back(type.kind);
    return kinds;
}

std::vector<std::string> unite(const std::vector<std::string> &a, const std::vector<std::string> &b,
                               const Catalog &catalog)
{
    std::set<std::string> all(a.begin(), a.end());
    all.insert(b.begin(), b.end());
    std::vector<std::string> out;
    for (const auto &type : catalog.types())
        if (all.count(type.kind))
            out.push_back(type.kind);
    return out;
}

std::vector<std::string> without(const std::vector<std::string> &all, const std::vector<std::string> &drop)
{
    std::vector<std::string> out;
    for (const auto &k : all)
        if (std::find(drop.begin(), drop.end(), k) == drop.end())
            out.push_back(k);
    return out;
}

} // namespace

AssistResult PipelineAssistant::run(const AssistRequest &request, const ProgressCallback &progress)
{
    if (request.mode == AssistMode::Explain)
        return explain(request, progress);

    AssistResult result;
    Tracker tracker;
    tracker.progress = &progress;
    tracker.result = &result;
    const int rounds = std::max(0, m_options.repairRounds);
    tracker.rounds = rounds + 1;

    PromptBuilder builder(m_catalog);
    builder.setTopics(request.topics);
    const Graph none;
    const Graph &current = request.mode == AssistMode::Edit ? request.current : none;
    builder.selectKindsFor(request.text, current);
    auto firstMessages = [&] {
        return request.mode == AssistMode::Generate ? builder.generateMessages(request.text)
                                                    : builder.editMessages(request.current, request.text);
    };
    json messages = firstMessages();
    json schema = answerJsonSchema(m_catalog, builder.describedKinds(), builder.indexedKinds());
    // Keep the first request within the budget and the server's context (with
    // room for the answer): the least relevant kinds move to the index, from
    // where the model can still ask for them.
    int budget = m_options.promptBudget;
    if (m_options.endpoint) {
        checkFits(chatBody(messages, schema), tracker); // learns the context
        if (tracker.contextTokens > 0)
            budget = std::min(budget, tracker.contextTokens - std::max(0, m_options.answerReserve));
    }
    {
        const auto ranked = KindRanker(m_catalog).rank(request.text, request.topics);
        std::set<std::string> keep(KindRanker::alwaysIncluded().begin(), KindRanker::alwaysIncluded().end());
        for (const auto &[id, node] : current.nodes())
            keep.insert(node.kind);
        for (auto it = ranked.rbegin(); it != ranked.rend(); ++it) {
            if (int(estimateRequestTokens(chatBody(messages, schema))) <= budget)
                break;
            auto described = builder.describedKinds();
            if (keep.count(it->kind) || std::find(described.begin(), described.end(), it->kind) == described.end())
                continue;
            builder.setDescribedKinds(without(described, {it->kind}));
            messages = firstMessages();
            schema = answerJsonSchema(m_catalog, builder.describedKinds(), builder.indexedKinds());
        }
    }
    const std::string firstUser = messages[1]["content"].get<std::string>();

    std::vector<std::string> problems;
    int expansions = 0;
    // The kinds the conversation in flight describes (the first prompt's, or a repair round's).
    std::vector<std::string> conversationKinds = builder.describedKinds();
    for (int round = 0; round <= rounds;) {
        tracker.round = round;
        if (round == 0)
            tracker.report(AssistStage::Asking, "asking the model");
        else
            tracker.report(AssistStage::Repairing, "repairing " + plural(int(problems.size()), "problem", "problems"),
                           int(problems.size()));
        Answer answer = ask(messages, schema, tracker);
        if (answer.status == Answer::Status::Cancelled) {
            result.status = AssistResult::Status::Cancelled;
            result.error = "cancelled";
            return result;
        }
        if (answer.status == Answer::Status::Failed) {
            result.status = AssistResult::Status::Failed;
            result.error = answer.error.rfind("The request does not fit", 0) == 0
                               ? answer.error
                               : "The model could not be asked: " + answer.error;
            return result;
        }
        result.usedStructuredOutput = answer.structured;
        result.lastAnswer = answer.content;

        // {"expand": [...]}: the model wants kinds from the index described.
        if (const ExtractedJson extracted = extractJsonObject(answer.content);
            extracted.ok() && expansions < m_options.maxExpansions) {
            const std::vector<std::string> wanted = without(expansionRequest(*extracted.value, m_catalog),
                                                            conversationKinds);
            if (!wanted.empty()) {
                ++expansions;
                tracker.report(AssistStage::Expanding, "describing " + plural(int(wanted.size()), "more kind", "more kinds"));
                builder.setDescribedKinds(unite(builder.describedKinds(), wanted, m_catalog));
                conversationKinds = unite(conversationKinds, wanted, m_catalog);
                const std::vector<std::string> offered =
                    unite(conversationKinds, KindRanker::alwaysIncluded(), m_catalog);
                schema = answerJsonSchema(m_catalog, offered, without(builder.indexedKinds(), offered));
                messages.push_back({{"role", "assistant"}, {"content", answer.content}});
                messages.push_back({{"role", "user"}, {"content", builder.expansionMessage(wanted)}});
                continue; // not a repair round
            }
        }

        tracker.report(AssistStage::Checking, "checking the answer");
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
            tracker.report(AssistStage::LayingOut, "laying out");
            layOut(graph, request, result.diff);
            result.graph = std::move(graph);
            result.diagnostics = std::move(parsed.diagnostics);
            result.status = AssistResult::Status::Ok;
            tracker.report(AssistStage::Finished, "done");
            return result;
        }
        problems = std::move(parsed.problems);
        result.diagnostics.clear();
        for (auto &d : parsed.diagnostics)
            if (d.severity == Severity::Error)
                result.diagnostics.push_back(std::move(d));
        // The repair round carries the request, the last document and its problems,
        // with the descriptions of the kinds it uses; the whole index only when the
        // model chose a kind that does not exist or wrote no pipeline at all.
        const std::vector<std::string> used = kindsUsed(answer.content, m_catalog);
        bool needIndex = used.empty();
        for (const auto &p : problems)
            needIndex = needIndex || p.find("unknown node kind") != std::string::npos;
        const std::vector<std::string> repairKinds = needIndex ? unite(used, builder.describedKinds(), m_catalog) : used;
        messages = builder.repairMessages(firstUser, answer.content, problems, repairKinds, needIndex);
        conversationKinds = repairKinds;
        // The schema offers the kinds the answer uses and the ones every pipeline
        // needs; the others can be asked for.
        const std::vector<std::string> offered = unite(repairKinds, KindRanker::alwaysIncluded(), m_catalog);
        std::vector<std::string> others;
        for (const auto &type : m_catalog.types())
            if (std::find(offered.begin(), offered.end(), type.kind) == offered.end())
                others.push_back(type.kind);
        schema = answerJsonSchema(m_catalog, offered, others);
        ++round;
    }
    result.status = AssistResult::Status::Invalid;
    result.error = "The model's pipeline still has " + plural(int(problems.size()), "problem", "problems") + " after "
                   + plural(rounds, "repair round", "repair rounds") + "; nothing was changed.";
    return result;
}

} // namespace pipeline::assist
