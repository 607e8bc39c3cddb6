#include "app/designer/settings/generalsettingspage.h"

#include "app/designer/settings/appsettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_autosave(new QSpinBox(this))
{
    setObjectName(QStringLiteral("GeneralSettingsPage"));
    m_theme->addItem(tr("Light"), false);
    m_theme->addItem(tr("Dark"), true);
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : AppSettings::supportedLanguages())
        m_language->addItem(AppSettings::nativeLanguageName(code), code);
    m_autosave->setRange(AppSettings::MinimumAutosaveSeconds, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setToolTip(tr("While a pipeline has unsaved changes, a recovery copy is written this often."));

    auto *form = new QFormLayout;
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies when Pipewright restarts."), this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Recovery copy every:"), m_autosave);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    load();
}

void GeneralSettingsPage::load()
{
    m_theme->setCurrentIndex(AppSettings::darkTheme() ? 1 : 0);
    const int language = m_language->findData(AppSettings::language());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_autosave->setValue(AppSettings::autosaveSeconds());
}

void GeneralSettingsPage::save() const
{
    AppSettings::setDarkTheme(m_theme->currentData().toBool());
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setAutosaveSeconds(m_autosave->value());
}
