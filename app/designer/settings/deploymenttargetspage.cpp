#include "app/designer/settings/deploymenttargetspage.h"

#include "pipeline/serialization/pipelinewriter.h"

#include <QDir>
#include <QFileInfo>

namespace {

const QString KindKey = QStringLiteral("kind");
const QString UrlKey = QStringLiteral("url");
const QString CredentialsKey = QStringLiteral("credentials");
const QString ConnectKey = QStringLiteral("connect");
const QString BootstrapKey = QStringLiteral("bootstrapServers");
const QString RegistryKey = QStringLiteral("schemaRegistryUrl");
const QString ApiVersionKey = QStringLiteral("apiVersion");

bool isSqlTarget(const ProfileEntry &e)
{
    return e.value(KindKey) != QLatin1String("kafka-connect");
}

} // namespace

ProfilePageDescription DeploymentTargetsPage::description() const
{
    ProfilePageDescription d;
    d.objectName = QStringLiteral("DeploymentTargetsPage");
    d.title = tr("Deployment targets");
    d.newName = tr("Target %1");
    auto httpUrl = [](const QString &url) {
        return url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"))
            ? QString()
            : tr("the URL must start with http:// or https://.");
    };
    d.fields = {
        {.key = KindKey, .label = tr("Engine"), .kind = ProfileField::Kind::Choice, .required = true,
         .defaultValue = QStringLiteral("ksqldb"),
         .choices = {{QStringLiteral("ksqldb"), tr("ksqlDB server")},
                     {QStringLiteral("flink-sql-gateway"), tr("Flink SQL Gateway")},
                     {QStringLiteral("kafka-connect"), tr("Kafka Connect worker")}}},
        {.key = UrlKey, .label = tr("URL"), .required = true, .defaultValue = QStringLiteral("http://localhost:8088"),
         .help = tr("The engine's REST endpoint"), .placeholder = QStringLiteral("http://localhost:8088"),
         .validate = httpUrl},
        {.key = CredentialsKey, .label = tr("Credentials"), .kind = ProfileField::Kind::Secret,
         .help = tr("user:password for HTTP basic authentication, or Bearer TOKEN; empty = none")},
        {.key = ConnectKey, .label = tr("Kafka Connect target"),
         .help = tr("The target (a Kafka Connect worker) that receives the pipeline's connector configurations"),
         .applies = isSqlTarget},
        {.key = BootstrapKey, .label = tr("Kafka for Flink"), .defaultValue = QStringLiteral("localhost:9092"),
         .help = tr("'properties.bootstrap.servers' of the exported Flink tables"),
         .applies = [](const ProfileEntry &e) { return e.value(KindKey) == QLatin1String("flink-sql-gateway"); }},
        {.key = RegistryKey, .label = tr("Schema Registry"), .help = tr("Schema Registry of Avro topics in production"),
         .validate = httpUrl, .applies = isSqlTarget},
        {.key = ApiVersionKey, .label = tr("REST API version"), .kind = ProfileField::Kind::Choice,
         .defaultValue = QStringLiteral("v1"),
         .choices = {{QStringLiteral("v1"), QStringLiteral("v1")}, {QStringLiteral("v2"), QStringLiteral("v2")},
                     {QStringLiteral("v3"), QStringLiteral("v3")}, {QStringLiteral("v4"), QStringLiteral("v4")}},
         .applies = [](const ProfileEntry &e) { return e.value(KindKey) == QLatin1String("flink-sql-gateway"); }},
    };
    return d;
}

ProfileEntry DeploymentTargetsPage::toEntry(const deployment::DeploymentTarget &t)
{
    ProfileEntry e;
    e.name = QString::fromStdString(t.name);
    e.values[KindKey] = QString::fromLatin1(deployment::targetKindName(t.kind));
    e.values[UrlKey] = QString::fromStdString(t.url);
    e.secrets[CredentialsKey] = {QString::fromStdString(t.authRef), {}};
    e.values[ConnectKey] = QString::fromStdString(t.connectTarget);
    e.values[BootstrapKey] = QString::fromStdString(t.bootstrapServers);
    e.values[RegistryKey] = QString::fromStdString(t.schemaRegistryUrl);
    e.values[ApiVersionKey] = QString::fromStdString(t.apiVersion);
    return e;
}

deployment::DeploymentTarget DeploymentTargetsPage::toTarget(const ProfileEntry &e)
{
    deployment::DeploymentTarget t;
    t.name = e.name.toStdString();
    deployment::parseTargetKind(e.value(KindKey).toStdString(), &t.kind);
    t.url = e.value(UrlKey).toStdString();
    t.authRef = e.secrets.value(CredentialsKey).reference.toStdString();
    if (t.kind != deployment::TargetKind::KafkaConnect) {
        t.connectTarget = e.value(ConnectKey).toStdString();
        t.schemaRegistryUrl = e.value(RegistryKey).toStdString();
    }
    if (t.kind == deployment::TargetKind::FlinkSqlGateway) {
        if (!e.value(BootstrapKey).isEmpty())
            t.bootstrapServers = e.value(BootstrapKey).toStdString();
        if (!e.value(ApiVersionKey).isEmpty())
            t.apiVersion = e.value(ApiVersionKey).toStdString();
    }
    return t;
}

std::vector<deployment::DeploymentTarget> DeploymentTargetsPage::loadTargets(QString *error)
{
    std::vector<deployment::DeploymentTarget> targets;
    const std::string file = deployment::defaultTargetsFile();
    if (!QFileInfo::exists(QString::fromStdString(file)))
        return targets;
    std::string message;
    if (!deployment::readDeploymentTargets(file, &targets, &message) && error)
        *error = QString::fromStdString(message);
    return targets;
}

QList<ProfileEntry> DeploymentTargetsPage::load() const
{
    return convertAll<QList<ProfileEntry>>(loadTargets(), &toEntry);
}

void DeploymentTargetsPage::save(const QList<ProfileEntry> &entries, const QString &) const
{
    const std::string file = deployment::defaultTargetsFile();
    // Never create the file only to say "no targets": the CLI may be given its own.
    if (entries.isEmpty() && !QFileInfo::exists(QString::fromStdString(file)))
        return;
    QDir().mkpath(QFileInfo(QString::fromStdString(file)).absolutePath());
    pipeline::writeFileAtomically(file, deployment::writeDeploymentTargets(convertAll<std::vector<deployment::DeploymentTarget>>(entries, &toTarget)));
}

QString DeploymentTargetsPage::keychainEntry(const QString &profileName, const QString &) const
{
    return QStringLiteral("deployment-target/") + profileName;
}
