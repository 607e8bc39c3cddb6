#include "pipeline/runtime/llm/llmoperatorfactory.h"

#include "pipeline/core/catalogsupport.h"
#include "pipeline/core/schemaparameter.h"
#include "pipeline/runtime/dataflow/standalonebuildcontext.h"
#include "pipeline/runtime/llm/embedoperator.h"
#include "pipeline/runtime/llm/llmclassifyoperator.h"
#include "pipeline/runtime/llm/llmextractoperator.h"
#include "pipeline/runtime/llm/llmpromptoperator.h"

namespace pipeline::runtime {

namespace {

LlmPromptOperator::Options promptOptions(OperatorBuildContext &ctx)
{
    LlmPromptOperator::Options o;
    o.systemPrompt = ctx.text("systemPrompt");
    o.userPrompt = ctx.text("userPrompt");
    o.temperature = ctx.number("temperature", 0.2);
    o.maxTokens = int(ctx.number("maxTokens", 512));
    o.outputField = ctx.text("outputField", "llm_output");
    o.json = ctx.text("outputMode", "text") == "json";
    const std::string schema = ctx.text("jsonSchema");
    if (o.json && !schema.empty()) {
        o.jsonSchema = nlohmann::json::parse(schema, nullptr, false);
        if (o.jsonSchema.is_discarded() || !o.jsonSchema.is_object())
            ctx.error("bad-value", "jsonSchema", "the JSON schema is not a JSON object");
    }
    return o;
}

LlmClassifyOperator::Options classifyOptions(OperatorBuildContext &ctx)
{
    LlmClassifyOperator::Options o;
    o.input = ctx.text("input");
    o.instructions = ctx.text("instructions");
    o.outputField = ctx.text("outputField", "label");
    for (const auto &item : ctx.items("labels")) {
        const std::string label = catalogsupport::itemString(item, "label");
        if (!label.empty())
            o.labels.push_back({label, catalogsupport::itemString(item, "description")});
    }
    if (o.labels.size() < 2)
        ctx.error("bad-value", "labels", "llm-classify needs at least two labels");
    return o;
}

LlmExtractOperator::Options extractOptions(OperatorBuildContext &ctx)
{
    LlmExtractOperator::Options o;
    o.input = ctx.text("input");
    o.instructions = ctx.text("instructions");
    o.fields = schemaFromParameter(ctx.param("fields")).fields;
    if (o.fields.empty())
        ctx.error("bad-value", "fields", "llm-extract needs at least one field to extract");
    return o;
}

EmbedOperator::Options embedOptions(OperatorBuildContext &ctx)
{
    EmbedOperator::Options o;
    o.outputField = ctx.text("outputField", "embedding");
    o.batchSize = int(ctx.number("batchSize", 32));
    o.text = ctx.expression(ctx.text("textField"), "textField");
    return o;
}

// Every AI kind is built the same way: the shared runtime, the node's endpoint
// configuration, then the kind's own options; any error and there is no operator.
template <class Op>
OperatorFactory llmFactory(typename Op::Options (*readOptions)(OperatorBuildContext &))
{
    return [readOptions](OperatorBuildContext &ctx) -> std::unique_ptr<Operator> {
        auto runtime = llmRuntimeFor(ctx);
        auto config = llmNodeConfig(ctx, *runtime);
        if (!config)
            return nullptr;
        auto options = readOptions(ctx);
        if (!ctx.ok())
            return nullptr;
        return std::make_unique<Op>(std::move(*config), runtime, std::move(options));
    };
}

} // namespace

void registerLlmOperators(OperatorRegistry &registry)
{
    registry.add("llm-prompt", llmFactory<LlmPromptOperator>(promptOptions));
    registry.add("llm-classify", llmFactory<LlmClassifyOperator>(classifyOptions));
    registry.add("llm-extract", llmFactory<LlmExtractOperator>(extractOptions));
    registry.add("embed", llmFactory<EmbedOperator>(embedOptions));
}

std::shared_ptr<LlmRuntime> llmRuntimeFor(OperatorBuildContext &ctx)
{
    return ctx.shared<LlmRuntime>({}, [&ctx] {
        auto runtime = std::make_shared<LlmRuntime>(ctx.setting<LlmSettings>());
        std::string error;
        if (!runtime->open(&error))
            ctx.error("llm-cache", {}, error);
        return runtime;
    });
}

std::optional<LlmNodeConfig> llmNodeConfig(OperatorBuildContext &ctx, LlmRuntime &runtime)
{
    const size_t problemsBefore = ctx.diagnostics().size();
    LlmNodeConfig config;
    config.nodeId = ctx.node().id;
    const std::string endpointName = ctx.text("endpoint", "default");
    config.endpoint = runtime.endpoint(endpointName.empty() ? "default" : endpointName);
    if (!config.endpoint) {
        ctx.error("unknown-endpoint", "endpoint",
                  "no LLM endpoint profile named '" + endpointName + "' (configure it in the settings or with --llm-endpoints)");
        return std::nullopt;
    }
    const std::string &kind = ctx.node().kind;
    config.model = ctx.text("model");
    if (config.model.empty())
        config.model = (kind == "embed" || kind == "vector-retrieve") && !config.endpoint->embeddingModel.empty()
            ? config.endpoint->embeddingModel
            : config.endpoint->model;
    if (config.model.empty())
        ctx.error("missing-parameter", "model", "no model: set the node's model or the endpoint profile's default model");
    config.retry.maxRetries = int(ctx.number("maxRetries", 3));
    config.retry.backoffMillis = ctx.duration("backoff", 1000);
    config.retry.exponential = ctx.text("backoffStrategy", "exponential") != "fixed";
    config.retry.timeoutMillis = ctx.duration("timeout", 30'000);
    config.maxInFlight = int(ctx.number("maxInFlight", 16));
    if (ctx.diagnostics().size() != problemsBefore)
        return std::nullopt;
    return config;
}

std::optional<LlmNodeConfig> llmNodeConfig(const Node &node, const NodeType &type, LlmRuntime &runtime,
                                           Diagnostics &diagnostics)
{
    StandaloneBuildContext ctx(node, type, diagnostics);
    return llmNodeConfig(ctx, runtime);
}

std::unique_ptr<Operator> createLlmOperator(const Node &node, const NodeType &type,
                                            const std::shared_ptr<LlmRuntime> &runtime, Diagnostics &diagnostics)
{
    StandaloneBuildContext ctx(node, type, diagnostics);
    ctx.services().shared<LlmRuntime>({}, [&] { return runtime; });
    OperatorRegistry registry;
    registerLlmOperators(registry);
    if (const OperatorFactory *factory = registry.find(node.kind))
        return (*factory)(ctx);
    ctx.error("unknown-kind", {}, "'" + node.kind + "' is not an LLM node kind");
    return nullptr;
}

} // namespace pipeline::runtime
