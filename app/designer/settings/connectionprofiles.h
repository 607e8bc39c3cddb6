#pragma once

#include "app/designer/settings/connectionprofile.h"

#include "pipeline/runtime/kafka/clientproperties.h"

#include <QList>
#include <QString>

#include <optional>

/// Connection profiles in QSettings ("connections/…"), and which one runs use.
/// Secrets are stored only as references (env:NAME, keychain:NAME): save() drops
/// any literal value of a secret property rather than write it, and resolve()
/// reads the environment or the keychain (SecretStore) when a run starts.
class ConnectionProfiles {
public:
    static QList<ConnectionProfile> load();
    static void save(const QList<ConnectionProfile> &profiles);

    /// The profile runs use; empty = the sandbox.
    static QString activeName();
    static void setActiveName(const QString &name);
    /// The active profile, nullopt for the sandbox (or a name that no longer exists).
    static std::optional<ConnectionProfile> active();

    /// The profile's librdkafka properties with secret references replaced by their
    /// values. False with a message when a reference cannot be resolved or a secret
    /// is not a reference.
    static bool resolve(const ConnectionProfile &profile, pipeline::runtime::ClientProperties *out, QString *error);
};
