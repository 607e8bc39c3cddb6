#include "fakeksqldb.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace pipewright::testsupport {

namespace {

using json = nlohmann::json;

struct Token {
    std::string text;
    bool quoted = false; // back-quoted identifier
    bool literal = false;
    char punct = 0;
};

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    return s;
}

// ksqlDB's lexer in miniature; false on an unterminated quote.
bool lex(const std::string &text, std::vector<Token> *out)
{
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (c == '\'' || c == '`') {
            std::string value;
            std::size_t j = i + 1;
            for (;; ++j) {
                if (j >= text.size())
                    return false;
                if (text[j] == c) {
                    if (j + 1 < text.size() && text[j + 1] == c) {
                        value += c;
                        ++j;
                        continue;
                    }
                    break;
                }
                value += text[j];
            }
            out->push_back({value, c == '`', c == '\'', 0});
            i = j + 1;
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
            std::size_t j = i;
            while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_' || text[j] == '.'))
                ++j;
            out->push_back({text.substr(i, j - i)});
            i = j;
        } else {
            out->push_back({std::string(1, c), false, false, c});
            ++i;
        }
    }
    return true;
}

std::string nameOf(const Token &t)
{
    return t.quoted ? t.text : upper(t.text);
}

MockHttpResponse statementError(int status, int code, const std::string &message, const std::string &statement)
{
    return reply(status, json{{"@type", "statement_error"}, {"error_code", code}, {"message", message},
                              {"statementText", statement}, {"entities", json::array()}}
                             .dump());
}

} // namespace

FakeKsqldb::FakeKsqldb() = default;
FakeKsqldb::~FakeKsqldb() { stop(); }

bool FakeKsqldb::start(std::string *error)
{
    m_server = std::make_unique<MockHttpServer>([this](const MockHttpRequest &r) { return handle(r); });
    return m_server->start(0, error);
}

void FakeKsqldb::stop()
{
    if (m_server)
        m_server->stop();
}

std::string FakeKsqldb::url() const
{
    return "http://127.0.0.1:" + std::to_string(m_server ? m_server->port() : 0);
}

std::map<std::string, FakeKsqldb::Source> FakeKsqldb::sources() const
{
    std::lock_guard lock(m_mutex);
    return m_sources;
}

std::vector<FakeKsqldb::Query> FakeKsqldb::queries() const
{
    std::lock_guard lock(m_mutex);
    return m_queries;
}

std::vector<std::string> FakeKsqldb::statements() const
{
    std::lock_guard lock(m_mutex);
    return m_statements;
}

std::vector<std::string> FakeKsqldb::deletedTopics() const
{
    std::lock_guard lock(m_mutex);
    return m_deletedTopics;
}

void FakeKsqldb::failQuery(const std::string &id)
{
    std::lock_guard lock(m_mutex);
    for (auto &q : m_queries) {
        if (q.id == id)
            q.state = "ERROR";
    }
}

MockHttpResponse FakeKsqldb::handle(const MockHttpRequest &request)
{
    if (!basicAuthMatches(request.header("authorization"), options.credentials))
        return reply(401, json{{"@type", "generic_error"}, {"error_code", 40100}, {"message", "Unauthorized"}}.dump());
    if (request.method == "GET" && request.path == "/info")
        return reply(200, json{{"KsqlServerInfo", {{"version", "0.29.0"}, {"kafkaClusterId", "fake"}, {"ksqlServiceId", "default_"}, {"serverStatus", "RUNNING"}}}}.dump());
    if (request.method != "POST" || request.path != "/ksql")
        return reply(404, json{{"@type", "generic_error"}, {"error_code", 40400}, {"message", "HTTP 404 Not Found"}}.dump());
    const json body = json::parse(request.body, nullptr, false);
    if (!body.is_object() || !body.contains("ksql") || !body["ksql"].is_string())
        return reply(400, json{{"@type", "generic_error"}, {"error_code", 40000}, {"message", "Unrecognized request: missing ksql"}}.dump());
    std::map<std::string, std::string> properties;
    const json streamsProperties = body.value("streamsProperties", json::object());
    for (const auto &[k, v] : streamsProperties.items())
        properties[k] = v.is_string() ? v.get<std::string>() : v.dump();
    if (auto it = properties.find("auto.offset.reset"); it != properties.end() && it->second != "earliest" && it->second != "latest")
        return statementError(400, 40000, "Invalid value " + it->second + " for configuration auto.offset.reset", body["ksql"]);
    // Statements end with ';'; an entity per statement.
    json entities = json::array();
    const std::string text = body["ksql"];
    std::string current;
    char quote = 0;
    for (char c : text) {
        if (quote) {
            current += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '`')
            quote = c;
        if (c == ';') {
            MockHttpResponse r = execute(current, properties);
            if (r.status != 200)
                return r;
            entities.push_back(json::parse(r.body));
            current.clear();
            continue;
        }
        current += c;
    }
    if (current.find_first_not_of(" \t\r\n") != std::string::npos)
        return statementError(400, 40000, "line 1:" + std::to_string(text.size()) + ": mismatched input '<EOF>' expecting ';'", text);
    return reply(200, entities.dump());
}

MockHttpResponse FakeKsqldb::execute(const std::string &raw, const std::map<std::string, std::string> &properties)
{
    const std::string statement = raw.substr(raw.find_first_not_of(" \t\r\n")) + ";";
    std::lock_guard lock(m_mutex);
    m_statements.push_back(statement);
    std::vector<Token> t;
    if (!lex(statement, &t))
        return statementError(400, 40000, "line 1:1: unterminated quote", statement);
    int depth = 0;
    for (const auto &token : t) {
        depth += token.punct == '(' ? 1 : token.punct == ')' ? -1 : 0;
        if (depth < 0)
            break;
    }
    if (depth != 0)
        return statementError(400, 40000, "line 1:1: mismatched parentheses", statement);
    auto word = [&](std::size_t i) { return i < t.size() && !t[i].quoted && !t[i].literal ? upper(t[i].text) : std::string(); };
    auto status = [&](const std::string &message, const json &queryId) {
        ++m_commandSequence;
        return reply(200, json{{"@type", "currentStatus"}, {"statementText", statement},
                                          {"commandId", "command/" + std::to_string(m_commandSequence)},
                                          {"commandStatus", {{"status", "SUCCESS"}, {"message", message}, {"queryId", queryId}}},
                                          {"commandSequenceNumber", m_commandSequence}, {"warnings", json::array()}}
                                         .dump());
    };
    const std::string verb = word(0);
    if ((verb == "LIST" || verb == "SHOW") && (word(1) == "STREAMS" || word(1) == "TABLES")) {
        const bool streams = word(1) == "STREAMS";
        json list = json::array();
        for (const auto &[name, s] : m_sources) {
            if ((s.type == "STREAM") == streams)
                list.push_back({{"type", s.type}, {"name", name}, {"topic", s.topic}, {"keyFormat", "KAFKA"}, {"valueFormat", "JSON"}, {"isWindowed", false}});
        }
        return reply(200, json{{"@type", streams ? "streams" : "tables"}, {"statementText", statement}, {streams ? "streams" : "tables", list}, {"warnings", json::array()}}.dump());
    }
    if ((verb == "SHOW" || verb == "LIST") && word(1) == "QUERIES") {
        json list = json::array();
        for (const auto &q : m_queries)
            list.push_back({{"queryString", q.statement}, {"sinks", q.sinks}, {"sinkKafkaTopics", q.sinks}, {"id", q.id},
                            {"statusCount", {{q.state, 1}}}, {"queryType", "PERSISTENT"}, {"state", q.state}});
        return reply(200, json{{"@type", "queries"}, {"statementText", statement}, {"queries", list}, {"warnings", json::array()}}.dump());
    }
    if (verb == "SET" || verb == "UNSET")
        return status("Successfully set property", nullptr);
    // Everything below changes the server: counted for injected rejections.
    const bool change = verb == "CREATE" || verb == "INSERT" || verb == "DROP" || verb == "TERMINATE";
    if (!change)
        return statementError(400, 40000, "line 1:1: Syntax error at or near '" + (t.empty() ? std::string() : t[0].text) + "'", statement);
    if (++m_changes == options.rejectChange)
        return statementError(400, 40001, "Statement rejected (fake failure injection, change " + std::to_string(m_changes) + ")", statement);
    auto readsOf = [&](std::size_t from, std::vector<std::string> *reads) -> std::string {
        for (std::size_t i = from; i + 1 < t.size(); ++i) {
            if ((word(i) == "FROM" || word(i) == "JOIN") && !t[i + 1].literal && !t[i + 1].punct) {
                const std::string name = nameOf(t[i + 1]);
                if (!m_sources.count(name))
                    return "Exception while preparing statement: " + name + " does not exist.";
                reads->push_back(name);
            }
        }
        return {};
    };
    if (verb == "TERMINATE") {
        const std::string id = t.size() > 1 ? t[1].text : "";
        auto it = std::find_if(m_queries.begin(), m_queries.end(), [&](const Query &q) { return q.id == id; });
        if (it == m_queries.end())
            return statementError(400, 40001, "Unknown queryId: " + id, statement);
        m_queries.erase(it);
        return status("Query terminated.", nullptr);
    }
    if (verb == "DROP") {
        const std::string type = word(1);
        std::size_t at = 2;
        if (word(at) == "IF" && word(at + 1) == "EXISTS")
            at += 2;
        if ((type != "STREAM" && type != "TABLE") || at >= t.size())
            return statementError(400, 40000, "line 1:6: Syntax error: DROP STREAM|TABLE name", statement);
        const std::string name = nameOf(t[at]);
        auto it = m_sources.find(name);
        if (it == m_sources.end())
            return statementError(400, 40001, "Source " + name + " does not exist.", statement);
        if (it->second.type != type)
            return statementError(400, 40001, "Incompatible data source type is " + it->second.type + ", but statement was DROP " + type, statement);
        std::vector<std::string> users;
        for (const auto &q : m_queries) {
            if (std::count(q.sinks.begin(), q.sinks.end(), name) || std::count(q.sources.begin(), q.sources.end(), name))
                users.push_back(q.id);
        }
        if (!users.empty()) {
            std::string list;
            for (const auto &u : users)
                list += (list.empty() ? "" : ", ") + u;
            return statementError(400, 40001, "Cannot drop " + name + ".\nThe following queries read from or write to this source: [" + list + "].\nYou need to terminate them before dropping " + name + ".", statement);
        }
        if (word(at + 1) == "DELETE" && word(at + 2) == "TOPIC")
            m_deletedTopics.push_back(it->second.topic);
        m_sources.erase(it);
        return status("Source `" + name + "` was dropped.", nullptr);
    }
    if (verb == "INSERT") {
        if (word(1) != "INTO" || t.size() < 4)
            return statementError(400, 40000, "line 1:8: Syntax error: INSERT INTO name SELECT", statement);
        const std::string target = nameOf(t[2]);
        std::size_t at = 3;
        std::string queryId;
        if (word(at) == "WITH") {
            for (; at < t.size() && t[at].punct != ')'; ++at) {
                if (word(at) == "QUERY_ID" && at + 2 < t.size() && t[at + 2].literal)
                    queryId = upper(t[at + 2].text);
            }
            ++at;
        }
        if (word(at) != "SELECT")
            return statementError(400, 40000, "line 1:1: Syntax error: INSERT INTO expects SELECT", statement);
        auto it = m_sources.find(target);
        if (it == m_sources.end() || it->second.type != "STREAM")
            return statementError(400, 40001, "INSERT INTO can only be used to insert into a stream. " + target + " is not a stream.", statement);
        Query q;
        if (const std::string e = readsOf(at, &q.sources); !e.empty())
            return statementError(400, 40001, e, statement);
        q.id = queryId.empty() ? "INSERTQUERY_" + std::to_string(++m_queryCounter) : queryId;
        if (std::any_of(m_queries.begin(), m_queries.end(), [&](const Query &o) { return o.id == q.id; }))
            return statementError(400, 40001, "Query ID '" + q.id + "' already exists.", statement);
        q.statement = statement;
        q.sinks = {target};
        q.properties = properties;
        m_queries.push_back(q);
        return status("Created query with ID " + q.id, q.id);
    }
    // CREATE [OR REPLACE] STREAM|TABLE name ...
    std::size_t at = 1;
    if (word(at) == "OR" && word(at + 1) == "REPLACE")
        at += 2;
    if (word(at) == "SOURCE")
        ++at;
    const std::string type = word(at);
    if (type != "STREAM" && type != "TABLE")
        return statementError(400, 40000, "line 1:8: Syntax error at or near '" + (at < t.size() ? t[at].text : "") + "'", statement);
    ++at;
    if (word(at) == "IF")
        at += 3;
    if (at >= t.size())
        return statementError(400, 40000, "line 1:1: Syntax error: name expected", statement);
    Source source{nameOf(t[at]), type, nameOf(t[at])};
    if (m_sources.count(source.name))
        return statementError(400, 40001, "Cannot add " + std::string(type == "STREAM" ? "stream" : "table") + " '" + source.name + "': A " + (type == "STREAM" ? "stream" : "table") + " with the same name already exists", statement);
    std::size_t asAt = 0;
    for (std::size_t i = at + 1; i + 1 < t.size(); ++i) {
        if (word(i) == "AS" && word(i + 1) == "SELECT") {
            asAt = i;
            break;
        }
    }
    std::map<std::string, std::string> with;
    for (std::size_t i = at + 1; i < (asAt ? asAt : t.size()); ++i) {
        if (word(i) == "WITH") {
            for (std::size_t j = i + 1; j + 2 < t.size() && t[j].punct != ')'; ++j) {
                if (t[j + 1].punct == '=')
                    with[upper(t[j].text)] = t[j + 2].text;
            }
        }
    }
    if (with.count("KAFKA_TOPIC"))
        source.topic = with["KAFKA_TOPIC"];
    if (asAt) {
        Query q;
        if (const std::string e = readsOf(asAt, &q.sources); !e.empty())
            return statementError(400, 40001, e, statement);
        if (type == "TABLE" && upper(statement).find("GROUP BY") == std::string::npos
            && !std::any_of(q.sources.begin(), q.sources.end(), [&](const std::string &s) { return m_sources[s].type == "TABLE"; }))
            return statementError(400, 40001, "Invalid result type. Your SELECT query produces a STREAM. Please use CREATE STREAM AS SELECT statement instead.", statement);
        source.ownsTopic = true;
        q.id = std::string(type == "STREAM" ? "CSAS_" : "CTAS_") + source.name + "_" + std::to_string(++m_queryCounter);
        q.statement = statement;
        q.sinks = {source.name};
        q.properties = properties;
        m_queries.push_back(q);
        m_sources[source.name] = source;
        return status("Created query with ID " + q.id, q.id);
    }
    if (at + 1 >= t.size() || t[at + 1].punct != '(')
        return statementError(400, 40000, "line 1:1: CREATE " + type + " without AS SELECT needs a column list", statement);
    if (!with.count("KAFKA_TOPIC") || !(with.count("VALUE_FORMAT") || with.count("FORMAT")))
        return statementError(400, 40001, "Missing required property \"" + std::string(with.count("KAFKA_TOPIC") ? "VALUE_FORMAT" : "KAFKA_TOPIC") + "\" which has no default value.", statement);
    m_sources[source.name] = source;
    return status(std::string(type == "STREAM" ? "Stream" : "Table") + " created", nullptr);
}

} // namespace pipewright::testsupport
