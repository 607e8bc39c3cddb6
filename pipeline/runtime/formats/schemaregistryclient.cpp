#include "pipeline/runtime/formats/schemaregistryclient.h"

#include <curl/curl.h>
#include <nlohmann/json.hpp>

namespace pipeline::runtime {

namespace {

size_t collect(char *data, size_t size, size_t count, void *user)
{
    static_cast<std::string *>(user)->append(data, size * count);
    return size * count;
}

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

SchemaRegistryClient::SchemaRegistryClient(SchemaRegistryProfile profile, SecretResolver resolver)
    : m_profile(std::move(profile)), m_resolver(std::move(resolver))
{
    while (!m_profile.url.empty() && m_profile.url.back() == '/')
        m_profile.url.pop_back();
}

SchemaRegistryClient::~SchemaRegistryClient() = default;

std::uint64_t SchemaRegistryClient::requestCount() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

std::optional<SchemaRegistryClient::Response> SchemaRegistryClient::request(const std::string &method,
                                                                            const std::string &path,
                                                                            const std::string &body,
                                                                            SchemaRegistryError *error)
{
    const std::string where = "schema registry '" + m_profile.name + "' (" + m_profile.url + ")";
    auto fail = [&](SchemaRegistryError::Kind kind, long status, const std::string &message) {
        if (error)
            *error = {kind, status, where + ": " + message};
        return std::nullopt;
    };
    if (m_profile.url.empty())
        return fail(SchemaRegistryError::Kind::Transport, 0, "no URL configured");
    std::string userInfo = m_profile.userInfo;
    if (userInfo.empty() && !m_profile.authRef.empty()) {
        std::string secretError;
        auto secret = resolveApiKey(m_profile.authRef, m_resolver, &secretError);
        if (!secret)
            return fail(SchemaRegistryError::Kind::Transport, 0, "credentials: " + secretError);
        userInfo = *secret;
    }
    {
        std::lock_guard lock(m_mutex);
        ++m_requests;
    }
    CURL *easy = curl_easy_init();
    if (!easy)
        return fail(SchemaRegistryError::Kind::Transport, 0, "cannot create an HTTP handle");
    const std::string url = m_profile.url + path;
    Response response;
    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, "Accept: application/vnd.schemaregistry.v1+json, application/json");
    headers = curl_slist_append(headers, "Content-Type: application/vnd.schemaregistry.v1+json");
    curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, 15000L);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &response.body);
    if (!m_profile.verifyTls) {
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (!userInfo.empty()) {
        curl_easy_setopt(easy, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(easy, CURLOPT_USERPWD, userInfo.c_str());
    }
    if (method == "POST") {
        curl_easy_setopt(easy, CURLOPT_POST, 1L);
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE, long(body.size()));
    }
    const CURLcode rc = curl_easy_perform(easy);
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &response.status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(easy);
    if (rc != CURLE_OK)
        return fail(SchemaRegistryError::Kind::Transport, 0,
                    "cannot reach " + method + " " + path + ": " + curl_easy_strerror(rc));
    if (response.status >= 200 && response.status < 300)
        return response;
    // The registry's error body: {"error_code": 40403, "message": "Schema not found"}.
    std::string message = "HTTP " + std::to_string(response.status);
    const nlohmann::json j = nlohmann::json::parse(response.body, nullptr, false);
    if (j.is_object() && j.contains("message") && j["message"].is_string())
        message += ": " + j["message"].get<std::string>();
    if (response.status == 401 || response.status == 403)
        message += " (check the registry credentials" + (m_profile.authRef.empty() ? std::string() : " " + m_profile.authRef)
            + ")";
    return fail(response.status == 404 ? SchemaRegistryError::Kind::NotFound : SchemaRegistryError::Kind::Http,
                response.status, method + " " + path + ": " + message);
}

std::optional<std::string> SchemaRegistryClient::schemaById(std::int32_t id, SchemaRegistryError *error)
{
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_byId.find(id); it != m_byId.end())
            return it->second;
        if (auto it = m_missingIds.find(id); it != m_missingIds.end()) {
            if (error)
                *error = {SchemaRegistryError::Kind::NotFound, 404, it->second};
            return std::nullopt;
        }
    }
    auto response = request("GET", "/schemas/ids/" + std::to_string(id), {}, error);
    if (!response) {
        if (error && error->kind == SchemaRegistryError::Kind::NotFound) {
            error->message = "unknown schema id " + std::to_string(id) + " (" + error->message + ")";
            std::lock_guard lock(m_mutex);
            m_missingIds[id] = error->message;
        }
        return std::nullopt;
    }
    const nlohmann::json j = nlohmann::json::parse(response->body, nullptr, false);
    if (!j.is_object() || !j.contains("schema") || !j["schema"].is_string()) {
        if (error)
            *error = {SchemaRegistryError::Kind::Http, response->status,
                      "schema registry '" + m_profile.name + "': schema id " + std::to_string(id)
                          + ": the answer has no \"schema\" text"};
        return std::nullopt;
    }
    std::string schema = j["schema"].get<std::string>();
    std::lock_guard lock(m_mutex);
    m_byId[id] = schema;
    return schema;
}

std::optional<RegisteredSchema> SchemaRegistryClient::latest(const std::string &subject, SchemaRegistryError *error)
{
    auto response = request("GET", "/subjects/" + escapePath(subject) + "/versions/latest", {}, error);
    if (!response)
        return std::nullopt;
    const nlohmann::json j = nlohmann::json::parse(response->body, nullptr, false);
    if (!j.is_object() || !j.contains("schema") || !j["schema"].is_string() || !j.contains("id")) {
        if (error)
            *error = {SchemaRegistryError::Kind::Http, response->status,
                      "schema registry '" + m_profile.name + "': subject " + subject + ": unexpected answer"};
        return std::nullopt;
    }
    RegisteredSchema out;
    out.id = j.value("id", 0);
    out.version = j.value("version", 0);
    out.subject = j.value("subject", subject);
    out.schema = j["schema"].get<std::string>();
    std::lock_guard lock(m_mutex);
    m_byId[out.id] = out.schema;
    return out;
}

std::optional<std::int32_t> SchemaRegistryClient::registerSchema(const std::string &subject, const std::string &schema,
                                                                  SchemaRegistryError *error)
{
    const std::string body = nlohmann::json{{"schema", schema}}.dump();
    auto response = request("POST", "/subjects/" + escapePath(subject) + "/versions", body, error);
    if (!response)
        return std::nullopt;
    const nlohmann::json j = nlohmann::json::parse(response->body, nullptr, false);
    if (!j.is_object() || !j.contains("id") || !j["id"].is_number_integer()) {
        if (error)
            *error = {SchemaRegistryError::Kind::Http, response->status,
                      "schema registry '" + m_profile.name + "': registering under " + subject
                          + ": the answer has no id"};
        return std::nullopt;
    }
    const auto id = j["id"].get<std::int32_t>();
    std::lock_guard lock(m_mutex);
    m_byId[id] = schema;
    return id;
}

std::optional<bool> SchemaRegistryClient::isCompatible(const std::string &subject, const std::string &schema,
                                                       std::vector<std::string> *messages, SchemaRegistryError *error)
{
    const std::string body = nlohmann::json{{"schema", schema}}.dump();
    SchemaRegistryError e;
    auto response = request("POST", "/compatibility/subjects/" + escapePath(subject) + "/versions/latest?verbose=true",
                            body, &e);
    if (!response) {
        if (e.kind == SchemaRegistryError::Kind::NotFound)
            return true; // no version yet: the first registration defines the subject
        if (error)
            *error = e;
        return std::nullopt;
    }
    const nlohmann::json j = nlohmann::json::parse(response->body, nullptr, false);
    if (!j.is_object() || !j.contains("is_compatible") || !j["is_compatible"].is_boolean()) {
        if (error)
            *error = {SchemaRegistryError::Kind::Http, response->status,
                      "schema registry '" + m_profile.name + "': compatibility of " + subject + ": unexpected answer"};
        return std::nullopt;
    }
    if (messages)
        for (const auto &m : j.value("messages", nlohmann::json::array()))
            if (m.is_string())
                messages->push_back(m.get<std::string>());
    return j["is_compatible"].get<bool>();
}

std::optional<std::vector<std::string>> SchemaRegistryClient::subjects(SchemaRegistryError *error)
{
    auto response = request("GET", "/subjects", {}, error);
    if (!response)
        return std::nullopt;
    const nlohmann::json j = nlohmann::json::parse(response->body, nullptr, false);
    std::vector<std::string> out;
    if (j.is_array())
        for (const auto &s : j)
            if (s.is_string())
                out.push_back(s.get<std::string>());
    return out;
}

} // namespace pipeline::runtime
