#include "pipeline/assist/promptbuilder.h"

#include "pipeline/assist/kindranker.h"
#include "pipeline/expr/expression.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace pipeline::assist {

using nlohmann::json;

namespace {

// The first sentence of a help text, at most ~160 characters: the rest is
// detail a model rarely needs and a small context cannot afford.
std::string shortHelp(const std::string &help, size_t limit = 160)
{
    size_t end = help.size();
    for (size_t i = 1; i + 1 < help.size(); ++i) {
        if (help[i] != '.' || help[i + 1] != ' ' || std::isdigit(static_cast<unsigned char>(help[i - 1])))
            continue;
        // "e.g. x" and "i.e. x" do not end a sentence.
        if (i >= 3 && (help.compare(i - 3, 3, "e.g") == 0 || help.compare(i - 3, 3, "i.e") == 0))
            continue;
        end = i + 1;
        break;
    }
    std::string out = help.substr(0, end);
    if (out.size() > limit) {
        size_t cut = out.rfind(' ', limit - 3);
        out = out.substr(0, cut == std::string::npos ? limit - 3 : cut) + "...";
    }
    return out;
}

std::string joined(const std::vector<std::string> &values, const char *separator)
{
    std::string out;
    for (const auto &v : values)
        out += (out.empty() ? "" : separator) + v;
    return out;
}

std::string number(double value)
{
    return json(value).dump();
}

std::string parameterLine(const ParameterDescriptor &p, int indent)
{
    std::string line(size_t(indent), ' ');
    line += "- " + p.key + ": ";
    switch (p.type) {
    case ParameterType::Enum: line += joined(p.allowedValues, "|"); break;
    case ParameterType::Expression:
        line += "expr";
        if (p.expressionType != FieldType::Unknown)
            line += "<" + std::string(fieldTypeName(p.expressionType)) + ">";
        break;
    case ParameterType::ExpressionList: line += "[expr]"; break;
    case ParameterType::StringList: line += "[string]"; break;
    case ParameterType::ItemList: line += "[{...}]"; break;
    case ParameterType::Schema: line += "[field]"; break;
    case ParameterType::Duration: line += "duration"; break;
    case ParameterType::SecretRef: line += "secret"; break;
    case ParameterType::Text: line += p.templated ? "template" : "text"; break;
    case ParameterType::Integer: line += "int"; break;
    case ParameterType::Boolean: line += "bool"; break;
    default: line += std::string(parameterTypeName(p.type)); break;
    }
    if (p.templated && p.type != ParameterType::Text)
        line += " template";
    if (p.minimum || p.maximum)
        line += " " + (p.minimum ? number(*p.minimum) : std::string()) + ".." + (p.maximum ? number(*p.maximum) : std::string());
    if (p.minItems > 0)
        line += " (>=" + std::to_string(p.minItems) + ")";
    if (!p.defaultValue.is_null())
        line += " = " + p.defaultValue.dump();
    if (p.required)
        line += "!";
    if (!p.visibleWhenKey.empty())
        line += " (when " + p.visibleWhenKey + "=" + joined(p.visibleWhenValues, "|") + ")";
    if (!p.help.empty())
        line += " — " + shortHelp(p.help);
    line += "\n";
    for (const auto &field : p.itemFields)
        line += parameterLine(field, indent + 2);
    return line;
}

std::string portList(const std::vector<PortDescriptor> &ports)
{
    std::string out;
    for (const auto &port : ports) {
        if (!out.empty())
            out += ", ";
        out += port.key;
        if (port.cardinality == Cardinality::Many)
            out += "*";
        if (port.optional)
            out += "?";
    }
    return out.empty() ? "-" : out;
}

// The graph as the model should read it: canonical order, no positions or edge
// ids (noise the model would otherwise copy or invent).
json graphForModel(const Graph &graph)
{
    json document = json::parse(writePipelineText(graph));
    for (auto &node : document["nodes"])
        node.erase("position");
    for (auto &edge : document["edges"])
        edge.erase("id");
    document.erase("format");
    document.erase("version");
    return document;
}

const char *const kExample = R"({"name": "big-payments", "description": "Payments above 1000 to their own topic", "nodes": [
 {"id": "payments", "kind": "kafka-source", "label": "Payments", "parameters": {"topic": "payments", "schema": [{"name": "payment_id", "type": "string"}, {"name": "amount", "type": "double"}]}},
 {"id": "big", "kind": "filter", "label": "Amount over 1000", "parameters": {"condition": "amount > 1000"}},
 {"id": "out", "kind": "kafka-sink", "label": "Big payments", "parameters": {"topic": "payments.big"}}],
 "edges": [{"from": {"node": "payments", "port": "out"}, "to": {"node": "big", "port": "in"}},
  {"from": {"node": "big", "port": "out"}, "to": {"node": "out", "port": "in"}}]})";

const char *const kNotation =
    "Notation: \"- key: type = default\"; \"!\" required; a|b one of; expr<T> an expression of type T; [x] a JSON "
    "array of x; [{...}] an array of objects with the indented keys; [field] = [{\"name\", \"type\": "
    "string|integer|double|boolean|timestamp|array|object, \"sensitive\"?: bool, \"fields\"?: [field]}]; duration "
    "= \"500ms\"|\"10s\"|\"1m\"|\"2h\"|\"1d\"; secret = \"env:NAME\"; template = text with {{field}} placeholders; "
    "(when k=v) only then; ports: * accepts many edges, ? optional.\n";

} // namespace

std::vector<std::string> PromptBuilder::describedKinds() const
{
    if (!m_described.empty())
        return m_described;
    std::vector<std::string> all;
    for (const auto &type : m_catalog.types())
        all.push_back(type.kind);
    return all;
}

std::vector<std::string> PromptBuilder::indexedKinds() const
{
    std::vector<std::string> out;
    if (m_described.empty())
        return out;
    const std::set<std::string> described(m_described.begin(), m_described.end());
    for (const auto &type : m_catalog.types())
        if (!described.count(type.kind))
            out.push_back(type.kind);
    return out;
}

void PromptBuilder::selectKindsFor(const std::string &text, const Graph &current)
{
    std::vector<std::string> kinds = KindRanker(m_catalog).select(text, m_topics);
    std::set<std::string> chosen(kinds.begin(), kinds.end());
    for (const auto &[id, node] : current.nodes())
        if (m_catalog.find(node.kind))
            chosen.insert(node.kind);
    kinds.clear();
    for (const auto &type : m_catalog.types())
        if (chosen.count(type.kind))
            kinds.push_back(type.kind);
    m_described = std::move(kinds);
}

std::string PromptBuilder::kindText(const NodeType &type) const
{
    std::string out = "## " + type.kind + " (" + std::string(categoryName(type.category)) + ")";
    if (!type.description.empty())
        out += ": " + type.description;
    out += "\nin: " + portList(type.inputs) + " | out: ";
    out += type.dynamicOutputs ? "follow from the parameters (default " + portList(type.outputs) + ")" : portList(type.outputs);
    out += "\n";
    for (const auto &p : type.parameters)
        out += parameterLine(p, 0);
    return out;
}

std::string PromptBuilder::catalogText() const
{
    std::string out;
    for (const auto &kind : describedKinds())
        if (const NodeType *type = m_catalog.find(kind))
            out += kindText(*type);
    return out;
}

std::string PromptBuilder::indexText() const
{
    std::string out;
    for (const auto &kind : indexedKinds())
        if (const NodeType *type = m_catalog.find(kind))
            out += "- " + kind + ": " + shortHelp(type->description, 90) + "\n";
    return out;
}

std::string PromptBuilder::groundingText() const
{
    if (m_topics.empty())
        return {};
    std::string out = "Topics on the connected Kafka cluster, with the fields sampled from their latest messages. "
                      "Read from these topics with kafka-source nodes (use their exact names), declare the sampled "
                      "fields in the source's schema parameter, and use only these field names in expressions and "
                      "templates. New topics for sinks may be created.\n";
    for (const auto &t : m_topics)
        out += "- " + t.promptLine() + "\n";
    return out;
}

std::string PromptBuilder::rulesText() const
{
    return "You design Apache Kafka event pipelines for Pipewright: a directed acyclic graph of nodes (sources, "
           "transforms, AI steps, sinks); edges connect an output port to an input port.\n"
           "Answer with exactly one JSON object {\"name\", \"description\", \"settings\"?: {\"deadLetterTopic\"?, "
           "\"consumerGroup\"?}, \"nodes\": [{\"id\", \"kind\", \"label\", \"parameters\"}], \"edges\": "
           "[{\"from\": {\"node\", \"port\"}, \"to\": {\"node\", \"port\"}}]} and nothing else.\n"
           "Rules:\n"
           "- Use only the kinds, ports and parameter keys described; values of the listed types (numbers as JSON "
           "numbers, lists as arrays); give every required parameter a value.\n"
           "- Ids: unique, short, lower-case-with-dashes. A route has one output per route name plus \"else\"; "
           "validate has \"valid\" and \"invalid\". Connect every input.\n"
           "- Expressions may only name fields the input record has; declare every kafka-source's fields in its "
           "schema.\n"
           "- Failing or invalid records go to a dead-letter node or settings.deadLetterTopic.\n"
           "- Never write secrets; reference them as env:NAME.\n"
           "- Labels and description in the language of the request; ids, kinds, ports, keys, topics and fields "
           "as they are.\n";
}

std::string PromptBuilder::designSystemPrompt() const
{
    std::string out = rulesText();
    out += "\nNode kinds:\n";
    out += kNotation;
    out += catalogText();
    if (const std::string index = indexText(); !index.empty()) {
        out += "\nMore kinds, not described here. If the pipeline needs one, answer only {\"expand\": [\"kind\", "
               "...]} and you get their descriptions; otherwise do not use them.\n";
        out += index;
    }
    out += "\nExpression language: ";
    out += expr::languageSummary();
    out += "\n\n";
    if (const std::string grounding = groundingText(); !grounding.empty())
        out += grounding + "\n";
    else
        out += "No Kafka cluster is connected: choose clear topic names and declare in each kafka-source's schema "
               "the fields the request mentions.\n\n";
    out += "Example answer:\n";
    out += kExample;
    return out;
}

std::string PromptBuilder::repairSystemPrompt(const std::vector<std::string> &kinds, bool withIndex,
                                             bool withExpressions) const
{
    std::string out = rulesText();
    out += "\nThe kinds your pipeline uses:\n";
    out += kNotation;
    for (const auto &kind : kinds)
        if (const NodeType *type = m_catalog.find(kind))
            out += kindText(*type);
    if (withIndex) {
        out += "\nAll node kinds:\n";
        for (const auto &type : m_catalog.types())
            out += "- " + type.kind + ": " + shortHelp(type.description, 90) + "\n";
    }
    if (withExpressions) {
        out += "\nExpression language: ";
        out += expr::languageSummary();
        out += "\n";
    }
    if (const std::string grounding = groundingText(); !grounding.empty())
        out += "\n" + grounding;
    return out;
}

json PromptBuilder::generateMessages(const std::string &description) const
{
    return json::array({
        {{"role", "system"}, {"content", designSystemPrompt()}},
        {{"role", "user"},
         {"content", description + "\n\n(Build this as a Pipewright pipeline; answer with the pipeline JSON object.)"}},
    });
}

json PromptBuilder::editMessages(const Graph &current, const std::string &instruction) const
{
    return json::array({
        {{"role", "system"}, {"content", designSystemPrompt()}},
        {{"role", "user"},
         {"content", instruction
                         + "\n\n(Apply this change to the current Pipewright pipeline below. Answer with the complete "
                           "changed pipeline JSON object. Keep the ids, labels and parameters of everything the "
                           "change does not touch.)\n\nCurrent pipeline:\n"
                         + graphForModel(current).dump(1)}},
    });
}

json PromptBuilder::repairMessages(const std::string &firstUser, const std::string &lastAnswer,
                                   const std::vector<std::string> &problems, const std::vector<std::string> &kinds,
                                   bool withIndex) const
{
    // The expression language matters only when an expression or a field is wrong.
    bool expressions = false;
    for (const auto &p : problems)
        expressions = expressions || p.find("condition") != std::string::npos || p.find("expression") != std::string::npos
                      || p.find("field") != std::string::npos || p.find(":1:") != std::string::npos;
    return json::array({
        {{"role", "system"}, {"content", repairSystemPrompt(kinds, withIndex, expressions)}},
        {{"role", "user"}, {"content", firstUser}},
        {{"role", "assistant"}, {"content", lastAnswer}},
        {{"role", "user"}, {"content", repairMessage(problems)}},
    });
}

std::string PromptBuilder::expansionMessage(const std::vector<std::string> &kinds) const
{
    std::string out = "The kinds you asked for:\n";
    for (const auto &kind : kinds)
        if (const NodeType *type = m_catalog.find(kind))
            out += kindText(*type);
    out += "Now answer with the complete pipeline JSON object.";
    return out;
}

json PromptBuilder::explainMessages(const Graph &current, const std::string &question,
                                    const std::string &language) const
{
    std::string system =
        "You explain Apache Kafka event pipelines built with Pipewright to the engineers who run them. Describe in "
        "plain language, in a few short paragraphs or a list: where records come from, what each step does to "
        "them (name conditions and fields concretely), where they go, what happens to failing or invalid records, "
        "and anything that looks risky. Do not output JSON.\n\nNode kinds in this pipeline:\n";
    std::set<std::string> used;
    for (const auto &[id, node] : current.nodes())
        used.insert(node.kind);
    for (const auto &type : m_catalog.types())
        if (used.count(type.kind))
            system += "- " + type.kind + ": " + type.description + "\n";
    system += "\nExpression language: ";
    system += expr::languageSummary();
    if (!language.empty())
        system += "\n\nAnswer in the language with the code \"" + language + "\".";
    std::string user = question.empty() ? std::string("Explain this pipeline.") : question;
    user += "\n\nPipeline:\n" + graphForModel(current).dump(1);
    return json::array({{{"role", "system"}, {"content", system}}, {{"role", "user"}, {"content", user}}});
}

std::string PromptBuilder::exampleAnswer()
{
    return kExample;
}

std::string PromptBuilder::repairMessage(const std::vector<std::string> &problems)
{
    std::string out = "Your pipeline has " + std::to_string(problems.size())
                      + (problems.size() == 1 ? " problem" : " problems") + ":\n";
    for (const auto &p : problems)
        out += "- " + p + "\n";
    out += "Fix them and answer with the complete corrected pipeline JSON object only.";
    return out;
}

} // namespace pipeline::assist
