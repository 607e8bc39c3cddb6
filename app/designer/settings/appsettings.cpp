#include "app/designer/settings/appsettings.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>

QString AppSettings::language()
{
    const QString code = QSettings().value(QStringLiteral("language")).toString();
    return supportedLanguages().contains(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty() || !supportedLanguages().contains(code))
        QSettings().remove(QStringLiteral("language"));
    else
        QSettings().setValue(QStringLiteral("language"), code);
}

QString AppSettings::nativeLanguageName(const QString &code)
{
    // Written in the language itself, so a user who cannot read the current UI language still finds theirs.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

bool AppSettings::darkTheme()
{
    return QSettings().value(QStringLiteral("darkTheme"), false).toBool();
}

void AppSettings::setDarkTheme(bool dark)
{
    QSettings().setValue(QStringLiteral("darkTheme"), dark);
}

int AppSettings::autosaveSeconds()
{
    const int seconds = QSettings().value(QStringLiteral("autosaveSeconds"), DefaultAutosaveSeconds).toInt();
    return std::max(seconds, int(MinimumAutosaveSeconds));
}

void AppSettings::setAutosaveSeconds(int seconds)
{
    QSettings().setValue(QStringLiteral("autosaveSeconds"), std::max(seconds, int(MinimumAutosaveSeconds)));
}
