#include "app/designer/settings/schemaregistrypage.h"

#include "app/designer/settings/connectiontester.h"
#include "app/designer/settings/secretstore.h"

namespace {

const QString UrlKey = QStringLiteral("url");
const QString UsernameKey = QStringLiteral("username");
const QString PasswordKey = QStringLiteral("password");

} // namespace

ProfilePageDescription SchemaRegistryPage::description() const
{
    ProfilePageDescription d;
    d.objectName = QStringLiteral("SchemaRegistryPage");
    d.title = tr("Schema Registries");
    d.newName = tr("Registry %1");
    d.fields = {
        {.key = UrlKey, .label = tr("URL"), .required = true, .defaultValue = QStringLiteral("http://localhost:8081"),
         .help = tr("A Confluent-compatible Schema Registry"), .placeholder = QStringLiteral("http://localhost:8081"),
         .validate = [](const QString &url) {
             return url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"))
                 ? QString()
                 : tr("the URL must start with http:// or https://.");
         }},
        {.key = UsernameKey, .label = tr("Username"), .help = tr("For HTTP basic authentication; empty = none")},
        {.key = PasswordKey, .label = tr("Password"), .kind = ProfileField::Kind::Secret},
    };
    d.test = [](const ProfileEntry &entry) {
        ProfilePageDescription::TestStart start;
        const std::optional<QString> password = SecretStore::instance()->valueOf(entry.secrets.value(PasswordKey), &start.error);
        if (!password)
            return start;
        const QString url = entry.value(UrlKey);
        start.busyText = tr("Connecting to %1…").arg(url);
        start.work = [url = url.toStdString(), user = entry.value(UsernameKey).toStdString(), password = password->toStdString()] {
            return ConnectionTester::schemaRegistry(url, user, password);
        };
        return start;
    };
    return d;
}

ProfileEntry SchemaRegistryPage::toEntry(const SchemaRegistryProfile &profile)
{
    ProfileEntry e;
    e.name = profile.name;
    e.values[UrlKey] = profile.url;
    e.values[UsernameKey] = profile.username;
    e.secrets[PasswordKey] = {profile.passwordRef, {}};
    return e;
}

SchemaRegistryProfile SchemaRegistryPage::toProfile(const ProfileEntry &entry)
{
    return {entry.name, entry.value(UrlKey), entry.value(UsernameKey), entry.secrets.value(PasswordKey).reference};
}

QList<ProfileEntry> SchemaRegistryPage::load() const
{
    return convertAll<QList<ProfileEntry>>(SchemaRegistryProfile::load(), &toEntry);
}

void SchemaRegistryPage::save(const QList<ProfileEntry> &entries, const QString &) const
{
    SchemaRegistryProfile::save(convertAll<QList<SchemaRegistryProfile>>(entries, &toProfile));
}

QString SchemaRegistryPage::keychainEntry(const QString &profileName, const QString &) const
{
    SchemaRegistryProfile p;
    p.name = profileName;
    return p.keychainEntry();
}
