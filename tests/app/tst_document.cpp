#include "app/designer/document.h"

#include "widgets/model/graphmodel.h"

#include "pipeline/edit/setparametercommand.h"
#include "pipeline/edit/setpositionscommand.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace {
const QString example = QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/resources/examples/iot-temperature-alerts.pipeline.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::string firstNodeId(const Document &doc)
{
    return doc.model()->graph().nodes().begin()->first;
}
} // namespace

class TestDocument : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loadSaveRoundTrip();
    void undoBackToOriginalBytes();
    void dirtyState();
    void badFileIsAnError_data();
    void badFileIsAnError();
    void failedSaveKeepsOldFile();
    void recoveryWrittenWhileDirty();
    void recoveryRemovedWhenUndoneToSaved();
    void orphanedRecoveryRestores();

private:
    QTemporaryDir m_recovery;
};

void TestDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("PIPEWRIGHT_RECOVERY_DIR", m_recovery.path().toLocal8Bit());
    QVERIFY(QFile::exists(example));
}

void TestDocument::loadSaveRoundTrip()
{
    Document doc;
    QString error;
    QVERIFY2(doc.load(example, &error), qPrintable(error));
    QCOMPARE(doc.displayName(), QString("iot-temperature-alerts.pipeline.json"));
    QTemporaryDir dir;
    const QString copy = dir.filePath("copy.pipeline.json");
    QVERIFY2(doc.saveAs(copy, &error), qPrintable(error));
    QCOMPARE(readAll(copy), readAll(example));
    Document again;
    QVERIFY(again.load(copy, &error));
    QVERIFY(again.model()->graph() == doc.model()->graph());
    QCOMPARE(again.filePath(), QFileInfo(copy).absoluteFilePath());
}

void TestDocument::undoBackToOriginalBytes()
{
    Document doc;
    QString error;
    QVERIFY(doc.load(example, &error));
    const QByteArray original = readAll(example);
    QCOMPARE(doc.serialized(), original);
    GraphModel *model = doc.model();
    const std::string id = firstNodeId(doc);
    model->execute(std::make_unique<pipeline::edit::SetPositionsCommand>(
        model->graph(), std::map<std::string, pipeline::Position>{{id, {1234, 567}}}));
    model->execute(std::make_unique<pipeline::edit::SetParameterCommand>(model->graph(), id, "extraKey", 42));
    QVERIFY(doc.serialized() != original);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(doc.serialized(), original);
    QVERIFY(!doc.isModified());
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QVERIFY(doc.serialized().contains("\"extraKey\": 42"));
}

void TestDocument::dirtyState()
{
    Document doc;
    QVERIFY(doc.isPristine());
    QString error;
    QVERIFY(doc.load(example, &error));
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    QVERIFY(!doc.isModified());
    doc.model()->execute(std::make_unique<pipeline::edit::SetPositionsCommand>(
        doc.model()->graph(), std::map<std::string, pipeline::Position>{{firstNodeId(doc), {0, 900}}}));
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified()); // back at the saved state
    doc.undoStack()->redo();
    QTemporaryDir dir;
    QVERIFY(doc.saveAs(dir.filePath("x.pipeline.json"), &error));
    QVERIFY(!doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.isModified()); // differs from the file now
}

void TestDocument::badFileIsAnError_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{ nodes: ") << "1:";
    QTest::newRow("not a pipeline") << QByteArray("{\"a\": 1}\n") << "format";
    QTest::newRow("missing file") << QByteArray() << "";
}

void TestDocument::badFileIsAnError()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.pipeline.json");
    if (!contents.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    Document doc;
    QString error;
    QVERIFY(!doc.load(path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(doc.isPristine());
}

void TestDocument::failedSaveKeepsOldFile()
{
    Document doc;
    QString error;
    QVERIFY(doc.load(example, &error));
    QVERIFY(!doc.saveAs("/nonexistent-dir/sub/x.pipeline.json", &error));
    QVERIFY(error.contains("nonexistent-dir"));
    QCOMPARE(doc.filePath(), QFileInfo(example).absoluteFilePath());
}

void TestDocument::recoveryWrittenWhileDirty()
{
    Document doc;
    QString error;
    QVERIFY(doc.load(example, &error));
    doc.setAutosaveInterval(50);
    QVERIFY(!doc.writeRecovery()); // nothing unsaved, nothing to protect
    doc.model()->execute(std::make_unique<pipeline::edit::SetPositionsCommand>(
        doc.model()->graph(), std::map<std::string, pipeline::Position>{{firstNodeId(doc), {0, 900}}}));
    QTRY_VERIFY(!doc.recoveryFile().isEmpty() && QFile::exists(doc.recoveryFile()));
    QCOMPARE(readAll(doc.recoveryFile()), doc.serialized());
    QCOMPARE(Document::recoveryOrigin(doc.recoveryFile()), QFileInfo(example).absoluteFilePath());
    // Alive (locked) copies are not offered as orphans.
    QVERIFY(!Document::orphanedRecoveryFiles().contains(doc.recoveryFile()));
    const QString file = doc.recoveryFile();
    QTemporaryDir dir;
    QVERIFY(doc.saveAs(dir.filePath("saved.pipeline.json"), &error));
    QVERIFY(!QFile::exists(file)); // saved: no recovery needed
}

void TestDocument::recoveryRemovedWhenUndoneToSaved()
{
    Document doc;
    QString error;
    QVERIFY(doc.load(example, &error));
    doc.model()->execute(std::make_unique<pipeline::edit::SetPositionsCommand>(
        doc.model()->graph(), std::map<std::string, pipeline::Position>{{firstNodeId(doc), {0, 900}}}));
    QVERIFY(doc.writeRecovery());
    const QString file = doc.recoveryFile();
    QVERIFY(QFile::exists(file));
    // Undone back to the file on disk: nothing is left to recover after a crash.
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    QVERIFY(!QFile::exists(file));
    QVERIFY(!Document::orphanedRecoveryFiles().contains(file));
    // Redo makes it dirty again, and the next copy is a new file.
    doc.undoStack()->redo();
    QVERIFY(doc.writeRecovery());
    QVERIFY(QFile::exists(doc.recoveryFile()));
}

void TestDocument::orphanedRecoveryRestores()
{
    QByteArray edited;
    QString leftover;
    {
        Document crashed;
        QString error;
        QVERIFY(crashed.load(example, &error));
        crashed.model()->execute(std::make_unique<pipeline::edit::SetParameterCommand>(
            crashed.model()->graph(), firstNodeId(crashed), "note", "unsaved work"));
        QVERIFY(crashed.writeRecovery());
        edited = crashed.serialized();
        // Simulate the crash: a copy of the files without a live lock stays behind.
        leftover = m_recovery.filePath("crashed.pipeline.json");
        QVERIFY(QFile::copy(crashed.recoveryFile(), leftover));
        QVERIFY(QFile::copy(crashed.recoveryFile() + ".origin", leftover + ".origin"));
    }
    QVERIFY(Document::orphanedRecoveryFiles().contains(leftover));
    Document restored;
    QString error;
    QVERIFY2(restored.restoreRecovery(leftover, &error), qPrintable(error));
    QCOMPARE(restored.serialized(), edited);
    QVERIFY(restored.isModified());
    QCOMPARE(restored.filePath(), QFileInfo(example).absoluteFilePath());
    QVERIFY(!QFile::exists(leftover));
    QVERIFY(!Document::orphanedRecoveryFiles().contains(leftover));
}

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
