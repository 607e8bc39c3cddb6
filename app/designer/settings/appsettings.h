#pragma once

#include <QString>
#include <QStringList>

/// The designer's general preferences in QSettings: language, theme and the
/// crash-recovery (autosave) interval. One place for their keys and defaults.
class AppSettings {
public:
    /// "" = follow the system locale; else one of supportedLanguages().
    static QString language();
    static void setLanguage(const QString &code);
    /// Languages with a translation, plus "en" (the source language).
    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja"), QStringLiteral("zh_CN")}; }
    /// The language's own name (Deutsch, 日本語, …) for the language list.
    static QString nativeLanguageName(const QString &code);

    static bool darkTheme();
    static void setDarkTheme(bool dark);

    static constexpr int DefaultAutosaveSeconds = 30;
    static constexpr int MinimumAutosaveSeconds = 5;
    static int autosaveSeconds();
    static void setAutosaveSeconds(int seconds);
};
