#include "widgets/settings/connectionprofile.h"

#include <QCoreApplication>
#include <QRegularExpression>

bool ConnectionProfile::isSecretKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("secret"))
        || k == QLatin1String("ssl.key.pem") || k == QLatin1String("ssl_key")
        || k == QLatin1String("sasl.oauthbearer.config") || k == QLatin1String("ssl.keystore.location.password");
}

QString ConnectionProfile::environmentReference(const QString &value)
{
    static const QRegularExpression ref(QStringLiteral("^env:([A-Za-z_][A-Za-z0-9_]*)$"));
    const QRegularExpressionMatch match = ref.match(value.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

QString ConnectionProfile::keychainReference(const QString &value)
{
    static const QRegularExpression ref(QStringLiteral("^keychain:([A-Za-z0-9_.@/:+-]+)$"));
    const QRegularExpressionMatch match = ref.match(value.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

bool ConnectionProfile::isSecretReference(const QString &value)
{
    return !environmentReference(value).isEmpty() || !keychainReference(value).isEmpty();
}

QStringList ConnectionProfile::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << QCoreApplication::translate("ConnectionProfile", "The profile needs a name.");
    if (bootstrapServers.trimmed().isEmpty())
        out << QCoreApplication::translate("ConnectionProfile", "%1: bootstrap servers are required (host:port, comma-separated).").arg(name);
    for (const auto &[key, value] : properties) {
        if (key.trimmed().isEmpty())
            out << QCoreApplication::translate("ConnectionProfile", "%1: a property has no name.").arg(name);
        else if (key.trimmed() == QLatin1String("bootstrap.servers"))
            out << QCoreApplication::translate("ConnectionProfile", "%1: set bootstrap servers in their own field, not as a property.").arg(name);
        else if (isSecretKey(key) && !isSecretReference(value))
            out << QCoreApplication::translate("ConnectionProfile", "%1: %2 is a secret; store it in the keychain (Settings) or enter env:VARIABLE_NAME and "
                      "set that environment variable instead of storing the secret.")
                       .arg(name, key);
    }
    return out;
}
