#pragma once

#include <QString>

/// The text form of a secret reference, the only form a secret takes in settings:
/// `env:NAME` (an environment variable, a C identifier) or `keychain:NAME` (an
/// entry of the OS keychain, e.g. `llm/openai`). One parser for every profile
/// page, the secret store and the Kafka properties, so they agree on what counts.
class SecretReference {
public:
    /// True for `env:NAME` and `keychain:NAME` (surrounding spaces allowed).
    static bool isReference(const QString &text);
    static QString environmentName(const QString &reference); // env:NAME -> NAME, else empty
    static QString keychainName(const QString &reference);    // keychain:NAME -> NAME, else empty
    static QString toKeychain(const QString &entry) { return QStringLiteral("keychain:") + entry; }
    static QString toEnvironment(const QString &variable) { return QStringLiteral("env:") + variable; }
};
