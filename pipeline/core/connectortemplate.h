#pragma once

#include "pipeline/core/graph.h"
#include "pipeline/core/nodetype.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace pipeline {

/// One Kafka Connect configuration property a template knows. The node keeps its
/// value in `parameter` (camel case: parameter keys must not contain dots, which
/// diagnostics use for item paths); export writes it under `name`.
struct ConnectorProperty {
    std::string name;      // Connect's property, e.g. "database.hostname"
    std::string parameter; // the node parameter, e.g. "databaseHostname"
    std::string label;
    ParameterType type = ParameterType::String; // SecretRef: a reference, exported as ${env:...}
    nlohmann::json defaultValue;                // this template's default; null = none
    bool required = false;
    std::vector<std::string> allowedValues;
    std::string help;
};

/// A connector a connect-source / connect-sink node can stand for: its class, the
/// properties a user sets, and the topic it owns. The connector runs in the user's
/// Connect cluster; Pipewright reads or writes that topic and exports the
/// connector's configuration (docs/node-kinds.md, "Kafka Connect").
struct ConnectorTemplate {
    std::string id;    // "debezium-oracle", stored in the node's `connector` parameter
    std::string label; // English; the GUI translates
    std::string connectorClass;
    bool source = true;
    bool cdc = false;   // a Debezium connector: envelope records, <prefix>.<schema>.<table> topics
    bool table = false; // sinks: writes into a named table / collection
    std::vector<ConnectorProperty> properties;

    const ConnectorProperty *property(std::string_view parameter) const;

    static const std::vector<ConnectorTemplate> &sources();
    static const std::vector<ConnectorTemplate> &sinks();
    /// Either direction; nullptr for an unknown id.
    static const ConnectorTemplate *find(std::string_view id);
    /// The template a node of kind connect-source / connect-sink stands for (its
    /// `connector` parameter, or the kind's default); nullptr when unknown.
    static const ConnectorTemplate *of(const Node &node);

    /// The topic the node's connector owns: a CDC source writes
    /// `<topic.prefix>.<schema>.<table>` (Debezium's convention), the JDBC source
    /// `<topic.prefix><table>`, a sink reads its `topic` parameter.
    static std::string topicOf(const Node &node);
    /// Debezium's record shape for the declared columns: the envelope
    /// (before, after, source, op, ts_ms) or, unwrapped by ExtractNewRecordState,
    /// the row's columns plus the `__field` metadata it was asked to add.
    static Schema recordSchema(const Node &node, const Schema &columns);
    /// Connect's `${provider:...}` reference for a Pipewright secret reference:
    /// env:NAME -> ${env:NAME}; keychain:NAME -> a key of the worker's secrets file.
    static std::string configReference(std::string_view secretReference);
    /// The worker-side properties file that keychain references are read from.
    static constexpr const char *secretsFile = "/etc/kafka-connect/pipewright-secrets.properties";
};

} // namespace pipeline
