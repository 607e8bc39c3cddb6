#pragma once

#include <QList>
#include <QString>

#include "pipeline/runtime/formats/schemaregistryclient.h"

#include <vector>

/// A Confluent-compatible Schema Registry: URL plus optional basic auth. The
/// password is a reference (env:NAME or keychain:NAME), never a value.
struct SchemaRegistryProfile {
    QString name;
    QString url;
    QString username;
    QString passwordRef;
    bool operator==(const SchemaRegistryProfile &) const = default;

    /// The keychain entry the password is stored under.
    QString keychainEntry() const { return QStringLiteral("schema-registry/") + name; }

    /// Profiles in QSettings ("schemaRegistry/profiles"); save() drops a password
    /// that is not a reference.
    static QList<SchemaRegistryProfile> load();
    static void save(const QList<SchemaRegistryProfile> &profiles);
    /// The profiles as a run uses them: passwords read now (GUI thread, keychain)
    /// into in-memory user info. A password that cannot be read is reported in
    /// `warning` and that profile goes without credentials.
    static std::vector<pipeline::runtime::SchemaRegistryProfile> runProfiles(QString *warning);
};
