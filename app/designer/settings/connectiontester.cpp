#include "app/designer/settings/connectiontester.h"

#include "app/designer/run/httpget.h"

#include "pipeline/core/databasetable.h"
#include "pipeline/runtime/database/databaseconnection.h"
#include "pipeline/runtime/llm/llmclient.h"
#include "pipeline/runtime/formats/schemaregistryclient.h"

#include <librdkafka/rdkafka.h>
#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <memory>

namespace {

QString trimmedBody(const std::string &body)
{
    QString text = QString::fromStdString(body).simplified();
    if (text.size() > 200)
        text = text.left(200) + QStringLiteral("…");
    return text;
}

std::string withoutTrailingSlash(std::string url)
{
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    return url;
}

} // namespace

ConnectionTestResult ConnectionTester::kafka(const std::string &bootstrap,
                                             const pipeline::runtime::ClientProperties &properties, int timeoutMs)
{
    ConnectionTestResult result;
    if (bootstrap.empty()) {
        result.summary = tr("No bootstrap servers given.");
        return result;
    }
    char errstr[512] = {};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    auto set = [&](const std::string &key, const std::string &value) {
        if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
            result.summary = tr("Invalid property %1: %2").arg(QString::fromStdString(key), QString::fromUtf8(errstr));
            return false;
        }
        return true;
    };
    if (!set("bootstrap.servers", bootstrap)) {
        rd_kafka_conf_destroy(conf);
        return result;
    }
    for (const auto &[key, value] : properties)
        if (!set(key, value)) {
            rd_kafka_conf_destroy(conf);
            return result;
        }
    // No broker is ever down "for a while" in a test: fail once the timeout passes.
    set("socket.timeout.ms", std::to_string(timeoutMs));
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
    if (!rk) {
        result.summary = tr("Cannot create a Kafka client: %1").arg(QString::fromUtf8(errstr));
        return result;
    }
    const struct rd_kafka_metadata *metadata = nullptr;
    const rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 1, nullptr, &metadata, timeoutMs);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        result.summary = tr("No answer from %1: %2").arg(QString::fromStdString(bootstrap), QString::fromUtf8(rd_kafka_err2str(err)));
    } else {
        int topics = 0;
        for (int i = 0; i < metadata->topic_cnt; ++i)
            if (std::string_view(metadata->topics[i].topic).rfind("__", 0) != 0)
                ++topics;
        result.ok = true;
        result.summary = tr("Connected: %n broker(s)", nullptr, metadata->broker_cnt) + QStringLiteral(", ") + tr("%n topic(s)", nullptr, topics);
        for (int i = 0; i < metadata->broker_cnt; ++i)
            result.details << QStringLiteral("%1:%2 (id %3)")
                                  .arg(QString::fromUtf8(metadata->brokers[i].host))
                                  .arg(metadata->brokers[i].port)
                                  .arg(metadata->brokers[i].id);
        rd_kafka_metadata_destroy(metadata);
    }
    rd_kafka_destroy(rk);
    return result;
}

ConnectionTestResult ConnectionTester::llm(const pipeline::runtime::LlmEndpoint &endpoint,
                                           const pipeline::runtime::SecretResolver &resolver, int timeoutMs)
{
    ConnectionTestResult result;
    if (endpoint.baseUrl.empty()) {
        result.summary = tr("No base URL given.");
        return result;
    }
    std::string keyError;
    const std::optional<std::string> key = pipeline::runtime::resolveApiKey(endpoint.apiKeyRef, resolver, &keyError);
    if (!key) {
        result.summary = QString::fromStdString(keyError);
        return result;
    }
    std::vector<std::string> headers;
    if (!key->empty())
        headers.push_back("Authorization: Bearer " + *key);
    const HttpGetResult models = httpGet(withoutTrailingSlash(endpoint.baseUrl) + "/models", headers, {}, {}, timeoutMs);
    if (!models.error.empty()) {
        result.summary = tr("Cannot reach %1: %2").arg(QString::fromStdString(endpoint.baseUrl), QString::fromStdString(models.error));
        return result;
    }
    if (models.status == 401 || models.status == 403) {
        result.summary = tr("The server refused the API key (HTTP %1).").arg(models.status);
        return result;
    }
    if (models.status == 200) {
        const nlohmann::json json = nlohmann::json::parse(models.body, nullptr, false);
        if (!json.is_discarded() && json.is_object() && json.contains("data") && json["data"].is_array()) {
            for (const auto &m : json["data"])
                if (m.is_object() && m.contains("id") && m["id"].is_string())
                    result.details << QString::fromStdString(m["id"].get<std::string>());
            result.ok = true;
            result.summary = tr("Connected: %n model(s)", nullptr, int(result.details.size()));
            if (!endpoint.model.empty() && !result.details.contains(QString::fromStdString(endpoint.model)))
                result.summary += QStringLiteral("; ") + tr("the model %1 is not among them").arg(QString::fromStdString(endpoint.model));
            return result;
        }
    }
    // No model list (404, or a gateway with another answer): one tiny completion proves the endpoint works.
    pipeline::runtime::LlmClient client;
    client.setSecretResolver(resolver);
    pipeline::runtime::LlmRetryPolicy retry;
    retry.maxRetries = 0;
    retry.timeoutMillis = timeoutMs;
    nlohmann::json body{{"model", endpoint.model.empty() ? std::string("gpt-4o-mini") : endpoint.model},
                        {"messages", nlohmann::json::array({{{"role", "user"}, {"content", "Reply with OK."}}})},
                        {"max_tokens", 5}};
    const pipeline::runtime::LlmResult answer =
        client.send(std::make_shared<pipeline::runtime::LlmEndpoint>(endpoint), pipeline::runtime::LlmCall::chat(body, retry));
    if (!answer.ok) {
        result.summary = tr("The model list is not available (HTTP %1) and a test completion failed: %2")
                             .arg(models.status)
                             .arg(QString::fromStdString(answer.error));
        return result;
    }
    result.ok = true;
    result.summary = tr("Connected: a test completion answered in %1 ms").arg(answer.elapsedMillis);
    if (auto content = answer.chatContent())
        result.details << trimmedBody(*content);
    return result;
}

ConnectionTestResult ConnectionTester::schemaRegistry(const std::string &url, const std::string &username,
                                                      const std::string &password, int timeoutMs)
{
    ConnectionTestResult result;
    if (url.empty()) {
        result.summary = tr("No URL given.");
        return result;
    }
    // The runtime's registry client, so the test talks to the registry exactly as runs do.
    pipeline::runtime::SchemaRegistryProfile profile;
    profile.url = withoutTrailingSlash(url);
    if (!username.empty())
        profile.userInfo = username + ":" + password; // in memory only, never written
    pipeline::runtime::SchemaRegistryClient client(profile);
    pipeline::runtime::SchemaRegistryError error;
    const std::optional<std::vector<std::string>> subjects = client.subjects(&error);
    (void)timeoutMs; // the client applies its own timeouts
    if (!subjects) {
        result.summary = tr("%1: %2").arg(QString::fromStdString(url), QString::fromStdString(error.message));
        return result;
    }
    for (const std::string &s : *subjects)
        result.details << QString::fromStdString(s);
    result.ok = true;
    result.summary = tr("Connected: %n subject(s)", nullptr, int(result.details.size()));
    return result;
}

ConnectionTestResult ConnectionTester::database(const std::string &driver, const std::string &connection,
                                                const std::string &password)
{
    ConnectionTestResult result;
    if (connection.empty()) {
        result.summary = tr("No database given.");
        return result;
    }
    if (driver == "sqlite" && !QFileInfo::exists(QString::fromStdString(connection))) {
        // Opening would create the file; a test changes nothing, so say what a run will do.
        const QFileInfo file(QString::fromStdString(connection));
        const QFileInfo folder(file.absolutePath());
        result.ok = folder.isDir() && folder.isWritable();
        result.summary = result.ok ? tr("%1 does not exist yet; the first run creates it.").arg(file.filePath())
                                   : tr("Cannot create %1: the folder %2 does not exist or is not writable.")
                                         .arg(file.filePath(), QDir::toNativeSeparators(folder.filePath()));
        return result;
    }
    pipeline::DatabaseTable table;
    table.driver = driver;
    table.connection = connection;
    const std::unique_ptr<pipeline::runtime::DatabaseConnection> db = pipeline::runtime::DatabaseConnection::create(table, password);
    if (!db) {
        result.summary = tr("Unknown database driver %1.").arg(QString::fromStdString(driver));
        return result;
    }
    std::string error;
    if (!db->connect(&error) || !db->ping(&error)) {
        result.summary = QString::fromStdString(error);
        return result;
    }
    result.ok = true;
    result.summary = tr("Connected: %1 answered SELECT 1.").arg(QString::fromStdString(db->describe()));
    return result;
}
