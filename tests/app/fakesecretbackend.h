#pragma once

#include "app/designer/settings/secretbackend.h"

#include <QMap>

/// An in-memory keychain for tests (CI has no secret service). `failWith` makes
/// every call fail with that message, like a machine without a keychain daemon.
class FakeSecretBackend : public SecretBackend {
public:
    QMap<QString, QString> entries;
    QString failWith;
    int writes = 0;

    bool read(const QString &name, QString *value, QString *error) override
    {
        if (!failWith.isEmpty() || !entries.contains(name)) {
            if (error)
                *error = failWith.isEmpty() ? QStringLiteral("no such keychain entry") : failWith;
            return false;
        }
        *value = entries.value(name);
        return true;
    }
    bool write(const QString &name, const QString &value, QString *error) override
    {
        if (!failWith.isEmpty()) {
            if (error)
                *error = failWith;
            return false;
        }
        ++writes;
        entries.insert(name, value);
        return true;
    }
    bool remove(const QString &name, QString *error) override
    {
        if (!failWith.isEmpty()) {
            if (error)
                *error = failWith;
            return false;
        }
        entries.remove(name);
        return true;
    }
};
