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
    std::string text, output, editFile, explainFile, endpointUrl, model = "gpt-4o-mini", keyEnv, language;
    ClusterOptions cluster;
    bool quiet = false, structured = true;
    int rounds = 3, samples = 20;

    int run();
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
    command.add_option("--endpoint", c->endpointUrl,
                       "base URL of the API (default $OPENAI_BASE_URL or https://api.openai.com/v1), e.g. "
                       "http://localhost:11434/v1 for Ollama")
        ->type_name("URL");
    command.add_option("--model", c->model, "model (default gpt-4o-mini)")->type_name("NAME");
    command.add_option("--api-key-env", c->keyEnv,
                       "environment variable holding the API key (default OPENAI_API_KEY when set)")
        ->type_name("NAME");
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
    command.add_flag("-q,--quiet", c->quiet, "no progress messages on stderr");
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

    auto endpoint = std::make_shared<runtime::LlmEndpoint>();
    endpoint->name = "assistant";
    if (endpointUrl.empty()) {
        const char *base = std::getenv("OPENAI_BASE_URL");
        endpointUrl = base && *base ? base : "https://api.openai.com/v1";
    }
    endpoint->baseUrl = endpointUrl;
    endpoint->model = model;
    if (!keyEnv.empty())
        endpoint->apiKeyRef = "env:" + keyEnv;
    else if (const char *key = std::getenv("OPENAI_API_KEY"); key && *key)
        endpoint->apiKeyRef = "env:OPENAI_API_KEY";

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
    if (!structured)
        options.structuredOutput = PipelineAssistant::Options::StructuredOutput::Never;
    PipelineAssistant assistant(options);
    const AssistResult result = assistant.run(request, [this](const AssistProgress &p) {
        if (!quiet)
            std::fprintf(stderr, "%s\n", p.message.c_str());
    });

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
