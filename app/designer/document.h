#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class GraphModel;
class QLockFile;
class QUndoStack;

/// One open pipeline: its graph (through GraphModel), undo stack, file path and
/// unsaved-changes state. Saves are atomic (QSaveFile). While there are unsaved
/// changes a recovery copy is written every 30 s; it is removed on save and on a
/// normal close, so a leftover one means the app did not exit cleanly.
class Document : public QObject {
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    GraphModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    /// File name, or "Untitled" for a new document.
    QString displayName() const;
    bool isModified() const;
    /// A brand-new document nobody touched (File > Open may reuse its window).
    bool isPristine() const;

    bool load(const QString &path, QString *error);
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);
    /// The canonical file text of the current graph.
    QByteArray serialized() const;

    // Crash recovery.
    static QString recoveryDirectory();
    QString recoveryFile() const { return m_recoveryFile; }
    void setAutosaveInterval(int ms) { m_autosave.setInterval(ms); }
    /// Writes the recovery copy now (the timer calls this while modified).
    bool writeRecovery();
    void removeRecovery();
    /// Recovery copies left by sessions that are not running any more.
    static QStringList orphanedRecoveryFiles();
    /// The original path a recovery copy belongs to (empty for untitled).
    static QString recoveryOrigin(const QString &recoveryFile);
    /// Loads a recovery copy as this document's unsaved state (path = its origin)
    /// and deletes the copy.
    bool restoreRecovery(const QString &recoveryFile, QString *error);

signals:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void setFilePath(const QString &path);
    void updateAutosave();

    GraphModel *m_model;
    QUndoStack *m_undoStack;
    QString m_filePath;
    bool m_restoredDirty = false; // modified without an undo step (restored from recovery)
    QTimer m_autosave;
    QString m_recoveryFile;
    std::unique_ptr<QLockFile> m_recoveryLock;
};
