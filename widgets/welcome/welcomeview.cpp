#include "widgets/welcome/welcomeview.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *heading(const QString &text, QWidget *parent, qreal scale = 1.15)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

QPushButton *tryButton(const QString &title, const QString &detail, QWidget *parent)
{
    // What it does, and (wrapped, smaller) what you will see.
    auto *button = new QCommandLinkButton(title, detail, parent);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return button;
}
} // namespace

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
    , m_gallery(new ExampleGallery(this))
    , m_recent(new QListWidget(this))
    , m_noRecent(new QLabel(tr("No recent files yet."), this))
    , m_new(new QPushButton(tr("New Pipeline"), this))
    , m_open(new QPushButton(tr("Open…"), this))
{
    setObjectName(QStringLiteral("welcomeView"));
    setAutoFillBackground(true);
    m_new->setObjectName(QStringLiteral("welcomeNew"));
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_tryRun = tryButton(tr("Run an example on the sandbox"),
                         tr("Opens the IoT example on the embedded Kafka cluster and starts it; then Produce Samples."), this);
    m_tryRun->setObjectName(QStringLiteral("welcomeTryRun"));
    m_tryDescribe = tryButton(tr("Describe a pipeline to the assistant"),
                              tr("Say in plain words what should happen to your events; the assistant draws it."), this);
    m_tryDescribe->setObjectName(QStringLiteral("welcomeTryDescribe"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(heading(tr("Welcome to Pipewright"), this, 1.6));
    auto *tagline = new QLabel(tr("Design Kafka event pipelines as node graphs, run them live on the sandbox and "
                                  "export them as ksqlDB or Flink SQL."),
                               this);
    tagline->setWordWrap(true);
    titles->addWidget(tagline);
    top->addLayout(titles, 1);
    top->addWidget(m_new);
    top->addWidget(m_open);
    layout->addLayout(top);

    layout->addWidget(heading(tr("Try first"), this));
    auto *tries = new QHBoxLayout;
    tries->addWidget(m_tryRun);
    tries->addWidget(m_tryDescribe);
    layout->addLayout(tries);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto *examples = new QVBoxLayout;
    examples->addWidget(heading(tr("Examples"), this));
    examples->addWidget(m_gallery, 1);
    columns->addLayout(examples, 3);
    auto *recent = new QVBoxLayout;
    recent->addWidget(heading(tr("Recent files"), this));
    recent->addWidget(m_noRecent);
    recent->addWidget(m_recent, 1);
    recent->addStretch(0); // keeps the heading at the top while the list is hidden
    columns->addLayout(recent, 1);
    layout->addLayout(columns, 1);

    connect(m_new, &QPushButton::clicked, this, &WelcomeView::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomeView::openRequested);
    connect(m_tryRun, &QPushButton::clicked, this, &WelcomeView::tryRunRequested);
    connect(m_tryDescribe, &QPushButton::clicked, this, &WelcomeView::tryDescribeRequested);
    connect(m_gallery, &ExampleGallery::exampleActivated, this, &WelcomeView::exampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            emit recentRequested(item->data(Qt::UserRole).toString());
    });
    setRecentFiles({});
}

QString WelcomeView::homeRelative(const QString &path)
{
    const QString home = QDir::homePath();
    const QString clean = QDir::cleanPath(path);
    if (!home.isEmpty() && home != QLatin1String("/") && clean.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~/") + QDir::toNativeSeparators(clean.mid(home.size() + 1));
    return QDir::toNativeSeparators(clean);
}

void WelcomeView::setExamples(const QList<ExampleEntry> &examples)
{
    m_gallery->setExamples(examples);
}

void WelcomeView::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.fileName() + QLatin1Char('\n') + homeRelative(info.path()), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
        }
    }
    m_noRecent->setVisible(paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}
