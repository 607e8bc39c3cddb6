#include "pipeline/assist/pipelineassistant.h"
#include "pipeline/assist/topicsampler.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/runtime/clientproperties.h"
#include "pipeline/runtime/sandboxcluster.h"
#include "pipeline/serialization/pipelinereader.h"
#include "pipeline/serialization/pipelinewriter.h"

#include "llmendpointsfile.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using namespace pipeline;
using namespace pipeline::assist;

// Exit codes of `pipewright-cli generate` (also in --help).
enum GenerateExit { ExitOk = 0, ExitNotValid = 1, ExitUsage = 2 };

void printGenerateHelp()
{
    std::printf(
        "Usage: pipewright-cli generate \"DESCRIPTION\" [options]\n"
        "       pipewright-cli generate \"INSTRUCTION\" --edit FILE [options]\n"
        "       pipewright-cli generate [\"QUESTION\"] --explain FILE [options]\n\n"
        "Asks an OpenAI-compatible model for a pipeline, validates it against the node catalog and\n"
        "sends any problems back for repair (up to --rounds times). Prints the validated pipeline in\n"
        "canonical form, or the remaining diagnostics and the model's last answer.\n\n"
        "Options:\n"
        "  -o, --output FILE      write the pipeline to FILE (atomically) instead of stdout\n"
        "  --edit FILE            change the pipeline in FILE as the instruction says; the diff goes to stderr\n"
        "  --explain FILE         describe the pipeline in FILE in plain language\n"
        "  --llm-endpoints FILE   JSON array of LLM endpoint profiles, as for run (name, baseUrl, model,\n"
        "                         apiKeyRef as env:NAME, ...)\n"
        "  --profile NAME         the profile of --llm-endpoints to use (default: the only one, or \"default\")\n"
        "  --endpoint URL         base URL of the API without a profile file (default $OPENAI_BASE_URL or\n"
        "                         https://api.openai.com/v1), e.g. http://localhost:11434/v1 for Ollama\n"
        "  --model NAME           model (default: the profile's, else gpt-4o-mini)\n"
        "  --api-key-env NAME     environment variable holding the API key (default OPENAI_API_KEY when set)\n"
        "  --context N            the model's context in tokens, when the server does not report it (Ollama's\n"
        "                         OLLAMA_CONTEXT_LENGTH); a request that does not fit is refused, never cut\n"
        "  --no-stream            ask for the whole answer at once instead of streaming it\n"
        "  --bootstrap HOST:PORT  ground the prompt in this cluster's topics and sampled fields\n"
        "  --sandbox              ground in a fresh in-process sandbox cluster (it starts empty)\n"
        "  --config FILE          librdkafka client properties for --bootstrap (SASL/SSL)\n"
        "  --samples N            messages sampled per topic (default 20)\n"
        "  --rounds N             repair rounds after the first answer (default 3)\n"
        "  --no-structured-output never send response_format (for servers that mishandle it)\n"
        "  --language CODE        --explain: answer language (en, de, fr, ja, zh, ...)\n"
        "  -q, --quiet            no progress messages on stderr (on a terminal a progress line shows the\n"
        "                         round, the tokens received and the time; piped, only the stage lines)\n\n"
        "Examples:\n"
        "  pipewright-cli generate \"Read payments, keep amounts over 1000, write to payments.big\" -o big.pipeline.json\n"
        "  pipewright-cli generate \"mask the email before the LLM\" --edit support.pipeline.json -o support.pipeline.json\n"
        "  pipewright-cli generate --explain iot.pipeline.json --language de\n\n"
        "Exit status: 0 success; 1 no valid pipeline (diagnostics printed), the endpoint failed or a\n"
        "file could not be read or written; 2 bad usage.\n");
}

bool parseCount(const std::string &text, int minimum, int *out)
{
    char *end = nullptr;
    const long v = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end || v < minimum || v > 1000)
        return false;
    *out = int(v);
    return true;
}

int fail(const char *message, const std::string &detail = {})
{
    std::fprintf(stderr, "pipewright-cli generate: %s%s\n", message, detail.c_str());
    return ExitNotValid;
}

} // namespace

int runGenerateCommand(const std::vector<std::string> &args)
{
    std::string text, output, editFile, explainFile, endpointUrl, model, keyEnv, bootstrap, configFile, language,
        endpointsFile, profile;
    bool sandbox = false, quiet = false, structured = true, stream = true;
    int rounds = 3, samples = 20, context = 0;
    bool haveText = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        const bool hasValue = i + 1 < args.size();
        auto usage = [&](const char *what) {
            std::fprintf(stderr, "pipewright-cli generate: %s (see --help)\n", what);
            return ExitUsage;
        };
        if (a == "--help" || a == "-h") {
            printGenerateHelp();
            return ExitOk;
        } else if ((a == "-o" || a == "--output") && hasValue) {
            output = args[++i];
        } else if (a == "--edit" && hasValue) {
            editFile = args[++i];
        } else if (a == "--explain" && hasValue) {
            explainFile = args[++i];
        } else if (a == "--endpoint" && hasValue) {
            endpointUrl = args[++i];
        } else if (a == "--llm-endpoints" && hasValue) {
            endpointsFile = args[++i];
        } else if (a == "--profile" && hasValue) {
            profile = args[++i];
        } else if (a == "--no-stream") {
            stream = false;
        } else if (a == "--context" && hasValue) {
            char *end = nullptr;
            const long v = std::strtol(args[++i].c_str(), &end, 10);
            if (args[i].empty() || *end || v < 256 || v > 10'000'000)
                return usage("--context needs a number of tokens from 256 to 10000000");
            context = int(v);
        } else if (a == "--model" && hasValue) {
            model = args[++i];
        } else if (a == "--api-key-env" && hasValue) {
            keyEnv = args[++i];
        } else if (a == "--bootstrap" && hasValue) {
            bootstrap = args[++i];
        } else if (a == "--config" && hasValue) {
            configFile = args[++i];
        } else if (a == "--language" && hasValue) {
            language = args[++i];
        } else if (a == "--sandbox") {
            sandbox = true;
        } else if (a == "--no-structured-output") {
            structured = false;
        } else if (a == "-q" || a == "--quiet") {
            quiet = true;
        } else if (a == "--rounds" && hasValue) {
            if (!parseCount(args[++i], 0, &rounds))
                return usage("--rounds needs a number from 0 to 1000");
        } else if (a == "--samples" && hasValue) {
            if (!parseCount(args[++i], 1, &samples))
                return usage("--samples needs a number from 1 to 1000");
        } else if (!a.empty() && a[0] == '-' && a != "-") {
            std::fprintf(stderr, "pipewright-cli generate: unknown or incomplete option '%s' (see --help)\n", a.c_str());
            return ExitUsage;
        } else if (!haveText) {
            text = a;
            haveText = true;
        } else {
            return usage("expected one description in quotes");
        }
    }
    if (!editFile.empty() && !explainFile.empty())
        return (std::fprintf(stderr, "pipewright-cli generate: --edit and --explain exclude each other\n"), ExitUsage);
    if (!bootstrap.empty() && sandbox)
        return (std::fprintf(stderr, "pipewright-cli generate: use --bootstrap or --sandbox, not both\n"), ExitUsage);
    if (explainFile.empty() && (text.empty() || text.find_first_not_of(" \t\r\n") == std::string::npos))
        return (std::fprintf(stderr, "pipewright-cli generate: no description given (see --help)\n"), ExitUsage);

    AssistRequest request;
    request.text = text;
    request.language = language;
    request.mode = !editFile.empty() ? AssistMode::Edit : !explainFile.empty() ? AssistMode::Explain : AssistMode::Generate;
    if (request.mode != AssistMode::Generate) {
        const LoadResult loaded = readPipelineFile(request.mode == AssistMode::Edit ? editFile : explainFile);
        if (!loaded.ok()) {
            std::fputs(loaded.errorText().c_str(), stderr);
            return ExitNotValid;
        }
        request.current = *loaded.graph;
    }

    if (!profile.empty() && endpointsFile.empty())
        return (std::fprintf(stderr, "pipewright-cli generate: --profile needs --llm-endpoints FILE\n"), ExitUsage);
    if (!endpointsFile.empty() && !endpointUrl.empty())
        return (std::fprintf(stderr, "pipewright-cli generate: use --llm-endpoints or --endpoint, not both\n"), ExitUsage);
    auto endpoint = std::make_shared<runtime::LlmEndpoint>();
    if (!endpointsFile.empty()) {
        std::vector<runtime::LlmEndpoint> profiles;
        std::string error;
        if (!readLlmEndpointsFile(endpointsFile, &profiles, &error))
            return fail("", error);
        const runtime::LlmEndpoint *chosen = nullptr;
        std::string names;
        for (const auto &p : profiles) {
            names += (names.empty() ? "" : ", ") + p.name;
            if (p.name == profile || (profile.empty() && (profiles.size() == 1 || p.name == "default")))
                chosen = &p;
        }
        if (!chosen)
            return fail("", profile.empty() ? endpointsFile + " has several profiles (" + names + "); choose one with --profile"
                                            : endpointsFile + " has no profile \"" + profile + "\" (it has: " + names + ")");
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
        return fail("", "no model: the profile names none; give --model NAME");

    std::unique_ptr<runtime::SandboxCluster> cluster;
    if (sandbox) {
        std::string error;
        cluster = runtime::SandboxCluster::start(1, &error);
        if (!cluster)
            return fail("cannot start the sandbox: ", error);
        bootstrap = cluster->bootstrapServers();
    }
    if (!bootstrap.empty() && request.mode != AssistMode::Explain) {
        TopicSampler::Options sampling;
        sampling.bootstrapServers = bootstrap;
        sampling.maxMessagesPerTopic = samples;
        if (!configFile.empty()) {
            std::string error;
            if (!runtime::readClientProperties(configFile, &sampling.properties, &error))
                return fail("", error);
        }
        if (!quiet)
            std::fprintf(stderr, "sampling topics at %s\n", bootstrap.c_str());
        std::string error;
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
    // On a terminal one line shows where the request is and rewrites itself;
    // piped (a log, a script), only the stage lines appear, as before.
    const bool terminal = !quiet && isatty(fileno(stderr));
    bool lineOpen = false;
    int received = 0;
    const AssistResult result = assistant.run(request, [quiet, terminal, &lineOpen, &received](const AssistProgress &p) {
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
    });
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
