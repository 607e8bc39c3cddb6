// Translations: the compiled .qm files load, every catalog text is in every .ts
// file, diagnostics and catalog texts appear translated, and CJK text really
// renders (no .notdef "tofu" glyph in the main window's texts, Noto CJK fonts),
// with a screenshot of the main window per language in the build tree.
#include "widgets/settings/profilelistpage.h"
#include "app/designer/mainwindow.h"
#include "app/designer/settings/settingsdialog.h"
#include "app/designer/translations.h"

#include "widgets/model/catalogtext.h"
#include "widgets/model/diagnostictext.h"
#include "widgets/docks/palettewidget.h"

#include "pipeline/core/catalog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTreeWidget>
#include <QXmlStreamReader>

namespace {

const QStringList Languages{"de", "fr", "ja", "zh_CN"};

// source text -> translation (numerus: the first form), per context "catalog" or any.
QMap<QString, QString> readTs(const QString &language, const QString &onlyContext = {})
{
    QFile file(QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/translations/pipewright_%1.ts").arg(language));
    QMap<QString, QString> out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context, source, translation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const bool numerus = false;
            Q_UNUSED(numerus);
            translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (onlyContext.isEmpty() || context == onlyContext)
                out.insert(source, translation);
        }
    }
    return out;
}

// Texts whose glyphs are missing in the font the layout picked (glyph index 0 = .notdef).
QStringList tofu(const QStringList &texts, const QFont &font)
{
    QStringList missing;
    for (const QString &text : texts) {
        QTextLayout layout(text, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns())
            for (quint32 glyph : run.glyphIndexes())
                if (glyph == 0) {
                    missing << text + QStringLiteral(" [") + run.rawFont().familyName() + QLatin1Char(']');
                    break;
                }
    }
    return missing;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
        qputenv("PIPEWRIGHT_RECOVERY_DIR", m_home.filePath("recovery").toLocal8Bit());
        MainWindow::setQuietErrors(true);
        MainWindow::setUnsavedPrompt([](MainWindow *) { return QMessageBox::Discard; });
    }
    void cleanup() { Translations::install(qApp, "en"); }

    void compiledIntoTheBinary_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << "de" << "&Datei";
        QTest::newRow("fr") << "fr" << "&Fichier";
        QTest::newRow("ja") << "ja" << "ファイル(&F)";
        QTest::newRow("zh_CN") << "zh_CN" << "文件(&F)";
    }
    void compiledIntoTheBinary()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QVERIFY(QFile::exists(Translations::resourcePath(language)));
        QVERIFY(Translations::install(qApp, language));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), file);
        // Qt's own strings (dialog buttons) come from qtbase_<lang>.qm when Qt's translations are installed.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + "/qtbase_" + language + ".qm"))
            QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QString("Cancel"));
        QVERIFY(Translations::install(qApp, "en"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QString("&File"));
        QVERIFY(!Translations::install(qApp, "xx")); // unknown: English stays
    }

    void languageChoice()
    {
        QSettings().setValue("language", "ja");
        QCOMPARE(Translations::chosenLanguage(), QString("ja"));
        QSettings().setValue("language", "klingon"); // not supported: the system locale decides
        QVERIFY(QStringList({"en", "de", "fr", "ja", "zh_CN"}).contains(Translations::chosenLanguage()));
        QSettings().remove("language");
    }

    // Every label and help text of every node kind is in every .ts file, translated.
    void catalogTextsAreTranslated()
    {
        const std::vector<std::string> strings = CatalogText::strings(pipeline::Catalog::builtin());
        QVERIFY(strings.size() > 100);
        for (const QString &language : Languages) {
            const QMap<QString, QString> ts = readTs(language, "catalog");
            QStringList missing;
            for (const std::string &s : strings) {
                const QString source = QString::fromStdString(s);
                if (ts.value(source).trimmed().isEmpty())
                    missing << source;
            }
            QVERIFY2(missing.isEmpty(), qPrintable(language + ": " + QString::number(missing.size())
                                                   + " catalog texts without translation (run update_translations), e.g.\n"
                                                   + missing.mid(0, 5).join('\n')));
        }
        QVERIFY(Translations::install(qApp, "de"));
        const pipeline::NodeType *filter = pipeline::Catalog::builtin().find("project"); // "Filter" is German too
        QVERIFY(filter);
        QVERIFY(CatalogText::translate(filter->label) != QString::fromStdString(filter->label));
        QCOMPARE(CatalogText::translate("no such catalog text"), QString("no such catalog text"));
    }

    void diagnosticsAreTranslated()
    {
        pipeline::Diagnostic d;
        d.code = "unknown-kind";
        d.message = "unknown node kind \"warp-drive\"";
        d.args = {"warp-drive"};
        QCOMPARE(DiagnosticText::text(d), QString("Unknown node kind “warp-drive”."));
        QVERIFY(Translations::install(qApp, "de"));
        QVERIFY2(DiagnosticText::text(d).contains("warp-drive") && DiagnosticText::text(d).contains("Knoten"),
                 qPrintable(DiagnosticText::text(d)));
        // Unknown codes, or a known code without its arguments: the English message, never empty.
        d.code = "from-the-future";
        QCOMPARE(DiagnosticText::text(d), QString::fromStdString(d.message));
        d.code = "bad-duration";
        d.args.clear();
        QCOMPARE(DiagnosticText::text(d), QString::fromStdString(d.message));
    }

    // The main window in each language: texts translated, CJK glyphs present, a screenshot in the build tree.
    void mainWindowInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("palette");
        QTest::newRow("de") << "de" << "Palette";
        QTest::newRow("fr") << "fr" << "Palette";
        QTest::newRow("ja") << "ja" << "パレット";
        QTest::newRow("zh_CN") << "zh_CN" << "组件面板";
    }
    void mainWindowInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, palette);
        QVERIFY(Translations::install(qApp, language));
        auto *window = new MainWindow;
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->openFile(QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/iot-temperature-alerts.pipeline.json")));
        QStringList texts;
        for (QAction *action : window->menuBar()->actions())
            texts << action->text().remove('&');
        for (QAction *action : window->findChildren<QAction *>())
            if (!action->text().isEmpty())
                texts << action->text().remove('&');
        QStringList docks;
        for (QDockWidget *dock : window->findChildren<QDockWidget *>())
            docks << dock->windowTitle();
        QVERIFY2(docks.contains(palette), qPrintable(docks.join(", ")));
        texts << docks;
        QTreeWidget *paletteTree = window->findChild<PaletteWidget *>()->findChild<QTreeWidget *>();
        for (QTreeWidgetItemIterator it(paletteTree); *it; ++it)
            texts << (*it)->text(0);
        const QStringList missing = tofu(texts, window->font());
        QVERIFY2(missing.isEmpty(), qPrintable("glyphs missing: " + missing.join(", ")));
        if (language == "ja" || language == "zh_CN") {
            // The texts really are CJK (not English left over), and a CJK font renders them.
            const QString file = window->menuBar()->actions().front()->text();
            QVERIFY2(file.contains(language == "ja" ? QString("ファイル") : QString("文件")), qPrintable(file));
            QTextLayout layout(file, window->font());
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            bool cjkFont = false;
            for (const QGlyphRun &run : layout.glyphRuns())
                cjkFont = cjkFont || run.rawFont().familyName().contains("CJK", Qt::CaseInsensitive);
            QVERIFY2(cjkFont, "no CJK font picked for the menu (install fonts-noto-cjk)");
        }
        QTest::qWait(200);
        const QString shot = QStringLiteral(PIPEWRIGHT_BINARY_DIR "/tests/app/mainwindow-%1.png").arg(language);
        QVERIFY(window->grab().save(shot));
        qInfo() << "screenshot" << shot;
        // The Settings dialog too: every label renders, and a picture of its Kafka page.
        auto *settings = new SettingsDialog(window);
        settings->kafkaPage()->addProfile();
        settings->showPage(SettingsDialog::Page::Kafka);
        settings->show();
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        QStringList labels;
        for (QLabel *label : settings->findChildren<QLabel *>())
            if (!label->text().isEmpty())
                labels << label->text();
        QVERIFY(labels.size() > 10);
        const QStringList missingInSettings = tofu(labels, settings->font());
        QVERIFY2(missingInSettings.isEmpty(), qPrintable("glyphs missing: " + missingInSettings.join(", ")));
        QVERIFY(settings->grab().save(QStringLiteral(PIPEWRIGHT_BINARY_DIR "/tests/app/settings-%1.png").arg(language)));
        delete window;
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
