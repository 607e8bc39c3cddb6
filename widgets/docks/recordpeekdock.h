#pragma once

#include <QDockWidget>
#include <QStringList>

class QLabel;
class QsciScintilla;

/// Edge peek: the latest records that passed along one edge of a running (or
/// finished) pipeline, pretty-printed JSON in a read-only editor, newest last.
/// The dock does not fetch; its owner feeds it with setRecords().
class RecordPeekDock : public QDockWidget {
    Q_OBJECT

public:
    explicit RecordPeekDock(QWidget *parent = nullptr);

    /// Which edge to follow; `title` is shown above the records ("check → alert").
    void setEdge(const QString &edgeId, const QString &title);
    QString edgeId() const { return m_edgeId; }
    /// Records as JSON texts (not JSON is shown as it is). Unchanged input keeps the scroll position.
    void setRecords(const QStringList &records);
    int recordCount() const { return m_records.size(); }
    QString text() const;
    QsciScintilla *editor() const { return m_editor; }

    static QString prettyJson(const QString &json);

private:
    QString m_edgeId;
    QStringList m_records;
    QLabel *m_header;
    QsciScintilla *m_editor;
};
