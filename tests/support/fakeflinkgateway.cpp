#include "fakeflinkgateway.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace pipewright::testsupport {

namespace {

using json = nlohmann::json;

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    return s;
}

std::string hex32(int n)
{
    char buf[33];
    std::snprintf(buf, sizeof buf, "%08x%08x%08x%08x", 0xf1127, n, n * 7919, 0xdeadbeef);
    return buf;
}

std::string uuid(int n)
{
    const std::string h = hex32(n);
    return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20, 12);
}

// Words and quoted pieces of a statement; quoted ones keep their quote char first.
bool words(const std::string &text, std::vector<std::string> *out, int *depth)
{
    *depth = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\'' || c == '`') {
            std::size_t j = text.find(c, i + 1);
            while (j != std::string::npos && j + 1 < text.size() && text[j + 1] == c)
                j = text.find(c, j + 2);
            if (j == std::string::npos)
                return false;
            out->push_back(std::string(1, c) + text.substr(i + 1, j - i - 1));
            i = j + 1;
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
            std::size_t j = i;
            while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_' || text[j] == '.'))
                ++j;
            out->push_back(text.substr(i, j - i));
            i = j;
        } else {
            if (c == '(')
                ++*depth;
            if (c == ')' && --*depth < 0)
                return true;
            if (c == '(' || c == ')' || c == '=')
                out->push_back(std::string(1, c));
            ++i;
        }
    }
    return true;
}

std::string bare(const std::string &w)
{
    return !w.empty() && (w[0] == '`' || w[0] == '\'') ? w.substr(1) : w;
}

MockHttpResponse serverError(const std::string &exception)
{
    return reply(500, json{{"errors", {"Internal server error.", exception}}}.dump());
}

} // namespace

FakeFlinkGateway::FakeFlinkGateway() = default;
FakeFlinkGateway::~FakeFlinkGateway() { stop(); }

bool FakeFlinkGateway::start(std::string *error)
{
    m_server = std::make_unique<MockHttpServer>([this](const MockHttpRequest &r) { return handle(r); });
    return m_server->start(0, error);
}

void FakeFlinkGateway::stop()
{
    if (m_server)
        m_server->stop();
}

std::string FakeFlinkGateway::url() const
{
    return "http://127.0.0.1:" + std::to_string(m_server ? m_server->port() : 0);
}

std::vector<FakeFlinkGateway::Job> FakeFlinkGateway::jobs() const
{
    std::lock_guard lock(m_mutex);
    return m_jobs;
}

std::vector<std::string> FakeFlinkGateway::statements() const
{
    std::lock_guard lock(m_mutex);
    return m_statements;
}

int FakeFlinkGateway::openSessions() const
{
    std::lock_guard lock(m_mutex);
    return int(m_sessions.size());
}

void FakeFlinkGateway::failJob(const std::string &name)
{
    std::lock_guard lock(m_mutex);
    for (auto &j : m_jobs) {
        if (j.name == name && j.status == "RUNNING")
            j.status = "FAILED";
    }
}

MockHttpResponse FakeFlinkGateway::handle(const MockHttpRequest &request)
{
    if (!basicAuthMatches(request.header("authorization"), options.credentials))
        return reply(401, json{{"errors", {"Unauthorized"}}}.dump());
    std::lock_guard lock(m_mutex);
    // /v{N}/...: the version decides whether results carry jobID (v2+).
    std::vector<std::string> parts;
    for (std::size_t i = 1; i <= request.path.size();) {
        const std::size_t j = std::min(request.path.find('/', i), request.path.size());
        parts.push_back(request.path.substr(i, j - i));
        i = j + 1;
    }
    if (parts.size() < 2 || parts[0].size() != 2 || parts[0][0] != 'v' || parts[0][1] < '1' || parts[0][1] > '4')
        return reply(404, json{{"errors", {"Not found: " + request.path}}}.dump());
    const int version = parts[0][1] - '0';
    if (parts[1] == "info" && request.method == "GET")
        return reply(200, json{{"productName", "Apache Flink"}, {"version", "1.18.1"}}.dump());
    if (parts[1] != "sessions")
        return reply(404, json{{"errors", {"Not found: " + request.path}}}.dump());
    if (parts.size() == 2 && request.method == "POST") {
        const std::string handle = uuid(++m_counter);
        Session session;
        const json body = json::parse(request.body.empty() ? "{}" : request.body, nullptr, false);
        const json properties = body.value("properties", json::object());
        for (const auto &[k, v] : properties.items())
            session.settings[k] = v.get<std::string>();
        m_sessions[handle] = std::move(session);
        return reply(200, json{{"sessionHandle", handle}}.dump());
    }
    auto it = parts.size() >= 3 ? m_sessions.find(parts[2]) : m_sessions.end();
    if (it == m_sessions.end())
        return serverError("org.apache.flink.table.gateway.api.utils.SqlGatewayException: Session '" + (parts.size() >= 3 ? parts[2] : "") + "' does not exist.");
    Session &session = it->second;
    if (parts.size() == 3 && request.method == "DELETE") {
        m_sessions.erase(it);
        return reply(200, json{{"status", "CLOSED"}}.dump());
    }
    if (parts.size() == 4 && parts[3] == "statements" && request.method == "POST") {
        const json body = json::parse(request.body, nullptr, false);
        if (!body.is_object() || !body.contains("statement") || !body["statement"].is_string())
            return reply(400, json{{"errors", {"Bad request: statement missing"}}}.dump());
        const std::string handle = uuid(++m_counter);
        session.operations[handle] = execute(session, body["statement"]);
        return reply(200, json{{"operationHandle", handle}}.dump());
    }
    if (parts.size() >= 6 && parts[3] == "operations") {
        auto op = session.operations.find(parts[4]);
        if (op == session.operations.end())
            return serverError("org.apache.flink.table.gateway.api.utils.SqlGatewayException: Can not find the submitted operation in the OperationManager with the " + parts[4] + ".");
        Operation &operation = op->second;
        if (parts[5] == "status" && request.method == "GET") {
            // PENDING -> RUNNING for a few polls -> the final state.
            if (operation.status == "PENDING")
                operation.status = "RUNNING";
            else if (operation.status == "RUNNING" && --operation.pollsLeft <= 0)
                operation.status = operation.finalStatus;
            return reply(200, json{{"status", operation.status}}.dump());
        }
        if (parts[5] == "result" && parts.size() == 7 && request.method == "GET") {
            if (operation.status == "PENDING" || operation.status == "RUNNING")
                return reply(200, json{{"resultType", "NOT_READY"}, {"nextResultUri", request.target}}.dump());
            if (operation.status == "ERROR")
                return serverError("org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation " + parts[4] + ".\nCaused by: " + operation.error);
            const long token = std::stol(parts[6]);
            json columns = json::array();
            for (const auto &c : operation.columns)
                columns.push_back({{"name", c}, {"logicalType", {{"type", "VARCHAR"}, {"nullable", true}, {"length", 2147483647}}}, {"comment", nullptr}});
            json data = json::array();
            if (token == 0) {
                for (const auto &row : operation.rows)
                    data.push_back({{"kind", "INSERT"}, {"fields", row}});
            }
            json out{{"resultType", token == 0 ? "PAYLOAD" : "EOS"}, {"isQueryResult", false},
                     {"resultKind", operation.rows.empty() ? "SUCCESS" : "SUCCESS_WITH_CONTENT"},
                     {"results", {{"columns", columns}, {"rowFormat", "JSON"}, {"data", data}}}};
            if (version >= 2 && !operation.jobId.empty())
                out["jobID"] = operation.jobId;
            if (token == 0)
                out["nextResultUri"] = "/" + parts[0] + "/sessions/" + parts[2] + "/operations/" + parts[4] + "/result/1?rowFormat=JSON";
            return reply(200, out.dump());
        }
    }
    return reply(404, json{{"errors", {"Not found: " + request.method + " " + request.path}}}.dump());
}

FakeFlinkGateway::Operation FakeFlinkGateway::execute(Session &session, const std::string &statement)
{
    m_statements.push_back(statement);
    Operation op;
    op.pollsLeft = pollsUntilDone;
    auto fail = [&](const std::string &error) {
        op.finalStatus = "ERROR";
        op.error = error;
        return op;
    };
    auto ok = [&] {
        op.columns = {"result"};
        op.rows = {{"OK"}};
        return op;
    };
    std::vector<std::string> w;
    int depth = 0;
    if (!words(statement, &w, &depth))
        return fail("org.apache.flink.table.api.SqlParserException: SQL parse failed. Lexical error: unterminated quote");
    if (depth != 0)
        return fail("org.apache.flink.table.api.SqlParserException: SQL parse failed. Encountered \"<EOF>\": unbalanced parentheses");
    auto word = [&](std::size_t i) { return i < w.size() ? upper(w[i]) : std::string(); };
    const std::string verb = word(0);
    if (verb == "SET" && w.size() >= 4 && w[2] == "=") {
        session.settings[bare(w[1])] = bare(w[3]);
        return ok();
    }
    if (verb == "RESET" && w.size() >= 2) {
        session.settings.erase(bare(w[1]));
        return ok();
    }
    if (verb == "SHOW" && word(1) == "JOBS") {
        op.columns = {"job id", "job name", "status", "start time"};
        for (const auto &j : m_jobs)
            op.rows.push_back({j.id, j.name, j.status, "2026-01-01T00:00:00Z"});
        return op;
    }
    const bool change = verb == "CREATE" || verb == "INSERT" || verb == "STOP";
    if (!change)
        return fail("org.apache.flink.table.api.SqlParserException: SQL parse failed. Non-query expression encountered in illegal context: " + (w.empty() ? std::string() : w[0]));
    if (++m_changes == options.rejectChange)
        return fail("org.apache.flink.table.api.ValidationException: Statement rejected (fake failure injection, change " + std::to_string(m_changes) + ")");
    auto readsKnown = [&](std::size_t from) -> std::string {
        for (std::size_t i = from; i + 1 < w.size(); ++i) {
            // Tables only: not a subquery, a literal (METADATA FROM 'timestamp'), TABLE(...) or a function (ML_PREDICT(...)).
            const bool call = i + 2 < w.size() && w[i + 2] == "(";
            if ((word(i) == "FROM" || word(i) == "JOIN") && w[i + 1] != "(" && w[i + 1][0] != '\'' && !call
                && word(i + 1) != "TABLE" && word(i + 1) != "LATERAL") {
                const std::string name = bare(w[i + 1]);
                if (!session.tables.count(name))
                    return "org.apache.flink.table.api.ValidationException: SQL validation failed. From line 1, column 1: Object '" + name + "' not found";
            }
        }
        return {};
    };
    if (verb == "STOP" && word(1) == "JOB" && w.size() >= 3 && w[2][0] == '\'') {
        const std::string id = bare(w[2]);
        auto job = std::find_if(m_jobs.begin(), m_jobs.end(), [&](const Job &j) { return j.id == id; });
        if (job == m_jobs.end() || job->status != "RUNNING")
            return fail("org.apache.flink.table.gateway.service.utils.SqlExecutionException: Could not stop job " + id + " in session: job not running");
        const bool withSavepoint = word(3) == "WITH" && word(4) == "SAVEPOINT";
        if (withSavepoint && !savepoints)
            return fail("org.apache.flink.table.gateway.service.utils.SqlExecutionException: Could not stop job " + id + " in session.\nCaused by: java.lang.IllegalStateException: No savepoint directory configured. You can either specify a directory explicitly or configure a default savepoint directory using the key 'execution.checkpointing.savepoint-dir'.");
        job->status = "FINISHED";
        op.columns = {"savepoint path"};
        if (withSavepoint) {
            job->savepoint = "file:/tmp/flink-savepoints/savepoint-" + id.substr(0, 6) + "-" + std::to_string(++m_counter);
            op.rows = {{job->savepoint}};
        } else {
            op.columns = {"result"};
            op.rows = {{"OK"}};
        }
        return op;
    }
    if (verb == "CREATE") {
        std::size_t at = 1;
        if (word(at) == "TEMPORARY")
            ++at;
        const std::string what = word(at);
        if (what != "TABLE" && what != "VIEW" && what != "MODEL" && what != "CONNECTION" && what != "FUNCTION")
            return fail("org.apache.flink.table.api.SqlParserException: SQL parse failed. Encountered \"" + what + "\"");
        ++at;
        if (word(at) == "IF")
            at += 3;
        const std::string name = bare(at < w.size() ? w[at] : "");
        if (session.tables.count(name))
            return fail("org.apache.flink.table.api.ValidationException: Could not execute CreateTable in path `default_catalog`.`default_database`.`" + name + "`\nCaused by: Table or view already exists");
        if (what == "TABLE") {
            bool connector = false;
            for (std::size_t i = at; i + 2 < w.size(); ++i) {
                if (w[i] == "'connector" && w[i + 1] == "=")
                    connector = true;
            }
            if (!connector)
                return fail("org.apache.flink.table.api.ValidationException: Table options do not contain an option key 'connector' for discovering a connector.");
        }
        if (what == "VIEW") {
            std::size_t as = at;
            while (as < w.size() && word(as) != "AS")
                ++as;
            if (word(as + 1) != "SELECT" && word(as + 1) != "WITH")
                return fail("org.apache.flink.table.api.SqlParserException: SQL parse failed. CREATE VIEW needs AS SELECT");
            if (const std::string e = readsKnown(as); !e.empty())
                return fail(e);
        }
        session.tables[name] = what;
        return ok();
    }
    if (verb == "INSERT") {
        if (word(1) != "INTO" || w.size() < 4)
            return fail("org.apache.flink.table.api.SqlParserException: SQL parse failed. INSERT INTO name SELECT");
        const std::string target = bare(w[2]);
        if (!session.tables.count(target) || session.tables[target] != "TABLE")
            return fail("org.apache.flink.table.api.ValidationException: SQL validation failed. Object '" + target + "' not found");
        if (const std::string e = readsKnown(3); !e.empty())
            return fail(e);
        Job job;
        job.id = hex32(++m_counter);
        job.name = session.settings.count("pipeline.name") ? session.settings["pipeline.name"] : "insert-into_default_catalog.default_database." + target;
        job.statement = statement;
        if (auto sp = session.settings.find("execution.savepoint.path"); sp != session.settings.end()) {
            const bool exists = std::any_of(m_jobs.begin(), m_jobs.end(), [&](const Job &j) { return j.savepoint == sp->second; });
            if (!exists)
                return fail("java.io.FileNotFoundException: Cannot find checkpoint or savepoint file/directory '" + sp->second + "' on file system 'file'.");
            job.restoredFrom = sp->second;
        }
        m_jobs.push_back(job);
        op.columns = {"job id"};
        op.rows = {{job.id}};
        op.jobId = job.id;
        return op;
    }
    return fail("org.apache.flink.table.api.SqlParserException: SQL parse failed");
}

} // namespace pipewright::testsupport
