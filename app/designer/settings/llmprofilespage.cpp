#include "app/designer/settings/llmprofilespage.h"

#include "app/designer/settings/connectiontester.h"
#include "app/designer/settings/llmprofiles.h"
#include "app/designer/settings/secretstore.h"

#include <nlohmann/json.hpp>

#include <QLocale>

namespace {

const QString BaseUrlKey = QStringLiteral("baseUrl");
const QString ModelKey = QStringLiteral("model");
const QString EmbeddingModelKey = QStringLiteral("embeddingModel");
const QString ApiKeyKey = QStringLiteral("apiKey");
const QString PricesKey = QStringLiteral("prices");

// Accept the user's locale ("0,15") and the C form ("0.15").
std::optional<double> price(const QString &text)
{
    bool ok = false;
    const double v = QLocale().toDouble(text, &ok);
    if (ok)
        return v;
    const double c = text.toDouble(&ok);
    return ok ? std::optional<double>(c) : std::nullopt;
}

} // namespace

ProfilePageDescription LlmProfilesPage::description() const
{
    ProfilePageDescription d;
    d.objectName = QStringLiteral("LlmProfilesPage");
    d.title = tr("LLM Endpoints");
    d.newName = tr("endpoint %1");
    // The first profile is "default": nodes that leave `endpoint` empty use it.
    d.preferredName = QStringLiteral("default");
    // The Assistant dock preselects this profile for generating pipelines.
    d.activeLabel = tr("Assistant uses");
    d.activeNone = tr("\"default\", else the first profile");
    d.fields = {
        {.key = BaseUrlKey, .label = tr("Base URL"), .required = true,
         .defaultValue = QStringLiteral("https://api.openai.com/v1"),
         .help = tr("The OpenAI-compatible API root, e.g. https://api.openai.com/v1 or http://localhost:11434/v1"),
         .placeholder = QStringLiteral("https://api.openai.com/v1"),
         .validate = [](const QString &url) {
             return url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"))
                 ? QString()
                 : tr("must start with http:// or https://.");
         }},
        {.key = ModelKey, .label = tr("Model"), .defaultValue = QStringLiteral("gpt-4o-mini"),
         .help = tr("Used by nodes that leave their model empty"), .placeholder = QStringLiteral("gpt-4o-mini")},
        {.key = EmbeddingModelKey, .label = tr("Embedding model"), .placeholder = QStringLiteral("text-embedding-3-small")},
        {.key = ApiKeyKey, .label = tr("API key"), .kind = ProfileField::Kind::Secret,
         .defaultValue = QStringLiteral("env:OPENAI_API_KEY")},
        {.key = PricesKey, .label = tr("Prices (USD per million tokens; models without a price cost nothing)"),
         .kind = ProfileField::Kind::Table,
         .columns = {tr("Model"), tr("Input per 1M tokens"), tr("Output per 1M tokens")},
         .validateRow = [](const QStringList &row) {
             if (row.value(0).isEmpty())
                 return tr("a price has no model.");
             if (!price(row.value(1)) || !price(row.value(2)))
                 return tr("the prices of %1 must be numbers.").arg(row.value(0));
             return QString();
         }},
    };
    d.test = [](const ProfileEntry &entry) {
        ProfilePageDescription::TestStart start;
        pipeline::runtime::LlmEndpoint endpoint = toEndpoint(entry);
        pipeline::runtime::SecretResolver resolver;
        if (const QString typed = entry.secrets.value(ApiKeyKey).pending; !typed.isEmpty()) {
            // Not stored yet (that happens on OK): hand the typed key to this one test only.
            endpoint.apiKeyRef = "keychain:pending-test";
            resolver = [key = typed.toStdString()](std::string_view ref) -> std::optional<std::string> {
                if (ref == "keychain:pending-test")
                    return key;
                return std::nullopt;
            };
        } else if (!SecretStore::instance()->prepareResolver({QString::fromStdString(endpoint.apiKeyRef)}, &resolver,
                                                             &start.error)) {
            return start;
        }
        start.busyText = tr("Asking %1 for its models…").arg(QString::fromStdString(endpoint.baseUrl));
        start.work = [endpoint, resolver] { return ConnectionTester::llm(endpoint, resolver); };
        return start;
    };
    return d;
}

ProfileEntry LlmProfilesPage::toEntry(const pipeline::runtime::LlmEndpoint &endpoint)
{
    ProfileEntry e;
    e.name = QString::fromStdString(endpoint.name);
    e.values[BaseUrlKey] = QString::fromStdString(endpoint.baseUrl);
    e.values[ModelKey] = QString::fromStdString(endpoint.model);
    e.values[EmbeddingModelKey] = QString::fromStdString(endpoint.embeddingModel);
    e.secrets[ApiKeyKey] = {QString::fromStdString(endpoint.apiKeyRef), {}};
    for (const auto &[model, p] : endpoint.prices)
        e.tables[PricesKey].append(
            {QString::fromStdString(model), QLocale().toString(p.inputPerMillion), QLocale().toString(p.outputPerMillion)});
    e.carried = QString::fromStdString(endpoint.toJson().dump());
    return e;
}

pipeline::runtime::LlmEndpoint LlmProfilesPage::toEndpoint(const ProfileEntry &entry)
{
    pipeline::runtime::LlmEndpoint endpoint;
    const nlohmann::json carried = nlohmann::json::parse(entry.carried.toStdString(), nullptr, false);
    if (!carried.is_discarded())
        if (auto previous = pipeline::runtime::LlmEndpoint::fromJson(carried))
            endpoint = std::move(*previous);
    endpoint.name = entry.name.toStdString();
    endpoint.baseUrl = entry.value(BaseUrlKey).toStdString();
    endpoint.model = entry.value(ModelKey).toStdString();
    endpoint.embeddingModel = entry.value(EmbeddingModelKey).toStdString();
    endpoint.apiKeyRef = entry.secrets.value(ApiKeyKey).reference.toStdString();
    endpoint.prices.clear();
    for (const QStringList &row : entry.tables.value(PricesKey)) {
        if (row.value(0).isEmpty())
            continue;
        pipeline::runtime::LlmPrice p;
        p.inputPerMillion = price(row.value(1)).value_or(0);
        p.outputPerMillion = price(row.value(2)).value_or(0);
        endpoint.prices[row.value(0).toStdString()] = p;
    }
    return endpoint;
}

QList<ProfileEntry> LlmProfilesPage::load() const
{
    return convertAll<QList<ProfileEntry>>(LlmProfiles::load(), &toEntry);
}

void LlmProfilesPage::save(const QList<ProfileEntry> &entries, const QString &active) const
{
    LlmProfiles::save(convertAll<std::vector<pipeline::runtime::LlmEndpoint>>(entries, &toEndpoint));
    LlmProfiles::setAssistantProfile(active);
}

QString LlmProfilesPage::active() const
{
    return LlmProfiles::markedAssistantProfile();
}

QString LlmProfilesPage::keychainEntry(const QString &profileName, const QString &) const
{
    return LlmProfiles::keychainEntry(profileName);
}
