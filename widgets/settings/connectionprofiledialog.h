#pragma once

#include "widgets/settings/connectionprofile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

/// Edits the connection profiles and picks the one runs use ("Sandbox" = the
/// embedded cluster). Secrets are entered as env:NAME references; a literal
/// password is refused with a message, so nothing secret reaches the settings.
class ConnectionProfileDialog : public QDialog {
    Q_OBJECT

public:
    ConnectionProfileDialog(const QList<ConnectionProfile> &profiles, const QString &active, QWidget *parent = nullptr);

    QList<ConnectionProfile> profiles() const;
    /// The profile runs use; empty = the sandbox.
    QString activeProfile() const;
    /// Problems of the edited profiles (accept() refuses while there are any).
    QStringList problems() const;

    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *bootstrapEdit() const { return m_bootstrap; }
    QTableWidget *propertyTable() const { return m_table; }
    QComboBox *activeCombo() const { return m_active; }
    /// Adds an empty profile and selects it.
    void addProfile();

public slots:
    void accept() override;

private:
    void storeCurrent();
    void loadCurrent();
    void refreshActive();

    QList<ConnectionProfile> m_profiles;
    int m_current = -1;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_bootstrap;
    QTableWidget *m_table;
    QComboBox *m_active;
    QLabel *m_problems;
};
