#pragma once

#include "app/designer/settings/secretbackend.h"

#include "widgets/settings/secretfield.h"

#include "pipeline/runtime/llm/llmendpoint.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

/// Resolves secret references — `env:NAME` (an environment variable) and
/// `keychain:NAME` (an entry of the OS keychain) — and stores new secrets in the
/// keychain. Profiles, pipeline files and settings only ever hold the reference;
/// the value exists in memory while a connection needs it.
///
/// Keychain reads happen on the GUI thread when a run or a connection test
/// starts; what worker threads get is a resolver over those already-read values,
/// so no thread but the GUI thread talks to the keychain.
class SecretStore {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    static SecretStore *instance();

    /// Replaces the keychain backend (tests inject an in-memory one); null restores the OS keychain.
    void setBackend(std::shared_ptr<SecretBackend> backend);
    SecretBackend *backend() const { return m_backend.get(); }

    /// The secret behind a reference. On failure nullopt and a message that names
    /// the reference (never a value) in `error`.
    std::optional<QString> resolve(const QString &reference, QString *error) const;
    /// Stores `value` as keychain entry `entry`. On failure (no keychain service,
    /// access denied) false with a message that suggests an env: reference instead.
    /// The secret a settings field holds: the value typed for the keychain (not stored
    /// yet, e.g. during a connection test), else what its reference resolves to, else
    /// empty (no secret). Nullopt with `error` when the reference cannot be read.
    std::optional<QString> valueOf(const SecretValue &secret, QString *error) const;
    bool store(const QString &entry, const QString &value, QString *error);
    bool forget(const QString &entry, QString *error);

    /// Reads every keychain:/env: reference in `references` now and returns a
    /// resolver for them that any thread may call (LlmSettings::secretResolver).
    /// False with `error` when one cannot be read.
    bool prepareResolver(const QStringList &references, pipeline::runtime::SecretResolver *resolver,
                         QString *error) const;

private:
    SecretStore();
    std::shared_ptr<SecretBackend> m_backend;
};
