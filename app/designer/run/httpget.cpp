#include "app/designer/run/httpget.h"

#include <curl/curl.h>

namespace {

size_t appendBody(char *data, size_t size, size_t count, void *out)
{
    auto *body = static_cast<std::string *>(out);
    // A connection test only needs the start of an answer; cap what a misconfigured URL could send.
    if (body->size() < 4 * 1024 * 1024)
        body->append(data, size * count);
    return size * count;
}

} // namespace

HttpGetResult httpGet(const std::string &url, const std::vector<std::string> &headers, const std::string &user,
                      const std::string &password, long timeoutMs)
{
    HttpGetResult result;
    CURL *curl = curl_easy_init();
    if (!curl) {
        result.error = "cannot initialise libcurl";
        return result;
    }
    curl_slist *list = nullptr;
    for (const std::string &h : headers)
        list = curl_slist_append(list, h.c_str());
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, timeoutMs);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, timeoutMs);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &result.body);
    if (!user.empty()) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.c_str());
    }
    const CURLcode code = curl_easy_perform(curl);
    if (code == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &result.status);
    else
        result.error = errorBuffer[0] ? errorBuffer : curl_easy_strerror(code);
    curl_slist_free_all(list);
    curl_easy_cleanup(curl);
    return result;
}
