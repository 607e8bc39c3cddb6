#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <map>
#include <string>

/// A named database connection that a `database-sink` node's `connection`
/// parameter can name instead of a conninfo: driver (postgresql, mysql or sqlite;
/// the list is open for more), server, database, user, and the password as a secret
/// reference (env:NAME or keychain:NAME), never a value. Extra options are libpq
/// keywords (sslmode, connect_timeout, …) or, for MySQL, the URI's options
/// (socket, connect_timeout, ssl_mode).
struct DatabaseProfile {
    Q_DECLARE_TR_FUNCTIONS(DatabaseProfile)

public:
    QString name;
    QString driver = QStringLiteral("postgresql");
    QString host;
    int port = 5432;
    QString database; // the database name; for SQLite the file
    QString user;
    QString passwordRef;
    QList<QPair<QString, QString>> options;
    bool operator==(const DatabaseProfile &) const = default;

    /// Whether the driver talks to a server (host, port, user, password apply).
    static bool isServerDriver(const QString &driver) { return driver != QLatin1String("sqlite"); }
    /// The keychain entry the password is stored under.
    QString keychainEntry() const { return QStringLiteral("database/") + name; }
    /// What the database sink connects with: a libpq conninfo, a mysql:// URI
    /// (the resolved `password` included, in memory only) or the SQLite file.
    std::string connection(const QString &password = {}) const;
    /// mysql://user:password@host:port/database?option=value, parts %-encoded.
    std::string mysqlUri(const QString &password = {}) const;

    /// Profiles in QSettings ("databases/profiles"); save() drops a password that
    /// is not a reference and any option that would carry a password.
    static QList<DatabaseProfile> load();
    static void save(const QList<DatabaseProfile> &profiles);
    /// DatabaseSettings::profiles (RunOptions::settings) for a run: every profile by name, with the
    /// passwords of the profiles in `used` read now (GUI thread, keychain). False
    /// with a message naming the profile when one of those cannot be read.
    static bool runProfiles(const QStringList &used, std::map<std::string, std::string> *out, QString *error);
};
