#include "app/designer/settings/databaseprofile.h"

#include "app/designer/settings/secretstore.h"
#include "app/designer/settings/settingspairs.h"

#include "widgets/settings/secretreference.h"

#include <QSettings>
#include <QUrl>

namespace {

const QString ProfilesKey = QStringLiteral("databases/profiles");

// libpq conninfo value: single-quoted, with \ and ' escaped.
std::string quoted(const QString &value)
{
    std::string out = "'";
    for (const char c : value.toStdString()) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "'";
}

} // namespace

std::string DatabaseProfile::connection(const QString &password) const
{
    if (!isServerDriver(driver))
        return database.toStdString();
    if (driver == QLatin1String("mysql"))
        return mysqlUri(password);
    std::string text;
    auto add = [&text](const char *key, const QString &value) {
        if (value.isEmpty())
            return;
        if (!text.empty())
            text += ' ';
        text += std::string(key) + '=' + quoted(value);
    };
    add("host", host);
    add("port", port > 0 ? QString::number(port) : QString());
    add("dbname", database);
    add("user", user);
    for (const auto &[key, value] : options)
        add(key.toStdString().c_str(), value);
    add("password", password);
    return text;
}

std::string DatabaseProfile::mysqlUri(const QString &password) const
{
    // pipeline::MysqlUri reads it back: user, password and values %-encoded.
    auto encoded = [](const QString &text) { return QUrl::toPercentEncoding(text).toStdString(); };
    std::string uri = "mysql://";
    if (!user.isEmpty() || !password.isEmpty())
        uri += encoded(user) + (password.isEmpty() ? "" : ":" + encoded(password)) + "@";
    const std::string server = host.isEmpty() ? std::string("localhost") : host.toStdString();
    uri += server.find(':') != std::string::npos ? "[" + server + "]" : server;
    if (port > 0)
        uri += ":" + std::to_string(port);
    uri += "/" + encoded(database);
    for (qsizetype i = 0; i < options.size(); ++i)
        uri += (i ? "&" : "?") + encoded(options[i].first) + "=" + encoded(options[i].second);
    return uri;
}

QList<DatabaseProfile> DatabaseProfile::load()
{
    QSettings settings;
    QList<DatabaseProfile> out;
    const int count = settings.beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        DatabaseProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.driver = settings.value(QStringLiteral("driver"), p.driver).toString();
        p.host = settings.value(QStringLiteral("host")).toString();
        p.port = settings.value(QStringLiteral("port"), p.port).toInt();
        p.database = settings.value(QStringLiteral("database")).toString();
        p.user = settings.value(QStringLiteral("user")).toString();
        p.passwordRef = settings.value(QStringLiteral("passwordRef")).toString();
        p.options = SettingsPairs::read(settings, QStringLiteral("options"));
        out << p;
    }
    settings.endArray();
    return out;
}

void DatabaseProfile::save(const QList<DatabaseProfile> &profiles)
{
    QSettings settings;
    settings.remove(ProfilesKey);
    settings.beginWriteArray(ProfilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const DatabaseProfile &p = profiles[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("driver"), p.driver);
        settings.setValue(QStringLiteral("host"), p.host);
        settings.setValue(QStringLiteral("port"), p.port);
        settings.setValue(QStringLiteral("database"), p.database);
        settings.setValue(QStringLiteral("user"), p.user);
        // A password that is not a reference never reaches the settings file.
        settings.setValue(QStringLiteral("passwordRef"),
                          SecretReference::isReference(p.passwordRef) ? p.passwordRef.trimmed() : QString());
        SettingsPairs::write(settings, QStringLiteral("options"), p.options, [](const QString &key, const QString &) {
            return key.trimmed().compare(QLatin1String("password"), Qt::CaseInsensitive) != 0;
        });
    }
    settings.endArray();
}

bool DatabaseProfile::runProfiles(const QStringList &used, std::map<std::string, std::string> *out, QString *error)
{
    out->clear();
    for (const DatabaseProfile &p : load()) {
        QString password;
        // Only the profiles the pipeline names are read: no keychain prompt for the others.
        if (used.contains(p.name) && isServerDriver(p.driver) && !p.passwordRef.isEmpty()) {
            QString why;
            const std::optional<QString> secret = SecretStore::instance()->resolve(p.passwordRef, &why);
            if (!secret) {
                if (error)
                    *error = tr("Database profile %1: password: %2").arg(p.name, why);
                return false;
            }
            password = *secret;
        }
        (*out)[p.name.toStdString()] = p.connection(password);
    }
    return true;
}
