#pragma once

#include "app/designer/settings/profilepageadapter.h"

#include "pipeline/runtime/llm/llmendpoint.h"

#include <QCoreApplication>

#include <vector>

/// The LLM Endpoints page (OpenAI-compatible): base URL, chat and embedding
/// model, API key (a secret field), price table per model, and "Test connection"
/// (the model list, or a completion round trip). Profiles are LlmProfiles in
/// QSettings; what the form does not show (rate limits, TLS options) is carried
/// through unchanged.
class LlmProfilesPage : public ProfilePageAdapter {
    Q_DECLARE_TR_FUNCTIONS(LlmProfilesPage)

public:
    ProfilePageDescription description() const override;
    QList<ProfileEntry> load() const override;
    void save(const QList<ProfileEntry> &entries, const QString &active) const override;
    QString keychainEntry(const QString &profileName, const QString &fieldKey) const override;
    /// The profile marked for the Assistant ("" = none marked).
    QString active() const override;

    static ProfileEntry toEntry(const pipeline::runtime::LlmEndpoint &endpoint);
    static pipeline::runtime::LlmEndpoint toEndpoint(const ProfileEntry &entry);
};
