#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// A Kafka cluster to run against: bootstrap servers plus librdkafka properties
/// (security.protocol, sasl.mechanism, ssl.ca.location, ...). Secrets never appear
/// as values: a secret property holds a reference `env:NAME`, resolved from the
/// environment when a run starts (the OS keychain comes later).
struct ConnectionProfile {
    QString name;
    QString bootstrapServers;
    QList<QPair<QString, QString>> properties;

    /// Properties whose values are secrets (passwords, client secrets, private keys).
    static bool isSecretKey(const QString &key);
    /// "env:NAME" -> NAME; empty when the value is not a reference.
    static QString environmentReference(const QString &value);
    /// What is wrong with the profile, one message per problem (empty = fine).
    QStringList problems() const;
    bool operator==(const ConnectionProfile &) const = default;
};
