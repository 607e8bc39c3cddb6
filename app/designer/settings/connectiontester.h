#pragma once

#include "pipeline/runtime/kafka/clientproperties.h"
#include "pipeline/runtime/llm/llmendpoint.h"

#include "widgets/settings/connectiontestresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The Settings dialog's connection tests. Every function blocks (network, with
/// timeouts): the profile pages run them on a worker, passing resolved secrets in.
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
    /// Database: connect through the runtime's DatabaseConnection (what a database
    /// sink uses) and run SELECT 1. A SQLite file that does not exist yet is not
    /// created: the result says whether the first run can create it.
    static ConnectionTestResult database(const std::string &driver, const std::string &connection,
                                         const std::string &password);
};
