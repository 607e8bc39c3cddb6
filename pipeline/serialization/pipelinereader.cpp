#include "pipeline/serialization/pipelinereader.h"

#include "pipeline/serialization/formatmigrations.h"
#include "pipeline/serialization/jsonsourcemap.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace pipeline {

namespace {

constexpr double kMaxCoordinate = 1e9;

std::string jsonTypeName(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return "an integer";
    case nlohmann::json::value_t::number_float: return "a number";
    default: return "an unsupported value";
    }
}

// Turns nlohmann's "[json.exception.parse_error.101] parse error at line 3, column 1:
// syntax error while parsing X - unexpected '}'; expected string literal" into a
// location plus a message a person can act on.
Diagnostic syntaxError(std::string_view text, const nlohmann::json::parse_error &e)
{
    std::string message = e.what();
    if (auto colon = message.find(": "); colon != std::string::npos && message.rfind("[json.exception", 0) == 0)
        message.erase(0, colon + 2);
    if (message.rfind("syntax error while parsing ", 0) == 0) {
        // "syntax error while parsing value - unexpected ..." -> "unexpected ... (while parsing value)"
        const auto dash = message.find(" - ");
        if (dash != std::string::npos) {
            const std::string what = message.substr(27, dash - 27);
            message = message.substr(dash + 3) + " (while parsing " + what + ")";
        }
    }

    std::size_t offset = e.byte == 0 ? 0 : std::min<std::size_t>(e.byte - 1, text.size());
    std::size_t length = offset < text.size() ? 1 : 0;
    const bool atEnd = offset >= text.size() || message.find("unexpected end of input") != std::string::npos;
    if (atEnd) {
        message = "unexpected end of file (is the file truncated?)";
        if (auto expected = std::string(e.what()).find("; expected "); expected != std::string::npos)
            message += std::string(e.what()).substr(expected);
        offset = text.size();
        length = 0;
    } else if (text[offset] == '}' || text[offset] == ']') {
        // A trailing comma is the most common hand-editing mistake: point at the comma.
        std::size_t before = offset;
        while (before > 0 && std::isspace(static_cast<unsigned char>(text[before - 1])))
            --before;
        if (before > 0 && text[before - 1] == ',') {
            message = std::string("trailing comma before '") + text[offset] + "' (JSON does not allow trailing commas)";
            offset = before - 1;
        }
    } else {
        // nlohmann reports the last character of a token; point at its start instead.
        const char c = text[offset];
        if (c == '"' && offset > 0 && message.find("string literal") != std::string::npos) {
            std::size_t start = offset;
            while (start > 0 && !(text[start - 1] == '"' && (start < 2 || text[start - 2] != '\\')))
                --start;
            offset = start > 0 ? start - 1 : 0;
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.') {
            while (offset > 0) {
                const char p = text[offset - 1];
                if (!(std::isalnum(static_cast<unsigned char>(p)) || p == '-' || p == '+' || p == '.'))
                    break;
                --offset;
            }
        }
    }
    Diagnostic d;
    d.code = "file-syntax";
    d.message = message;
    d.span = JsonSourceMap::spanAt(text, offset, length);
    return d;
}

std::string lowerAlnum(std::string_view key)
{
    std::string out;
    for (char c : key)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Reads the parsed document into a Graph, collecting every structural problem
// (not only the first) with the position of the offending value.
class DocumentReader {
public:
    DocumentReader(std::string_view text, const JsonSourceMap &map, Diagnostics &errors)
        : m_text(text), m_map(map), m_errors(errors) {}

    void error(const std::string &pointer, std::string message, std::string code = "file-structure", bool atKey = false)
    {
        Diagnostic d;
        d.code = std::move(code);
        d.message = std::move(message);
        d.span = atKey ? m_map.keySpan(pointer) : m_map.valueSpan(pointer);
        m_errors.push_back(std::move(d));
    }

    // A string member; absent -> fallback (or error when required).
    std::optional<std::string> stringMember(const nlohmann::json &object, const std::string &pointer,
                                            const char *key, const std::string &what, bool required)
    {
        auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                error(pointer, what + " has no \"" + key + "\"");
            return std::nullopt;
        }
        const std::string p = JsonSourceMap::child(pointer, key);
        if (!it->is_string()) {
            error(p, "\"" + std::string(key) + "\" of " + what + " must be a string, not " + jsonTypeName(*it));
            return std::nullopt;
        }
        std::string value = it->get<std::string>();
        if (required && value.empty()) {
            error(p, "\"" + std::string(key) + "\" of " + what + " must not be empty");
            return std::nullopt;
        }
        return value;
    }

    std::optional<PortRef> portRef(const nlohmann::json &edge, const std::string &pointer, const char *key,
                                   const std::string &what)
    {
        auto it = edge.find(key);
        if (it == edge.end()) {
            error(pointer, what + " has no \"" + key + "\" (expected {\"node\": ..., \"port\": ...})");
            return std::nullopt;
        }
        const std::string p = JsonSourceMap::child(pointer, key);
        if (!it->is_object()) {
            error(p, "\"" + std::string(key) + "\" of " + what + " must be an object {\"node\": ..., \"port\": ...}, not "
                         + jsonTypeName(*it));
            return std::nullopt;
        }
        const std::string endWhat = "\"" + std::string(key) + "\" of " + what;
        for (const auto &[k, v] : it->items()) {
            if (k != "node" && k != "port")
                error(JsonSourceMap::child(p, k), "unknown field \"" + k + "\" in " + endWhat + " (expected node, port)",
                      "file-structure", true);
        }
        auto node = stringMember(*it, p, "node", endWhat, true);
        auto port = stringMember(*it, p, "port", endWhat, true);
        if (!node || !port)
            return std::nullopt;
        return PortRef{*node, *port};
    }

    std::optional<Position> position(const nlohmann::json &node, const std::string &pointer, const std::string &what)
    {
        Position pos;
        auto it = node.find("position");
        if (it == node.end())
            return pos;
        const std::string p = JsonSourceMap::child(pointer, "position");
        if (!it->is_object()) {
            error(p, "\"position\" of " + what + " must be an object {\"x\": ..., \"y\": ...}, not " + jsonTypeName(*it));
            return std::nullopt;
        }
        bool ok = true;
        for (const auto &[k, v] : it->items()) {
            const std::string cp = JsonSourceMap::child(p, k);
            if (k != "x" && k != "y") {
                error(cp, "unknown field \"" + k + "\" in position of " + what + " (expected x, y)", "file-structure", true);
                ok = false;
                continue;
            }
            if (!v.is_number()) {
                error(cp, "\"" + k + "\" of the position of " + what + " must be a number, not " + jsonTypeName(v));
                ok = false;
                continue;
            }
            const double d = v.get<double>();
            if (!std::isfinite(d) || std::abs(d) > kMaxCoordinate) {
                error(cp, "\"" + k + "\" of the position of " + what + " is out of range");
                ok = false;
                continue;
            }
            (k == "x" ? pos.x : pos.y) = d;
        }
        return ok ? std::optional<Position>(pos) : std::nullopt;
    }

    void readNodes(const nlohmann::json &nodes, Graph &graph)
    {
        std::map<std::string, std::string> firstSeen; // id -> pointer
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const auto &n = nodes[i];
            const std::string p = JsonSourceMap::child("/nodes", i);
            const std::string what = "node #" + std::to_string(i + 1);
            if (!n.is_object()) {
                error(p, what + " must be an object, not " + jsonTypeName(n));
                continue;
            }
            auto id = stringMember(n, p, "id", what, true);
            const std::string named = id ? "node \"" + *id + "\"" : what;
            auto kind = stringMember(n, p, "kind", named, true);
            auto label = stringMember(n, p, "label", named, false);
            auto pos = position(n, p, named);
            Node node;
            bool ok = id && kind && pos;
            if (auto it = n.find("parameters"); it != n.end()) {
                if (!it->is_object()) {
                    error(JsonSourceMap::child(p, "parameters"),
                          "\"parameters\" of " + named + " must be an object, not " + jsonTypeName(*it));
                    ok = false;
                } else {
                    node.parameters = *it;
                }
            }
            if (n.contains("label") && !label)
                ok = false;
            if (id) {
                auto [it, inserted] = firstSeen.emplace(*id, p);
                if (!inserted) {
                    const SourceSpan first = m_map.valueSpan(JsonSourceMap::child(it->second, "id"));
                    error(JsonSourceMap::child(p, "id"),
                          "duplicate node id \"" + *id + "\" (first used at line " + std::to_string(first.line) + ", column "
                              + std::to_string(first.column) + ")",
                          "file-duplicate-id");
                    ok = false;
                }
            }
            if (!ok)
                continue;
            node.id = *id;
            node.kind = *kind;
            node.label = label.value_or(std::string());
            node.position = *pos;
            for (const auto &[k, v] : n.items()) {
                if (k != "id" && k != "kind" && k != "label" && k != "position" && k != "parameters")
                    node.extra[k] = v;
            }
            graph.putNode(std::move(node));
        }
    }

    void readEdges(const nlohmann::json &edges, Graph &graph)
    {
        std::map<std::string, std::string> firstSeen;
        for (std::size_t i = 0; i < edges.size(); ++i) {
            const auto &e = edges[i];
            const std::string p = JsonSourceMap::child("/edges", i);
            const std::string what = "edge #" + std::to_string(i + 1);
            if (!e.is_object()) {
                error(p, what + " must be an object, not " + jsonTypeName(e));
                continue;
            }
            auto id = stringMember(e, p, "id", what, true);
            const std::string named = id ? "edge \"" + *id + "\"" : what;
            auto from = portRef(e, p, "from", named);
            auto to = portRef(e, p, "to", named);
            bool ok = id && from && to;
            if (id) {
                auto [it, inserted] = firstSeen.emplace(*id, p);
                if (!inserted) {
                    const SourceSpan first = m_map.valueSpan(JsonSourceMap::child(it->second, "id"));
                    error(JsonSourceMap::child(p, "id"),
                          "duplicate edge id \"" + *id + "\" (first used at line " + std::to_string(first.line) + ", column "
                              + std::to_string(first.column) + ")",
                          "file-duplicate-id");
                    ok = false;
                }
            }
            if (!ok)
                continue;
            Edge edge;
            edge.id = *id;
            edge.from = *from;
            edge.to = *to;
            for (const auto &[k, v] : e.items()) {
                if (k != "id" && k != "from" && k != "to")
                    edge.extra[k] = v;
            }
            graph.putEdge(std::move(edge));
        }
    }

    // Files go into git: a credential in one is leaked. Only references are allowed.
    void checkSecrets(const nlohmann::json &value, const std::string &pointer)
    {
        if (value.is_object()) {
            for (const auto &[k, v] : value.items()) {
                const std::string p = JsonSourceMap::child(pointer, k);
                if (isSecretLikeKey(k) && !v.is_object() && !v.is_array()) {
                    const bool literal = (v.is_string() && !v.get<std::string>().empty()
                                          && !isSecretReference(v.get<std::string>()))
                                         || v.is_number();
                    if (literal) {
                        error(p, "\"" + k + "\" holds a literal secret; files must only reference secrets, e.g. \"env:"
                                     + suggestedEnvName(k) + "\" or \"keychain:NAME\"",
                              "file-secret");
                    }
                    continue;
                }
                checkSecrets(v, p);
            }
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i)
                checkSecrets(value[i], JsonSourceMap::child(pointer, i));
        }
    }

    static std::string suggestedEnvName(std::string_view key)
    {
        std::string out;
        char previous = '\0';
        for (char c : key) {
            if (std::isupper(static_cast<unsigned char>(c)) && std::islower(static_cast<unsigned char>(previous)))
                out += '_';
            out += std::isalnum(static_cast<unsigned char>(c)) ? char(std::toupper(static_cast<unsigned char>(c))) : '_';
            previous = c;
        }
        return out;
    }

    std::optional<Graph> read(nlohmann::json &document, const FormatMigrations &migrations)
    {
        if (!document.is_object()) {
            error("", "a pipeline file must hold a JSON object, not " + jsonTypeName(document));
            return std::nullopt;
        }
        auto format = document.find("format");
        if (format == document.end()) {
            error("", std::string("missing \"format\": \"") + kPipelineFormatName + "\" (is this a Pipewright pipeline file?)",
                  "file-format");
            return std::nullopt;
        }
        if (!format->is_string() || format->get<std::string>() != kPipelineFormatName) {
            error("/format", "\"format\" must be \"" + std::string(kPipelineFormatName) + "\", not " + format->dump(),
                  "file-format");
            return std::nullopt;
        }
        auto version = document.find("version");
        if (version == document.end()) {
            error("", "missing \"version\" (the file format version, currently "
                          + std::to_string(migrations.currentVersion()) + ")", "file-version");
            return std::nullopt;
        }
        if (!version->is_number_integer()) {
            error("/version", "\"version\" must be an integer, not " + jsonTypeName(*version), "file-version");
            return std::nullopt;
        }
        if (auto problem = migrations.upgrade(document, version->get<long long>())) {
            error("/version", *problem, "file-version");
            return std::nullopt;
        }

        Graph graph;
        const std::size_t before = m_errors.size();
        if (auto name = stringMember(document, "", "name", "the pipeline", false))
            graph.name = *name;
        if (auto description = stringMember(document, "", "description", "the pipeline", false))
            graph.description = *description;
        if (auto settings = document.find("settings"); settings != document.end()) {
            if (settings->is_object())
                graph.settings = *settings;
            else
                error("/settings", "\"settings\" must be an object, not " + jsonTypeName(*settings));
        }
        if (auto nodes = document.find("nodes"); nodes != document.end()) {
            if (nodes->is_array())
                readNodes(*nodes, graph);
            else
                error("/nodes", "\"nodes\" must be an array of node objects, not " + jsonTypeName(*nodes));
        }
        if (auto edges = document.find("edges"); edges != document.end()) {
            if (edges->is_array())
                readEdges(*edges, graph);
            else
                error("/edges", "\"edges\" must be an array of edge objects, not " + jsonTypeName(*edges));
        }
        static const std::set<std::string, std::less<>> known{"description", "edges", "format", "name",
                                                              "nodes", "settings", "version"};
        for (const auto &[k, v] : document.items()) {
            if (!known.count(k))
                graph.extra[k] = v;
        }
        checkSecrets(document, "");
        if (m_errors.size() != before)
            return std::nullopt;
        return graph;
    }

private:
    std::string_view m_text;
    const JsonSourceMap &m_map;
    Diagnostics &m_errors;
};

} // namespace

bool isSecretReference(std::string_view value)
{
    auto validName = [](std::string_view name, bool envRules) {
        if (name.empty())
            return false;
        if (envRules && std::isdigit(static_cast<unsigned char>(name.front())))
            return false;
        return std::all_of(name.begin(), name.end(), [envRules](char c) {
            const auto u = static_cast<unsigned char>(c);
            if (envRules)
                return std::isalnum(u) || c == '_';
            return std::isgraph(u) || c == ' ' || u >= 0x80; // keychain entries are free text on one line
        });
    };
    if (value.rfind("env:", 0) == 0)
        return validName(value.substr(4), true);
    if (value.rfind("keychain:", 0) == 0)
        return validName(value.substr(9), false);
    return false;
}

bool isSecretLikeKey(std::string_view key)
{
    std::string k = lowerAlnum(key);
    // "apiKeyRef", "passwordReference": the reference-holding spelling of the same thing.
    for (std::string_view ref : {"reference", "ref"}) {
        if (k.size() > ref.size() && k.compare(k.size() - ref.size(), ref.size(), ref) == 0) {
            k.resize(k.size() - ref.size());
            break;
        }
    }
    static const char *const suffixes[] = {"apikey", "password", "passwd", "secret", "token",
                                           "accesskey", "privatekey", "credential", "credentials", "authorization"};
    for (const char *s : suffixes) {
        const std::string_view suffix(s);
        if (k.size() >= suffix.size() && k.compare(k.size() - suffix.size(), suffix.size(), suffix) == 0)
            return true;
    }
    return false;
}

std::string formatFileDiagnostic(std::string_view fileName, const Diagnostic &d)
{
    std::string out(fileName);
    if (d.span.valid())
        out += ":" + std::to_string(d.span.line) + ":" + std::to_string(d.span.column);
    out += ": ";
    out += severityName(d.severity);
    out += ": " + d.message;
    return out;
}

std::string LoadResult::errorText() const
{
    std::string out;
    for (const auto &d : errors)
        out += formatFileDiagnostic(fileName, d) + "\n";
    return out;
}

LoadResult readPipelineText(std::string_view text, std::string_view fileNameForMessages)
{
    return readPipelineText(text, fileNameForMessages, FormatMigrations::builtin());
}

LoadResult readPipelineText(std::string_view text, std::string_view fileNameForMessages,
                            const FormatMigrations &migrations)
{
    LoadResult result;
    result.fileName = std::string(fileNameForMessages);
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error &e) {
        result.errors.push_back(syntaxError(text, e));
        return result;
    } catch (const nlohmann::json::exception &e) {
        // out_of_range 406 "number overflow parsing '1e400'" carries no position: find the literal.
        Diagnostic d;
        d.code = "file-syntax";
        d.message = "number out of range";
        const std::string what = e.what();
        std::size_t offset = 0, length = 0;
        if (auto open = what.find("parsing '"); open != std::string::npos) {
            const auto close = what.find('\'', open + 9);
            const std::string literal = what.substr(open + 9, close == std::string::npos ? std::string::npos : close - open - 9);
            d.message += ": " + literal;
            if (auto at = text.find(literal); !literal.empty() && at != std::string_view::npos) {
                offset = at;
                length = literal.size();
            }
        }
        d.span = JsonSourceMap::spanAt(text, offset, length);
        result.errors.push_back(std::move(d));
        return result;
    }
    const JsonSourceMap map = JsonSourceMap::build(text);
    for (const auto &[span, message] : map.problems()) {
        Diagnostic d;
        d.code = "file-syntax";
        d.message = message;
        d.span = span;
        result.errors.push_back(std::move(d));
    }
    if (!result.errors.empty())
        return result;
    DocumentReader reader(text, map, result.errors);
    result.graph = reader.read(document, migrations);
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.span.offset < b.span.offset; });
    if (!result.errors.empty())
        result.graph.reset();
    return result;
}

LoadResult readPipelineFile(const std::string &path)
{
    std::error_code ec;
    std::ifstream in;
    if (!std::filesystem::is_directory(path, ec))
        in.open(path, std::ios::binary);
    if (!in.is_open()) {
        LoadResult result;
        result.fileName = path;
        Diagnostic d;
        d.code = "file-unreadable";
        d.message = std::filesystem::is_directory(path, ec) ? std::string("cannot open: is a directory")
                                                            : "cannot open: " + std::string(std::strerror(errno));
        result.errors.push_back(std::move(d));
        return result;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        LoadResult result;
        result.fileName = path;
        Diagnostic d;
        d.code = "file-unreadable";
        d.message = "cannot read the file";
        result.errors.push_back(std::move(d));
        return result;
    }
    return readPipelineText(buffer.str(), path);
}

} // namespace pipeline
