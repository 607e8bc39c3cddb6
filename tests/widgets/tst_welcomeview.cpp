#include "widgets/welcome/examplecarddelegate.h"
#include "widgets/welcome/examplegallery.h"
#include "widgets/welcome/examplegallerydialog.h"
#include "widgets/welcome/graphthumbnail.h"
#include "widgets/welcome/welcomeview.h"

#include "pipeline/serialization/pipelinereader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QStringList exampleFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples"));
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.pipeline.json")}, QDir::Files, QDir::Name))
        files << info.absoluteFilePath();
    return files;
}

/// Distinct colours in an image (the thumbnail must show nodes, not one flat fill).
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

QPoint cardCentre(ExampleGallery *gallery, int row)
{
    return gallery->visualItemRect(gallery->item(row)).center();
}
} // namespace

class TestWelcomeView : public QObject {
    Q_OBJECT

private slots:
    void galleryShowsEveryExample();
    void thumbnailIsDrawnFromTheGraph();
    void brokenExampleStaysListedWithItsError();
    void clickingACardOpensIt();
    void buttonsEmitTheirRequests();
    void recentFiles();
    void homeRelative_data();
    void homeRelative();
    void wrapText_data();
    void wrapText();
    void galleryDialogReturnsTheChoice();
};

void TestWelcomeView::galleryShowsEveryExample()
{
    const QStringList files = exampleFiles();
    QVERIFY(files.size() >= 6);
    const QList<ExampleEntry> entries = ExampleGallery::loadExamples(files);
    QCOMPARE(entries.size(), files.size());
    for (const ExampleEntry &entry : entries) {
        QVERIFY2(entry.error.isEmpty(), qPrintable(entry.error));
        QVERIFY(!entry.title.isEmpty());
        QVERIFY2(!entry.description.isEmpty(), qPrintable(entry.path));
        QVERIFY(!entry.thumbnail.isNull());
    }
    QCOMPARE(entries.first().title, ExampleGallery::titleFromFileName(files.first()));
    QCOMPARE(ExampleGallery::titleFromFileName("/x/iot-temperature-alerts.pipeline.json"), QString("IoT temperature alerts"));
    QCOMPARE(ExampleGallery::titleFromFileName("/x/event-llm-insights.pipeline.json"), QString("Event LLM insights"));

    WelcomeView view;
    view.resize(1100, 700);
    view.setExamples(entries);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.gallery()->count(), files.size());
    // Each card shows its name, its description and the thumbnail.
    for (int row = 0; row < view.gallery()->count(); ++row) {
        QListWidgetItem *item = view.gallery()->item(row);
        QCOMPARE(item->text(), entries.at(row).title);
        QCOMPARE(item->data(Qt::AccessibleDescriptionRole).toString(), entries.at(row).description);
        QVERIFY(!item->icon().isNull());
    }
    // Cards sit side by side (a gallery, not a list) and the first row is fully visible.
    const QRect first = view.gallery()->visualItemRect(view.gallery()->item(0));
    const QRect second = view.gallery()->visualItemRect(view.gallery()->item(1));
    QCOMPARE(first.top(), second.top());
    QVERIFY(second.left() > first.right());
    QVERIFY(view.gallery()->viewport()->rect().contains(first));
}

void TestWelcomeView::thumbnailIsDrawnFromTheGraph()
{
    const QString path = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/iot-temperature-alerts.pipeline.json");
    pipeline::LoadResult loaded = pipeline::readPipelineFile(path.toStdString());
    QVERIFY(loaded.ok());
    const QImage image = renderGraphThumbnail(*loaded.graph, QSize(440, 220));
    QCOMPARE(image.size(), QSize(440, 220));
    // Nodes in their category colours and wires, not a flat background.
    QVERIFY2(distinctColours(image) > 20, qPrintable(QString::number(distinctColours(image))));
    // The drawing spans the width (the graph is scaled to fit): columns near both ends are not all background.
    const QRgb background = image.pixel(0, 0);
    auto columnDrawn = [&](int x) {
        for (int y = 0; y < image.height(); ++y)
            if (image.pixel(x, y) != background)
                return true;
        return false;
    };
    int drawnLeft = 0, drawnRight = 0;
    for (int x = 0; x < image.width() / 5; ++x) {
        drawnLeft += columnDrawn(x);
        drawnRight += columnDrawn(image.width() - 1 - x);
    }
    QVERIFY(drawnLeft > 0);
    QVERIFY(drawnRight > 0);
    // Dark theme: a different picture of the same graph.
    QVERIFY(renderGraphThumbnail(*loaded.graph, QSize(440, 220), true) != image);
    // An empty graph has no thumbnail.
    QVERIFY(renderGraphThumbnail(pipeline::Graph{}, QSize(100, 50)).isNull());
}

void TestWelcomeView::brokenExampleStaysListedWithItsError()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath("broken.pipeline.json");
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"format\": \"pipewright-pipeline\", \"nodes\": [ }");
    file.close();
    const QList<ExampleEntry> entries = ExampleGallery::loadExamples({broken});
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries.first().error.isEmpty());
    QVERIFY2(entries.first().error.contains("broken.pipeline.json:"), qPrintable(entries.first().error));
    ExampleGallery gallery;
    gallery.setExamples(entries);
    QCOMPARE(gallery.count(), 1);
    QVERIFY(gallery.item(0)->toolTip().contains(entries.first().error));
}

void TestWelcomeView::clickingACardOpensIt()
{
    const QStringList files = exampleFiles();
    WelcomeView view;
    view.resize(1100, 700);
    view.setExamples(ExampleGallery::loadExamples(files));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &WelcomeView::exampleRequested);
    QTest::mouseClick(view.gallery()->viewport(), Qt::LeftButton, {}, cardCentre(view.gallery(), 1));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toString(), files.at(1));
}

void TestWelcomeView::buttonsEmitTheirRequests()
{
    WelcomeView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy newSpy(&view, &WelcomeView::newRequested);
    QSignalSpy openSpy(&view, &WelcomeView::openRequested);
    QSignalSpy runSpy(&view, &WelcomeView::tryRunRequested);
    QSignalSpy describeSpy(&view, &WelcomeView::tryDescribeRequested);
    QTest::mouseClick(view.newButton(), Qt::LeftButton);
    QTest::mouseClick(view.openButton(), Qt::LeftButton);
    QTest::mouseClick(view.tryRunButton(), Qt::LeftButton);
    QCOMPARE(newSpy.size(), 1);
    QCOMPARE(openSpy.size(), 1);
    QCOMPARE(runSpy.size(), 1);
    QCOMPARE(describeSpy.size(), 0);
    QTest::mouseClick(view.tryDescribeButton(), Qt::LeftButton);
    QCOMPARE(describeSpy.size(), 1);
    // The two things to try say what they do.
    QVERIFY(view.tryRunButton()->text().contains("sandbox"));
    QVERIFY(view.tryDescribeButton()->text().contains("assistant"));
}

void TestWelcomeView::recentFiles()
{
    QTemporaryDir dir;
    const QString present = dir.filePath("orders.pipeline.json");
    QFile file(present);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString missing = dir.filePath("gone.pipeline.json");
    WelcomeView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.recentList()->isVisible()); // "No recent files yet." instead
    view.setRecentFiles({present, missing});
    QVERIFY(view.recentList()->isVisible());
    QCOMPARE(view.recentList()->count(), 2);
    QVERIFY(view.recentList()->item(0)->text().startsWith("orders.pipeline.json\n"));
    QVERIFY(view.recentList()->item(0)->flags() & Qt::ItemIsEnabled);
    QVERIFY(!(view.recentList()->item(1)->flags() & Qt::ItemIsEnabled));
    QSignalSpy spy(&view, &WelcomeView::recentRequested);
    QTest::mouseClick(view.recentList()->viewport(), Qt::LeftButton, {},
                      view.recentList()->visualItemRect(view.recentList()->item(0)).center());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toString(), present);
    // A file that is gone does not open.
    QTest::mouseClick(view.recentList()->viewport(), Qt::LeftButton, {},
                      view.recentList()->visualItemRect(view.recentList()->item(1)).center());
    QCOMPARE(spy.size(), 1);
}

void TestWelcomeView::homeRelative_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QString home = QDir::homePath();
    QTest::newRow("under home") << home + "/pipelines/a.pipeline.json" << "~/pipelines/a.pipeline.json";
    QTest::newRow("elsewhere") << "/srv/data/b.pipeline.json" << "/srv/data/b.pipeline.json";
    QTest::newRow("home-like prefix") << home + "x/c.json" << home + "x/c.json";
}

void TestWelcomeView::homeRelative()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(WelcomeView::homeRelative(path), QDir::toNativeSeparators(expected));
}

void TestWelcomeView::wrapText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<bool>("elided");
    QTest::newRow("short") << "One line." << 3 << false;
    QTest::newRow("long") << QString("Every event on the topic is analysed by an LLM, retried, dead-lettered. ").repeated(6) << 3
                          << true;
    QTest::newRow("one line allowed") << QString("word ").repeated(40) << 1 << true;
}

void TestWelcomeView::wrapText()
{
    QFETCH(QString, text);
    QFETCH(int, maxLines);
    QFETCH(bool, elided);
    const QFont font;
    const int width = 200;
    const QStringList lines = ExampleCardDelegate::wrapText(text, font, width, maxLines);
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.size() <= maxLines);
    for (const QString &line : lines)
        QVERIFY2(QFontMetrics(font).horizontalAdvance(line) <= width, qPrintable(line));
    QCOMPARE(lines.last().endsWith(QChar(0x2026)), elided);
    if (!elided)
        QCOMPARE(lines.join(' '), text);
}

void TestWelcomeView::galleryDialogReturnsTheChoice()
{
    const QStringList files = exampleFiles();
    ExampleGalleryDialog dialog(ExampleGallery::loadExamples(files));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QPushButton *open = buttons->button(QDialogButtonBox::Open);
    // The first example is preselected.
    QCOMPARE(dialog.gallery()->currentPath(), files.at(0));
    QVERIFY(open->isEnabled());
    // In the dialog a click selects; Open opens.
    QTest::mouseClick(dialog.gallery()->viewport(), Qt::LeftButton, {}, cardCentre(dialog.gallery(), 2));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.gallery()->currentPath(), files.at(2));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.selectedPath(), files.at(2));
}

QTEST_MAIN(TestWelcomeView)
#include "tst_welcomeview.moc"
