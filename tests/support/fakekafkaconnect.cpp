#include "fakekafkaconnect.h"

#include <nlohmann/json.hpp>

#include <cctype>

namespace pipewright::testsupport {

namespace {

using json = nlohmann::json;

MockHttpResponse connectError(int status, const std::string &message)
{
    return reply(status, json{{"error_code", status}, {"message", message}}.dump());
}

std::string decode(const std::string &segment)
{
    std::string out;
    for (std::size_t i = 0; i < segment.size(); ++i) {
        if (segment[i] == '%' && i + 2 < segment.size()) {
            out += char(std::stoi(segment.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += segment[i];
        }
    }
    return out;
}

} // namespace

FakeKafkaConnect::FakeKafkaConnect() = default;
FakeKafkaConnect::~FakeKafkaConnect() { stop(); }

bool FakeKafkaConnect::start(std::string *error)
{
    m_server = std::make_unique<MockHttpServer>([this](const MockHttpRequest &r) { return handle(r); });
    return m_server->start(0, error);
}

void FakeKafkaConnect::stop()
{
    if (m_server)
        m_server->stop();
}

std::string FakeKafkaConnect::url() const
{
    return "http://127.0.0.1:" + std::to_string(m_server ? m_server->port() : 0);
}

std::map<std::string, FakeKafkaConnect::Connector> FakeKafkaConnect::connectors() const
{
    std::lock_guard lock(m_mutex);
    return m_connectors;
}

std::vector<std::string> FakeKafkaConnect::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

std::string FakeKafkaConnect::statusJson(const std::string &name, Connector &connector) const
{
    // First look: the worker has not assigned the tasks yet.
    const bool started = connector.statusCalls++ > 0;
    const int tasks = std::max(1, std::atoi(connector.config["tasks.max"].c_str()));
    const std::string cls = connector.config["connector.class"];
    json list = json::array();
    if (started) {
        for (int i = 0; i < tasks; ++i) {
            json task{{"id", i}, {"worker_id", "127.0.0.1:8083"}, {"state", failTasks.count(name) ? "FAILED" : "RUNNING"}};
            if (failTasks.count(name))
                task["trace"] = "org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.\n"
                                "\tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:618)\n"
                                "Caused by: java.sql.SQLException: Cannot connect to " + connector.config["connection.url"];
            list.push_back(task);
        }
    }
    return json{{"name", name},
                {"connector", {{"state", started ? "RUNNING" : "UNASSIGNED"}, {"worker_id", "127.0.0.1:8083"}}},
                {"tasks", list},
                {"type", cls.find("Source") != std::string::npos ? "source" : "sink"}}
        .dump();
}

MockHttpResponse FakeKafkaConnect::handle(const MockHttpRequest &request)
{
    std::lock_guard lock(m_mutex);
    m_requests.push_back(request.method + " " + request.path);
    if (!basicAuthMatches(request.header("authorization"), options.credentials))
        return connectError(401, "Unauthorized");
    if (request.path == "/" && request.method == "GET")
        return reply(200, json{{"version", "3.6.0"}, {"commit", "fake"}, {"kafka_cluster_id", "fake"}}.dump());
    if (request.path == "/connectors" && request.method == "GET") {
        if (request.query.find("expand=status") != std::string::npos) {
            json out = json::object();
            for (auto &[name, c] : m_connectors)
                out[name] = {{"status", json::parse(statusJson(name, c))}};
            return reply(200, out.dump());
        }
        json names = json::array();
        for (const auto &[name, c] : m_connectors)
            names.push_back(name);
        return reply(200, names.dump());
    }
    if (request.path.rfind("/connectors/", 0) != 0)
        return connectError(404, "HTTP 404 Not Found");
    std::string rest = request.path.substr(12);
    const std::size_t slash = rest.find('/');
    const std::string name = decode(rest.substr(0, slash));
    const std::string sub = slash == std::string::npos ? "" : rest.substr(slash + 1);
    auto it = m_connectors.find(name);
    if (sub == "config" && request.method == "PUT") {
        const json body = json::parse(request.body, nullptr, false);
        if (!body.is_object())
            return connectError(500, "Unrecognized token: the request body is not a JSON object");
        std::map<std::string, std::string> config;
        for (const auto &[k, v] : body.items()) {
            if (!v.is_string())
                return connectError(500, "Cannot deserialize value of type `java.lang.String` from " + v.dump() + " (key " + k + ")");
            config[k] = v.get<std::string>();
        }
        if (config.count("name") && config["name"] != name)
            return connectError(400, "Connector name configuration (" + config["name"] + ") doesn't match connector name in the URL (" + name + ")");
        const std::string cls = config["connector.class"];
        if (cls.empty())
            return connectError(400, "Connector config {" + request.body + "} contains no connector type");
        for (char c : cls) {
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '$'))
                return connectError(500, "Failed to find any class that implements Connector and which name matches " + cls);
        }
        if (cls.find("Sink") != std::string::npos && config["topics"].empty() && config["topics.regex"].empty())
            return connectError(400, "Connector configuration is invalid and contains the following 1 error(s):\nMust configure one of topics or topics.regex\nYou can also find the above list of errors at the endpoint `/connector-plugins/{connectorType}/config/validate`");
        if (config.count("tasks.max") && std::atoi(config["tasks.max"].c_str()) < 1)
            return connectError(400, "Connector configuration is invalid and contains the following 1 error(s):\nInvalid value " + config["tasks.max"] + " for configuration tasks.max: Value must be at least 1");
        if (++m_changes == options.rejectChange)
            return connectError(409, "Cannot complete request because of a conflicting operation (e.g. worker rebalance) (fake failure injection, change " + std::to_string(m_changes) + ")");
        config["name"] = name;
        const bool created = it == m_connectors.end();
        Connector &c = m_connectors[name];
        c.config = config;
        c.statusCalls = 0;
        return reply(created ? 201 : 200, json{{"name", name}, {"config", config}, {"tasks", json::array()}, {"type", cls.find("Source") != std::string::npos ? "source" : "sink"}}.dump());
    }
    if (it == m_connectors.end())
        return connectError(404, "Connector " + name + " not found");
    if (sub.empty() && request.method == "DELETE") {
        if (++m_changes == options.rejectChange)
            return connectError(409, "Cannot complete request because of a conflicting operation (fake failure injection)");
        m_connectors.erase(it);
        return reply(204, "");
    }
    if (request.method != "GET")
        return connectError(405, "HTTP 405 Method Not Allowed");
    if (sub.empty())
        return reply(200, json{{"name", name}, {"config", it->second.config}, {"tasks", json::array()}}.dump());
    if (sub == "config")
        return reply(200, json(it->second.config).dump());
    if (sub == "status")
        return reply(200, statusJson(name, it->second));
    return connectError(404, "HTTP 404 Not Found");
}

} // namespace pipewright::testsupport
