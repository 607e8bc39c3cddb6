#include "app/designer/settings/connectionprofiles.h"

#include "app/designer/settings/secretstore.h"
#include "app/designer/settings/settingspairs.h"

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
        p.properties = SettingsPairs::read(settings, QStringLiteral("properties"));
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
        // A secret that is not a reference never reaches the settings file.
        SettingsPairs::write(settings, QStringLiteral("properties"), p.properties, [](const QString &key, const QString &value) {
            return !ConnectionProfile::isSecretKey(key) || SecretReference::isReference(value);
        });
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
