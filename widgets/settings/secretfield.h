#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

/// A secret as a profile holds it while the Settings dialog is open: the stored
/// reference (env:NAME / keychain:NAME) and, when the user typed a new secret for
/// the keychain, that value — kept in memory only until the dialog stores it in
/// the keychain on OK.
struct SecretValue {
    QString reference;
    QString pending;
    bool operator==(const SecretValue &) const = default;
};

/// Edits one secret: where it comes from (the OS keychain, an environment
/// variable, or none) and the secret itself or the variable's name. A secret
/// typed here is never shown again and never written anywhere but the keychain.
class SecretField : public QWidget {
    Q_OBJECT

public:
    enum class Source { Keychain, Environment, None };

    explicit SecretField(QWidget *parent = nullptr);

    void setValue(const SecretValue &value);
    SecretValue value() const;
    Source source() const;
    void setSource(Source source);

    /// What is wrong with the entry (empty = fine): a bad variable name, or
    /// "Keychain" without a stored or typed secret.
    QString problem() const;

    QComboBox *sourceCombo() const { return m_source; }
    QLineEdit *edit() const { return m_edit; }

signals:
    void edited();

private:
    void updateEdit();

    QComboBox *m_source;
    QLineEdit *m_edit;
    QString m_storedKeychainRef; // the keychain entry the profile already has
    QString m_notAReference; // a stored value that is no reference, until the user picks a source
};
