#include "pipeline/runtime/dataflow/operatorbuildcontext.h"

#include "pipeline/core/duration.h"

namespace pipeline::runtime {

nlohmann::json OperatorBuildContext::param(std::string_view key) const
{
    if (const nlohmann::json *v = node().parameter(key); v && !v->is_null())
        return *v;
    if (const ParameterDescriptor *p = type().parameter(key))
        return p->defaultValue;
    return nullptr;
}

std::string OperatorBuildContext::text(std::string_view key, std::string fallback) const
{
    const nlohmann::json v = param(key);
    return v.is_string() ? v.get<std::string>() : std::move(fallback);
}

double OperatorBuildContext::number(std::string_view key, double fallback) const
{
    const nlohmann::json v = param(key);
    return v.is_number() ? v.get<double>() : fallback;
}

nlohmann::json OperatorBuildContext::items(std::string_view key) const
{
    nlohmann::json v = param(key);
    return v.is_array() ? v : nlohmann::json::array();
}

std::int64_t OperatorBuildContext::duration(std::string_view key, std::int64_t fallback)
{
    const std::string t = text(key);
    if (t.empty())
        return fallback;
    auto parsed = parseDuration(t);
    if (!parsed) {
        error("bad-duration", std::string(key), "not a duration: " + t);
        return fallback;
    }
    return parsed->count();
}

expr::Expression OperatorBuildContext::expression(const nlohmann::json &text, const std::string &parameter)
{
    if (!text.is_string()) {
        error("missing-parameter", parameter, parameter + " needs an expression");
        return {};
    }
    auto parsed = expr::parse(text.get<std::string>());
    if (!parsed.ok()) {
        error("parse-error", parameter, parsed.error->message);
        diagnostics().back().span = parsed.error->span;
        return {};
    }
    return *parsed.expression;
}

std::optional<expr::Expression> OperatorBuildContext::optionalExpression(std::string_view key)
{
    const nlohmann::json v = param(key);
    if (!v.is_string() || v.get<std::string>().empty())
        return std::nullopt;
    return expression(v, std::string(key));
}

void OperatorBuildContext::error(std::string code, std::string parameter, std::string message)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.code = std::move(code);
    d.nodeId = node().id;
    d.parameter = std::move(parameter);
    d.message = std::move(message);
    diagnostics().push_back(std::move(d));
    m_ok = false;
}

} // namespace pipeline::runtime
