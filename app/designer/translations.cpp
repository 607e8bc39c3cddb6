#include "translations.h"

#include "app/designer/settings/appsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

std::unique_ptr<QTranslator> &ours()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qts()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

} // namespace

QString Translations::resourcePath(const QString &language)
{
    return QStringLiteral(":/i18n/pipewright_%1.qm").arg(language);
}

QString Translations::chosenLanguage()
{
    const QString override = AppSettings::language();
    if (!override.isEmpty())
        return override;
    // uiLanguages() is ordered by the user's preference: "de-AT", "zh-Hans-CN", ...
    const QStringList supported = AppSettings::supportedLanguages();
    for (QString ui : QLocale::system().uiLanguages()) {
        ui.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (ui.startsWith(QLatin1String("zh"))) {
            // Simplified Chinese for mainland China, Singapore and the Hans script.
            if (ui.contains(QLatin1String("Hans")) || ui.endsWith(QLatin1String("CN")) || ui.endsWith(QLatin1String("SG")) || ui == QLatin1String("zh"))
                return QStringLiteral("zh_CN");
            continue;
        }
        const QString base = ui.section(QLatin1Char('_'), 0, 0);
        if (supported.contains(base))
            return base;
    }
    return QStringLiteral("en");
}

bool Translations::install(QCoreApplication *app, const QString &language)
{
    for (auto *slot : {&ours(), &qts()}) {
        if (*slot) {
            app->removeTranslator(slot->get());
            slot->reset();
        }
    }
    if (language == QLatin1String("en") || language.isEmpty())
        return true;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(resourcePath(language)))
        return false;
    app->installTranslator(translator.get());
    ours() = std::move(translator);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qt.get());
        qts() = std::move(qt);
    }
    return true;
}
