#pragma once

#include "secretfield.h"

#include "pipeline/runtime/llmendpoint.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class TestResultLabel;

/// Settings page for LLM endpoint profiles (OpenAI-compatible): base URL, chat and
/// embedding model, API key (SecretField), price table per model, and "Test
/// connection" (the model list, or a completion round trip).
class LlmProfilesPage : public QWidget {
    Q_OBJECT

public:
    struct Entry {
        pipeline::runtime::LlmEndpoint endpoint; // apiKeyRef lives in `apiKey`
        SecretValue apiKey;
        /// Marked for the Assistant (one profile at most; stored on OK).
        bool assistant = false;
    };

    explicit LlmProfilesPage(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    QList<Entry> entries() const;
    QStringList problems() const;

    static QList<Entry> fromEndpoints(const std::vector<pipeline::runtime::LlmEndpoint> &endpoints);
    static pipeline::runtime::LlmEndpoint toEndpoint(const Entry &entry);

    void addProfile();
    void testConnection();

    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *embeddingModelEdit() const { return m_embeddingModel; }
    SecretField *apiKeyField() const { return m_apiKey; }
    QTableWidget *priceTable() const { return m_prices; }
    QPushButton *testButton() const { return m_test; }
    QCheckBox *assistantCheck() const { return m_assistant; }
    /// The name of the profile marked for the Assistant (empty: none).
    QString assistantProfile() const;
    TestResultLabel *resultLabel() const { return m_result; }

signals:
    void testFinished(bool ok);

private:
    void storeCurrent();
    void loadCurrent();

    QList<Entry> m_entries;
    int m_current = -1;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QLineEdit *m_embeddingModel;
    SecretField *m_apiKey;
    QCheckBox *m_assistant;
    QTableWidget *m_prices;
    QPushButton *m_test;
    TestResultLabel *m_result;
};
