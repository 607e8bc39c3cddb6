#pragma once

#include "mockhttpserver.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace pipewright::testsupport {

/// A Confluent Schema Registry–compatible HTTP server for tests (test tree only):
/// `GET /subjects`, `GET|POST /subjects/{s}/versions`, `GET
/// /subjects/{s}/versions/{latest|n}`, `GET /schemas/ids/{id}` and `POST
/// /compatibility/subjects/{s}/versions/latest`, with Confluent's error bodies
/// ({"error_code": 40403, "message": ...}). Compatibility is a real BACKWARD
/// check of Avro schemas (the new schema must read data written with the latest
/// one): a new field without a default, a changed type (other than Avro's
/// promotions) or a removed enum symbol is incompatible; a removed field is fine.
/// Registration refuses incompatible schemas with 409, like the real registry.
/// Ids are global; registering the same schema text again returns its id.
/// Every request is recorded; optional basic auth.
class MockSchemaRegistry {
public:
    MockSchemaRegistry();
    ~MockSchemaRegistry();

    bool start(int port = 0, std::string *error = nullptr);
    void stop();
    /// "http://127.0.0.1:<port>"
    std::string url() const;

    /// Registers directly (no HTTP, no compatibility check): the schema id.
    int registerSchema(const std::string &subject, const std::string &schemaJson);
    /// "BACKWARD" (default) or "NONE" for one subject.
    void setCompatibility(const std::string &subject, const std::string &level);
    /// Requests without `Authorization: Basic base64(userInfo)` get 401; empty = no auth.
    void requireBasicAuth(const std::string &userInfo);

    std::vector<MockHttpRequest> requests() const;
    /// Recorded requests with this method whose path starts with `pathPrefix`.
    std::vector<MockHttpRequest> requests(const std::string &method, const std::string &pathPrefix) const;
    void clearRequests();
    /// Schema text of an id, or empty.
    std::string schemaText(int id) const;
    /// Versions registered under a subject (0 if none).
    int versionCount(const std::string &subject) const;

    /// The BACKWARD check on its own: reasons the reader cannot read the writer's
    /// data (empty = compatible).
    static std::vector<std::string> backwardIncompatibilities(const nlohmann::json &reader, const nlohmann::json &writer);

private:
    MockHttpResponse handle(const MockHttpRequest &request);
    int registerLocked(const std::string &subject, const std::string &schemaJson);

    std::unique_ptr<MockHttpServer> m_server;
    mutable std::mutex m_mutex;
    std::map<int, std::string> m_schemas;                // id -> text
    std::map<std::string, std::vector<int>> m_subjects;  // subject -> ids by version
    std::map<std::string, std::string> m_compatibility;  // subject -> level
    std::string m_authHeader;
    std::vector<MockHttpRequest> m_requests;
    int m_nextId = 1;
};

} // namespace pipewright::testsupport
