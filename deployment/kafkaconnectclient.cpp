#include "deployment/kafkaconnectclient.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <thread>

namespace deployment {

namespace {

std::string escapePath(const std::string &segment)
{
    std::string out;
    for (unsigned char c : segment) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += char(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

} // namespace

std::vector<DesiredObject> KafkaConnectClient::desired(const std::string &, const codegen::ExportResult &result,
                                                       std::vector<std::string> *notes)
{
    std::vector<DesiredObject> out;
    for (const auto &artifact : result.artifacts) {
        const nlohmann::json j = nlohmann::json::parse(artifact.content, nullptr, false);
        if (!j.is_object() || !j.contains("name") || !j["name"].is_string() || !j.contains("config")
            || !j["config"].is_object()) {
            if (notes)
                notes->push_back(artifact.fileName + " (node " + artifact.nodeId
                                 + ") is not a connector configuration ({\"name\", \"config\"}); skipped");
            continue;
        }
        DesiredObject d;
        d.nodeId = artifact.nodeId;
        d.kind = "connector";
        d.name = j["name"].get<std::string>();
        nlohmann::json config = j["config"];
        config["name"] = d.name; // Connect requires it to match the path when present
        d.statement = config.dump();
        d.fingerprint = d.statement; // nlohmann::json keeps keys sorted: stable
        out.push_back(std::move(d));
    }
    return out;
}

bool KafkaConnectClient::status(const std::string &name, std::string *state, std::string *detail, std::string *error)
{
    const std::string path = "/connectors/" + escapePath(name) + "/status";
    const RestResponse r = m_rest.request("GET", path);
    if (r.status == 404) {
        *state = "MISSING";
        return true;
    }
    if (!r.ok()) {
        *error = m_rest.describeFailure("GET", path, r);
        return false;
    }
    const nlohmann::json j = nlohmann::json::parse(r.body, nullptr, false);
    if (!j.is_object()) {
        *error = m_rest.target().name + ": GET " + path + ": not JSON";
        return false;
    }
    const nlohmann::json connector = j.value("connector", nlohmann::json::object());
    *state = connector.value("state", std::string("UNASSIGNED"));
    detail->clear();
    if (*state == "FAILED")
        *detail = "connector: " + connector.value("trace", std::string());
    int running = 0, total = 0;
    for (const auto &task : j.value("tasks", nlohmann::json::array())) {
        ++total;
        const std::string taskState = task.value("state", std::string());
        if (taskState == "RUNNING")
            ++running;
        if (taskState == "FAILED") {
            *state = "FAILED";
            *detail += (detail->empty() ? "" : "\n") + std::string("task ") + std::to_string(task.value("id", 0))
                + " on " + task.value("worker_id", std::string("?")) + ": " + task.value("trace", std::string());
        }
    }
    if (*state == "RUNNING" && total > 0)
        *detail = std::to_string(running) + "/" + std::to_string(total) + " tasks running";
    else if (*state == "RUNNING")
        *state = "UNASSIGNED"; // no task yet: not running in any useful sense
    return true;
}

bool KafkaConnectClient::live(const std::string &, const std::vector<DeployedObject> &known,
                              std::vector<DeployedObject> *objects, std::string *error)
{
    objects->clear();
    for (DeployedObject o : known) {
        if (!status(o.name, &o.state, &o.detail, error))
            return false;
        objects->push_back(std::move(o));
    }
    return true;
}

bool KafkaConnectClient::remove(const DeployedObject &object, bool forReplace, std::string *message)
{
    if (forReplace) {
        *message = "updated in place";
        return true;
    }
    const std::string path = "/connectors/" + escapePath(object.name);
    const RestResponse r = m_rest.request("DELETE", path);
    if (!r.ok() && r.status != 404) {
        *message = m_rest.describeFailure("DELETE", path, r);
        return false;
    }
    *message = "deleted connector " + object.name;
    return true;
}

bool KafkaConnectClient::create(const DesiredObject &object, DeployedObject *created, std::string *message)
{
    const std::string path = "/connectors/" + escapePath(object.name) + "/config";
    const RestResponse r = m_rest.request("PUT", path, object.statement);
    if (!r.ok()) {
        *message = m_rest.describeFailure("PUT", path, r);
        return false;
    }
    created->kind = "connector";
    created->name = object.name;
    created->nodeId = object.nodeId;
    created->fingerprint = object.fingerprint;
    // Tasks start asynchronously: wait until they run or one fails.
    std::string error;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(startTimeoutMs);
    for (;;) {
        if (!status(object.name, &created->state, &created->detail, &error)) {
            *message = error;
            return false;
        }
        if (created->state == "RUNNING" || created->state == "FAILED" || std::chrono::steady_clock::now() > deadline)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (created->state == "FAILED") {
        *message = m_rest.target().name + ": connector " + object.name + " failed: " + created->detail;
        return false;
    }
    *message = "connector " + object.name + " " + (r.status == 201 ? "created" : "updated") + ": " + created->state
        + (created->detail.empty() ? "" : " (" + created->detail + ")");
    return true;
}

} // namespace deployment
