#pragma once

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class DiagnosticsWidget;
class Document;
class PaletteWidget;
class PipelineScene;
class PipelineView;
class PropertyEditor;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QVariantAnimation;
class SqlPreviewDock;
class TestsDock;
class WelcomeView;

/// The designer window: one document on a canvas, with Palette, Properties,
/// Diagnostics, SQL Preview and Tests docks, the menus and shortcuts of a desktop editor, recent files,
/// themes and crash recovery. Several windows may be open (one per document).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    PipelineScene *scene() const { return m_scene; }
    PipelineView *view() const { return m_view; }
    PaletteWidget *palette() const { return m_palette; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    DiagnosticsWidget *diagnostics() const { return m_diagnostics; }
    SqlPreviewDock *sqlPreview() const { return m_sqlPreview; }
    TestsDock *testsDock() const { return m_testsDock; }
    QAction *action(const QString &objectName) const;

    /// Opens in this window when it holds a pristine document, else in a new one.
    /// Returns the window that shows the file (nullptr on error; a message was shown).
    MainWindow *openFile(const QString &path);
    bool save();
    bool saveAs(const QString &path = {});

    /// Asks what to do with unsaved changes; tests replace the question.
    using UnsavedPrompt = std::function<QMessageBox::StandardButton(MainWindow *)>;
    static void setUnsavedPrompt(UnsavedPrompt prompt);
    using RecoveryPrompt = std::function<bool(const QStringList &files)>;
    static void setRecoveryPrompt(RecoveryPrompt prompt);
    /// Errors are shown in a message box unless tests silence them.
    static void setQuietErrors(bool quiet);

    /// Offers leftover recovery copies (after a crash); returns the windows opened.
    static QList<MainWindow *> offerRecovery();
    /// Folders searched for the shipped examples.
    static QStringList exampleDirectories();
    static QStringList exampleFiles();

    /// The start page instead of the canvas (a window with no file open); it
    /// gives way to the canvas as soon as the document gets nodes.
    void showWelcome();
    void showCanvas();
    bool isWelcomeShown() const;
    WelcomeView *welcomeView() const { return m_welcome; }
    /// File → New from Example: the example gallery in a dialog.
    void newFromExample();

    /// Fits the pipeline into the view now and again whenever the view gets its
    /// real size, until the user zooms, pans or clicks: a window opened with a
    /// file shows the whole pipeline, not a speck of it. Never above 100 %.
    void fitWhenShown();
    bool isFitPending() const { return m_fitPending; }
    /// "~/dir/file.pipeline.json" under the home directory, else the file name:
    /// what the status bar says (no machine paths in screenshots).
    static QString shortPath(const QString &path);

    bool isDarkTheme() const { return m_dark; }
    void setDarkTheme(bool dark);
    /// Auto-layout; `animate` false applies at once (tests, benchmarks).
    void autoLayout(bool animate = true);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createMenus();
    void updateTitle();
    void updateSelection();
    void updateEditActions();
    void fillRecentMenu();
    void fillExamplesMenu(QMenu *menu);
    void addRecentFile(const QString &path);
    bool maybeSave();
    void newDocument();
    void openDialog();
    bool saveAsDialog();
    void exportDialog();
    void validateNow();
    void showError(const QString &title, const QString &text);
    void fitPipeline();
    void tryRunOnSandbox();
    void tryDescribe();
    void readSettings();
    void writeSettings();
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &shortcut = {});

    Document *m_document;
    PipelineScene *m_scene;
    PipelineView *m_view;
    QStackedWidget *m_central = nullptr;
    WelcomeView *m_welcome = nullptr;
    bool m_fitPending = false;
    bool m_fitQueued = false;
    bool m_fitting = false;
    QList<QDockWidget *> m_docksBeforeWelcome; // hidden while the start page shows
    PaletteWidget *m_palette = nullptr;
    PropertyEditor *m_properties = nullptr;
    DiagnosticsWidget *m_diagnostics = nullptr;
    QDockWidget *m_paletteDock = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QDockWidget *m_diagnosticsDock = nullptr;
    SqlPreviewDock *m_sqlPreview = nullptr;
    TestsDock *m_testsDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QPointer<QVariantAnimation> m_layoutAnimation;
    bool m_dark = false;
};
