#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

/// Settings page for the designer itself: theme, language (applies on restart)
/// and how often unsaved changes are copied for crash recovery.
class GeneralSettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);

    void load();
    void save() const;

    QComboBox *themeCombo() const { return m_theme; }
    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *autosaveSpin() const { return m_autosave; }

private:
    QComboBox *m_theme;
    QComboBox *m_language;
    QSpinBox *m_autosave;
};
