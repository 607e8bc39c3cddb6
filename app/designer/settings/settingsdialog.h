#pragma once

#include <QDialog>

class GeneralSettingsPage;
class KafkaProfilesPage;
class LlmProfilesPage;
class QLabel;
class QTabWidget;
class SchemaRegistryPage;

/// Tools → Settings: Kafka connection profiles, LLM endpoints, Schema Registries
/// and general preferences (theme, language, recovery interval). Loads from and
/// saves to QSettings; on OK, secrets typed for the keychain are stored there
/// first, and only their references reach the settings. When the keychain fails
/// the dialog stays open with the reason, and nothing is saved.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    enum class Page { General, Kafka, Llm, SchemaRegistry };

    explicit SettingsDialog(QWidget *parent = nullptr);

    void showPage(Page page);
    /// Everything wrong across the pages (OK refuses while there is something).
    QStringList problems() const;

    GeneralSettingsPage *generalPage() const { return m_general; }
    KafkaProfilesPage *kafkaPage() const { return m_kafka; }
    LlmProfilesPage *llmPage() const { return m_llm; }
    SchemaRegistryPage *schemaRegistryPage() const { return m_registry; }
    QLabel *problemLabel() const { return m_problems; }

public slots:
    void accept() override;

private:
    bool storeSecrets(QString *error);
    void load();
    void save();

    QTabWidget *m_tabs;
    GeneralSettingsPage *m_general;
    KafkaProfilesPage *m_kafka;
    LlmProfilesPage *m_llm;
    SchemaRegistryPage *m_registry;
    QLabel *m_problems;
};
