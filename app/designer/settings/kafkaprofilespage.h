#pragma once

#include "app/designer/settings/secretfield.h"

#include "widgets/settings/connectionprofile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class TestResultLabel;

/// Settings page for Kafka connection profiles: bootstrap servers, security
/// protocol, SASL mechanism/username/password, SSL CA file and any other
/// librdkafka property, which profile runs use, and "Test connection" (broker
/// and topic count, off the GUI thread). Edits the ConnectionProfile list that
/// ConnectionProfiles stores; the password is a SecretField.
class KafkaProfilesPage : public QWidget {
    Q_OBJECT

public:
    struct Entry {
        ConnectionProfile profile; // sasl.password kept out: it lives in `password`
        SecretValue password;
    };

    explicit KafkaProfilesPage(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries, const QString &active);
    QList<Entry> entries() const;
    QString activeProfile() const;
    QStringList problems() const;

    /// Loads ConnectionProfiles (QSettings) into entries / turns entries back into profiles.
    static QList<Entry> fromProfiles(const QList<ConnectionProfile> &profiles);
    static ConnectionProfile toProfile(const Entry &entry);

    void addProfile();
    /// Tests the profile being edited; the result shows in resultLabel().
    void testConnection();

    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *bootstrapEdit() const { return m_bootstrap; }
    QComboBox *securityCombo() const { return m_security; }
    QComboBox *mechanismCombo() const { return m_mechanism; }
    QLineEdit *usernameEdit() const { return m_username; }
    SecretField *passwordField() const { return m_password; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QTableWidget *propertyTable() const { return m_table; }
    QComboBox *activeCombo() const { return m_active; }
    QPushButton *testButton() const { return m_test; }
    TestResultLabel *resultLabel() const { return m_result; }

signals:
    void testFinished(bool ok);

private:
    void storeCurrent();
    void loadCurrent();
    void refreshActive();

    QList<Entry> m_entries;
    int m_current = -1;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_bootstrap;
    QComboBox *m_security;
    QComboBox *m_mechanism;
    QLineEdit *m_username;
    SecretField *m_password;
    QLineEdit *m_caFile;
    QTableWidget *m_table;
    QComboBox *m_active;
    QPushButton *m_test;
    TestResultLabel *m_result;
};
