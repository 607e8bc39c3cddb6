#include "app/designer/settings/connectionprofile.h"

#include "widgets/settings/secretreference.h"

#include <QCoreApplication>

bool ConnectionProfile::isSecretKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("secret"))
        || k == QLatin1String("ssl.key.pem") || k == QLatin1String("ssl_key")
        || k == QLatin1String("sasl.oauthbearer.config") || k == QLatin1String("ssl.keystore.location.password");
}

QString ConnectionProfile::propertyProblem(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "a property has no name.");
    if (key.trimmed() == QLatin1String("bootstrap.servers"))
        return QCoreApplication::translate("ConnectionProfile", "set bootstrap servers in their own field, not as a property.");
    if (isSecretKey(key) && !SecretReference::isReference(value))
        return QCoreApplication::translate("ConnectionProfile",
                                           "%1 is a secret; store it in the keychain (Settings) or enter env:VARIABLE_NAME and "
                                           "set that environment variable instead of storing the secret.")
            .arg(key);
    return {};
}

QStringList ConnectionProfile::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << QCoreApplication::translate("ConnectionProfile", "The profile needs a name.");
    if (bootstrapServers.trimmed().isEmpty())
        out << QCoreApplication::translate("ConnectionProfile", "%1: bootstrap servers are required (host:port, comma-separated).").arg(name);
    for (const auto &[key, value] : properties)
        if (const QString problem = propertyProblem(key, value); !problem.isEmpty())
            out << QStringLiteral("%1: %2").arg(name, problem);
    return out;
}
