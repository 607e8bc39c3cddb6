#pragma once

#include "app/designer/settings/connectionprofile.h"
#include "app/designer/settings/profilepageadapter.h"

#include <QCoreApplication>

/// The Kafka Clusters page: bootstrap servers, security protocol, SASL
/// mechanism/username/password, SSL CA file and any other librdkafka property,
/// which profile runs use, and "Test connection" (brokers and topics). Profiles
/// are ConnectionProfiles in QSettings; the password is a secret field whose
/// reference is stored as the sasl.password property.
class KafkaProfilesPage : public ProfilePageAdapter {
    Q_DECLARE_TR_FUNCTIONS(KafkaProfilesPage)

public:
    ProfilePageDescription description() const override;
    QList<ProfileEntry> load() const override;
    void save(const QList<ProfileEntry> &entries, const QString &active) const override;
    QString keychainEntry(const QString &profileName, const QString &fieldKey) const override;
    QString active() const override;

    static ProfileEntry toEntry(const ConnectionProfile &profile);
    /// The stored profile; a password typed for the keychain and not stored yet is left out.
    static ConnectionProfile toProfile(const ProfileEntry &entry);
};
