#include "pipeline/runtime/testing/pipelinetestsreader.h"

#include "pipeline/expr/expression.h"
#include "pipeline/serialization/jsonsourcemap.h"
#include "pipeline/serialization/pipelinereader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace pipeline::runtime {

namespace {

using Json = nlohmann::json;

constexpr int currentFormatVersion = 1;

// Walks a parsed test file with its source map, so every structural problem
// points at the value that causes it.
class TestsParser {
public:
    TestsParser(std::string_view text, const JsonSourceMap &map, std::string directory)
        : m_text(text), m_map(map), m_directory(std::move(directory))
    {
    }

    Diagnostics errors;

    void error(const std::string &pointer, std::string message, bool atKey = false, std::string nodeId = {})
    {
        Diagnostic d;
        d.code = "tests-file";
        d.message = std::move(message);
        d.span = atKey ? m_map.keySpan(pointer) : m_map.valueSpan(pointer);
        d.nodeId = std::move(nodeId);
        errors.push_back(std::move(d));
    }

    SourceSpan span(const std::string &pointer) const { return m_map.valueSpan(pointer); }

    // Reports members not in `allowed` (typos would otherwise be silently ignored).
    void allowOnly(const Json &object, const std::string &pointer, std::initializer_list<const char *> allowed)
    {
        for (const auto &[key, value] : object.items()) {
            (void)value;
            if (std::none_of(allowed.begin(), allowed.end(), [&](const char *a) { return key == a; })) {
                std::string list;
                for (const char *a : allowed)
                    list += (list.empty() ? "" : ", ") + std::string(a);
                error(JsonSourceMap::child(pointer, key), "unknown field '" + key + "' (expected one of: " + list + ")",
                      true);
            }
        }
    }

    std::optional<std::string> optionalString(const Json &object, const std::string &pointer, const char *key)
    {
        auto it = object.find(key);
        if (it == object.end())
            return std::nullopt;
        if (!it->is_string()) {
            error(JsonSourceMap::child(pointer, key), std::string("'") + key + "' must be a string");
            return std::nullopt;
        }
        return it->get<std::string>();
    }

    std::optional<std::int64_t> optionalInteger(const Json &object, const std::string &pointer, const char *key)
    {
        auto it = object.find(key);
        if (it == object.end())
            return std::nullopt;
        if (!it->is_number_integer()) {
            error(JsonSourceMap::child(pointer, key), std::string("'") + key + "' must be a whole number");
            return std::nullopt;
        }
        return it->get<std::int64_t>();
    }

    std::vector<std::string> stringList(const Json &object, const std::string &pointer, const char *key,
                                        std::vector<SourceSpan> *spans = nullptr)
    {
        std::vector<std::string> out;
        auto it = object.find(key);
        if (it == object.end())
            return out;
        const std::string p = JsonSourceMap::child(pointer, key);
        if (!it->is_array()) {
            error(p, std::string("'") + key + "' must be an array of strings");
            return out;
        }
        for (size_t i = 0; i < it->size(); ++i) {
            const Json &v = (*it)[i];
            if (!v.is_string()) {
                error(JsonSourceMap::child(p, i), std::string("'") + key + "' entries must be strings");
                continue;
            }
            out.push_back(v.get<std::string>());
            if (spans)
                spans->push_back(span(JsonSourceMap::child(p, i)));
        }
        return out;
    }

    std::optional<TestRecord> record(const Json &v, const std::string &pointer, const std::string &where)
    {
        if (!v.is_object() || !v.contains("value")) {
            error(pointer, where + "an input record is an object with \"value\" (and optionally key, headers, partition, timestamp)");
            return std::nullopt;
        }
        allowOnly(v, pointer, {"value", "key", "headers", "partition", "timestamp"});
        TestRecord r;
        r.value = v["value"];
        r.key = optionalString(v, pointer, "key");
        if (auto p = optionalInteger(v, pointer, "partition")) {
            if (*p < 0 || *p > INT32_MAX)
                error(JsonSourceMap::child(pointer, "partition"), "'partition' must be 0 or more");
            else
                r.partition = std::int32_t(*p);
        }
        r.timestamp = optionalInteger(v, pointer, "timestamp");
        if (auto h = v.find("headers"); h != v.end()) {
            if (!h->is_object()) {
                error(JsonSourceMap::child(pointer, "headers"), "'headers' must be an object of strings");
            } else {
                for (const auto &[name, value] : h->items()) {
                    if (!value.is_string())
                        error(JsonSourceMap::child(JsonSourceMap::child(pointer, "headers"), name),
                              "header values must be strings");
                    else
                        r.headers[name] = value.get<std::string>();
                }
            }
        }
        r.span = span(pointer);
        return r;
    }

    void inputFile(TestInput &input, const std::string &pointer)
    {
        namespace fs = std::filesystem;
        const fs::path path = fs::path(m_directory) / input.file;
        input.filePath = path.lexically_normal().string();
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            error(pointer, "cannot read input file '" + input.file + "' (looked for " + input.filePath + ")", false,
                  input.nodeId);
            return;
        }
        std::string line;
        int lineNumber = 0;
        while (std::getline(in, line)) {
            ++lineNumber;
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (line.find_first_not_of(" \t") == std::string::npos)
                continue;
            Json v = Json::parse(line, nullptr, false);
            const std::string where = input.file + ":" + std::to_string(lineNumber) + ": ";
            if (v.is_discarded()) {
                error(pointer, where + "not a JSON object (one record per line)", false, input.nodeId);
                continue;
            }
            if (!v.is_object() || !v.contains("value")) {
                error(pointer, where + "an input record is an object with \"value\" (and optionally key, headers, partition, timestamp)",
                      false, input.nodeId);
                continue;
            }
            const size_t before = errors.size();
            auto r = record(v, pointer, where);
            for (size_t i = before; i < errors.size(); ++i)
                if (errors[i].message.rfind(where, 0) != 0)
                    errors[i].message = where + errors[i].message;
            if (r) {
                r->span = SourceSpan{lineNumber, 1, 0, int(line.size())};
                input.records.push_back(std::move(*r));
            }
        }
    }

    void inputs(TestCase &c, const Json &object, const std::string &pointer)
    {
        if (!object.is_object()) {
            error(pointer, "'inputs' must be an object: source node id -> records");
            return;
        }
        for (const auto &[nodeId, value] : object.items()) {
            const std::string p = JsonSourceMap::child(pointer, nodeId);
            TestInput input;
            input.nodeId = nodeId;
            input.span = m_map.keySpan(p);
            if (value.is_array()) {
                for (size_t i = 0; i < value.size(); ++i)
                    if (auto r = record(value[i], JsonSourceMap::child(p, i), {}))
                        input.records.push_back(std::move(*r));
            } else if (value.is_object() && value.contains("file")) {
                allowOnly(value, p, {"file"});
                if (auto f = optionalString(value, p, "file")) {
                    input.file = *f;
                    inputFile(input, JsonSourceMap::child(p, "file"));
                }
            } else {
                error(p, "the inputs of '" + nodeId + "' must be an array of records or {\"file\": \"records.jsonl\"}",
                      false, nodeId);
            }
            c.inputs.push_back(std::move(input));
        }
    }

    void fixtures(TestCase &c, const Json &array, const std::string &pointer)
    {
        if (!array.is_array()) {
            error(pointer, "'llm' must be an array of fixtures {\"node\", \"prompt\", \"answer\"}");
            return;
        }
        for (size_t i = 0; i < array.size(); ++i) {
            const Json &f = array[i];
            const std::string p = JsonSourceMap::child(pointer, i);
            if (!f.is_object()) {
                error(p, "an LLM fixture is an object {\"node\", \"prompt\", \"answer\"}");
                continue;
            }
            allowOnly(f, p, {"node", "prompt", "answer", "fail"});
            LlmFixture fixture;
            fixture.span = span(p);
            auto node = optionalString(f, p, "node");
            if (!node || node->empty()) {
                error(p, "an LLM fixture needs \"node\": the id of the AI step it answers");
                continue;
            }
            fixture.nodeId = *node;
            fixture.prompt = optionalString(f, p, "prompt");
            fixture.fail = optionalString(f, p, "fail");
            if (auto a = f.find("answer"); a != f.end())
                fixture.answer = *a;
            if (fixture.answer.has_value() == fixture.fail.has_value()) {
                error(p, "an LLM fixture has either \"answer\" or \"fail\"", false, fixture.nodeId);
                continue;
            }
            c.llm.push_back(std::move(fixture));
        }
    }

    void expectation(TestCase &c, const Json &e, const std::string &p)
    {
        if (!e.is_object()) {
            error(p, "an expectation is an object {\"node\": ..., and checks: records, count, conditions, reasons}");
            return;
        }
        allowOnly(e, p, {"node", "port", "deadLetters", "records", "ordered", "match", "count", "conditions", "reasons"});
        Expectation x;
        x.span = span(p);
        auto node = optionalString(e, p, "node");
        if (!node || node->empty()) {
            error(p, "an expectation needs \"node\": a sink, a node with \"port\", or a node with \"deadLetters\": true");
            return;
        }
        x.nodeId = *node;
        x.port = optionalString(e, p, "port");
        if (auto d = e.find("deadLetters"); d != e.end()) {
            if (!d->is_boolean())
                error(JsonSourceMap::child(p, "deadLetters"), "'deadLetters' must be true or false", false, x.nodeId);
            else
                x.deadLetters = d->get<bool>();
        }
        if (x.deadLetters && x.port)
            error(JsonSourceMap::child(p, "port"), "an expectation names either a port or the dead letters, not both",
                  false, x.nodeId);
        if (auto r = e.find("records"); r != e.end()) {
            const std::string rp = JsonSourceMap::child(p, "records");
            if (!r->is_array()) {
                error(rp, "'records' must be an array of record values", false, x.nodeId);
            } else {
                x.records = std::vector<Json>(r->begin(), r->end());
                for (size_t i = 0; i < r->size(); ++i)
                    x.recordSpans.push_back(span(JsonSourceMap::child(rp, i)));
            }
        }
        if (auto o = e.find("ordered"); o != e.end()) {
            if (!o->is_boolean())
                error(JsonSourceMap::child(p, "ordered"), "'ordered' must be true or false", false, x.nodeId);
            else
                x.ordered = o->get<bool>();
        }
        x.match = optionalString(e, p, "match");
        if (x.match && *x.match != "exact" && *x.match != "subset")
            error(JsonSourceMap::child(p, "match"), "'match' is \"exact\" or \"subset\", not '" + *x.match + "'", false,
                  x.nodeId);
        if (x.isSubset() && x.records)
            for (size_t i = 0; i < x.records->size(); ++i)
                if (!(*x.records)[i].is_object())
                    error(JsonSourceMap::child(JsonSourceMap::child(p, "records"), i),
                          "with \"match\": \"subset\" every expected record is an object of the fields to compare",
                          false, x.nodeId);
        if (auto n = optionalInteger(e, p, "count")) {
            if (*n < 0)
                error(JsonSourceMap::child(p, "count"), "'count' must be 0 or more", false, x.nodeId);
            else
                x.count = std::uint64_t(*n);
        }
        x.conditions = stringList(e, p, "conditions", &x.conditionSpans);
        x.reasons = stringList(e, p, "reasons");
        if (!x.records && !x.count && x.conditions.empty() && x.reasons.empty())
            error(p, "the expectation for '" + x.nodeId + "' checks nothing: give records, count, conditions or reasons",
                  false, x.nodeId);
        c.expectations.push_back(std::move(x));
    }

    std::optional<TestCase> testCase(const Json &v, const std::string &p)
    {
        if (!v.is_object()) {
            error(p, "a test case is an object {\"name\", \"inputs\", \"expect\"}");
            return std::nullopt;
        }
        allowOnly(v, p, {"name", "description", "inputs", "llm", "llmCache", "expect"});
        TestCase c;
        c.span = span(p);
        auto name = optionalString(v, p, "name");
        if (!name || name->empty()) {
            error(p, "a test case needs a \"name\"");
            return std::nullopt;
        }
        c.name = *name;
        c.description = optionalString(v, p, "description");
        if (auto i = v.find("inputs"); i != v.end())
            inputs(c, *i, JsonSourceMap::child(p, "inputs"));
        if (auto f = v.find("llm"); f != v.end())
            fixtures(c, *f, JsonSourceMap::child(p, "llm"));
        c.llmCache = optionalString(v, p, "llmCache");
        if (c.llmCache) {
            const auto path = (std::filesystem::path(m_directory) / *c.llmCache).lexically_normal();
            c.llmCachePath = path.string();
            if (!std::filesystem::is_regular_file(path))
                error(JsonSourceMap::child(p, "llmCache"),
                      "cannot read LLM answer cache '" + *c.llmCache + "' (looked for " + c.llmCachePath + ")");
        }
        auto e = v.find("expect");
        if (e == v.end() || !e->is_array()) {
            error(e == v.end() ? p : JsonSourceMap::child(p, "expect"),
                  "test case '" + c.name + "' needs \"expect\": an array of expectations");
            return c;
        }
        for (size_t i = 0; i < e->size(); ++i)
            expectation(c, (*e)[i], JsonSourceMap::child(JsonSourceMap::child(p, "expect"), i));
        return c;
    }

    std::optional<PipelineTests> document(const Json &root)
    {
        if (!root.is_object()) {
            error("", "a tests file is a JSON object {\"formatVersion\": 1, \"cases\": [...]}");
            return std::nullopt;
        }
        allowOnly(root, "", {"formatVersion", "pipeline", "cases"});
        PipelineTests tests;
        tests.directory = m_directory;
        auto version = optionalInteger(root, "", "formatVersion");
        if (!version) {
            if (!root.contains("formatVersion"))
                error("", "missing \"formatVersion\" (this version writes 1)");
        } else if (*version != currentFormatVersion) {
            error("/formatVersion", "tests format version " + std::to_string(*version)
                                        + " is not supported (this version reads 1)");
        } else {
            tests.formatVersion = int(*version);
        }
        tests.pipeline = optionalString(root, "", "pipeline");
        auto cases = root.find("cases");
        if (cases == root.end() || !cases->is_array()) {
            error(cases == root.end() ? "" : "/cases", "\"cases\" must be an array of test cases");
            return tests;
        }
        std::set<std::string> names;
        for (size_t i = 0; i < cases->size(); ++i) {
            const std::string p = JsonSourceMap::child("/cases", i);
            if (auto c = testCase((*cases)[i], p)) {
                if (!names.insert(c->name).second)
                    error(JsonSourceMap::child(p, "name"), "a second test case is named '" + c->name + "'");
                tests.cases.push_back(std::move(*c));
            }
        }
        return tests;
    }

private:
    std::string_view m_text;
    const JsonSourceMap &m_map;
    std::string m_directory;
};

Diagnostic syntaxError(std::string_view text, const Json::parse_error &e)
{
    std::string message = e.what();
    if (auto colon = message.find(": "); colon != std::string::npos && message.rfind("[json.exception", 0) == 0)
        message.erase(0, colon + 2);
    if (auto dash = message.find(" - "); dash != std::string::npos)
        message = message.substr(dash + 3);
    const std::size_t offset = e.byte == 0 ? 0 : std::min<std::size_t>(e.byte - 1, text.size());
    Diagnostic d;
    d.code = "file-syntax";
    d.span = JsonSourceMap::spanAt(text, offset, offset < text.size() ? 1 : 0);
    if (offset >= text.size() || message.find("unexpected end of input") != std::string::npos)
        d.message = "unexpected end of file (is the file truncated?)";
    else
        d.message = message;
    return d;
}

const char *categoryText(Category c)
{
    switch (c) {
    case Category::Source: return "a source";
    case Category::Transform: return "a transform";
    case Category::Ai: return "an AI step";
    case Category::Sink: return "a sink";
    }
    return "a node";
}

Diagnostic located(const std::string &nodeId, SourceSpan span, std::string message, std::string code = "tests-node")
{
    Diagnostic d;
    d.code = std::move(code);
    d.nodeId = nodeId;
    d.span = span;
    d.message = std::move(message);
    return d;
}

std::string nodeList(const Graph &graph, const Catalog &catalog, std::optional<Category> category)
{
    std::string out;
    for (const auto &[id, node] : graph.nodes()) {
        const NodeType *type = catalog.find(node.kind);
        if (category && (!type || type->category != *category))
            continue;
        out += (out.empty() ? "" : ", ") + id;
    }
    return out.empty() ? "none" : out;
}

} // namespace

std::string PipelineTestsLoad::errorText() const
{
    std::string out;
    for (const auto &d : errors)
        out += formatFileDiagnostic(fileName, d) + "\n";
    return out;
}

PipelineTestsLoad readPipelineTestsText(std::string_view text, std::string_view fileNameForMessages,
                                        const std::string &directory)
{
    PipelineTestsLoad result;
    result.fileName = std::string(fileNameForMessages);
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &e) {
        result.errors.push_back(syntaxError(text, e));
        return result;
    } catch (const Json::exception &e) {
        Diagnostic d;
        d.code = "file-syntax";
        d.message = e.what();
        result.errors.push_back(d);
        return result;
    }
    const JsonSourceMap map = JsonSourceMap::build(text);
    for (const auto &[span, message] : map.problems()) {
        Diagnostic d;
        d.code = "file-syntax";
        d.span = span;
        d.message = message;
        result.errors.push_back(d);
    }
    TestsParser parser(text, map, directory);
    auto tests = parser.document(root);
    result.errors.insert(result.errors.end(), parser.errors.begin(), parser.errors.end());
    if (result.errors.empty() && tests) {
        tests->fileName = result.fileName;
        result.tests = std::move(tests);
    }
    return result;
}

PipelineTestsLoad readPipelineTestsFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        PipelineTestsLoad result;
        result.fileName = path;
        Diagnostic d;
        d.code = "file-unreadable";
        d.message = "cannot read the file";
        result.errors.push_back(d);
        return result;
    }
    std::ostringstream text;
    text << in.rdbuf();
    const std::string directory = std::filesystem::path(path).parent_path().string();
    return readPipelineTestsText(text.str(), path, directory.empty() ? std::string(".") : directory);
}

Diagnostics checkPipelineTests(const PipelineTests &tests, const Graph &graph, const Catalog &catalog)
{
    Diagnostics out;
    for (const auto &c : tests.cases) {
        const std::string inCase = " (test case '" + c.name + "')";
        for (const auto &input : c.inputs) {
            const Node *node = graph.node(input.nodeId);
            const NodeType *type = node ? catalog.find(node->kind) : nullptr;
            if (!node) {
                out.push_back(located(input.nodeId, input.span,
                                      "inputs name node '" + input.nodeId + "', which the pipeline does not have (sources: "
                                          + nodeList(graph, catalog, Category::Source) + ")" + inCase,
                                      "tests-unknown-node"));
            } else if (!type || type->category != Category::Source) {
                out.push_back(located(input.nodeId, input.span,
                                      "inputs go to source nodes; '" + input.nodeId + "' is " + categoryText(type ? type->category : Category::Transform)
                                          + " (sources: " + nodeList(graph, catalog, Category::Source) + ")" + inCase,
                                      "tests-not-a-source"));
            }
        }
        for (const auto &f : c.llm) {
            const Node *node = graph.node(f.nodeId);
            const NodeType *type = node ? catalog.find(node->kind) : nullptr;
            if (!node) {
                out.push_back(located(f.nodeId, f.span,
                                      "LLM fixture for node '" + f.nodeId + "', which the pipeline does not have (AI steps: "
                                          + nodeList(graph, catalog, Category::Ai) + ")" + inCase,
                                      "tests-unknown-node"));
            } else if (!type || type->category != Category::Ai) {
                out.push_back(located(f.nodeId, f.span,
                                      "LLM fixture for '" + f.nodeId + "', which makes no LLM calls (AI steps: "
                                          + nodeList(graph, catalog, Category::Ai) + ")" + inCase,
                                      "tests-not-an-ai-step"));
            }
        }
        for (size_t i = 0; i < c.expectations.size(); ++i) {
            const Expectation &x = c.expectations[i];
            const Node *node = graph.node(x.nodeId);
            const NodeType *type = node ? catalog.find(node->kind) : nullptr;
            if (!node || !type) {
                out.push_back(located(x.nodeId, x.span,
                                      "expectation for node '" + x.nodeId + "', which the pipeline does not have (sinks: "
                                          + nodeList(graph, catalog, Category::Sink) + ")" + inCase,
                                      "tests-unknown-node"));
                continue;
            }
            if (x.port) {
                if (!type->hasOutput(*node, *x.port)) {
                    std::string ports;
                    for (const auto &p : type->outputPorts(*node))
                        ports += (ports.empty() ? "" : ", ") + p.key;
                    out.push_back(located(x.nodeId, x.span,
                                          "node '" + x.nodeId + "' has no output port '" + *x.port + "' (its ports: "
                                              + (ports.empty() ? "none" : ports) + ")" + inCase,
                                          "tests-unknown-port"));
                }
            } else if (!x.deadLetters && type->category != Category::Sink) {
                out.push_back(located(x.nodeId, x.span,
                                      "'" + x.nodeId + "' is " + categoryText(type->category)
                                          + ", not a sink: name one of its output ports (\"port\") or check its dead letters (\"deadLetters\": true)"
                                          + inCase,
                                      "tests-not-a-sink"));
            }
            if (!x.reasons.empty() && !x.deadLetters && node->kind != "dead-letter")
                out.push_back(located(x.nodeId, x.span,
                                      "'reasons' check dead letters: use them with \"deadLetters\": true or on a dead-letter sink"
                                          + inCase,
                                      "tests-reasons-without-dead-letters"));
            for (size_t k = 0; k < x.conditions.size(); ++k) {
                const expr::ParseResult parsed = expr::parse(x.conditions[k]);
                if (parsed.ok())
                    continue;
                SourceSpan span = k < x.conditionSpans.size() ? x.conditionSpans[k] : x.span;
                if (parsed.error->span.valid() && span.valid() && parsed.error->span.line == 1)
                    span.column += parsed.error->span.column; // inside the string, after its quote
                out.push_back(located(x.nodeId, span,
                                      "condition `" + x.conditions[k] + "`: " + parsed.error->message + inCase,
                                      "tests-bad-condition"));
            }
        }
    }
    return out;
}

std::string testsPathForPipeline(const std::string &pipelinePath)
{
    const std::string suffix = ".pipeline.json";
    if (pipelinePath.size() > suffix.size()
        && pipelinePath.compare(pipelinePath.size() - suffix.size(), suffix.size(), suffix) == 0)
        return pipelinePath.substr(0, pipelinePath.size() - suffix.size()) + ".tests.json";
    return {};
}

std::string pipelinePathForTests(const PipelineTests &tests, const std::string &testsPath)
{
    namespace fs = std::filesystem;
    if (tests.pipeline && !tests.pipeline->empty())
        return (fs::path(testsPath).parent_path() / *tests.pipeline).lexically_normal().string();
    const std::string suffix = ".tests.json";
    if (testsPath.size() > suffix.size()
        && testsPath.compare(testsPath.size() - suffix.size(), suffix.size(), suffix) == 0)
        return testsPath.substr(0, testsPath.size() - suffix.size()) + ".pipeline.json";
    return {};
}

} // namespace pipeline::runtime
