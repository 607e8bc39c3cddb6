#include "deployment/ksqldbclient.h"

#include "deployment/deploymenttag.h"

#include <algorithm>
#include <cctype>

namespace deployment {

namespace {

std::string upper(std::string text)
{
    for (char &c : text)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

/// An identifier as ksqlDB needs it in a statement.
std::string quoteName(const std::string &name)
{
    for (unsigned char c : name) {
        if (!(std::isupper(c) || std::isdigit(c) || c == '_'))
            return "`" + name + "`";
    }
    return name;
}

std::vector<std::string> stringList(const nlohmann::json &j)
{
    std::vector<std::string> out;
    if (j.is_array()) {
        for (const auto &v : j) {
            if (v.is_string())
                out.push_back(v.get<std::string>());
        }
    }
    return out;
}

} // namespace

std::string KsqldbClient::engineName(const std::string &name, bool quoted)
{
    return quoted ? name : upper(name);
}

std::vector<DesiredObject> KsqldbClient::desired(const std::string &pipeline, const codegen::ExportResult &result,
                                                 std::vector<std::string> *notes)
{
    std::vector<DesiredObject> out;
    std::map<std::string, int> insertsPerNode;
    for (const auto &s : splitExport(result)) {
        if (s.kind == DeploymentStatement::Kind::Set) {
            m_properties[s.settingKey] = s.settingValue;
            continue;
        }
        if (s.nodeId.empty() || s.objectName.empty())
            continue;
        DesiredObject d;
        d.nodeId = s.nodeId;
        d.statement = s.text;
        for (const auto &read : s.reads)
            d.dependsOn.push_back(engineName(read, read != upper(read) && s.text.find("`" + read + "`") != std::string::npos));
        if (s.kind == DeploymentStatement::Kind::Insert) {
            // A tag ksqlDB keeps: INSERT INTO accepts QUERY_ID (ksqlDB 0.24+).
            const int n = ++insertsPerNode[s.nodeId];
            d.kind = "query";
            d.name = upper("PW_" + pipelineTag(pipeline) + "_" + pipelineTag(s.nodeId)) + (n > 1 ? "_" + std::to_string(n) : "");
            const std::size_t into = upper(s.text).find("INTO");
            const std::string written = s.quotedName ? "`" + s.objectName + "`" : s.objectName;
            const std::size_t at = s.text.find(written, into) + written.size();
            d.statement = s.text.substr(0, at) + " WITH (QUERY_ID='" + d.name + "')" + s.text.substr(at);
            d.dependsOn.push_back(engineName(s.objectName, s.quotedName));
        } else {
            d.kind = upper(s.text).rfind("CREATE TABLE", 0) == 0 || upper(s.text).rfind("CREATE SOURCE TABLE", 0) == 0
                ? "table"
                : "stream";
            d.name = engineName(s.objectName, s.quotedName);
            d.ownsTopic = s.kind == DeploymentStatement::Kind::CreateAsSelect;
        }
        d.fingerprint = d.statement;
        out.push_back(std::move(d));
    }
    if (!m_properties.empty() && notes) {
        std::string props;
        for (const auto &[k, v] : m_properties)
            props += (props.empty() ? "" : ", ") + k + "=" + v;
        notes->push_back("streamsProperties of every statement: " + props);
    }
    return out;
}

std::optional<nlohmann::json> KsqldbClient::execute(const std::string &statement, std::string *error)
{
    nlohmann::json body{{"ksql", statement + ";"}, {"streamsProperties", nlohmann::json::object()}};
    for (const auto &[k, v] : m_properties)
        body["streamsProperties"][k] = v;
    const RestResponse response = m_rest.request("POST", "/ksql", body.dump());
    if (!response.ok()) {
        *error = m_rest.describeFailure("POST", "/ksql", response);
        return std::nullopt;
    }
    nlohmann::json entities = nlohmann::json::parse(response.body, nullptr, false);
    if (!entities.is_array()) {
        *error = m_rest.target().name + ": POST /ksql: the answer is not an array of entities";
        return std::nullopt;
    }
    return entities;
}

bool KsqldbClient::live(const std::string &pipeline, const std::vector<DeployedObject> &known,
                        std::vector<DeployedObject> *objects, std::string *error)
{
    std::map<std::string, std::string> sources; // name -> STREAM/TABLE
    for (const char *statement : {"LIST STREAMS", "LIST TABLES"}) {
        auto entities = execute(statement, error);
        if (!entities)
            return false;
        for (const auto &entity : *entities) {
            for (const char *key : {"streams", "tables"}) {
                if (entity.contains(key) && entity[key].is_array()) {
                    for (const auto &s : entity[key])
                        sources[s.value("name", "")] = s.value("type", "STREAM");
                }
            }
        }
    }
    auto queries = execute("SHOW QUERIES", error);
    if (!queries)
        return false;
    std::vector<nlohmann::json> running;
    for (const auto &entity : *queries) {
        if (entity.contains("queries") && entity["queries"].is_array()) {
            for (const auto &q : entity["queries"])
                running.push_back(q);
        }
    }
    auto queryState = [](const nlohmann::json &q) { return q.value("state", std::string("RUNNING")); };
    objects->clear();
    for (DeployedObject o : known) {
        o.state = "MISSING";
        if (o.kind == "query") {
            for (const auto &q : running) {
                if (q.value("id", "") == o.name)
                    o.state = queryState(q);
            }
        } else if (sources.count(o.name)) {
            o.state = "DECLARED";
            for (const auto &q : running) {
                const auto sinks = stringList(q.value("sinks", nlohmann::json::array()));
                const std::string id = q.value("id", "");
                if (std::find(sinks.begin(), sinks.end(), o.name) != sinks.end() && id.rfind("INSERTQUERY", 0) != 0
                    && (id.rfind("CSAS_", 0) == 0 || id.rfind("CTAS_", 0) == 0)) {
                    o.id = id;
                    o.state = queryState(q);
                }
            }
        }
        objects->push_back(std::move(o));
    }
    // Tagged queries an earlier deployment started but the record lost.
    const std::string prefix = upper("PW_" + pipelineTag(pipeline) + "_");
    for (const auto &q : running) {
        const std::string id = q.value("id", "");
        const bool knownId = std::any_of(known.begin(), known.end(), [&](const DeployedObject &o) { return o.name == id; });
        if (id.rfind(prefix, 0) == 0 && !knownId) {
            DeployedObject o;
            o.pipeline = pipeline;
            o.kind = "query";
            o.name = id;
            o.state = queryState(q);
            objects->push_back(std::move(o));
        }
    }
    return true;
}

bool KsqldbClient::remove(const DeployedObject &object, bool, std::string *message)
{
    std::string error;
    if (object.kind == "query") {
        if (!execute("TERMINATE " + object.name, &error)) {
            *message = error;
            return false;
        }
        *message = "terminated query " + object.name;
        return true;
    }
    // Queries writing the stream (its own CSAS query, INSERTs) end first: ksqlDB refuses to drop it otherwise.
    auto queries = execute("SHOW QUERIES", &error);
    if (!queries) {
        *message = error;
        return false;
    }
    std::string terminated;
    for (const auto &entity : *queries) {
        for (const auto &q : entity.value("queries", nlohmann::json::array())) {
            const auto sinks = stringList(q.value("sinks", nlohmann::json::array()));
            if (std::find(sinks.begin(), sinks.end(), object.name) == sinks.end())
                continue;
            const std::string id = q.value("id", "");
            if (!execute("TERMINATE " + id, &error)) {
                *message = error;
                return false;
            }
            terminated += (terminated.empty() ? "" : ", ") + id;
        }
    }
    const std::string statement = std::string("DROP ") + (object.kind == "table" ? "TABLE " : "STREAM ")
        + quoteName(object.name) + (object.ownsTopic ? " DELETE TOPIC" : "");
    if (!execute(statement, &error)) {
        *message = error;
        return false;
    }
    *message = (terminated.empty() ? std::string() : "terminated " + terminated + ", ") + statement;
    return true;
}

bool KsqldbClient::create(const DesiredObject &object, DeployedObject *created, std::string *message)
{
    std::string error;
    auto entities = execute(object.statement, &error);
    if (!entities) {
        *message = error;
        return false;
    }
    created->kind = object.kind;
    created->name = object.name;
    created->nodeId = object.nodeId;
    created->fingerprint = object.fingerprint;
    created->ownsTopic = object.ownsTopic;
    created->state = object.kind == "query" || object.ownsTopic ? "RUNNING" : "DECLARED";
    *message = object.kind + " " + object.name;
    for (const auto &entity : *entities) {
        const auto status = entity.value("commandStatus", nlohmann::json::object());
        if (status.value("status", "") == "ERROR") {
            *message = m_rest.target().name + ": " + status.value("message", std::string("the command failed"));
            return false;
        }
        if (status.contains("queryId") && status["queryId"].is_string() && object.kind != "query")
            created->id = status["queryId"].get<std::string>();
        if (!status.value("message", "").empty())
            *message += ": " + status.value("message", "");
    }
    return true;
}

} // namespace deployment
