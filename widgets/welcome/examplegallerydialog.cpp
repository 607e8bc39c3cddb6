#include "widgets/welcome/examplegallerydialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

ExampleGalleryDialog::ExampleGalleryDialog(const QList<ExampleEntry> &examples, QWidget *parent)
    : QDialog(parent)
    , m_gallery(new ExampleGallery(this))
{
    setObjectName(QStringLiteral("exampleGalleryDialog"));
    setWindowTitle(tr("New from Example"));
    m_gallery->setSingleClickOpens(false); // a click selects, Open (or a double-click) opens
    m_gallery->setExamples(examples);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    QPushButton *open = buttons->button(QDialogButtonBox::Open);
    m_gallery->setCurrentRow(0); // the first example preselected: Open works at once
    open->setEnabled(!m_gallery->currentPath().isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_gallery, 1);
    layout->addWidget(buttons);
    resize(4 * m_gallery->gridSize().width() + 48, 2 * m_gallery->gridSize().height() + 96);

    connect(m_gallery, &QListWidget::currentItemChanged, this,
            [this, open] { open->setEnabled(!m_gallery->currentPath().isEmpty()); });
    connect(m_gallery, &ExampleGallery::exampleActivated, this, [this](const QString &path) {
        m_selected = path;
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_selected = m_gallery->currentPath();
        if (!m_selected.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}
