#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// A Kafka cluster to run against: bootstrap servers plus librdkafka properties
/// (security.protocol, sasl.mechanism, ssl.ca.location, ...). Secrets never appear
/// as values: a secret property holds a reference, `env:NAME` (an environment
/// variable) or `keychain:NAME` (an OS keychain entry), resolved when a run starts.
struct ConnectionProfile {
    QString name;
    QString bootstrapServers;
    QList<QPair<QString, QString>> properties;

    /// Properties whose values are secrets (passwords, client secrets, private keys).
    static bool isSecretKey(const QString &key);
    /// What is wrong with one property (empty = fine): no name, bootstrap.servers
    /// given twice, or a secret that is not a reference.
    static QString propertyProblem(const QString &key, const QString &value);
    /// The keychain entry the Settings dialog stores this profile's `key` under.
    QString keychainEntry(const QString &key) const { return QStringLiteral("kafka/") + name + QLatin1Char('/') + key; }
    /// What is wrong with the profile, one message per problem (empty = fine).
    QStringList problems() const;
    bool operator==(const ConnectionProfile &) const = default;
};
