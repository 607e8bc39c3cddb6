#include "app/designer/settings/secretstore.h"

#include "app/designer/settings/keychainbackend.h"

#include "widgets/settings/secretreference.h"

#include <QCoreApplication>

#include <map>
#include <string>

SecretStore::SecretStore()
    : m_backend(std::make_shared<KeychainBackend>())
{
}

SecretStore *SecretStore::instance()
{
    static SecretStore store;
    return &store;
}

void SecretStore::setBackend(std::shared_ptr<SecretBackend> backend)
{
    m_backend = backend ? std::move(backend) : std::make_shared<KeychainBackend>();
}

std::optional<QString> SecretStore::resolve(const QString &reference, QString *error) const
{
    if (const QString variable = SecretReference::environmentName(reference); !variable.isEmpty()) {
        if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
            if (error)
                *error = tr("%1: the environment variable %2 is not set.").arg(reference.trimmed(), variable);
            return std::nullopt;
        }
        return qEnvironmentVariable(variable.toLocal8Bit().constData());
    }
    if (const QString entry = SecretReference::keychainName(reference); !entry.isEmpty()) {
        QString value;
        QString why;
        if (!m_backend->read(entry, &value, &why)) {
            if (error)
                *error = tr("%1: cannot read the keychain entry (%2). Store the secret again in Settings, or use an "
                            "env:NAME reference.")
                             .arg(reference.trimmed(), why);
            return std::nullopt;
        }
        return value;
    }
    if (error)
        *error = tr("The value is not a secret reference; write env:NAME or keychain:NAME."); // never echo a would-be secret
    return std::nullopt;
}

std::optional<QString> SecretStore::valueOf(const SecretValue &secret, QString *error) const
{
    if (!secret.pending.isEmpty())
        return secret.pending;
    if (secret.reference.isEmpty())
        return QString();
    return resolve(secret.reference, error);
}

bool SecretStore::store(const QString &entry, const QString &value, QString *error)
{
    QString why;
    if (m_backend->write(entry, value, &why))
        return true;
    if (error)
        *error = tr("Cannot store the secret %1 in the keychain: %2. Enter an environment variable reference "
                    "(env:NAME) instead; the secret is not saved anywhere else.")
                     .arg(entry, why);
    return false;
}

bool SecretStore::forget(const QString &entry, QString *error)
{
    return m_backend->remove(entry, error);
}

bool SecretStore::prepareResolver(const QStringList &references, pipeline::runtime::SecretResolver *resolver,
                                  QString *error) const
{
    auto values = std::make_shared<std::map<std::string, std::string, std::less<>>>();
    for (const QString &reference : references) {
        // env: stays live (resolveApiKey reads the environment per request, so a rotated key is picked up).
        if (SecretReference::keychainName(reference).isEmpty())
            continue;
        const std::optional<QString> value = resolve(reference, error);
        if (!value)
            return false;
        (*values)[reference.trimmed().toStdString()] = value->toStdString();
    }
    *resolver = [values](std::string_view reference) -> std::optional<std::string> {
        const auto it = values->find(reference);
        if (it == values->end())
            return std::nullopt;
        return it->second;
    };
    return true;
}
