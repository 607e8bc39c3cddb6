#pragma once

#include <QDialog>

#include <memory>
#include <vector>

class GeneralSettingsPage;
class ProfileListPage;
class ProfilePageAdapter;
class QLabel;
class QTabWidget;

/// Tools → Settings: Kafka clusters, LLM endpoints, Schema Registries, databases, deployment targets
/// (each one ProfileListPage bound to its ProfilePageAdapter) and general
/// preferences (theme, language, recovery interval). Loads from and saves to
/// QSettings; on OK, secrets typed for the keychain are stored there first, and
/// only their references reach the settings. When the keychain fails the dialog
/// stays open with the reason, and nothing is saved.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    enum class Page { General, Kafka, Llm, SchemaRegistry, Database, Deployment };

    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;
    /// Everything wrong across the pages (OK refuses while there is something).
    QStringList problems() const;

    GeneralSettingsPage *generalPage() const { return m_general; }
    ProfileListPage *profilePage(Page page) const;
    ProfileListPage *kafkaPage() const { return profilePage(Page::Kafka); }
    ProfileListPage *llmPage() const { return profilePage(Page::Llm); }
    ProfileListPage *schemaRegistryPage() const { return profilePage(Page::SchemaRegistry); }
    ProfileListPage *databasePage() const { return profilePage(Page::Database); }
    ProfileListPage *deploymentPage() const { return profilePage(Page::Deployment); }
    QLabel *problemLabel() const { return m_problems; }

public slots:
    void accept() override;

private:
    struct ProfileTab {
        Page page;
        std::unique_ptr<ProfilePageAdapter> adapter;
        ProfileListPage *widget;
    };

    bool storeSecrets(QString *error);
    void load();
    void save();

    QTabWidget *m_tabs;
    GeneralSettingsPage *m_general;
    std::vector<ProfileTab> m_profiles;
    QLabel *m_problems;
};
