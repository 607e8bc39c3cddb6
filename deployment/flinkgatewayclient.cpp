#include "deployment/flinkgatewayclient.h"

#include "deployment/deploymentplan.h"
#include "deployment/deploymenttag.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace deployment {

namespace {

// The job's fingerprint: the declarations it runs against, then its INSERT,
// separated so a restart can tell an options-only change from a query change.
const char *const insertMarker = "\n-- insert --\n";

/// What a savepoint's state depends on: the INSERT, the views and models, and
/// the tables' columns; not the tables' WITH options (servers, registry URL,
/// topic), which a restart from a savepoint may change.
std::string queryShape(const std::string &fingerprint)
{
    std::string shape;
    std::size_t start = 0;
    while (start < fingerprint.size()) {
        std::size_t end = fingerprint.find(";\n", start);
        std::string statement = fingerprint.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (statement.rfind("CREATE TABLE", 0) == 0) {
            const std::size_t with = statement.rfind(") WITH (");
            if (with != std::string::npos)
                statement.resize(with + 1);
        } else if (statement.rfind("SET ", 0) == 0) {
            statement.clear();
        }
        shape += statement + "\n";
        if (end == std::string::npos)
            break;
        start = end + 2;
    }
    return shape;
}

std::string quoteLiteral(const std::string &text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

} // namespace

FlinkGatewayClient::~FlinkGatewayClient()
{
    finish();
}

std::vector<DesiredObject> FlinkGatewayClient::desired(const std::string &pipeline,
                                                       const codegen::ExportResult &result,
                                                       std::vector<std::string> *notes)
{
    const auto statements = splitExport(result);
    std::string declarations;
    for (const auto &s : statements) {
        if (s.kind != DeploymentStatement::Kind::Insert)
            declarations += s.text + ";\n";
    }
    std::vector<DesiredObject> out;
    std::map<std::string, int> perNode;
    for (const auto &s : statements) {
        if (s.kind != DeploymentStatement::Kind::Insert)
            continue;
        const int n = ++perNode[s.nodeId];
        DesiredObject d;
        d.nodeId = s.nodeId;
        d.kind = "job";
        d.name = "pipewright." + pipelineTag(pipeline) + "." + s.nodeId + (n > 1 ? "." + std::to_string(n) : "");
        d.statement = s.text;
        d.fingerprint = declarations + insertMarker + s.text;
        out.push_back(std::move(d));
    }
    if (notes && !out.empty())
        notes->push_back("each INSERT runs as its own Flink job named pipewright." + pipelineTag(pipeline)
                         + ".<node>; tables and views are declared in the deployment's session");
    return out;
}

bool FlinkGatewayClient::openSession(std::string *error)
{
    if (!m_session.empty())
        return true;
    const std::string path = base() + "/sessions";
    const nlohmann::json body{{"sessionName", "pipewright"}, {"properties", nlohmann::json::object()}};
    const RestResponse response = m_rest.request("POST", path, body.dump());
    if (!response.ok()) {
        *error = m_rest.describeFailure("POST", path, response);
        return false;
    }
    const nlohmann::json j = nlohmann::json::parse(response.body, nullptr, false);
    if (!j.is_object() || !j.contains("sessionHandle") || !j["sessionHandle"].is_string()) {
        *error = m_rest.target().name + ": POST " + path + ": the answer has no sessionHandle";
        return false;
    }
    m_session = j["sessionHandle"].get<std::string>();
    return true;
}

void FlinkGatewayClient::finish()
{
    if (m_session.empty())
        return;
    m_rest.request("DELETE", base() + "/sessions/" + m_session);
    m_session.clear();
}

bool FlinkGatewayClient::run(const std::string &statement, std::vector<nlohmann::json> *rows, std::string *jobId,
                             std::string *error)
{
    if (!openSession(error))
        return false;
    const std::string sessionPath = base() + "/sessions/" + m_session;
    const RestResponse submitted
        = m_rest.request("POST", sessionPath + "/statements", nlohmann::json{{"statement", statement}}.dump());
    if (!submitted.ok()) {
        *error = m_rest.describeFailure("POST", sessionPath + "/statements", submitted);
        return false;
    }
    const nlohmann::json handle = nlohmann::json::parse(submitted.body, nullptr, false);
    if (!handle.is_object() || !handle.contains("operationHandle") || !handle["operationHandle"].is_string()) {
        *error = m_rest.target().name + ": POST " + sessionPath + "/statements: the answer has no operationHandle";
        return false;
    }
    const std::string operation = sessionPath + "/operations/" + handle["operationHandle"].get<std::string>();
    // Poll the status until the operation leaves PENDING/RUNNING (submitting a job takes seconds).
    std::string status;
    for (int attempt = 0; attempt < 600; ++attempt) {
        const RestResponse r = m_rest.request("GET", operation + "/status");
        if (!r.ok()) {
            *error = m_rest.describeFailure("GET", operation + "/status", r);
            return false;
        }
        status = nlohmann::json::parse(r.body, nullptr, false).value("status", std::string());
        if (status != "PENDING" && status != "RUNNING" && status != "INITIALIZED")
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(attempt < 20 ? 25 : 200));
    }
    // Results page by page; an ERROR operation answers the first fetch with the exception.
    std::string next = operation + "/result/0?rowFormat=JSON";
    for (int page = 0; page < 1000 && !next.empty(); ++page) {
        const RestResponse r = m_rest.request("GET", next);
        if (!r.ok()) {
            *error = m_rest.describeFailure("GET", next.substr(0, next.find('?')), r);
            return false;
        }
        const nlohmann::json j = nlohmann::json::parse(r.body, nullptr, false);
        if (!j.is_object()) {
            *error = m_rest.target().name + ": GET " + next + ": not JSON";
            return false;
        }
        if (jobId && j.contains("jobID") && j["jobID"].is_string())
            *jobId = j["jobID"].get<std::string>();
        const nlohmann::json results = j.value("results", nlohmann::json::object());
        for (const auto &row : results.value("data", nlohmann::json::array())) {
            if (rows)
                rows->push_back(row.value("fields", nlohmann::json::array()));
        }
        const std::string type = j.value("resultType", std::string("EOS"));
        if (type == "EOS")
            break;
        if (type == "NOT_READY")
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        next = j.value("nextResultUri", std::string());
        // The gateway answers with the full path; keep it relative to the target URL.
        if (next.rfind("http", 0) == 0)
            next = next.substr(next.find('/', next.find("//") + 2));
    }
    if (status == "ERROR" || status == "CANCELED" || status == "TIMEOUT") {
        *error = m_rest.target().name + ": the statement ended " + status;
        return false;
    }
    return true;
}

bool FlinkGatewayClient::live(const std::string &pipeline, const std::vector<DeployedObject> &known,
                              std::vector<DeployedObject> *objects, std::string *error)
{
    std::vector<nlohmann::json> rows;
    if (!run("SHOW JOBS", &rows, nullptr, error))
        return false;
    // SHOW JOBS: job id, job name, status, start time. Several jobs may carry one
    // name (stopped predecessors): the newest running one counts.
    std::map<std::string, std::pair<std::string, std::string>> byName; // name -> (id, status)
    for (const auto &row : rows) {
        if (!row.is_array() || row.size() < 3)
            continue;
        const std::string id = row[0].is_string() ? row[0].get<std::string>() : "";
        const std::string name = row[1].is_string() ? row[1].get<std::string>() : "";
        const std::string state = row[2].is_string() ? row[2].get<std::string>() : "";
        auto it = byName.find(name);
        if (it == byName.end() || state == "RUNNING")
            byName[name] = {id, state};
    }
    objects->clear();
    for (DeployedObject o : known) {
        o.state = "MISSING";
        for (const auto &row : rows) {
            if (row.is_array() && row.size() >= 3 && row[0] == o.id)
                o.state = row[2].get<std::string>();
        }
        objects->push_back(std::move(o));
    }
    const std::string prefix = "pipewright." + pipelineTag(pipeline) + ".";
    for (const auto &[name, job] : byName) {
        const bool isKnown = std::any_of(known.begin(), known.end(), [&](const DeployedObject &o) { return o.name == name; });
        if (name.rfind(prefix, 0) == 0 && !isKnown && job.second == "RUNNING") {
            DeployedObject o;
            o.pipeline = pipeline;
            o.kind = "job";
            o.name = name;
            o.id = job.first;
            o.state = job.second;
            objects->push_back(std::move(o));
        }
    }
    return true;
}

bool FlinkGatewayClient::prepare(const codegen::ExportResult &result, std::string *error)
{
    for (const auto &s : splitExport(result)) {
        if (s.kind == DeploymentStatement::Kind::Insert)
            continue;
        if (!run(s.text, nullptr, nullptr, error)) {
            *error += " (" + (s.nodeId.empty() ? std::string("script") : "node " + s.nodeId) + ", line "
                + std::to_string(s.line) + ")";
            return false;
        }
    }
    return true;
}

bool FlinkGatewayClient::remove(const DeployedObject &object, bool forReplace, std::string *message)
{
    std::vector<nlohmann::json> rows;
    std::string error;
    if (isStopped(object.state)) {
        *message = "job " + object.id + " is " + object.state + " already";
        return true;
    }
    if (forReplace) {
        if (run("STOP JOB " + quoteLiteral(object.id) + " WITH SAVEPOINT", &rows, nullptr, &error)) {
            std::string savepoint;
            if (!rows.empty() && rows[0].is_array() && !rows[0].empty() && rows[0][0].is_string())
                savepoint = rows[0][0].get<std::string>();
            m_savepoints[object.name] = savepoint;
            m_oldShapes[object.name] = queryShape(object.fingerprint);
            *message = "stopped job " + object.id + " with savepoint " + savepoint;
            return true;
        }
        // No savepoint directory on the cluster, or an old gateway: stop without one.
        *message = "no savepoint (" + error + "); ";
        m_savepoints[object.name].clear();
    }
    rows.clear();
    if (!run("STOP JOB " + quoteLiteral(object.id), &rows, nullptr, &error)) {
        *message += error;
        return false;
    }
    *message += "stopped job " + object.id;
    return true;
}

bool FlinkGatewayClient::create(const DesiredObject &object, DeployedObject *created, std::string *message)
{
    std::string error;
    std::string restart = "started from the sources' start offsets";
    bool fromSavepoint = false;
    if (auto it = m_savepoints.find(object.name); it != m_savepoints.end()) {
        if (it->second.empty()) {
            restart += " (the old job stopped without a savepoint)";
        } else if (m_oldShapes[object.name] != queryShape(object.fingerprint)) {
            restart += " (its query or a table's columns changed, so the savepoint's state would not match)";
        } else {
            if (!run("SET 'execution.savepoint.path' = " + quoteLiteral(it->second), nullptr, nullptr, &error)) {
                *message = error;
                return false;
            }
            fromSavepoint = true;
            restart = "restarted from savepoint " + it->second;
        }
    }
    std::vector<nlohmann::json> rows;
    std::string jobId;
    const bool ok = run("SET 'pipeline.name' = " + quoteLiteral(object.name), nullptr, nullptr, &error)
        && run(object.statement, &rows, &jobId, &error);
    if (fromSavepoint) {
        std::string ignored;
        run("RESET 'execution.savepoint.path'", nullptr, nullptr, &ignored);
    }
    if (!ok) {
        *message = error;
        return false;
    }
    // v1 results carry the job id as the single "job id" column; v2+ also as jobID.
    if (jobId.empty() && !rows.empty() && rows[0].is_array() && !rows[0].empty() && rows[0][0].is_string())
        jobId = rows[0][0].get<std::string>();
    if (jobId.empty()) {
        *message = m_rest.target().name + ": the INSERT of " + object.name + " returned no job id";
        return false;
    }
    created->kind = "job";
    created->name = object.name;
    created->nodeId = object.nodeId;
    created->id = jobId;
    created->state = "RUNNING";
    created->fingerprint = object.fingerprint;
    created->detail = restart;
    *message = "job " + object.name + " (" + jobId + "): " + restart;
    return true;
}

} // namespace deployment
