#pragma once

#include "widgets/welcome/examplegallery.h"

#include <QDialog>

/// File → New from Example: the welcome page's gallery in a dialog. Accepted
/// with the chosen example (selectedPath()).
class ExampleGalleryDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExampleGalleryDialog(const QList<ExampleEntry> &examples, QWidget *parent = nullptr);

    QString selectedPath() const { return m_selected; }
    ExampleGallery *gallery() const { return m_gallery; }

private:
    ExampleGallery *m_gallery;
    QString m_selected;
};
