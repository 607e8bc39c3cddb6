#include "app/designer/settings/settingsdialog.h"

#include "app/designer/settings/databaseprofilespage.h"
#include "app/designer/settings/deploymenttargetspage.h"
#include "app/designer/settings/generalsettingspage.h"
#include "app/designer/settings/kafkaprofilespage.h"
#include "app/designer/settings/llmprofilespage.h"
#include "app/designer/settings/schemaregistrypage.h"
#include "app/designer/settings/secretstore.h"

#include "widgets/settings/profilelistpage.h"
#include "widgets/settings/secretreference.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_general(new GeneralSettingsPage(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(m_general, tr("General"));
    // The tab order follows Page.
    auto addProfiles = [this](Page page, std::unique_ptr<ProfilePageAdapter> adapter) {
        auto *widget = new ProfileListPage(adapter->description(), this);
        m_tabs->addTab(widget, widget->description().title);
        m_profiles.push_back({page, std::move(adapter), widget});
    };
    addProfiles(Page::Kafka, std::make_unique<KafkaProfilesPage>());
    addProfiles(Page::Llm, std::make_unique<LlmProfilesPage>());
    addProfiles(Page::SchemaRegistry, std::make_unique<SchemaRegistryPage>());
    addProfiles(Page::Database, std::make_unique<DatabaseProfilesPage>());
    addProfiles(Page::Deployment, std::make_unique<DeploymentTargetsPage>());
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #d32f2f"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(860, 600);
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

ProfileListPage *SettingsDialog::profilePage(Page page) const
{
    for (const ProfileTab &tab : m_profiles)
        if (tab.page == page)
            return tab.widget;
    return nullptr;
}

void SettingsDialog::load()
{
    m_general->load();
    for (const ProfileTab &tab : m_profiles)
        tab.widget->setEntries(tab.adapter->load(), tab.adapter->active());
}

QStringList SettingsDialog::problems() const
{
    QStringList out;
    for (const ProfileTab &tab : m_profiles)
        out << tab.widget->problems();
    return out;
}

bool SettingsDialog::storeSecrets(QString *error)
{
    SecretStore *store = SecretStore::instance();
    // Each typed secret goes to the keychain; the entry keeps only the reference.
    // Pages are updated only once every secret is stored, so a failure changes nothing.
    std::vector<QList<ProfileEntry>> stored;
    for (const ProfileTab &tab : m_profiles) {
        QList<ProfileEntry> entries = tab.widget->entries();
        for (ProfileEntry &e : entries)
            for (auto it = e.secrets.begin(); it != e.secrets.end(); ++it) {
                const ProfileField *field = tab.widget->description().field(it.key());
                if (it->pending.isEmpty() || (field && field->applies && !field->applies(e)))
                    continue;
                const QString entry = tab.adapter->keychainEntry(e.name, it.key());
                if (!store->store(entry, it->pending, error))
                    return false;
                *it = {SecretReference::toKeychain(entry), {}};
            }
        stored.push_back(entries);
    }
    for (size_t i = 0; i < m_profiles.size(); ++i)
        m_profiles[i].widget->setEntries(stored[i], m_profiles[i].widget->activeProfile());
    return true;
}

void SettingsDialog::save()
{
    for (const ProfileTab &tab : m_profiles)
        tab.adapter->save(tab.widget->entries(), tab.widget->activeProfile());
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
