#include "app/designer/settings/settingsdialog.h"

#include "app/designer/settings/connectionprofiles.h"
#include "app/designer/settings/generalsettingspage.h"
#include "app/designer/settings/kafkaprofilespage.h"
#include "app/designer/settings/llmprofiles.h"
#include "app/designer/settings/llmprofilespage.h"
#include "app/designer/settings/schemaregistrypage.h"
#include "app/designer/settings/secretstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_general(new GeneralSettingsPage(this))
    , m_kafka(new KafkaProfilesPage(this))
    , m_llm(new LlmProfilesPage(this))
    , m_registry(new SchemaRegistryPage(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(m_general, tr("General"));
    m_tabs->addTab(m_kafka, tr("Kafka Clusters"));
    m_tabs->addTab(m_llm, tr("LLM Endpoints"));
    m_tabs->addTab(m_registry, tr("Schema Registries"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #d32f2f"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(820, 560);
    load();
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void SettingsDialog::load()
{
    m_general->load();
    m_kafka->setEntries(KafkaProfilesPage::fromProfiles(ConnectionProfiles::load()), ConnectionProfiles::activeName());
    m_llm->setEntries(LlmProfilesPage::fromEndpoints(LlmProfiles::load()));
    m_registry->setEntries(SchemaRegistryPage::fromProfiles(SchemaRegistryProfile::load()));
}

QStringList SettingsDialog::problems() const
{
    return m_kafka->problems() + m_llm->problems() + m_registry->problems();
}

bool SettingsDialog::storeSecrets(QString *error)
{
    SecretStore *store = SecretStore::instance();
    // Each typed secret goes to the keychain; the entry keeps only the reference.
    QList<KafkaProfilesPage::Entry> kafka = m_kafka->entries();
    for (KafkaProfilesPage::Entry &e : kafka) {
        if (e.password.pending.isEmpty())
            continue;
        const QString entry = e.profile.keychainEntry(QStringLiteral("sasl.password"));
        if (!store->store(entry, e.password.pending, error))
            return false;
        e.password = {SecretStore::keychainReference(entry), {}};
    }
    QList<LlmProfilesPage::Entry> llm = m_llm->entries();
    for (LlmProfilesPage::Entry &e : llm) {
        if (e.apiKey.pending.isEmpty())
            continue;
        const QString entry = LlmProfiles::keychainEntry(QString::fromStdString(e.endpoint.name));
        if (!store->store(entry, e.apiKey.pending, error))
            return false;
        e.apiKey = {SecretStore::keychainReference(entry), {}};
    }
    QList<SchemaRegistryPage::Entry> registries = m_registry->entries();
    for (SchemaRegistryPage::Entry &e : registries) {
        if (e.password.pending.isEmpty())
            continue;
        const QString entry = e.profile.keychainEntry();
        if (!store->store(entry, e.password.pending, error))
            return false;
        e.password = {SecretStore::keychainReference(entry), {}};
    }
    const QString active = m_kafka->activeProfile();
    m_kafka->setEntries(kafka, active);
    m_llm->setEntries(llm);
    m_registry->setEntries(registries);
    return true;
}

void SettingsDialog::save()
{
    QList<ConnectionProfile> profiles;
    for (const KafkaProfilesPage::Entry &e : m_kafka->entries())
        profiles << KafkaProfilesPage::toProfile(e);
    ConnectionProfiles::save(profiles);
    ConnectionProfiles::setActiveName(m_kafka->activeProfile());
    std::vector<pipeline::runtime::LlmEndpoint> endpoints;
    for (const LlmProfilesPage::Entry &e : m_llm->entries())
        endpoints.push_back(LlmProfilesPage::toEndpoint(e));
    LlmProfiles::save(endpoints);
    QList<SchemaRegistryProfile> registries;
    for (const SchemaRegistryPage::Entry &e : m_registry->entries())
        registries << SchemaRegistryPage::toProfile(e);
    SchemaRegistryProfile::save(registries);
    m_general->save();
}

void SettingsDialog::accept()
{
    const QStringList issues = problems();
    if (!issues.isEmpty()) {
        m_problems->setText(issues.join(QLatin1Char('\n')));
        return;
    }
    QString error;
    if (!storeSecrets(&error)) {
        m_problems->setText(error);
        return;
    }
    m_problems->clear();
    save();
    QDialog::accept();
}
