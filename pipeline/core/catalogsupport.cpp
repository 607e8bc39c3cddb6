#include "pipeline/core/catalogsupport.h"

#include <cctype>

// Descriptors use designated initializers; members left out keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace pipeline::catalogsupport {

Diagnostic &report(const SchemaContext &context, Severity severity, std::string code, std::string parameter,
                   std::string message)
{
    Diagnostic d;
    d.severity = severity;
    d.code = std::move(code);
    d.nodeId = context.node.id;
    d.parameter = std::move(parameter);
    d.message = std::move(message);
    context.diagnostics.push_back(std::move(d));
    return context.diagnostics.back();
}

const Schema &inputSchema(const SchemaContext &context, std::string_view port)
{
    static const Schema unknown = Schema::openSchema();
    auto it = context.inputs.find(std::string(port));
    return it == context.inputs.end() ? unknown : it->second;
}

const nlohmann::json &arrayParameter(const Node &node, std::string_view key)
{
    static const nlohmann::json empty = nlohmann::json::array();
    const auto *value = node.parameter(key);
    return value && value->is_array() ? *value : empty;
}

std::string itemString(const nlohmann::json &item, std::string_view key)
{
    if (!item.is_object())
        return {};
    auto it = item.find(key);
    return it != item.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<expr::Expression> parseQuietly(std::string_view text)
{
    bool blank = true;
    for (char c : text)
        blank = blank && std::isspace(static_cast<unsigned char>(c));
    if (blank)
        return std::nullopt;
    auto parsed = expr::parse(text);
    return parsed.ok() ? parsed.expression : std::nullopt;
}

FieldType expressionType(std::string_view text, const Schema &schema)
{
    auto expression = parseQuietly(text);
    if (!expression)
        return FieldType::Unknown;
    auto checked = expr::typeCheck(*expression, schema);
    return checked.ok() ? checked.type : FieldType::Unknown;
}

bool isFieldReference(std::string_view text, std::string *path)
{
    size_t pos = 0;
    auto skipSpace = [&] {
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos])))
            ++pos;
    };
    std::string result;
    skipSpace();
    bool expectSegment = true;
    while (pos < text.size()) {
        if (!expectSegment) {
            if (text[pos] != '.')
                break;
            result += '.';
            ++pos;
            expectSegment = true;
            continue;
        }
        if (text[pos] == '"') {
            ++pos;
            std::string segment;
            while (true) {
                if (pos >= text.size())
                    return false;
                if (text[pos] == '"') {
                    if (pos + 1 < text.size() && text[pos + 1] == '"') {
                        segment += '"';
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    break;
                }
                segment += text[pos++];
            }
            if (segment.empty())
                return false;
            result += segment;
        } else if (std::isalpha(static_cast<unsigned char>(text[pos])) || text[pos] == '_') {
            const size_t start = pos;
            while (pos < text.size() && (std::isalnum(static_cast<unsigned char>(text[pos])) || text[pos] == '_'))
                ++pos;
            std::string word(text.substr(start, pos - start));
            std::string upper;
            for (char c : word)
                upper += char(std::toupper(static_cast<unsigned char>(c)));
            // Literals and keywords are not fields, even where they look like words.
            if (result.empty() && (upper == "TRUE" || upper == "FALSE" || upper == "NULL" || upper == "NOT"
                                   || upper == "CASE" || upper == "CAST"))
                return false;
            result += word;
        } else {
            return false;
        }
        expectSegment = false;
    }
    skipSpace();
    if (pos != text.size() || expectSegment)
        return false;
    if (path)
        *path = std::move(result);
    return true;
}

std::string lastSegment(std::string_view dottedPath)
{
    size_t dot = dottedPath.rfind('.');
    return std::string(dot == std::string_view::npos ? dottedPath : dottedPath.substr(dot + 1));
}

bool fieldResolves(const Schema &schema, std::string_view path)
{
    if (schema.find(path))
        return true;
    // Walk as far as the declared structure goes; an undeclared level accepts anything.
    const std::vector<Field> *level = &schema.fields;
    bool levelOpen = schema.open;
    size_t start = 0;
    while (true) {
        size_t dot = path.find('.', start);
        std::string_view segment = path.substr(start, dot == std::string_view::npos ? path.npos : dot - start);
        const Field *found = nullptr;
        for (const auto &f : *level)
            if (f.name == segment)
                found = &f;
        if (!found)
            return levelOpen;
        if (dot == std::string_view::npos)
            return true;
        if (found->type == FieldType::Unknown)
            return true;
        if (found->type != FieldType::Object)
            return false;
        if (found->children.empty())
            return true;
        level = &found->children;
        levelOpen = false;
        start = dot + 1;
    }
}

bool exposesSensitive(const Field &field)
{
    if (field.masked)
        return false;
    if (field.sensitive)
        return true;
    for (const auto &child : field.children)
        if (exposesSensitive(child))
            return true;
    return false;
}

std::vector<std::string> sensitivePaths(const Schema &schema, const std::vector<std::string> &paths)
{
    std::vector<std::string> out;
    for (const auto &path : paths) {
        // A masked parent protects its children; a sensitive parent exposes them.
        const Field *field = nullptr;
        bool exposed = false;
        bool protectedByMask = false;
        std::string prefix;
        size_t start = 0;
        while (true) {
            size_t dot = path.find('.', start);
            prefix = path.substr(0, dot);
            field = schema.find(prefix);
            if (!field)
                break;
            if (field->masked)
                protectedByMask = true;
            if (field->sensitive)
                exposed = true;
            if (dot == std::string::npos)
                break;
            start = dot + 1;
        }
        if (field && prefix == path && exposesSensitive(*field))
            exposed = true;
        if (exposed && !protectedByMask)
            out.push_back(path);
    }
    return out;
}

std::vector<std::string> groupByColumnNames(const nlohmann::json &groupBy)
{
    std::vector<std::string> names;
    if (!groupBy.is_array())
        return names;
    int computed = 0;
    for (const auto &item : groupBy) {
        std::string path;
        if (item.is_string() && isFieldReference(item.get<std::string>(), &path))
            names.push_back(lastSegment(path));
        else
            names.push_back("key_" + std::to_string(++computed));
    }
    return names;
}

Field makeField(std::string name, FieldType type)
{
    Field f;
    f.name = std::move(name);
    f.type = type;
    return f;
}

ParameterDescriptor onErrorParameter()
{
    return {
        .key = "onError",
        .label = "On error",
        .type = ParameterType::Enum,
        .defaultValue = "dead-letter",
        .allowedValues = {"dead-letter", "skip", "stop"},
        .help = "What happens to a record this step fails on: dead-letter sends it with the error, node id "
                "and source offset to the pipeline's dead-letter topic; skip drops it (counted); stop halts the "
                "pipeline without committing the record's offset.",
    };
}

ParameterDescriptor endpointParameter()
{
    return {
        .key = "endpoint",
        .label = "Endpoint",
        .type = ParameterType::String,
        .defaultValue = "default",
        .help = "Name of the LLM endpoint profile from the settings (base URL, API key reference, default "
                "model) of any OpenAI-compatible service: OpenAI, Azure gateways, Ollama, vLLM, llama.cpp.",
    };
}

std::vector<ParameterDescriptor> aiCommonParameters()
{
    return {
        {
            .key = "maxRetries",
            .label = "Max retries",
            .type = ParameterType::Integer,
            .defaultValue = 3,
            .help = "How often a failed or timed-out call is retried before the record goes to the error "
                    "policy. 0 disables retries.",
            .minimum = 0,
            .maximum = 100,
        },
        {
            .key = "backoff",
            .label = "Backoff",
            .type = ParameterType::Duration,
            .defaultValue = "1s",
            .help = "Wait before the first retry, e.g. 500ms or 2s.",
        },
        {
            .key = "backoffStrategy",
            .label = "Backoff strategy",
            .type = ParameterType::Enum,
            .defaultValue = "exponential",
            .allowedValues = {"exponential", "fixed"},
            .help = "exponential doubles the wait after every failed attempt; fixed waits the same each time.",
        },
        {
            .key = "timeout",
            .label = "Timeout",
            .type = ParameterType::Duration,
            .defaultValue = "30s",
            .help = "Longest time one call may take before it counts as failed.",
        },
        {
            .key = "maxInFlight",
            .label = "Max in flight",
            .type = ParameterType::Integer,
            .defaultValue = 16,
            .help = "Calls running at the same time. Higher values raise throughput but also the load and "
                    "rate-limit pressure on the endpoint.",
            .minimum = 1,
            .maximum = 1024,
        },
        onErrorParameter(),
    };
}

} // namespace pipeline::catalogsupport
