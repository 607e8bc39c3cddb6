#pragma once

#include "app/designer/settings/profilepageadapter.h"

#include "deployment/deploymenttarget.h"

#include <QCoreApplication>

#include <vector>

/// The Deployment targets page: ksqlDB servers, Flink SQL Gateways and Kafka
/// Connect workers (kind, URL, credentials as a secret whose value is
/// user:password or "Bearer TOKEN", the Kafka Connect target of a SQL target,
/// the Flink export's Kafka and Schema Registry addresses, the gateway's REST
/// version). Stored in the targets file pipewright-cli reads
/// (deployment::defaultTargetsFile()), so the designer and the CLI deploy to the
/// same places.
class DeploymentTargetsPage : public ProfilePageAdapter {
    Q_DECLARE_TR_FUNCTIONS(DeploymentTargetsPage)

public:
    ProfilePageDescription description() const override;
    QList<ProfileEntry> load() const override;
    void save(const QList<ProfileEntry> &entries, const QString &active) const override;
    QString keychainEntry(const QString &profileName, const QString &fieldKey) const override;

    static ProfileEntry toEntry(const deployment::DeploymentTarget &target);
    static deployment::DeploymentTarget toTarget(const ProfileEntry &entry);
    /// The targets file's targets (none when it does not exist or cannot be read).
    static std::vector<deployment::DeploymentTarget> loadTargets(QString *error = nullptr);
};
