#pragma once

#include <string>
#include <vector>

/// The answer of one HTTP GET: status (0 = no answer) and body, or a transport error.
struct HttpGetResult {
    long status = 0;
    std::string body;
    std::string error; // curl's message when no answer arrived
};

/// A blocking GET with libcurl for connection tests (LLM /models, Schema Registry
/// /subjects): call it off the GUI thread. Credentials go only into the request;
/// `error` never contains them.
HttpGetResult httpGet(const std::string &url, const std::vector<std::string> &headers, const std::string &user,
                      const std::string &password, long timeoutMs);
