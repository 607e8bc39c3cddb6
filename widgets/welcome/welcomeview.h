#pragma once

#include "widgets/welcome/examplegallery.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

/// The start page of a window with no file open: New and Open, the two things to
/// try first (run an example on the sandbox, describe a pipeline to the
/// assistant), the examples as a gallery and the recent files. It only emits
/// requests; the main window acts on them.
class WelcomeView : public QWidget {
    Q_OBJECT

public:
    explicit WelcomeView(QWidget *parent = nullptr);

    void setExamples(const QList<ExampleEntry> &examples);
    /// Absolute paths, newest first; missing files are listed but disabled.
    void setRecentFiles(const QStringList &paths);

    ExampleGallery *gallery() const { return m_gallery; }
    QListWidget *recentList() const { return m_recent; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *tryRunButton() const { return m_tryRun; }
    QPushButton *tryDescribeButton() const { return m_tryDescribe; }

    /// "~/pipelines/a.pipeline.json" for a file under the home directory, else the path.
    static QString homeRelative(const QString &path);

signals:
    void newRequested();
    void openRequested();
    void exampleRequested(const QString &path);
    void recentRequested(const QString &path);
    void tryRunRequested();
    void tryDescribeRequested();

private:
    ExampleGallery *m_gallery;
    QListWidget *m_recent;
    QLabel *m_noRecent;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_tryRun;
    QPushButton *m_tryDescribe;
};
