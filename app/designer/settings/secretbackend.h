#pragma once

#include <QString>

/// Where keychain:NAME secrets live. The product uses the OS keychain
/// (KeychainBackend); tests inject an in-memory one, since CI has no secret
/// service. Calls are synchronous and made on the GUI thread.
class SecretBackend {
public:
    virtual ~SecretBackend() = default;
    /// False with a message in `error` when the entry is missing or the store fails.
    virtual bool read(const QString &name, QString *value, QString *error) = 0;
    virtual bool write(const QString &name, const QString &value, QString *error) = 0;
    virtual bool remove(const QString &name, QString *error) = 0;
};
