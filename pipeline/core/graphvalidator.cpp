#include "pipeline/core/graphvalidator.h"

#include "pipeline/core/catalogsupport.h"
#include "pipeline/core/duration.h"
#include "pipeline/core/graphalgorithms.h"
#include "pipeline/core/schemainference.h"
#include "pipeline/core/schemaparameter.h"
#include "pipeline/core/templateplaceholders.h"
#include "pipeline/expr/expression.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace pipeline {

using namespace catalogsupport;

namespace {

std::string inQuotes(std::string_view s)
{
    return "\"" + std::string(s) + "\"";
}

std::string jsonTypeName(const nlohmann::json &value)
{
    if (value.is_string())
        return "text";
    if (value.is_boolean())
        return "true/false";
    if (value.is_number())
        return "a number";
    if (value.is_array())
        return "a list";
    if (value.is_object())
        return "an object";
    return "null";
}

bool isBlank(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

bool isIdentifierChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// Where a referenced field appears in an expression's text, skipping string
// literals, so an unknown-field diagnostic can underline it.
std::optional<std::pair<size_t, size_t>> locateField(std::string_view text, const std::string &path)
{
    const std::string quotedPath = "\"" + path + "\"";
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\'') {
            inString = !inString;
            continue;
        }
        if (inString)
            continue;
        if (text.compare(i, quotedPath.size(), quotedPath) == 0)
            return std::make_pair(i, quotedPath.size());
        if (text.compare(i, path.size(), path) == 0 && (i == 0 || (!isIdentifierChar(text[i - 1]) && text[i - 1] != '.'))
            && (i + path.size() == text.size() || !isIdentifierChar(text[i + path.size()])))
            return std::make_pair(i, path.size());
    }
    return std::nullopt;
}

bool mentionsUnknownField(const std::string &message)
{
    std::string lower;
    for (char c : message)
        lower += char(std::tolower(static_cast<unsigned char>(c)));
    return lower.find("unknown field") != std::string::npos || lower.find("no field") != std::string::npos
        || lower.find("not found") != std::string::npos;
}

/// Runs the checks of validateGraph over one graph; one instance per call.
class Validator {
public:
    Validator(const Graph &graph, const Catalog &catalog)
        : m_graph(graph)
        , m_catalog(catalog)
        , m_schemas(inferSchemas(graph, catalog))
    {}

    ValidationResult run()
    {
        checkEdges();
        checkCycles();
        checkProcessingGuarantee();
        const std::set<std::string> reachable = reachableFromSources(m_graph, m_catalog);
        for (const auto &[id, node] : m_graph.nodes()) {
            const NodeType *type = m_catalog.find(node.kind);
            if (!type) {
                add(Severity::Error, "unknown-kind", id, {}, "unknown node kind " + inQuotes(node.kind), {node.kind});
                continue;
            }
            const bool unconnected = checkInputs(node, *type);
            checkParameters(node, *type);
            checkWithSchemas(node, *type);
            if (!unconnected && type->category != Category::Source && !reachable.count(id)) {
                add(Severity::Warning, "unreachable", id, {},
                    type->category == Category::Sink ? "no source feeds this sink; it will never receive records"
                                                     : "no source feeds this node; it will never receive records");
            }
        }
        for (auto &d : m_schemas.diagnostics)
            m_diagnostics.push_back(std::move(d));

        ValidationResult result;
        result.diagnostics = std::move(m_diagnostics);
        result.outputSchemas = std::move(m_schemas.outputSchemas);
        result.inputSchemas = std::move(m_schemas.inputSchemas);
        return result;
    }

private:
    Diagnostic &add(Severity severity, std::string code, std::string nodeId, std::string parameter,
                    std::string message, std::vector<std::string> args = {})
    {
        Diagnostic d;
        d.severity = severity;
        d.code = std::move(code);
        d.nodeId = std::move(nodeId);
        d.parameter = std::move(parameter);
        d.message = std::move(message);
        d.args = std::move(args);
        m_diagnostics.push_back(std::move(d));
        return m_diagnostics.back();
    }

    // ---- pipeline settings --------------------------------------------------

    // settings.processingGuarantee: "at-least-once" (the default) or
    // "exactly-once", which every node must be able to take part in.
    void checkProcessingGuarantee()
    {
        auto it = m_graph.settings.find("processingGuarantee");
        if (it == m_graph.settings.end() || it->is_null())
            return;
        const std::string value = it->is_string() ? it->get<std::string>() : it->dump();
        if (value != "at-least-once" && value != "exactly-once") {
            add(Severity::Error, "bad-enum-value", {}, "settings.processingGuarantee",
                inQuotes(value) + " is not a processing guarantee; use \"at-least-once\" or \"exactly-once\"",
                {value, "at-least-once, exactly-once"});
            return;
        }
        if (value != "exactly-once")
            return;
        for (const auto &[id, node] : m_graph.nodes()) {
            const NodeType *type = m_catalog.find(node.kind);
            if (!type || type->transactionRole == TransactionRole::Joins)
                continue;
            const bool refused = type->transactionRole == TransactionRole::Refused;
            add(refused ? Severity::Error : Severity::Warning,
                refused ? "not-transactional" : "repeats-after-crash", id, {},
                refused ? "exactly-once cannot include a " + node.kind + " node: it " + type->transactionNote
                        : "under exactly-once, this " + node.kind + " node " + type->transactionNote,
                {node.kind, type->transactionNote});
        }
    }

    // ---- edges and structure ------------------------------------------------

    void checkEdges()
    {
        for (const auto &[id, e] : m_graph.edges()) {
            const Node *from = m_graph.node(e.from.node);
            const Node *to = m_graph.node(e.to.node);
            if (!from) {
                add(Severity::Error, "dangling-edge", {}, {},
                    "edge " + inQuotes(id) + " starts at unknown node " + inQuotes(e.from.node), {e.from.node})
                    .edgeId = id;
                continue;
            }
            if (!to) {
                add(Severity::Error, "dangling-edge", {}, {},
                    "edge " + inQuotes(id) + " ends at unknown node " + inQuotes(e.to.node), {e.to.node})
                    .edgeId = id;
                continue;
            }
            if (const NodeType *type = m_catalog.find(from->kind); type && !type->hasOutput(*from, e.from.port)) {
                if (type->input(e.from.port))
                    add(Severity::Error, "incompatible-edge", from->id, {},
                        "edge " + inQuotes(id) + " starts at input port " + inQuotes(e.from.port)
                            + "; edges go from an output to an input",
                        {e.from.port})
                        .edgeId = id;
                else
                    add(Severity::Error, "dangling-edge", from->id, {},
                        "edge " + inQuotes(id) + " starts at port " + inQuotes(e.from.port) + ", which "
                            + inQuotes(from->id) + " does not have",
                        {e.from.port})
                        .edgeId = id;
            }
            if (const NodeType *type = m_catalog.find(to->kind); type && !type->input(e.to.port)) {
                if (type->category == Category::Source)
                    add(Severity::Error, "incompatible-edge", to->id, {},
                        "edge " + inQuotes(id) + " enters source " + inQuotes(to->id) + "; sources have no inputs")
                        .edgeId = id;
                else if (type->hasOutput(*to, e.to.port))
                    add(Severity::Error, "incompatible-edge", to->id, {},
                        "edge " + inQuotes(id) + " ends at output port " + inQuotes(e.to.port)
                            + "; edges go from an output to an input",
                        {e.to.port})
                        .edgeId = id;
                else
                    add(Severity::Error, "dangling-edge", to->id, {},
                        "edge " + inQuotes(id) + " ends at port " + inQuotes(e.to.port) + ", which "
                            + inQuotes(to->id) + " does not have",
                        {e.to.port})
                        .edgeId = id;
            }
        }
    }

    void checkCycles()
    {
        for (const auto &cycle : findCycles(m_graph)) {
            std::string loop;
            for (const auto &id : cycle)
                loop += id + " -> ";
            loop += cycle.front();
            add(Severity::Error, "cycle", cycle.front(), {},
                "the pipeline loops: " + loop + "; records would circle forever", cycle);
        }
    }

    // Returns true when a required input is unconnected.
    bool checkInputs(const Node &node, const NodeType &type)
    {
        bool unconnected = false;
        for (const auto &port : type.inputs) {
            const auto edges = m_graph.edgesInto(node.id, port.key);
            if (edges.empty() && !port.optional) {
                unconnected = true;
                add(Severity::Error, "unconnected-input", node.id, {},
                    type.inputs.size() == 1 ? "input is not connected"
                                            : "input " + inQuotes(port.key) + " is not connected",
                    {port.key});
            }
            if (edges.size() > 1 && port.cardinality == Cardinality::One) {
                add(Severity::Error, "too-many-edges", node.id, {},
                    "input " + inQuotes(port.key) + " accepts one edge but has " + std::to_string(edges.size()),
                    {port.key, std::to_string(edges.size())})
                    .edgeId = edges[1]->id;
            }
        }
        return unconnected;
    }

    // ---- parameter values ---------------------------------------------------

    void checkParameters(const Node &node, const NodeType &type)
    {
        if (!node.parameters.is_object() && !node.parameters.is_null()) {
            add(Severity::Error, "bad-parameter-type", node.id, {}, "parameters must be an object");
            return;
        }
        checkObject(node.id, type.parameters, node.parameters, {});
    }

    void checkObject(const std::string &nodeId, const std::vector<ParameterDescriptor> &descriptors,
                     const nlohmann::json &object, const std::string &prefix)
    {
        for (const auto &p : descriptors) {
            const std::string key = prefix + p.key;
            const nlohmann::json *value = nullptr;
            if (object.is_object()) {
                auto it = object.find(p.key);
                if (it != object.end() && !it->is_null())
                    value = &*it;
            }
            if (!value) {
                if (p.required && p.defaultValue.is_null() && visible(p, descriptors, object))
                    add(Severity::Error, "missing-parameter", nodeId, key, "required parameter " + inQuotes(p.label)
                                                                               + " (" + p.key + ") is not set");
                continue;
            }
            if (value->is_string() && isBlank(value->get<std::string>()) && !visible(p, descriptors, object))
                continue; // an emptied field of another template
            checkValue(nodeId, p, *value, key);
        }
        if (!object.is_object())
            return;
        for (const auto &[k, v] : object.items()) {
            const bool known = std::any_of(descriptors.begin(), descriptors.end(),
                                           [&name = k](const ParameterDescriptor &p) { return p.key == name; });
            if (!known)
                add(Severity::Warning, "unknown-parameter", nodeId, prefix + k,
                    "unknown parameter " + inQuotes(k) + " is ignored", {k});
        }
    }

    // A parameter shown only for some values of another (a connector template's
    // properties) is required only while it is shown.
    static bool visible(const ParameterDescriptor &p, const std::vector<ParameterDescriptor> &descriptors,
                        const nlohmann::json &object)
    {
        if (p.visibleWhenKey.empty())
            return true;
        nlohmann::json controlling;
        if (object.is_object())
            controlling = object.value(p.visibleWhenKey, nlohmann::json());
        if (controlling.is_null())
            for (const auto &d : descriptors)
                if (d.key == p.visibleWhenKey)
                    controlling = d.defaultValue;
        if (!controlling.is_string())
            return true;
        const std::string value = controlling.get<std::string>();
        return std::find(p.visibleWhenValues.begin(), p.visibleWhenValues.end(), value) != p.visibleWhenValues.end();
    }

    void badType(const std::string &nodeId, const ParameterDescriptor &p, const nlohmann::json &value,
                 const std::string &key, std::string_view expected)
    {
        add(Severity::Error, "bad-parameter-type", nodeId, key,
            inQuotes(p.label) + " must be " + std::string(expected) + ", not " + jsonTypeName(value),
            {std::string(parameterTypeName(p.type))});
    }

    void checkValue(const std::string &nodeId, const ParameterDescriptor &p, const nlohmann::json &value,
                    const std::string &key)
    {
        switch (p.type) {
        case ParameterType::String:
        case ParameterType::Text:
        case ParameterType::SecretRef:
        case ParameterType::Expression:
            if (!value.is_string())
                return badType(nodeId, p, value, key, "text");
            if (p.required && isBlank(value.get<std::string>()))
                add(Severity::Error, "missing-parameter", nodeId, key,
                    "required parameter " + inQuotes(p.label) + " (" + p.key + ") is empty");
            return;
        case ParameterType::Integer:
            if (!value.is_number() || (value.is_number_float() && std::trunc(value.get<double>()) != value.get<double>()))
                return badType(nodeId, p, value, key, "a whole number");
            return checkRange(nodeId, p, value.get<double>(), key);
        case ParameterType::Number:
            if (!value.is_number())
                return badType(nodeId, p, value, key, "a number");
            return checkRange(nodeId, p, value.get<double>(), key);
        case ParameterType::Boolean:
            if (!value.is_boolean())
                return badType(nodeId, p, value, key, "true or false");
            return;
        case ParameterType::Enum: {
            if (!value.is_string())
                return badType(nodeId, p, value, key, "one of the listed values");
            const std::string s = value.get<std::string>();
            if (std::find(p.allowedValues.begin(), p.allowedValues.end(), s) == p.allowedValues.end()) {
                std::string allowed;
                for (const auto &a : p.allowedValues)
                    allowed += (allowed.empty() ? "" : ", ") + a;
                add(Severity::Error, "bad-enum-value", nodeId, key,
                    inQuotes(s) + " is not a valid " + p.label + "; use one of: " + allowed, {s, allowed});
            }
            return;
        }
        case ParameterType::Duration:
            if (!value.is_string())
                return badType(nodeId, p, value, key, "a duration such as 10s");
            if (!parseDuration(value.get<std::string>()))
                add(Severity::Error, "bad-duration", nodeId, key,
                    inQuotes(value.get<std::string>()) + " is not a duration; write e.g. 500ms, 10s, 1m, 2h or 1d",
                    {value.get<std::string>()});
            return;
        case ParameterType::StringList:
        case ParameterType::ExpressionList:
            if (!value.is_array())
                return badType(nodeId, p, value, key, "a list of texts");
            for (size_t i = 0; i < value.size(); ++i) {
                const std::string itemKey = key + "[" + std::to_string(i) + "]";
                if (!value[i].is_string())
                    add(Severity::Error, "bad-parameter-type", nodeId, itemKey,
                        "entries of " + inQuotes(p.label) + " must be text, not " + jsonTypeName(value[i]));
                else if (p.type == ParameterType::ExpressionList && isBlank(value[i].get<std::string>()))
                    add(Severity::Error, "missing-parameter", nodeId, itemKey,
                        "entry " + std::to_string(i + 1) + " of " + inQuotes(p.label) + " is empty");
            }
            return checkCount(nodeId, p, value.size(), key);
        case ParameterType::ItemList:
            if (!value.is_array())
                return badType(nodeId, p, value, key, "a list");
            for (size_t i = 0; i < value.size(); ++i) {
                const std::string itemKey = key + "[" + std::to_string(i) + "]";
                if (!value[i].is_object()) {
                    add(Severity::Error, "bad-parameter-type", nodeId, itemKey,
                        "entries of " + inQuotes(p.label) + " must be objects, not " + jsonTypeName(value[i]));
                    continue;
                }
                checkObject(nodeId, p.itemFields, value[i], itemKey + ".");
            }
            return checkCount(nodeId, p, value.size(), key);
        case ParameterType::Schema: {
            if (!value.is_array())
                return badType(nodeId, p, value, key, "a list of field declarations");
            std::vector<SchemaParameterError> errors;
            schemaFromParameter(value, &errors);
            for (const auto &e : errors)
                add(Severity::Error, "bad-schema", nodeId, key + e.path, e.message);
            return checkCount(nodeId, p, value.size(), key);
        }
        }
    }

    void checkRange(const std::string &nodeId, const ParameterDescriptor &p, double v, const std::string &key)
    {
        auto number = [](double d) {
            std::string s = std::to_string(d);
            s.erase(s.find_last_not_of('0') + 1);
            if (!s.empty() && s.back() == '.')
                s.pop_back();
            return s;
        };
        if (p.minimum && v < *p.minimum)
            add(Severity::Error, "out-of-range", nodeId, key,
                inQuotes(p.label) + " must be at least " + number(*p.minimum) + ", not " + number(v));
        else if (p.maximum && v > *p.maximum)
            add(Severity::Error, "out-of-range", nodeId, key,
                inQuotes(p.label) + " must be at most " + number(*p.maximum) + ", not " + number(v));
    }

    void checkCount(const std::string &nodeId, const ParameterDescriptor &p, size_t count, const std::string &key)
    {
        if (int(count) < p.minItems)
            add(Severity::Error, "too-few-items", nodeId, key,
                inQuotes(p.label) + " needs at least " + std::to_string(p.minItems)
                    + (p.minItems == 1 ? " entry" : " entries") + ", has " + std::to_string(count),
                {std::to_string(p.minItems), std::to_string(count)});
    }

    // ---- expressions, templates, PII, kind checks ---------------------------

    void checkWithSchemas(const Node &node, const NodeType &type)
    {
        const auto inputs = m_schemas.inputsOf(node, type);
        if (node.parameters.is_object())
            checkTexts(node, type, inputs, type.parameters, node.parameters, {}, {});
        if (type.check) {
            SchemaContext context{node, inputs, m_diagnostics};
            type.check(context);
        }
    }

    const Schema &schemaFor(const NodeType &type, const std::map<std::string, Schema> &inputs,
                            const std::string &port)
    {
        static const Schema unknown = Schema::openSchema();
        std::string key = port;
        if (key.empty() && !type.inputs.empty())
            key = type.inputs.front().key;
        auto it = inputs.find(key);
        return it == inputs.end() ? unknown : it->second;
    }

    void checkTexts(const Node &node, const NodeType &type, const std::map<std::string, Schema> &inputs,
                    const std::vector<ParameterDescriptor> &descriptors, const nlohmann::json &object,
                    const std::string &prefix, const std::string &inheritedPort)
    {
        for (const auto &p : descriptors) {
            auto it = object.find(p.key);
            if (it == object.end() || it->is_null())
                continue;
            const std::string key = prefix + p.key;
            const std::string port = p.schemaPort.empty() ? inheritedPort : p.schemaPort;
            const Schema &schema = schemaFor(type, inputs, port);
            const nlohmann::json &value = *it;
            if (p.type == ParameterType::Expression && value.is_string()) {
                checkExpression(node, p, value.get<std::string>(), key, schema);
            } else if (p.type == ParameterType::ExpressionList && value.is_array()) {
                for (size_t i = 0; i < value.size(); ++i)
                    if (value[i].is_string())
                        checkExpression(node, p, value[i].get<std::string>(), key + "[" + std::to_string(i) + "]",
                                        schema);
            } else if (p.type == ParameterType::ItemList && value.is_array()) {
                for (size_t i = 0; i < value.size(); ++i)
                    if (value[i].is_object())
                        checkTexts(node, type, inputs, p.itemFields, value[i],
                                   key + "[" + std::to_string(i) + "].", port);
            } else if (p.templated && value.is_string()) {
                checkTemplate(node, p, value.get<std::string>(), key, schema);
            }
        }
    }

    void checkExpression(const Node &node, const ParameterDescriptor &p, const std::string &text,
                         const std::string &key, const Schema &schema)
    {
        if (isBlank(text))
            return; // required-ness is checked with the other parameter values
        const auto parsed = expr::parse(text);
        if (!parsed.ok()) {
            const std::string message = parsed.error ? parsed.error->message : std::string("cannot parse");
            auto &d = add(Severity::Error, "parse-error", node.id, key,
                          inQuotes(p.label) + ": " + message, {message});
            if (parsed.error)
                d.span = parsed.error->span;
            return;
        }
        const expr::Expression &expression = *parsed.expression;
        const auto referenced = expression.referencedFields();

        bool unknownFields = false;
        for (const auto &path : referenced) {
            if (fieldResolves(schema, path))
                continue;
            unknownFields = true;
            auto &d = add(Severity::Error, "unknown-field", node.id, key,
                          "unknown field " + inQuotes(path) + " in " + inQuotes(p.label) + suggestion(schema, path),
                          {path});
            if (auto where = locateField(text, path))
                d.span = spanInText(text, where->first, where->second);
            else
                d.span = spanInText(text, 0, text.size());
        }
        if (p.sentToLlm)
            checkPii(node, p, text, key, schema, referenced, false);
        if (unknownFields)
            return; // type errors would only repeat the unknown field

        const auto checked = expr::typeCheck(expression, schema);
        for (const auto &error : checked.errors) {
            auto &d = add(Severity::Error, mentionsUnknownField(error.message) ? "unknown-field" : "type-mismatch",
                          node.id, key, inQuotes(p.label) + ": " + error.message, {error.message});
            d.span = error.span;
        }
        if (!checked.ok() || p.expressionType == FieldType::Unknown || checked.type == FieldType::Unknown)
            return;
        if (!isAssignable(checked.type, p.expressionType)) {
            auto &d = add(Severity::Error, "type-mismatch", node.id, key,
                          inQuotes(p.label) + " must be " + std::string(fieldTypeName(p.expressionType)) + ", but "
                              + inQuotes(text) + " is " + std::string(fieldTypeName(checked.type)),
                          {std::string(fieldTypeName(p.expressionType)), std::string(fieldTypeName(checked.type))});
            d.span = spanInText(text, 0, text.size());
        }
    }

    void checkTemplate(const Node &node, const ParameterDescriptor &p, const std::string &text,
                       const std::string &key, const Schema &schema)
    {
        std::vector<std::string> resolved;
        for (const auto &placeholder : scanPlaceholders(text)) {
            if (!fieldResolves(schema, placeholder.field)) {
                auto &d = add(Severity::Error, "unknown-placeholder", node.id, key,
                              "placeholder {{" + placeholder.field + "}} in " + inQuotes(p.label)
                                  + " names no field of the input" + suggestion(schema, placeholder.field),
                              {placeholder.field});
                d.span = spanInText(text, placeholder.offset, placeholder.length);
                continue;
            }
            resolved.push_back(placeholder.field);
        }
        if (p.sentToLlm)
            checkPii(node, p, text, key, schema, resolved, true);
    }

    void checkPii(const Node &node, const ParameterDescriptor &p, const std::string &text, const std::string &key,
                  const Schema &schema, const std::vector<std::string> &paths, bool isTemplate)
    {
        std::set<std::string> reported;
        for (const auto &path : sensitivePaths(schema, paths)) {
            if (!reported.insert(path).second)
                continue;
            auto &d = add(Severity::Error, "pii-leak", node.id, key,
                          "field " + inQuotes(path) + " is marked sensitive and would be sent to the model unmasked; "
                              "mask it upstream (mask node) or remove it from " + inQuotes(p.label),
                          {path});
            if (isTemplate) {
                for (const auto &placeholder : scanPlaceholders(text))
                    if (placeholder.field == path) {
                        d.span = spanInText(text, placeholder.offset, placeholder.length);
                        break;
                    }
            } else if (auto where = locateField(text, path)) {
                d.span = spanInText(text, where->first, where->second);
            }
        }
    }

    // "; did you mean "temperature"?" for a near miss (edit distance <= 2).
    static std::string suggestion(const Schema &schema, const std::string &path)
    {
        auto distance = [](const std::string &a, const std::string &b) {
            std::vector<size_t> row(b.size() + 1);
            for (size_t j = 0; j <= b.size(); ++j)
                row[j] = j;
            for (size_t i = 1; i <= a.size(); ++i) {
                size_t diagonal = row[0];
                row[0] = i;
                for (size_t j = 1; j <= b.size(); ++j) {
                    size_t up = row[j];
                    row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                                       diagonal + (std::tolower(a[i - 1]) == std::tolower(b[j - 1]) ? 0 : 1)});
                    diagonal = up;
                }
            }
            return row[b.size()];
        };
        std::string best;
        size_t bestDistance = 3;
        for (const auto &candidate : schema.paths()) {
            size_t d = distance(path, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best.empty() ? std::string() : "; did you mean " + inQuotes(best) + "?";
    }

    const Graph &m_graph;
    const Catalog &m_catalog;
    SchemaInference m_schemas;
    Diagnostics m_diagnostics;
};

} // namespace

ValidationResult validateGraph(const Graph &graph, const Catalog &catalog)
{
    return Validator(graph, catalog).run();
}

} // namespace pipeline
