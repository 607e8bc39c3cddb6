#include "app/designer/settings/llmprofiles.h"

#include "app/designer/settings/secretstore.h"

#include "widgets/settings/secretreference.h"

#include <nlohmann/json.hpp>

#include <QSettings>

namespace {
const QString EndpointsKey = QStringLiteral("llm/endpoints");
const QString AssistantKey = QStringLiteral("llm/assistantProfile");
}

QString LlmProfiles::assistantProfile()
{
    const std::vector<pipeline::runtime::LlmEndpoint> endpoints = load();
    const QString marked = markedAssistantProfile();
    for (const QString &candidate : {marked, QStringLiteral("default")})
        for (const auto &endpoint : endpoints)
            if (!candidate.isEmpty() && QString::fromStdString(endpoint.name) == candidate)
                return candidate;
    return endpoints.empty() ? QString() : QString::fromStdString(endpoints.front().name);
}

QString LlmProfiles::markedAssistantProfile()
{
    return QSettings().value(AssistantKey).toString();
}

void LlmProfiles::setAssistantProfile(const QString &name)
{
    QSettings().setValue(AssistantKey, name);
}

std::vector<pipeline::runtime::LlmEndpoint> LlmProfiles::load()
{
    QSettings settings;
    std::vector<pipeline::runtime::LlmEndpoint> out;
    const int count = settings.beginReadArray(EndpointsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const std::string text = settings.value(QStringLiteral("profile")).toString().toStdString();
        const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
        if (json.is_discarded())
            continue; // a hand-edited settings file: skip the broken entry, keep the rest
        if (auto endpoint = pipeline::runtime::LlmEndpoint::fromJson(json))
            out.push_back(std::move(*endpoint));
    }
    settings.endArray();
    return out;
}

void LlmProfiles::save(const std::vector<pipeline::runtime::LlmEndpoint> &endpoints)
{
    QSettings settings;
    settings.remove(EndpointsKey);
    settings.beginWriteArray(EndpointsKey, int(endpoints.size()));
    for (size_t i = 0; i < endpoints.size(); ++i) {
        pipeline::runtime::LlmEndpoint endpoint = endpoints[i];
        if (!endpoint.apiKeyRef.empty() && !SecretReference::isReference(QString::fromStdString(endpoint.apiKeyRef)))
            endpoint.apiKeyRef.clear();
        settings.setArrayIndex(int(i));
        settings.setValue(QStringLiteral("profile"), QString::fromStdString(endpoint.toJson().dump()));
    }
    settings.endArray();
}

pipeline::runtime::LlmSettings LlmProfiles::runSettings(QString *warning)
{
    pipeline::runtime::LlmSettings settings;
    settings.endpoints = load();
    QStringList references;
    for (const auto &endpoint : settings.endpoints)
        references << QString::fromStdString(endpoint.apiKeyRef);
    QString error;
    if (!SecretStore::instance()->prepareResolver(references, &settings.secretResolver, &error)) {
        if (warning)
            *warning = error;
        // Resolve what can be resolved: one unreadable key must not break the other endpoints.
        QStringList readable;
        for (const QString &reference : std::as_const(references))
            if (pipeline::runtime::SecretResolver single; SecretStore::instance()->prepareResolver({reference}, &single, nullptr))
                readable << reference;
        SecretStore::instance()->prepareResolver(readable, &settings.secretResolver, nullptr);
    }
    return settings;
}
