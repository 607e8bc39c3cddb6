#pragma once

#include "pipeline/assist/graphdiff.h"
#include "pipeline/assist/topicsampler.h"
#include "pipeline/core/catalog.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/runtime/llm/llmcall.h"
#include "pipeline/runtime/llm/llmendpoint.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace pipeline::runtime {
class LlmClient;
}

namespace pipeline::assist {

enum class AssistMode { Generate, Edit, Explain };

/// What the user asked for.
struct AssistRequest {
    AssistMode mode = AssistMode::Generate;
    /// Generate: the description; Edit: the instruction; Explain: an optional question.
    std::string text;
    /// Edit and Explain: the pipeline as it is now. Generate: the document the
    /// new pipeline will replace (the diff is computed against it; may be empty).
    Graph current;
    /// Grounding: the cluster's topics and their sampled fields (TopicSampler).
    std::vector<TopicSample> topics;
    /// Explain: the answer's language ("de", "ja", ...); empty = the model decides.
    std::string language;
};

enum class AssistStage {
    Asking,    // a request is on its way (also the first answer of a round)
    Receiving, // the answer streams in: tokens and elapsed time grow
    Expanding, // the model asked for more node kinds; they are sent
    Checking,
    Repairing,
    LayingOut,
    Finished,
};

/// One progress report. `message` is English ("repairing 2 problems"); the GUI
/// builds its own translated text from stage, round and the figures.
struct AssistProgress {
    AssistStage stage = AssistStage::Asking;
    int round = 0;    // 0 = the first answer, 1.. = repair rounds
    int problems = 0; // Repairing: how many problems were sent back
    std::string message;
    /// Requests at most: the first answer plus the repair rounds ("round n of N" shows round + 1 of rounds).
    int rounds = 1;
    /// Tokens of the answer received so far in this request (streaming; estimated).
    int tokens = 0;
    /// Since run() started.
    std::int64_t elapsedMillis = 0;
    /// The estimated size of the request in flight.
    int promptTokens = 0;
};

/// The outcome of one request. Nothing is applied anywhere: the caller shows
/// the diff and applies `graph` as one undoable command, or discards it.
struct AssistResult {
    enum class Status {
        Ok,        // graph (or explanation) ready
        Invalid,   // the model's answers never validated: diagnostics + lastAnswer say why
        Failed,    // the endpoint failed (HTTP error, unreachable, empty answer)
        Cancelled,
    };
    Status status = Status::Failed;
    /// Generate/Edit: the validated pipeline, laid out.
    std::optional<Graph> graph;
    /// Generate/Edit: `graph` against AssistRequest::current.
    GraphDiff diff;
    /// Explain: the text.
    std::string explanation;
    /// Ok: the warnings of the final graph; Invalid: what is still wrong.
    Diagnostics diagnostics;
    /// The model's last reply, verbatim.
    std::string lastAnswer;
    /// One paragraph for humans when not Ok.
    std::string error;
    /// Chat completions made (first answer + repair rounds).
    int calls = 0;
    bool usedStructuredOutput = false;
    /// Estimated tokens (tokenestimator.h) of the first request and of every
    /// request sent, prompt and schema, and of the answers received.
    std::size_t firstRequestTokens = 0;
    std::size_t requestTokens = 0;
    std::size_t answerTokens = 0;
    /// The context the server reported (0 = unknown) and where it came from.
    int contextTokens = 0;
    std::string contextSource;

    bool ok() const { return status == Status::Ok; }
};

/// Natural language -> pipeline. Builds the prompt from the catalog, asks an
/// OpenAI-compatible endpoint (structured output via response_format
/// json_schema when the endpoint accepts it, else JSON extracted from the
/// reply), then parses, validates and — while there are errors — sends the
/// diagnostics and the previous answer back for a corrected graph, up to
/// `repairRounds` times. Valid graphs are laid out by LayeredLayout.
///
/// run() blocks; call it from a worker thread (the GUI's dock does). cancel()
/// may be called from any thread: the HTTP call in flight is aborted and run()
/// returns Cancelled promptly. An assistant serves one run at a time.
class PipelineAssistant {
public:
    struct Options {
        std::shared_ptr<const runtime::LlmEndpoint> endpoint;
        /// Empty: the endpoint's model.
        std::string model;
        int repairRounds = 3;
        enum class StructuredOutput {
            Auto,   // try response_format; if the endpoint refuses it (HTTP 400/422), ask again without
            Always,
            Never,
        };
        StructuredOutput structuredOutput = StructuredOutput::Auto;
        double temperature = 0.1;
        int maxTokens = 8192;
        /// Ask for a streamed answer (server-sent events) and report its progress.
        bool stream = true;
        /// The model's context in tokens; 0 = ask the server (ContextProbe).
        int contextTokens = 0;
        /// Check requests against the context before sending them.
        bool checkContext = true;
        /// Tokens an answer needs at least; a request leaving less is refused.
        int answerReserve = 1024;
        /// The first request is kept within this many tokens (fewer kinds described).
        int promptBudget = 8000;
        /// {"expand": [...]} requests answered per run.
        int maxExpansions = 2;
        runtime::LlmRetryPolicy retry = defaultRetry();
        /// Resolves keychain: references for the API key (the GUI's keychain).
        runtime::SecretResolver secretResolver;

        static runtime::LlmRetryPolicy defaultRetry()
        {
            runtime::LlmRetryPolicy r;
            r.maxRetries = 3;
            r.backoffMillis = 1000;
            r.timeoutMillis = 180'000; // a large pipeline takes a while to write
            return r;
        }
    };
    using ProgressCallback = std::function<void(const AssistProgress &)>;

    /// `client` may be shared (e.g. the run's); without one the assistant owns its own.
    explicit PipelineAssistant(Options options, runtime::LlmClient *client = nullptr,
                               const Catalog &catalog = Catalog::builtin());
    ~PipelineAssistant();
    PipelineAssistant(const PipelineAssistant &) = delete;
    PipelineAssistant &operator=(const PipelineAssistant &) = delete;

    AssistResult run(const AssistRequest &request, const ProgressCallback &progress = {});
    /// Thread-safe; sticky (a cancelled assistant stays cancelled).
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    const Options &options() const { return m_options; }

    /// The request body of a chat call (messages, model, temperature, max_tokens,
    /// stream, response_format when `schema` is not null) — what the tests see on the wire.
    nlohmann::json chatBody(const nlohmann::json &messages, const nlohmann::json &schema) const;

private:
    struct Answer;
    struct Tracker;
    Answer ask(const nlohmann::json &messages, const nlohmann::json &schema, Tracker &tracker);
    std::string checkFits(const nlohmann::json &body, Tracker &tracker);
    AssistResult explain(const AssistRequest &request, const ProgressCallback &progress);
    void layOut(Graph &graph, const AssistRequest &request, const GraphDiff &diff) const;

    Options m_options;
    const Catalog &m_catalog;
    std::unique_ptr<runtime::LlmClient> m_ownClient;
    runtime::LlmClient *m_client;
    std::atomic<bool> m_cancelled{false};
    struct Pending;
    std::mutex m_mutex; // m_pending
    std::shared_ptr<Pending> m_pending;
};

} // namespace pipeline::assist
