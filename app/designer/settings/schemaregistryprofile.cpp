#include "app/designer/settings/schemaregistryprofile.h"

#include "app/designer/settings/secretstore.h"

#include "widgets/settings/secretreference.h"

#include <QSettings>

namespace {
const QString ProfilesKey = QStringLiteral("schemaRegistry/profiles");
}

QList<SchemaRegistryProfile> SchemaRegistryProfile::load()
{
    QSettings settings;
    QList<SchemaRegistryProfile> out;
    const int count = settings.beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        out.append({settings.value(QStringLiteral("name")).toString(), settings.value(QStringLiteral("url")).toString(),
                    settings.value(QStringLiteral("username")).toString(),
                    settings.value(QStringLiteral("passwordRef")).toString()});
    }
    settings.endArray();
    return out;
}

void SchemaRegistryProfile::save(const QList<SchemaRegistryProfile> &profiles)
{
    QSettings settings;
    settings.remove(ProfilesKey);
    settings.beginWriteArray(ProfilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const SchemaRegistryProfile &p = profiles[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("url"), p.url);
        settings.setValue(QStringLiteral("username"), p.username);
        settings.setValue(QStringLiteral("passwordRef"), SecretReference::isReference(p.passwordRef) ? p.passwordRef.trimmed() : QString());
    }
    settings.endArray();
}

std::vector<pipeline::runtime::SchemaRegistryProfile> SchemaRegistryProfile::runProfiles(QString *warning)
{
    std::vector<pipeline::runtime::SchemaRegistryProfile> out;
    for (const SchemaRegistryProfile &p : load()) {
        pipeline::runtime::SchemaRegistryProfile profile;
        profile.name = p.name.toStdString();
        profile.url = p.url.toStdString();
        QString password;
        if (!p.passwordRef.isEmpty()) {
            QString error;
            if (const std::optional<QString> secret = SecretStore::instance()->resolve(p.passwordRef, &error))
                password = *secret;
            else if (warning)
                *warning = error;
        }
        if (!p.username.isEmpty())
            profile.userInfo = (p.username + QLatin1Char(':') + password).toStdString();
        out.push_back(std::move(profile));
    }
    return out;
}
