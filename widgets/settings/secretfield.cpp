#include "widgets/settings/secretfield.h"

#include "widgets/settings/secretreference.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

SecretField::SecretField(QWidget *parent)
    : QWidget(parent)
    , m_source(new QComboBox(this))
    , m_edit(new QLineEdit(this))
{
    m_source->addItem(tr("Keychain"), int(Source::Keychain));
    m_source->addItem(tr("Environment variable"), int(Source::Environment));
    m_source->addItem(tr("None"), int(Source::None));
    m_source->setToolTip(tr("Keychain: the secret is stored in the operating system's keychain.\n"
                            "Environment variable: the secret is read from that variable when a connection starts.\n"
                            "Either way only a reference is saved in the settings."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_edit, 1);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_notAReference.clear();
        m_edit->clear();
        updateEdit();
        emit edited();
    });
    connect(m_edit, &QLineEdit::textEdited, this, &SecretField::edited);
    setSource(Source::None);
}

SecretField::Source SecretField::source() const
{
    return Source(m_source->currentData().toInt());
}

void SecretField::setSource(Source source)
{
    const QSignalBlocker blocker(m_source);
    m_source->setCurrentIndex(m_source->findData(int(source)));
    updateEdit();
}

void SecretField::updateEdit()
{
    switch (source()) {
    case Source::Keychain:
        m_edit->setEnabled(true);
        m_edit->setEchoMode(QLineEdit::Password);
        m_edit->setPlaceholderText(m_storedKeychainRef.isEmpty() ? tr("Secret (stored in the keychain on OK)")
                                                                 : tr("Stored in the keychain; type to replace"));
        break;
    case Source::Environment:
        m_edit->setEnabled(true);
        m_edit->setEchoMode(QLineEdit::Normal);
        m_edit->setPlaceholderText(tr("Variable name, e.g. KAFKA_PASSWORD"));
        break;
    case Source::None:
        m_edit->setEnabled(false);
        m_edit->setEchoMode(QLineEdit::Normal);
        m_edit->setPlaceholderText(tr("No secret"));
        break;
    }
}

void SecretField::setValue(const SecretValue &value)
{
    const QSignalBlocker blocker(m_source);
    m_storedKeychainRef = SecretReference::keychainName(value.reference).isEmpty() ? QString() : value.reference.trimmed();
    if (!m_storedKeychainRef.isEmpty() || !value.pending.isEmpty()) {
        setSource(Source::Keychain);
        m_edit->setText(value.pending);
    } else if (const QString variable = SecretReference::environmentName(value.reference); !variable.isEmpty()) {
        setSource(Source::Environment);
        m_edit->setText(variable);
    } else {
        setSource(Source::None);
        m_edit->clear();
    }
    // A value where a reference belongs (an old or hand-edited settings file) is
    // kept, not shown, so the page can refuse it instead of silently dropping it.
    m_notAReference = !value.reference.isEmpty() && !SecretReference::isReference(value.reference)
        ? value.reference
        : QString();
}

SecretValue SecretField::value() const
{
    const QString text = m_edit->text();
    switch (source()) {
    case Source::Keychain:
        return {m_storedKeychainRef, text};
    case Source::Environment: {
        // Accept "env:NAME" typed in full as well as the bare name.
        QString name = text.trimmed();
        if (name.startsWith(QLatin1String("env:")))
            name = name.mid(4);
        const QString reference = SecretReference::toEnvironment(name);
        return {name.isEmpty() || !SecretReference::isReference(reference) ? QString() : reference, {}};
    }
    case Source::None:
        return {m_notAReference, {}};
    }
    return {};
}

QString SecretField::problem() const
{
    const SecretValue v = value();
    if (source() == Source::Environment && v.reference.isEmpty())
        return tr("Enter the name of an environment variable (letters, digits and _).");
    if (source() == Source::Keychain && v.reference.isEmpty() && v.pending.isEmpty())
        return tr("Enter the secret to store in the keychain.");
    return {};
}
