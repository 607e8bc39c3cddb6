#include "app/designer/settings/databaseprofilespage.h"

#include "app/designer/settings/connectiontester.h"
#include "app/designer/settings/secretstore.h"

namespace {

const QString DriverKey = QStringLiteral("driver");
const QString HostKey = QStringLiteral("host");
const QString PortKey = QStringLiteral("port");
const QString DatabaseKey = QStringLiteral("database");
const QString FileKey = QStringLiteral("file");
const QString UserKey = QStringLiteral("user");
const QString PasswordKey = QStringLiteral("password");
const QString OptionsKey = QStringLiteral("options");

bool onServer(const ProfileEntry &e)
{
    return DatabaseProfile::isServerDriver(e.value(DriverKey));
}

bool isSqlite(const ProfileEntry &e)
{
    return !onServer(e);
}

} // namespace

ProfilePageDescription DatabaseProfilesPage::description() const
{
    ProfilePageDescription d;
    d.objectName = QStringLiteral("DatabaseProfilesPage");
    d.title = tr("Databases");
    d.newName = tr("Database %1");
    // A driver is one more choice here and one more case in DatabaseProfile::connection().
    d.fields = {
        {.key = DriverKey, .label = tr("Driver"), .kind = ProfileField::Kind::Choice, .required = true,
         .defaultValue = QStringLiteral("postgresql"),
         .help = tr("Database sinks with this driver can name the profile in their connection"),
         .choices = {{QStringLiteral("postgresql"), tr("PostgreSQL")}, {QStringLiteral("mysql"), tr("MySQL / MariaDB")},
                     {QStringLiteral("sqlite"), tr("SQLite")}}},
        {.key = HostKey, .label = tr("Host"), .required = true, .defaultValue = QStringLiteral("localhost"),
         .placeholder = QStringLiteral("db.example.com"), .applies = onServer},
        {.key = PortKey, .label = tr("Port"), .kind = ProfileField::Kind::Number, .defaultValue = QStringLiteral("5432"),
         .minimum = 1, .maximum = 65535, .applies = onServer},
        {.key = DatabaseKey, .label = tr("Database"), .required = true, .placeholder = QStringLiteral("iot"),
         .applies = onServer},
        {.key = FileKey, .label = tr("Database file"), .required = true,
         .help = tr("The SQLite file; the first run creates it"), .placeholder = QStringLiteral("/var/lib/pipewright/readings.db"),
         .fileFilter = tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"), .applies = isSqlite},
        {.key = UserKey, .label = tr("User"), .applies = onServer},
        {.key = PasswordKey, .label = tr("Password"), .kind = ProfileField::Kind::Secret,
         .help = tr("Stored in the keychain or read from an environment variable when a run starts; never in the settings"),
         .applies = onServer},
        {.key = OptionsKey,
         .label = tr("Options (PostgreSQL: libpq keywords such as sslmode or connect_timeout; MySQL: socket, "
                     "connect_timeout or ssl_mode)"),
         .kind = ProfileField::Kind::Table, .columns = {tr("Option"), tr("Value")},
         .validateRow = [](const QStringList &row) {
             const QString key = row.value(0).trimmed();
             if (key.isEmpty())
                 return tr("an option has no name.");
             if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
                 return tr("password is a secret; enter it in the Password field (keychain) or as env:VARIABLE_NAME "
                           "instead of an option.");
             if (QStringList{QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("dbname"), QStringLiteral("user")}
                     .contains(key))
                 return tr("set %1 in its own field, not as an option.").arg(key);
             return QString();
         },
         .applies = onServer},
    };
    d.test = [](const ProfileEntry &entry) {
        ProfilePageDescription::TestStart start;
        const DatabaseProfile profile = toProfile(entry);
        QString password;
        if (DatabaseProfile::isServerDriver(profile.driver)) {
            const std::optional<QString> secret = SecretStore::instance()->valueOf(entry.secrets.value(PasswordKey), &start.error);
            if (!secret)
                return start;
            password = *secret;
        }
        start.busyText = tr("Connecting to %1…").arg(profile.name);
        // The password goes to the connection separately, so no message can show it.
        start.work = [driver = profile.driver.toStdString(), connection = profile.connection(), password = password.toStdString()] {
            return ConnectionTester::database(driver, connection, password);
        };
        return start;
    };
    return d;
}

ProfileEntry DatabaseProfilesPage::toEntry(const DatabaseProfile &profile)
{
    ProfileEntry e;
    e.name = profile.name;
    e.values[DriverKey] = profile.driver;
    e.values[HostKey] = profile.host;
    e.values[PortKey] = QString::number(profile.port);
    e.values[DatabaseProfile::isServerDriver(profile.driver) ? DatabaseKey : FileKey] = profile.database;
    e.values[UserKey] = profile.user;
    e.secrets[PasswordKey] = {profile.passwordRef, {}};
    for (const auto &[key, value] : profile.options)
        e.tables[OptionsKey].append({key, value});
    return e;
}

DatabaseProfile DatabaseProfilesPage::toProfile(const ProfileEntry &entry)
{
    DatabaseProfile p;
    p.name = entry.name;
    p.driver = entry.value(DriverKey);
    if (!DatabaseProfile::isServerDriver(p.driver)) {
        p.database = entry.value(FileKey);
        return p; // a file: nothing else applies
    }
    p.host = entry.value(HostKey);
    p.port = entry.value(PortKey).toInt();
    p.database = entry.value(DatabaseKey);
    p.user = entry.value(UserKey);
    p.passwordRef = entry.secrets.value(PasswordKey).reference;
    for (const QStringList &row : entry.tables.value(OptionsKey))
        p.options.append({row.value(0), row.value(1)});
    return p;
}

QList<ProfileEntry> DatabaseProfilesPage::load() const
{
    return convertAll<QList<ProfileEntry>>(DatabaseProfile::load(), &toEntry);
}

void DatabaseProfilesPage::save(const QList<ProfileEntry> &entries, const QString &) const
{
    DatabaseProfile::save(convertAll<QList<DatabaseProfile>>(entries, &toProfile));
}

QString DatabaseProfilesPage::keychainEntry(const QString &profileName, const QString &) const
{
    DatabaseProfile p;
    p.name = profileName;
    return p.keychainEntry();
}
