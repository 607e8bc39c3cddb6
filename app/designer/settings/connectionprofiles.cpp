#include "app/designer/settings/connectionprofiles.h"

#include "app/designer/settings/secretstore.h"

#include "widgets/settings/secretreference.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

const QString ProfilesKey = QStringLiteral("connections/profiles");
const QString ActiveKey = QStringLiteral("connections/active");

} // namespace

QList<ConnectionProfile> ConnectionProfiles::load()
{
    QSettings settings;
    QList<ConnectionProfile> profiles;
    const int count = settings.beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.bootstrapServers = settings.value(QStringLiteral("bootstrap")).toString();
        const int n = settings.beginReadArray(QStringLiteral("properties"));
        for (int j = 0; j < n; ++j) {
            settings.setArrayIndex(j);
            p.properties.append({settings.value(QStringLiteral("key")).toString(),
                                 settings.value(QStringLiteral("value")).toString()});
        }
        settings.endArray();
        profiles << p;
    }
    settings.endArray();
    return profiles;
}

void ConnectionProfiles::save(const QList<ConnectionProfile> &profiles)
{
    QSettings settings;
    settings.remove(ProfilesKey);
    settings.beginWriteArray(ProfilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("bootstrap"), p.bootstrapServers);
        settings.beginWriteArray(QStringLiteral("properties"));
        int j = 0;
        for (const auto &[key, value] : p.properties) {
            // A secret that is not a reference never reaches the settings file.
            if (ConnectionProfile::isSecretKey(key) && !SecretReference::isReference(value))
                continue;
            settings.setArrayIndex(j++);
            settings.setValue(QStringLiteral("key"), key);
            settings.setValue(QStringLiteral("value"), value);
        }
        settings.endArray();
    }
    settings.endArray();
}

QString ConnectionProfiles::activeName()
{
    return QSettings().value(ActiveKey).toString();
}

void ConnectionProfiles::setActiveName(const QString &name)
{
    QSettings().setValue(ActiveKey, name);
}

std::optional<ConnectionProfile> ConnectionProfiles::active()
{
    const QString name = activeName();
    if (name.isEmpty())
        return std::nullopt;
    for (const ConnectionProfile &p : load())
        if (p.name == name)
            return p;
    return std::nullopt;
}

bool ConnectionProfiles::resolve(const ConnectionProfile &profile, pipeline::runtime::ClientProperties *out,
                                 QString *error)
{
    out->clear();
    for (const auto &[key, value] : profile.properties) {
        if (!SecretReference::isReference(value)) {
            if (ConnectionProfile::isSecretKey(key)) {
                if (error)
                    *error = QCoreApplication::translate("ConnectionProfiles", "%1: %2 must be a reference (env:NAME or keychain:NAME), not a value.").arg(profile.name, key);
                return false;
            }
            out->emplace_back(key.toStdString(), value.toStdString());
            continue;
        }
        QString why;
        const std::optional<QString> secret = SecretStore::instance()->resolve(value, &why);
        if (!secret) {
            if (error)
                *error = QCoreApplication::translate("ConnectionProfiles", "%1: %2: %3").arg(profile.name, key, why);
            return false;
        }
        out->emplace_back(key.toStdString(), secret->toStdString());
    }
    return true;
}
