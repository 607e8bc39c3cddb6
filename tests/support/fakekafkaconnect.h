#pragma once

#include "fakeengineoptions.h"
#include "mockhttpserver.h"

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace pipewright::testsupport {

/// A Kafka Connect worker's REST API as Apache Kafka 3.x documents it:
/// GET / (version), GET /connectors (?expand=status), PUT
/// /connectors/{name}/config (201 created / 200 updated), GET
/// /connectors/{name}, /config, /status (connector and task states, a failed
/// task's trace), DELETE /connectors/{name} (204), errors {"error_code",
/// "message"}. Configurations are checked as a worker would: connector.class
/// present and a class name, name matching the path, a sink with topics or
/// topics.regex, tasks.max a positive number. Tasks start UNASSIGNED and run
/// on the next status call, or FAIL for connectors named in failTasks.
class FakeKafkaConnect {
public:
    struct Connector {
        std::map<std::string, std::string> config;
        int statusCalls = 0;
    };

    FakeKafkaConnect();
    ~FakeKafkaConnect();
    bool start(std::string *error = nullptr);
    void stop();
    std::string url() const;

    FakeEngineOptions options;
    std::set<std::string> failTasks; // connector names whose tasks fail

    std::map<std::string, Connector> connectors() const;
    std::vector<std::string> requests() const; // "METHOD path" in order

private:
    MockHttpResponse handle(const MockHttpRequest &request);
    std::string statusJson(const std::string &name, Connector &connector) const;

    std::unique_ptr<MockHttpServer> m_server;
    mutable std::mutex m_mutex;
    std::map<std::string, Connector> m_connectors;
    std::vector<std::string> m_requests;
    int m_changes = 0;
};

} // namespace pipewright::testsupport
