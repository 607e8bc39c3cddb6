#pragma once

#include "pipeline/runtime/kafka/clientproperties.h"
#include "pipeline/runtime/llm/llmendpoint.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// What a "Test connection" found: success with a one-line summary (and details
/// such as the model list), or failure with the reason.
struct ConnectionTestResult {
    bool ok = false;
    QString summary;
    QStringList details;
};

/// The Settings dialog's connection tests. Every function blocks (network, with
/// timeouts): run them with runInBackground(), passing resolved secrets in.
class ConnectionTester {
    Q_DECLARE_TR_FUNCTIONS(ConnectionTester)

public:
    /// Kafka: cluster metadata => broker count and topic count (internal "__" topics left out).
    static ConnectionTestResult kafka(const std::string &bootstrap, const pipeline::runtime::ClientProperties &properties,
                                      int timeoutMs = 8000);
    /// LLM endpoint: GET {baseUrl}/models => the model list; a server without that
    /// route gets a one-token chat completion round trip instead.
    static ConnectionTestResult llm(const pipeline::runtime::LlmEndpoint &endpoint,
                                    const pipeline::runtime::SecretResolver &resolver, int timeoutMs = 15000);
    /// Schema Registry: GET {url}/subjects => the subject count.
    static ConnectionTestResult schemaRegistry(const std::string &url, const std::string &username,
                                               const std::string &password, int timeoutMs = 8000);
};
