#pragma once

#include "app/designer/settings/secretbackend.h"

/// The OS keychain through qtkeychain (Secret Service / KWallet on Linux, Keychain
/// on macOS, Credential Store on Windows), service "Pipewright". qtkeychain's jobs
/// are asynchronous; each call here waits for its job in a local event loop with
/// a timeout, so a missing or hung secret service gives an error, not a freeze.
class KeychainBackend : public SecretBackend {
public:
    static constexpr int TimeoutMs = 10'000;
    bool read(const QString &name, QString *value, QString *error) override;
    bool write(const QString &name, const QString &value, QString *error) override;
    bool remove(const QString &name, QString *error) override;
};
