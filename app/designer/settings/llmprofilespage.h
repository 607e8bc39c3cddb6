#pragma once

#include "app/designer/settings/secretfield.h"

#include "pipeline/runtime/llm/llmendpoint.h"

#include <QWidget>

#include <vector>

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
    QTableWidget *m_prices;
    QPushButton *m_test;
    TestResultLabel *m_result;
};
