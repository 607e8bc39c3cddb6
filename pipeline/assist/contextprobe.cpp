#include "pipeline/assist/contextprobe.h"

#include <curl/curl.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <mutex>
#include <sstream>

namespace pipeline::assist {

using nlohmann::json;

namespace {

std::mutex g_cacheMutex;
std::map<std::string, ContextInfo> g_cache;

size_t append(char *data, size_t size, size_t count, void *user)
{
    static_cast<std::string *>(user)->append(data, size * count);
    return size * count;
}

// One small request; null unless the answer is a 2xx JSON object.
json fetchJson(const std::string &url, const std::string *postBody, const std::string &apiKey, int timeoutMillis,
               bool verifyTls)
{
    CURL *easy = curl_easy_init();
    if (!easy)
        return nullptr;
    std::string body;
    curl_slist *headers = curl_slist_append(nullptr, "Accept: application/json");
    if (postBody)
        headers = curl_slist_append(headers, "Content-Type: application/json");
    if (!apiKey.empty())
        headers = curl_slist_append(headers, ("Authorization: Bearer " + apiKey).c_str());
    curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    if (postBody) {
        curl_easy_setopt(easy, CURLOPT_POST, 1L);
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, postBody->c_str());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE, long(postBody->size()));
    }
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &append);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(timeoutMillis));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(timeoutMillis));
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, verifyTls ? 1L : 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, verifyTls ? 2L : 0L);
    const CURLcode code = curl_easy_perform(easy);
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(easy);
    if (code != CURLE_OK || status < 200 || status >= 300)
        return nullptr;
    json parsed = json::parse(body, nullptr, false);
    return parsed.is_object() ? parsed : json();
}

int positive(const json &value)
{
    if (value.is_number_integer() && value.get<long long>() > 0)
        return int(std::min<long long>(value.get<long long>(), 1LL << 30));
    return 0;
}

// "num_ctx 8192" among Ollama's parameter lines.
int numCtxOf(const std::string &parameters)
{
    std::istringstream lines(parameters);
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::string key;
        long long value = 0;
        if (words >> key >> value && key == "num_ctx" && value > 0)
            return int(value);
    }
    return 0;
}

std::string rootOf(std::string base)
{
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    if (base.size() >= 3 && base.compare(base.size() - 3, 3, "/v1") == 0)
        base.resize(base.size() - 3);
    return base;
}

ContextInfo ask(const runtime::LlmEndpoint &endpoint, const std::string &model, const std::string &key, int timeout)
{
    ContextInfo info;
    std::string base = endpoint.baseUrl;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    const std::string root = rootOf(base);

    // vLLM: its OpenAI model list carries max_model_len.
    if (json models = fetchJson(base + "/models", nullptr, key, timeout, endpoint.verifyTls); models.is_object()) {
        if (auto data = models.find("data"); data != models.end() && data->is_array())
            for (const auto &m : *data)
                if (m.is_object() && (m.value("id", "") == model || data->size() == 1))
                    if (int n = positive(m.value("max_model_len", json())); n > 0) {
                        info.tokens = n;
                        info.source = "vLLM max_model_len";
                        return info;
                    }
    }
    // llama.cpp server: the slots' context.
    if (json props = fetchJson(root + "/props", nullptr, key, timeout, endpoint.verifyTls); props.is_object()) {
        int n = 0;
        if (auto settings = props.find("default_generation_settings"); settings != props.end() && settings->is_object())
            n = positive(settings->value("n_ctx", json()));
        if (n == 0)
            n = positive(props.value("n_ctx", json()));
        if (n > 0) {
            info.tokens = n;
            info.source = "llama.cpp n_ctx";
            return info;
        }
    }
    // Ollama: num_ctx when the model (Modelfile) sets it, else the server's default.
    const std::string request = json{{"model", model}}.dump();
    if (json show = fetchJson(root + "/api/show", &request, key, timeout, endpoint.verifyTls); show.is_object()) {
        if (auto modelInfo = show.find("model_info"); modelInfo != show.end() && modelInfo->is_object())
            for (const auto &[name, value] : modelInfo->items())
                if (name.size() > 15 && name.compare(name.size() - 15, 15, ".context_length") == 0)
                    info.modelMaximum = positive(value);
        if (int n = numCtxOf(show.value("parameters", "")); n > 0) {
            info.tokens = n;
            info.source = "Ollama num_ctx";
        } else {
            info.tokens = info.modelMaximum > 0 ? std::min(info.modelMaximum, ContextProbe::OllamaDefaultContext)
                                                : ContextProbe::OllamaDefaultContext;
            info.source = "Ollama default";
        }
    }
    return info;
}

} // namespace

ContextInfo ContextProbe::query(const runtime::LlmEndpoint &endpoint, const std::string &model,
                                const runtime::SecretResolver &resolver, int timeoutMillis)
{
    const std::string cacheKey = endpoint.baseUrl + "|" + model;
    {
        std::lock_guard lock(g_cacheMutex);
        if (auto it = g_cache.find(cacheKey); it != g_cache.end())
            return it->second;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    std::string key;
    if (!endpoint.apiKeyRef.empty()) {
        std::string error;
        if (auto resolved = runtime::resolveApiKey(endpoint.apiKeyRef, resolver, &error))
            key = *resolved;
    }
    const ContextInfo info = ask(endpoint, model, key, timeoutMillis);
    std::lock_guard lock(g_cacheMutex);
    g_cache[cacheKey] = info;
    return info;
}

void ContextProbe::clearCache()
{
    std::lock_guard lock(g_cacheMutex);
    g_cache.clear();
}

} // namespace pipeline::assist
