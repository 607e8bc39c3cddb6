#pragma once

#include <QImage>
#include <QListWidget>
#include <QString>

/// One shipped example as the gallery shows it.
struct ExampleEntry {
    QString path;
    QString title;       // "IoT temperature alerts"
    QString description; // the pipeline's one-line description
    QImage thumbnail;    // drawn from the graph itself
    QString error;       // why the file could not be read (then shown, not hidden)
};

/// The examples as a gallery of cards: thumbnail, name and a one-line
/// description. Activating a card (double-click, Enter, or a single click when
/// `singleClickOpens`) emits exampleActivated with its file.
class ExampleGallery : public QListWidget {
    Q_OBJECT

public:
    static constexpr QSize ThumbnailSize{220, 110};

    explicit ExampleGallery(QWidget *parent = nullptr);

    /// Reads the files (name, description, thumbnail). A file that does not load
    /// stays in the list with its error as the description.
    static QList<ExampleEntry> loadExamples(const QStringList &files, bool dark = false);
    /// "iot-temperature-alerts.pipeline.json" -> "Iot temperature alerts".
    static QString titleFromFileName(const QString &path);

    void setExamples(const QList<ExampleEntry> &examples);
    QList<ExampleEntry> examples() const { return m_examples; }
    QString currentPath() const;
    void setSingleClickOpens(bool on) { m_singleClickOpens = on; }

signals:
    void exampleActivated(const QString &path);

private:
    QList<ExampleEntry> m_examples;
    bool m_singleClickOpens = true;
};
