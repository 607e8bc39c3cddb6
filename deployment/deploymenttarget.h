#pragma once

#include <map>
#include <string>
#include <vector>

namespace deployment {

enum class TargetKind { Ksqldb, FlinkSqlGateway, KafkaConnect };

/// "ksqldb", "flink-sql-gateway", "kafka-connect".
const char *targetKindName(TargetKind kind);
bool parseTargetKind(const std::string &text, TargetKind *kind);

/// Where a pipeline is deployed: one engine's REST endpoint. Like every profile it
/// holds a secret reference (`env:NAME`, `keychain:NAME`) whose value is
/// `user:password` (HTTP basic) or `Bearer TOKEN`, never the secret itself.
struct DeploymentTarget {
    std::string name;
    TargetKind kind = TargetKind::Ksqldb;
    std::string url;
    std::string authRef;
    bool verifyTls = true;
    /// ksqldb / flink-sql-gateway: the Kafka Connect target that receives the
    /// pipeline's connector configurations; empty = they are not deployed.
    std::string connectTarget;
    /// Export knobs that differ per environment (Flink's Kafka tables and Avro).
    std::string bootstrapServers = "localhost:9092";
    std::string schemaRegistryUrl;
    /// Flink: the gateway's REST API version path ("v1" .. "v4").
    std::string apiVersion = "v1";
};

/// Reads a targets file: {"targets": [{"name", "kind", "url", "auth",
/// "verifyTls", "connect", "bootstrapServers", "schemaRegistryUrl",
/// "apiVersion"}]}. False with "FILE: target N (NAME): message" in `error`.
bool readDeploymentTargets(const std::string &path, std::vector<DeploymentTarget> *targets, std::string *error);

/// The same document as JSON text (what readDeploymentTargets reads).
std::string writeDeploymentTargets(const std::vector<DeploymentTarget> &targets);

/// $PIPEWRIGHT_TARGETS, else $XDG_CONFIG_HOME/pipewright/targets.json, else
/// ~/.config/pipewright/targets.json (the designer writes its profiles there too).
std::string defaultTargetsFile();

/// The target called `name`, or nullptr.
const DeploymentTarget *findTarget(const std::vector<DeploymentTarget> &targets, const std::string &name);

} // namespace deployment
