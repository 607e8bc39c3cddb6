#include "document.h"

#include "app/designer/settings/appsettings.h"

#include "widgets/model/graphmodel.h"

#include "pipeline/serialization/pipelinereader.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>

Document::Document(QObject *parent)
    : QObject(parent)
    , m_model(new GraphModel(this))
    , m_undoStack(new QUndoStack(this))
{
    m_model->setUndoStack(m_undoStack);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] {
        emit modifiedChanged(isModified());
        updateAutosave();
    });
    m_autosave.setInterval(AppSettings::autosaveSeconds() * 1000); // Settings → General
    connect(&m_autosave, &QTimer::timeout, this, &Document::writeRecovery);
}

Document::~Document()
{
    removeRecovery();
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool Document::isModified() const
{
    return m_restoredDirty || !m_undoStack->isClean();
}

bool Document::isPristine() const
{
    return m_filePath.isEmpty() && !isModified() && m_model->graph().empty() && m_undoStack->count() == 0;
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

bool Document::load(const QString &path, QString *error)
{
    pipeline::LoadResult result = pipeline::readPipelineFile(QFile::encodeName(path).toStdString());
    if (!result.ok()) {
        if (error)
            *error = QString::fromStdString(result.errorText()).trimmed();
        return false;
    }
    m_model->resetGraph(std::move(*result.graph));
    m_undoStack->clear();
    m_restoredDirty = false;
    setFilePath(QFileInfo(path).absoluteFilePath());
    emit modifiedChanged(isModified());
    updateAutosave();
    return true;
}

QByteArray Document::serialized() const
{
    return QByteArray::fromStdString(pipeline::writePipelineText(m_model->graph()));
}

bool Document::save(QString *error)
{
    if (m_filePath.isEmpty()) {
        if (error)
            *error = tr("The document has no file name yet.");
        return false;
    }
    return saveAs(m_filePath, error);
}

bool Document::saveAs(const QString &path, QString *error)
{
    // QSaveFile writes a temporary file and renames it over the target on
    // commit(): a crash or a full disk leaves the previous file intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray text = serialized();
    if (file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    setFilePath(QFileInfo(path).absoluteFilePath());
    m_restoredDirty = false;
    m_undoStack->setClean();
    emit modifiedChanged(isModified());
    removeRecovery();
    updateAutosave();
    return true;
}

QString Document::recoveryDirectory()
{
    const QString override = qEnvironmentVariable("PIPEWRIGHT_RECOVERY_DIR");
    if (!override.isEmpty())
        return override;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

void Document::updateAutosave()
{
    if (isModified()) {
        if (!m_autosave.isActive())
            m_autosave.start();
    } else {
        m_autosave.stop();
        // Undone back to the saved state: an older recovery copy would offer
        // edits the user already took back.
        removeRecovery();
    }
}

bool Document::writeRecovery()
{
    if (!isModified())
        return false;
    const QString dir = recoveryDirectory();
    if (!QDir().mkpath(dir))
        return false;
    if (m_recoveryFile.isEmpty()) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_recoveryFile = dir + QLatin1Char('/') + id + QStringLiteral(".pipeline.json");
        // The lock tells other running instances this copy is alive, not orphaned.
        m_recoveryLock = std::make_unique<QLockFile>(m_recoveryFile + QStringLiteral(".lock"));
        m_recoveryLock->setStaleLockTime(0);
        m_recoveryLock->tryLock(0);
    }
    QSaveFile origin(m_recoveryFile + QStringLiteral(".origin"));
    if (origin.open(QIODevice::WriteOnly)) {
        origin.write(m_filePath.toUtf8());
        origin.commit();
    }
    QSaveFile file(m_recoveryFile);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(serialized());
    return file.commit();
}

void Document::removeRecovery()
{
    if (m_recoveryFile.isEmpty())
        return;
    QFile::remove(m_recoveryFile);
    QFile::remove(m_recoveryFile + QStringLiteral(".origin"));
    m_recoveryLock.reset(); // unlocks and removes the lock file
    m_recoveryFile.clear();
}

QStringList Document::orphanedRecoveryFiles()
{
    QStringList orphans;
    const QDir dir(recoveryDirectory());
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.pipeline.json")}, QDir::Files, QDir::Time)) {
        QLockFile lock(info.absoluteFilePath() + QStringLiteral(".lock"));
        if (!lock.tryLock(0))
            continue; // a running instance owns it
        lock.unlock();
        orphans << info.absoluteFilePath();
    }
    return orphans;
}

QString Document::recoveryOrigin(const QString &recoveryFile)
{
    QFile origin(recoveryFile + QStringLiteral(".origin"));
    if (!origin.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(origin.readAll());
}

bool Document::restoreRecovery(const QString &recoveryFile, QString *error)
{
    const QString origin = recoveryOrigin(recoveryFile);
    pipeline::LoadResult result = pipeline::readPipelineFile(QFile::encodeName(recoveryFile).toStdString());
    if (!result.ok()) {
        if (error)
            *error = QString::fromStdString(result.errorText()).trimmed();
        return false;
    }
    m_model->resetGraph(std::move(*result.graph));
    m_undoStack->clear();
    setFilePath(origin);
    m_restoredDirty = true;
    QFile::remove(recoveryFile);
    QFile::remove(recoveryFile + QStringLiteral(".origin"));
    emit modifiedChanged(true);
    updateAutosave();
    writeRecovery(); // the restored state is protected again right away
    return true;
}
