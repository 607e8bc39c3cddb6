#pragma once

#include "app/designer/settings/schemaregistryprofile.h"
#include "app/designer/settings/secretfield.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;
class TestResultLabel;

/// Settings page for Schema Registry profiles: URL, username, password
/// (SecretField) and "Test connection" (GET /subjects => subject count).
class SchemaRegistryPage : public QWidget {
    Q_OBJECT

public:
    struct Entry {
        SchemaRegistryProfile profile; // passwordRef lives in `password`
        SecretValue password;
    };

    explicit SchemaRegistryPage(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    QList<Entry> entries() const;
    QStringList problems() const;

    static QList<Entry> fromProfiles(const QList<SchemaRegistryProfile> &profiles);
    static SchemaRegistryProfile toProfile(const Entry &entry);

    void addProfile();
    void testConnection();

    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *usernameEdit() const { return m_username; }
    SecretField *passwordField() const { return m_password; }
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
    QLineEdit *m_url;
    QLineEdit *m_username;
    SecretField *m_password;
    QPushButton *m_test;
    TestResultLabel *m_result;
};
