#include "deployment/restclient.h"

#include <curl/curl.h>
#include <nlohmann/json.hpp>

namespace deployment {

namespace {

size_t collect(char *data, size_t size, size_t count, void *user)
{
    static_cast<std::string *>(user)->append(data, size * count);
    return size * count;
}

} // namespace

RestClient::RestClient(DeploymentTarget target, pipeline::runtime::SecretResolver resolver)
    : m_target(std::move(target)), m_resolver(std::move(resolver))
{
}

RestResponse RestClient::request(const std::string &method, const std::string &path, const std::string &body) const
{
    RestResponse response;
    std::string secretError;
    const auto secret = pipeline::runtime::resolveApiKey(m_target.authRef, m_resolver, &secretError);
    if (!secret) {
        response.transportError = "credentials: " + secretError;
        return response;
    }
    CURL *easy = curl_easy_init();
    if (!easy) {
        response.transportError = "cannot create an HTTP handle";
        return response;
    }
    const std::string url = m_target.url + path;
    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, "Accept: application/json");
    headers = curl_slist_append(headers, "Content-Type: application/json");
    std::string bearer;
    if (secret->rfind("Bearer ", 0) == 0) {
        bearer = "Authorization: " + *secret;
        headers = curl_slist_append(headers, bearer.c_str());
    } else if (!secret->empty()) {
        curl_easy_setopt(easy, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(easy, CURLOPT_USERPWD, secret->c_str());
    }
    curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, 60000L);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, method.c_str());
    if (!m_target.verifyTls) {
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (method == "POST" || method == "PUT") {
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE, long(body.size()));
    }
    const CURLcode rc = curl_easy_perform(easy);
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &response.status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(easy);
    if (rc != CURLE_OK) {
        response.status = 0;
        response.transportError = std::string("cannot reach the server: ") + curl_easy_strerror(rc);
    }
    return response;
}

std::string RestClient::describeFailure(const std::string &method, const std::string &path,
                                        const RestResponse &response) const
{
    std::string message = m_target.name + " (" + m_target.url + "): " + method + " " + path + ": ";
    if (!response.transportError.empty())
        return message + response.transportError;
    message += "HTTP " + std::to_string(response.status);
    // ksqlDB and Connect: {"error_code", "message"}; Flink: {"errors": [...]}.
    const nlohmann::json j = nlohmann::json::parse(response.body, nullptr, false);
    if (j.is_object() && j.contains("message") && j["message"].is_string())
        message += ": " + j["message"].get<std::string>();
    else if (j.is_object() && j.contains("errors") && j["errors"].is_array() && !j["errors"].empty()) {
        // The gateway's first entry is a summary, the second the exception text.
        const auto &errors = j["errors"];
        const std::string detail = errors.size() > 1 && errors[1].is_string() ? errors[1].get<std::string>()
                                                                               : errors[0].dump();
        message += ": " + detail.substr(0, detail.find('\n'));
    }
    if (response.unauthorized())
        message += " (authentication failed: check the credentials"
            + (m_target.authRef.empty() ? std::string(", the target has none") : " behind " + m_target.authRef) + ")";
    return message;
}

} // namespace deployment
