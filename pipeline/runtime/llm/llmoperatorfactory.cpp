#include "pipeline/runtime/llm/llmoperatorfactory.h"

#include "pipeline/core/catalogsupport.h"
#include "pipeline/core/duration.h"
#include "pipeline/core/schemaparameter.h"
#include "pipeline/expr/expression.h"
#include "pipeline/runtime/llm/embedoperator.h"
#include "pipeline/runtime/llm/llmclassifyoperator.h"
#include "pipeline/runtime/llm/llmextractoperator.h"
#include "pipeline/runtime/llm/llmpromptoperator.h"

namespace pipeline::runtime {

bool isLlmKind(std::string_view kind)
{
    return kind == "llm-prompt" || kind == "llm-classify" || kind == "llm-extract" || kind == "embed";
}

std::optional<LlmNodeConfig> llmNodeConfig(const Node &node, const NodeType &type, LlmRuntime &runtime,
                                           Diagnostics &diagnostics)
{
    bool ok = true;
    auto error = [&](std::string code, std::string parameter, std::string message) {
        Diagnostic d;
        d.severity = Severity::Error;
        d.code = std::move(code);
        d.nodeId = node.id;
        d.parameter = std::move(parameter);
        d.message = std::move(message);
        diagnostics.push_back(std::move(d));
        ok = false;
    };
    auto param = [&](std::string_view key) -> nlohmann::json {
        if (const nlohmann::json *v = node.parameter(key); v && !v->is_null())
            return *v;
        if (const ParameterDescriptor *p = type.parameter(key))
            return p->defaultValue;
        return nullptr;
    };
    auto text = [&](std::string_view key, std::string fallback = {}) {
        nlohmann::json v = param(key);
        return v.is_string() ? v.get<std::string>() : fallback;
    };
    auto number = [&](std::string_view key, double fallback) {
        nlohmann::json v = param(key);
        return v.is_number() ? v.get<double>() : fallback;
    };
    auto duration = [&](std::string_view key, std::int64_t fallback) -> std::int64_t {
        const std::string t = text(key);
        if (t.empty())
            return fallback;
        auto parsed = parseDuration(t);
        if (!parsed) {
            error("bad-duration", std::string(key), "not a duration: " + t);
            return fallback;
        }
        return parsed->count();
    };

    LlmNodeConfig config;
    config.nodeId = node.id;
    const std::string endpointName = text("endpoint", "default");
    config.endpoint = runtime.endpoint(endpointName.empty() ? "default" : endpointName);
    if (!config.endpoint) {
        error("unknown-endpoint", "endpoint",
              "no LLM endpoint profile named '" + endpointName + "' (configure it in the settings or with --llm-endpoints)");
        return std::nullopt;
    }
    config.model = text("model");
    if (config.model.empty())
        config.model = (node.kind == "embed" || node.kind == "vector-retrieve") && !config.endpoint->embeddingModel.empty()
            ? config.endpoint->embeddingModel
            : config.endpoint->model;
    if (config.model.empty())
        error("missing-parameter", "model", "no model: set the node's model or the endpoint profile's default model");
    config.retry.maxRetries = int(number("maxRetries", 3));
    config.retry.backoffMillis = duration("backoff", 1000);
    config.retry.exponential = text("backoffStrategy", "exponential") != "fixed";
    config.retry.timeoutMillis = duration("timeout", 30'000);
    config.maxInFlight = int(number("maxInFlight", 16));
    if (!ok)
        return std::nullopt;
    return config;
}

std::unique_ptr<Operator> createLlmOperator(const Node &node, const NodeType &type,
                                            const std::shared_ptr<LlmRuntime> &runtime, Diagnostics &diagnostics)
{
    bool ok = true;
    auto error = [&](std::string code, std::string parameter, std::string message) {
        Diagnostic d;
        d.severity = Severity::Error;
        d.code = std::move(code);
        d.nodeId = node.id;
        d.parameter = std::move(parameter);
        d.message = std::move(message);
        diagnostics.push_back(std::move(d));
        ok = false;
    };
    auto param = [&](std::string_view key) -> nlohmann::json {
        if (const nlohmann::json *v = node.parameter(key); v && !v->is_null())
            return *v;
        if (const ParameterDescriptor *p = type.parameter(key))
            return p->defaultValue;
        return nullptr;
    };
    auto text = [&](std::string_view key, std::string fallback = {}) {
        nlohmann::json v = param(key);
        return v.is_string() ? v.get<std::string>() : fallback;
    };
    auto number = [&](std::string_view key, double fallback) {
        nlohmann::json v = param(key);
        return v.is_number() ? v.get<double>() : fallback;
    };
    auto maybeConfig = llmNodeConfig(node, type, *runtime, diagnostics);
    if (!maybeConfig)
        return nullptr;
    LlmNodeConfig config = std::move(*maybeConfig);

    if (node.kind == "llm-prompt") {
        LlmPromptOperator::Options o;
        o.systemPrompt = text("systemPrompt");
        o.userPrompt = text("userPrompt");
        o.temperature = number("temperature", 0.2);
        o.maxTokens = int(number("maxTokens", 512));
        o.outputField = text("outputField", "llm_output");
        o.json = text("outputMode", "text") == "json";
        const std::string schema = text("jsonSchema");
        if (o.json && !schema.empty()) {
            o.jsonSchema = nlohmann::json::parse(schema, nullptr, false);
            if (o.jsonSchema.is_discarded() || !o.jsonSchema.is_object())
                error("bad-value", "jsonSchema", "the JSON schema is not a JSON object");
        }
        if (!ok)
            return nullptr;
        return std::make_unique<LlmPromptOperator>(std::move(config), runtime, std::move(o));
    }
    if (node.kind == "llm-classify") {
        LlmClassifyOperator::Options o;
        o.input = text("input");
        o.instructions = text("instructions");
        o.outputField = text("outputField", "label");
        nlohmann::json labels = param("labels");
        if (labels.is_array())
            for (const auto &item : labels) {
                const std::string label = catalogsupport::itemString(item, "label");
                if (!label.empty())
                    o.labels.push_back({label, catalogsupport::itemString(item, "description")});
            }
        if (o.labels.size() < 2)
            error("bad-value", "labels", "llm-classify needs at least two labels");
        if (!ok)
            return nullptr;
        return std::make_unique<LlmClassifyOperator>(std::move(config), runtime, std::move(o));
    }
    if (node.kind == "llm-extract") {
        LlmExtractOperator::Options o;
        o.input = text("input");
        o.instructions = text("instructions");
        o.fields = schemaFromParameter(param("fields")).fields;
        if (o.fields.empty())
            error("bad-value", "fields", "llm-extract needs at least one field to extract");
        if (!ok)
            return nullptr;
        return std::make_unique<LlmExtractOperator>(std::move(config), runtime, std::move(o));
    }
    if (node.kind == "embed") {
        EmbedOperator::Options o;
        o.outputField = text("outputField", "embedding");
        o.batchSize = int(number("batchSize", 32));
        const std::string expression = text("textField");
        auto parsed = expr::parse(expression);
        if (!parsed.ok()) {
            error("parse-error", "textField", parsed.error->message);
            diagnostics.back().span = parsed.error->span;
        } else {
            o.text = *parsed.expression;
        }
        if (!ok)
            return nullptr;
        return std::make_unique<EmbedOperator>(std::move(config), runtime, std::move(o));
    }
    error("unknown-kind", {}, "'" + node.kind + "' is not an LLM node kind");
    return nullptr;
}

} // namespace pipeline::runtime
