#pragma once

#include "app/designer/settings/databaseprofile.h"
#include "app/designer/settings/profilepageadapter.h"

#include <QCoreApplication>

/// The Databases page: named connections a `database-sink` node's `connection`
/// parameter can name — driver, host, port, database (the file for SQLite),
/// user, password as a secret reference only, and libpq options — with "Test
/// connection" (connect and SELECT 1). Profiles are DatabaseProfiles in QSettings.
class DatabaseProfilesPage : public ProfilePageAdapter {
    Q_DECLARE_TR_FUNCTIONS(DatabaseProfilesPage)

public:
    ProfilePageDescription description() const override;
    QList<ProfileEntry> load() const override;
    void save(const QList<ProfileEntry> &entries, const QString &active) const override;
    QString keychainEntry(const QString &profileName, const QString &fieldKey) const override;

    static ProfileEntry toEntry(const DatabaseProfile &profile);
    static DatabaseProfile toProfile(const ProfileEntry &entry);
};
