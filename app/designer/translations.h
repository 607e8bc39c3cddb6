#pragma once

#include <QString>

class QCoreApplication;

/// Loads the UI language at startup: the Settings override (AppSettings::language)
/// or else the first supported language of the system locale. Installs our
/// translation (compiled into the binary under :/i18n) and Qt's own (qtbase_*,
/// from Qt's translations directory when present) for standard buttons and dialogs.
class Translations {
public:
    /// The language to use now ("en" when nothing else fits).
    static QString chosenLanguage();
    /// Installs the translators for `language` into `app` (replacing earlier ones);
    /// false when our translation for it is missing (English is used then).
    static bool install(QCoreApplication *app, const QString &language);
    /// The compiled translation for `language` (":/i18n/pipewright_de.qm").
    static QString resourcePath(const QString &language);
};
