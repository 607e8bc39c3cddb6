#pragma once

#include "pipeline/runtime/dataflow/secretreference.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// A Schema Registry as the user configured it; the `schemaRegistry` parameter of
/// Avro sources and sinks names one. Like LLM endpoints it holds a reference to
/// the credentials (`env:NAME` whose value is user:password, or `keychain:NAME`),
/// never the credentials, so it can be saved and logged. `userInfo` is for
/// credentials already in memory (a properties file's basic.auth.user.info with
/// ${VAR} substituted) and is never written out.
struct SchemaRegistryProfile {
    std::string name = "default";
    std::string url; // e.g. http://localhost:8081 (no trailing slash needed)
    std::string authRef;
    std::string userInfo;
    bool verifyTls = true;
};

/// Why a registry call failed: the registry could not be reached or answered
/// garbage (Transport), the id/subject does not exist (NotFound), or another
/// HTTP error (Http, with the registry's message).
struct SchemaRegistryError {
    enum class Kind { Transport, NotFound, Http } kind = Kind::Transport;
    long status = 0;
    std::string message;
};

/// A registered schema version.
struct RegisteredSchema {
    std::int32_t id = 0;
    int version = 0;
    std::string subject;
    std::string schema; // Avro schema JSON text
};

/// Confluent Schema Registry REST client (libcurl, blocking, thread-safe).
/// Schemas fetched by id are cached for the client's lifetime (ids are
/// immutable), and so are ids the registry said do not exist (one lookup, not one
/// per message). Basic auth from the profile's secret reference, resolved per
/// request so a rotated password is picked up.
class SchemaRegistryClient {
public:
    explicit SchemaRegistryClient(SchemaRegistryProfile profile, SecretResolver resolver = {});
    ~SchemaRegistryClient();

    const SchemaRegistryProfile &profile() const { return m_profile; }

    /// GET /schemas/ids/{id}: the schema's JSON text.
    std::optional<std::string> schemaById(std::int32_t id, SchemaRegistryError *error);
    /// GET /subjects/{subject}/versions/latest.
    std::optional<RegisteredSchema> latest(const std::string &subject, SchemaRegistryError *error);
    /// POST /subjects/{subject}/versions: the schema's id (the existing one when
    /// the same schema is registered already).
    std::optional<std::int32_t> registerSchema(const std::string &subject, const std::string &schema,
                                               SchemaRegistryError *error);
    /// POST /compatibility/subjects/{subject}/versions/latest?verbose=true: true
    /// when compatible or when the subject has no version yet; `messages` gets the
    /// registry's reasons for an incompatibility.
    std::optional<bool> isCompatible(const std::string &subject, const std::string &schema,
                                     std::vector<std::string> *messages, SchemaRegistryError *error);
    /// GET /subjects: reachability probe and topic browsing.
    std::optional<std::vector<std::string>> subjects(SchemaRegistryError *error);

    /// Requests that went over the network (cache hits excluded), for tests.
    std::uint64_t requestCount() const;

private:
    struct Response {
        long status = 0;
        std::string body;
    };
    std::optional<Response> request(const std::string &method, const std::string &path, const std::string &body,
                                     SchemaRegistryError *error);

    SchemaRegistryProfile m_profile;
    SecretResolver m_resolver;
    mutable std::mutex m_mutex;
    std::map<std::int32_t, std::string> m_byId;
    std::map<std::int32_t, std::string> m_missingIds; // id -> the registry's message
    std::uint64_t m_requests = 0;
};

} // namespace pipeline::runtime
