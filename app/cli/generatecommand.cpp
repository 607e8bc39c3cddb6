#include "cliexit.h"
#include "pipelinefiles.h"
#include "sharedoptions.h"

#include "pipeline/assist/pipelineassistant.h"
#include "pipeline/assist/topicsampler.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using namespace pipeline;
using namespace pipeline::assist;

int fail(const char *message, const std::string &detail = {})
{
    std::fprintf(stderr, "pipewright-cli generate: %s%s\n", message, detail.c_str());
    return ExitNotValid;
}

struct GenerateCommand {
    std::string text, output, editFile, explainFile, endpointUrl, model, keyEnv, language, endpointsFile, profile;
    ClusterOptions cluster;
    bool quiet = false, structured = true, stream = true;
    int rounds = 3, samples = 20, context = 0;

    int run();
    /// The endpoint from --llm-endpoints/--profile or --endpoint/--model/--api-key-env;
    /// nullptr after printing why not.
    std::shared_ptr<runtime::LlmEndpoint> chooseEndpoint();
    void progress(const AssistProgress &p);
    bool terminal = false, lineOpen = false;
    int received = 0;
};

} // namespace

std::function<int()> defineGenerateCommand(CLI::App &command)
{
    auto c = std::make_shared<GenerateCommand>();
    command.footer(
        "Forms:\n"
        "  pipewright-cli generate \"DESCRIPTION\" [options]\n"
        "  pipewright-cli generate \"INSTRUCTION\" --edit FILE [options]\n"
        "  pipewright-cli generate [\"QUESTION\"] --explain FILE [options]\n\n"
        "Asks an OpenAI-compatible model for a pipeline, validates it against the node catalog and\n"
        "sends any problems back for repair (up to --rounds times). Prints the validated pipeline in\n"
        "canonical form, or the remaining diagnostics and the model's last answer. With a cluster\n"
        "(--bootstrap, --sandbox or --config) the prompt is grounded in its topics and sampled fields.\n\n"
        "Examples:\n"
        "  pipewright-cli generate \"Read payments, keep amounts over 1000, write to payments.big\" -o big.pipeline.json\n"
        "  pipewright-cli generate \"mask the email before the LLM\" --edit support.pipeline.json -o support.pipeline.json\n"
        "  pipewright-cli generate --explain iot.pipeline.json --language de\n\n"
        "Exit status: 0 success; 1 no valid pipeline (diagnostics printed), the endpoint failed or a\n"
        "file could not be read or written; 2 bad usage.");
    command.add_option("DESCRIPTION", c->text, "what the pipeline should do (with --edit: the change; with --explain: "
                                               "an optional question)")
        ->type_name("");
    command.add_option("-o,--output", c->output, "write the pipeline to FILE (atomically) instead of stdout")
        ->type_name("FILE");
    CLI::Option *edit = command.add_option("--edit", c->editFile,
                                           "change the pipeline in FILE as the instruction says; the diff goes to stderr")
                            ->type_name("FILE");
    command.add_option("--explain", c->explainFile, "describe the pipeline in FILE in plain language")
        ->type_name("FILE")
        ->excludes(edit);
    CLI::Option *endpoints =
        command.add_option("--llm-endpoints", c->endpointsFile,
                           "JSON array of LLM endpoint profiles, as for run (name, baseUrl, model, apiKeyRef as env:NAME, ...)")
            ->type_name("FILE");
    command.add_option("--profile", c->profile,
                       "the profile of --llm-endpoints to use (default: the only one, or \"default\")")
        ->type_name("NAME")
        ->needs(endpoints);
    command.add_option("--endpoint", c->endpointUrl,
                       "base URL of the API without a profile file (default $OPENAI_BASE_URL or "
                       "https://api.openai.com/v1), e.g. http://localhost:11434/v1 for Ollama")
        ->type_name("URL")
        ->excludes(endpoints);
    command.add_option("--model", c->model, "model (default: the profile's, else gpt-4o-mini)")->type_name("NAME");
    command.add_option("--api-key-env", c->keyEnv,
                       "environment variable holding the API key (default OPENAI_API_KEY when set)")
        ->type_name("NAME");
    command.add_option("--context", c->context,
                       "the model's context in tokens, when the server does not report it (Ollama's "
                       "OLLAMA_CONTEXT_LENGTH); a request that does not fit is refused, never cut")
        ->type_name("N")
        ->check(wholeNumber(256, 10'000'000));
    command.add_flag_callback("--no-stream", [c] { c->stream = false; },
                              "ask for the whole answer at once instead of streaming it");
    c->cluster.add(command);
    command.add_option("--samples", c->samples, "messages sampled per topic (default 20)")
        ->type_name("N")
        ->check(wholeNumber(1, 1000));
    command.add_option("--rounds", c->rounds, "repair rounds after the first answer (default 3)")
        ->type_name("N")
        ->check(wholeNumber(0, 1000));
    command.add_flag_callback("--no-structured-output", [c] { c->structured = false; },
                              "never send response_format (for servers that mishandle it)");
    command.add_option("--language", c->language, "--explain: answer language (en, de, fr, ja, zh, ...)")
        ->type_name("CODE");
    command.add_flag("-q,--quiet", c->quiet,
                     "no progress messages on stderr (on a terminal a progress line shows the round, the tokens "
                     "received and the time; piped, only the stage lines)");
    return [c] { return c->run(); };
}

int GenerateCommand::run()
{
    if (explainFile.empty() && (text.empty() || text.find_first_not_of(" \t\r\n") == std::string::npos))
        return (std::fprintf(stderr, "pipewright-cli generate: no description given (see --help)\n"), ExitUsage);

    AssistRequest request;
    request.text = text;
    request.language = language;
    request.mode = !editFile.empty() ? AssistMode::Edit : !explainFile.empty() ? AssistMode::Explain : AssistMode::Generate;
    if (request.mode != AssistMode::Generate) {
        std::optional<Graph> loaded = loadPipeline(request.mode == AssistMode::Edit ? editFile : explainFile, stderr);
        if (!loaded)
            return ExitNotValid;
        request.current = std::move(*loaded);
    }

    const std::shared_ptr<runtime::LlmEndpoint> endpoint = chooseEndpoint();
    if (!endpoint)
        return ExitNotValid;

    std::unique_ptr<runtime::SandboxCluster> sandbox;
    if (cluster.chosen() && request.mode != AssistMode::Explain) {
        TopicSampler::Options sampling;
        std::string error;
        if (const int status = cluster.resolve(&sampling.properties, &error); status != ExitOk)
            return status == ExitUsage ? (std::fprintf(stderr, "pipewright-cli generate: %s\n", error.c_str()), ExitUsage)
                                       : fail("", error);
        sandbox = cluster.startSandbox(&error);
        if (cluster.sandbox && !sandbox)
            return fail("cannot start the sandbox: ", error);
        sampling.bootstrapServers = cluster.bootstrap;
        sampling.maxMessagesPerTopic = samples;
        if (!quiet)
            std::fprintf(stderr, "sampling topics at %s\n", cluster.bootstrap.c_str());
        request.topics = TopicSampler::sample(sampling, &error);
        if (!error.empty())
            std::fprintf(stderr, "pipewright-cli generate: warning: %s\n", error.c_str());
        if (!quiet)
            std::fprintf(stderr, "%zu topic(s) sampled\n", request.topics.size());
    }

    PipelineAssistant::Options options;
    options.endpoint = endpoint;
    options.repairRounds = rounds;
    options.stream = stream;
    options.contextTokens = context;
    if (!structured)
        options.structuredOutput = PipelineAssistant::Options::StructuredOutput::Never;
    PipelineAssistant assistant(options);
    terminal = !quiet && isatty(fileno(stderr));
    const AssistResult result = assistant.run(request, [this](const AssistProgress &p) { progress(p); });
    if (lineOpen)
        std::fputc('\n', stderr);

    if (!result.ok()) {
        std::fprintf(stderr, "pipewright-cli generate: %s\n", result.error.c_str());
        for (const auto &d : result.diagnostics)
            std::fprintf(stdout, "%s\n", formatDiagnostic(d).c_str());
        if (!result.lastAnswer.empty())
            std::fprintf(stderr, "The model's last answer:\n%s\n", result.lastAnswer.c_str());
        std::fflush(stdout);
        return ExitNotValid;
    }
    if (request.mode == AssistMode::Explain) {
        std::printf("%s\n", result.explanation.c_str());
        return ExitOk;
    }
    for (const auto &d : result.diagnostics)
        std::fprintf(stderr, "%s\n", formatDiagnostic(d).c_str());
    if (request.mode == AssistMode::Edit && !quiet)
        std::fprintf(stderr, "changes: %s\n", result.diff.summary().c_str());
    const std::string pipelineText = writePipelineText(*result.graph);
    if (output.empty()) {
        std::fputs(pipelineText.c_str(), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    const WriteResult written = writeFileAtomically(output, pipelineText);
    if (!written.ok)
        return fail("", written.error);
    if (!quiet)
        std::fprintf(stderr, "wrote %s\n", output.c_str());
    return ExitOk;
}

std::shared_ptr<runtime::LlmEndpoint> GenerateCommand::chooseEndpoint()
{
    auto endpoint = std::make_shared<runtime::LlmEndpoint>();
    if (!endpointsFile.empty()) {
        std::vector<runtime::LlmEndpoint> profiles;
        std::string error;
        if (!readLlmEndpoints(endpointsFile, &profiles, &error))
            return (fail("", error), nullptr);
        const runtime::LlmEndpoint *chosen = nullptr;
        std::string names;
        for (const auto &p : profiles) {
            names += (names.empty() ? "" : ", ") + p.name;
            if (p.name == profile || (profile.empty() && (profiles.size() == 1 || p.name == "default")))
                chosen = &p;
        }
        if (!chosen) {
            fail("", profile.empty() ? endpointsFile + " has several profiles (" + names + "); choose one with --profile"
                                     : endpointsFile + " has no profile \"" + profile + "\" (it has: " + names + ")");
            return nullptr;
        }
        *endpoint = *chosen;
    } else {
        endpoint->name = "assistant";
        if (endpointUrl.empty()) {
            const char *base = std::getenv("OPENAI_BASE_URL");
            endpointUrl = base && *base ? base : "https://api.openai.com/v1";
        }
        endpoint->baseUrl = endpointUrl;
        endpoint->model = "gpt-4o-mini";
        if (const char *key = std::getenv("OPENAI_API_KEY"); key && *key)
            endpoint->apiKeyRef = "env:OPENAI_API_KEY";
    }
    if (!model.empty())
        endpoint->model = model;
    if (!keyEnv.empty())
        endpoint->apiKeyRef = "env:" + keyEnv;
    if (endpoint->model.empty())
        return (fail("", "no model: the profile names none; give --model NAME"), nullptr);
    return endpoint;
}

// On a terminal one line shows where the request is and rewrites itself;
// piped (a log, a script), only the stage lines appear.
void GenerateCommand::progress(const AssistProgress &p)
{
    if (quiet)
        return;
    if (!terminal) {
        if (p.stage != AssistStage::Receiving)
            std::fprintf(stderr, "%s\n", p.message.c_str());
        return;
    }
    if (p.stage == AssistStage::Asking || p.stage == AssistStage::Repairing)
        received = 0;
    else if (p.stage == AssistStage::Receiving)
        received = p.tokens;
    std::fprintf(stderr, "\r\033[Kround %d of %d: %s — %d tokens received, %.1f s (request %d tokens)", p.round + 1,
                 p.rounds, p.message.c_str(), received, double(p.elapsedMillis) / 1000.0, p.promptTokens);
    lineOpen = true;
    if (p.stage == AssistStage::Finished) {
        std::fputc('\n', stderr);
        lineOpen = false;
    }
    std::fflush(stderr);
}
