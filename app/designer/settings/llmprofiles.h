#pragma once

#include "pipeline/runtime/llm/llmendpoint.h"
#include "pipeline/runtime/llm/llmruntime.h"

#include <QString>

#include <vector>

/// LLM endpoint profiles in QSettings ("llm/endpoints"), one JSON object each as
/// LlmEndpoint::toJson writes it: base URL, models, limits, price table and the
/// API key's reference — never the key. Runs and the assistant use these.
class LlmProfiles {
public:
    static std::vector<pipeline::runtime::LlmEndpoint> load();
    /// Drops an apiKeyRef that is not a reference (env:/keychain:) rather than store a key.
    static void save(const std::vector<pipeline::runtime::LlmEndpoint> &endpoints);
    /// LLM settings for a run: these profiles, with keychain keys read now (GUI
    /// thread) into the resolver. A key that cannot be read is reported in
    /// `warning`; nodes using it then fail with a clear error of their own.
    static pipeline::runtime::LlmSettings runSettings(QString *warning);
    /// The profile marked for the Assistant (its dock preselects it); falls back
    /// to "default", then to the first profile; empty without profiles.
    static QString assistantProfile();
    /// The profile the user marked in Settings ("" = none).
    static QString markedAssistantProfile();
    static void setAssistantProfile(const QString &name);
    /// The keychain entry a profile's API key is stored under.
    static QString keychainEntry(const QString &profileName) { return QStringLiteral("llm/") + profileName; }
};
