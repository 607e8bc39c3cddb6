#pragma once

#include "widgets/settings/profileentry.h"
#include "widgets/settings/profilepagedescription.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class SecretField;
class TestResultLabel;

/// The one Settings page for every kind of named profile: a list of profiles
/// (Add, Duplicate, Rename, Remove), a form built from a ProfilePageDescription,
/// an optional "in use" picker and an optional Test Connection button whose check
/// runs off the GUI thread. It knows nothing about where profiles are stored or
/// how secrets are read: the description and the caller's adapter do.
class ProfileListPage : public QWidget {
    Q_OBJECT

public:
    explicit ProfileListPage(ProfilePageDescription description, QWidget *parent = nullptr);

    const ProfilePageDescription &description() const { return m_description; }

    void setEntries(const QList<ProfileEntry> &entries, const QString &active = {});
    QList<ProfileEntry> entries() const;
    /// The profile picked under "activeLabel"; empty = none (or no picker).
    QString activeProfile() const;
    /// Everything wrong with the profiles, one message each, starting with the profile's name.
    QStringList problems() const;

    /// A profile with every field at its default, named after the description.
    ProfileEntry newEntry() const;
    void addProfile();
    /// A copy of the selected profile, secrets included, under a new name.
    void duplicateProfile();
    void removeProfile();
    /// Starts editing the selected profile's name in the list.
    void renameProfile();
    /// Tests the profile being edited; the result shows in resultLabel().
    void testConnection();

    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QWidget *editor(const QString &key) const;
    QLineEdit *lineEdit(const QString &key) const;
    QDoubleSpinBox *numberBox(const QString &key) const;
    QComboBox *comboBox(const QString &key) const;
    SecretField *secretField(const QString &key) const;
    QTableWidget *table(const QString &key) const;
    /// Whether the field's row is shown for the profile being edited.
    bool isFieldShown(const QString &key) const;
    QComboBox *activeCombo() const { return m_active; }
    QPushButton *testButton() const { return m_test; }
    TestResultLabel *resultLabel() const { return m_result; }

signals:
    void testFinished(bool ok);

private:
    struct FieldEditor {
        ProfileField field;
        QWidget *editor = nullptr; // the line edit, spin box, combo box, SecretField or table
        QWidget *row = nullptr;    // what is shown or hidden with the field
    };

    QWidget *createEditor(const ProfileField &field, QWidget **row);
    void storeCurrent();
    void loadCurrent();
    void refreshActive();
    void updateVisibility();
    void edited();
    void appendEntry(ProfileEntry entry);
    QString freeName(const QString &wanted) const;
    const FieldEditor *fieldEditor(const QString &key) const;
    static bool applies(const ProfileField &field, const ProfileEntry &entry);

    ProfilePageDescription m_description;
    QList<FieldEditor> m_editors;
    QList<ProfileEntry> m_entries;
    int m_current = -1;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_name;
    QFormLayout *m_form;
    QComboBox *m_active = nullptr;
    QPushButton *m_test = nullptr;
    TestResultLabel *m_result;
};
