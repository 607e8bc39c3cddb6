#include "app/designer/settings/kafkaprofilespage.h"

#include "app/designer/settings/connectionprofiles.h"
#include "app/designer/settings/connectiontester.h"

namespace {

const QString BootstrapKey = QStringLiteral("bootstrap");
const QString PasswordKey = QStringLiteral("sasl.password");
const QString PropertiesKey = QStringLiteral("properties");
// Properties with a field of their own, in the order profiles store them.
const QStringList FormKeys{QStringLiteral("security.protocol"), QStringLiteral("sasl.mechanism"),
                           QStringLiteral("sasl.username"), QStringLiteral("ssl.ca.location")};

QList<QPair<QString, QString>> sameChoices(const QStringList &values)
{
    QList<QPair<QString, QString>> out;
    for (const QString &v : values)
        out.append({v, v});
    return out;
}

} // namespace

ProfilePageDescription KafkaProfilesPage::description() const
{
    ProfilePageDescription d;
    d.objectName = QStringLiteral("KafkaProfilesPage");
    d.title = tr("Kafka Clusters");
    d.newName = tr("Cluster %1");
    d.activeLabel = tr("Runs use");
    d.activeNone = tr("Sandbox (embedded cluster)");
    d.fields = {
        {.key = BootstrapKey, .label = tr("Bootstrap servers"), .required = true,
         .defaultValue = QStringLiteral("localhost:9092"), .help = tr("host:port of one or more brokers, comma-separated"),
         .placeholder = tr("broker1:9092,broker2:9092")},
        {.key = FormKeys[0], .label = tr("Security protocol"), .kind = ProfileField::Kind::Choice,
         .choices = sameChoices({QString(), QStringLiteral("PLAINTEXT"), QStringLiteral("SSL"), QStringLiteral("SASL_PLAINTEXT"),
                                 QStringLiteral("SASL_SSL")})},
        {.key = FormKeys[1], .label = tr("SASL mechanism"), .kind = ProfileField::Kind::Choice,
         .choices = sameChoices({QString(), QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256"),
                                 QStringLiteral("SCRAM-SHA-512"), QStringLiteral("OAUTHBEARER"), QStringLiteral("GSSAPI")}),
         .editable = true},
        {.key = FormKeys[2], .label = tr("SASL username")},
        {.key = PasswordKey, .label = tr("SASL password"), .kind = ProfileField::Kind::Secret},
        {.key = FormKeys[3], .label = tr("SSL CA file"),
         .placeholder = tr("PEM file with the CA certificate(s); empty = system store"),
         .fileFilter = tr("Certificates (*.pem *.crt *.cer);;All files (*)")},
        {.key = PropertiesKey, .label = tr("Other librdkafka properties"), .kind = ProfileField::Kind::Table,
         .columns = {tr("librdkafka property"), tr("Value")},
         .validateRow = [](const QStringList &row) { return ConnectionProfile::propertyProblem(row.value(0), row.value(1)); }},
    };
    d.test = [](const ProfileEntry &entry) {
        ProfilePageDescription::TestStart start;
        // Secrets are read here on the GUI thread (the keychain lives here); the worker gets values.
        pipeline::runtime::ClientProperties properties;
        if (!ConnectionProfiles::resolve(toProfile(entry), &properties, &start.error))
            return start;
        // A password typed for the keychain is not stored before OK: this test uses it as typed.
        if (const QString typed = entry.secrets.value(PasswordKey).pending; !typed.isEmpty())
            properties.emplace_back(PasswordKey.toStdString(), typed.toStdString());
        const QString bootstrap = entry.value(BootstrapKey);
        start.busyText = tr("Connecting to %1…").arg(bootstrap);
        start.work = [bootstrap = bootstrap.toStdString(), properties] { return ConnectionTester::kafka(bootstrap, properties); };
        return start;
    };
    return d;
}

ProfileEntry KafkaProfilesPage::toEntry(const ConnectionProfile &profile)
{
    ProfileEntry e;
    e.name = profile.name;
    e.values[BootstrapKey] = profile.bootstrapServers;
    for (const auto &[key, value] : profile.properties) {
        if (key == PasswordKey)
            e.secrets[PasswordKey] = {value, {}};
        else if (FormKeys.contains(key))
            e.values[key] = value;
        else
            e.tables[PropertiesKey].append({key, value});
    }
    return e;
}

ConnectionProfile KafkaProfilesPage::toProfile(const ProfileEntry &entry)
{
    ConnectionProfile p;
    p.name = entry.name;
    p.bootstrapServers = entry.value(BootstrapKey);
    for (const QString &key : FormKeys)
        if (const QString value = entry.value(key); !value.isEmpty())
            p.properties.append({key, value});
    for (const QStringList &row : entry.tables.value(PropertiesKey))
        p.properties.append({row.value(0), row.value(1)});
    if (const QString reference = entry.secrets.value(PasswordKey).reference; !reference.isEmpty())
        p.properties.append({PasswordKey, reference});
    return p;
}

QList<ProfileEntry> KafkaProfilesPage::load() const
{
    return convertAll<QList<ProfileEntry>>(ConnectionProfiles::load(), &toEntry);
}

void KafkaProfilesPage::save(const QList<ProfileEntry> &entries, const QString &active) const
{
    ConnectionProfiles::save(convertAll<QList<ConnectionProfile>>(entries, &toProfile));
    ConnectionProfiles::setActiveName(active);
}

QString KafkaProfilesPage::keychainEntry(const QString &profileName, const QString &fieldKey) const
{
    ConnectionProfile p;
    p.name = profileName;
    return p.keychainEntry(fieldKey);
}

QString KafkaProfilesPage::active() const
{
    return ConnectionProfiles::activeName();
}
