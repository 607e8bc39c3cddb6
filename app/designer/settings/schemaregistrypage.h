#pragma once

#include "app/designer/settings/profilepageadapter.h"
#include "app/designer/settings/schemaregistryprofile.h"

#include <QCoreApplication>

/// The Schema Registries page: URL, username, password (a secret field) and
/// "Test connection" (GET /subjects => subject count). Profiles are
/// SchemaRegistryProfiles in QSettings.
class SchemaRegistryPage : public ProfilePageAdapter {
    Q_DECLARE_TR_FUNCTIONS(SchemaRegistryPage)

public:
    ProfilePageDescription description() const override;
    QList<ProfileEntry> load() const override;
    void save(const QList<ProfileEntry> &entries, const QString &active) const override;
    QString keychainEntry(const QString &profileName, const QString &fieldKey) const override;

    static ProfileEntry toEntry(const SchemaRegistryProfile &profile);
    static SchemaRegistryProfile toProfile(const ProfileEntry &entry);
};
