#pragma once

#include "pipeline/assist/graphdiff.h"
#include "pipeline/assist/topicsampler.h"
#include "pipeline/core/catalog.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/runtime/llm/llmcall.h"
#include "pipeline/runtime/llm/llmendpoint.h"

#include <atomic>
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

enum class AssistStage { Asking, Checking, Repairing, LayingOut, Finished };

/// One progress report. `message` is English ("repairing 2 problems"); the GUI
/// builds its own translated text from stage, round and problems.
struct AssistProgress {
    AssistStage stage = AssistStage::Asking;
    int round = 0;    // 0 = the first answer, 1.. = repair rounds
    int problems = 0; // Repairing: how many problems were sent back
    std::string message;
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
    /// optional response_format) — what the tests see on the wire.
    nlohmann::json chatBody(const nlohmann::json &messages, bool structured) const;

private:
    struct Answer;
    Answer ask(const nlohmann::json &messages, bool structuredAllowed);
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
