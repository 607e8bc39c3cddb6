#pragma once

#include "codegen/exportoptions.h"
#include "codegen/exportresult.h"

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

#include <array>
#include <functional>

class GraphModel;
class PipelineScene;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class SqlScriptView;

/// Shows the pipeline as a ksqlDB and a Flink SQL script (one tab each) with
/// what each dialect cannot express listed below the script. It follows the
/// graph: exports run a moment after edits settle and only for the visible
/// tab, so typing in a property field never exports per keystroke. Clicking a
/// statement selects its node; selecting nodes highlights their statements.
class SqlPreviewDock : public QDockWidget {
    Q_OBJECT

public:
    explicit SqlPreviewDock(GraphModel *model, QWidget *parent = nullptr);
    ~SqlPreviewDock() override;

    /// The canvas whose selection the preview follows and drives.
    void setScene(PipelineScene *scene);

    /// The options of the export (dialect = the current tab).
    codegen::ExportOptions options() const;
    /// Takes over everything but the dialect.
    void setOptions(const codegen::ExportOptions &options);

    codegen::SqlDialect currentDialect() const;
    void setCurrentDialect(codegen::SqlDialect dialect);

    SqlScriptView *scriptView(codegen::SqlDialect dialect) const;
    QTreeWidget *diagnosticsList(codegen::SqlDialect dialect) const;
    /// The export the tab shows (empty until the tab was first shown).
    const codegen::ExportResult &result(codegen::SqlDialect dialect) const;
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }
    QToolButton *copyButton() const { return m_copyButton; }
    QToolButton *exportButton() const { return m_exportButton; }
    QToolButton *optionsButton() const { return m_optionsButton; }
    QLineEdit *bootstrapServersEdit() const { return m_bootstrapEdit; }
    QLineEdit *ksqlUdfEdit() const { return m_udfEdit; }
    QCheckBox *confluentCheck() const { return m_confluentCheck; }

    void setRefreshDelay(int ms) { m_refreshTimer.setInterval(ms); }
    bool isRefreshPending() const { return m_refreshTimer.isActive(); }
    /// Exports the current tab now (the other one when it is next shown).
    void refreshNow();

    /// Puts the current tab's whole script on the clipboard.
    void copyScript();
    /// Asks for a file (see setSaveFileProvider) and writes the current tab's script.
    bool exportScript();
    /// Writes the current dialect's script of the current graph to `path`,
    /// atomically. False with a message in the status line on failure.
    bool exportScriptTo(const QString &path);

    /// Chooses the export file; returns an empty string to cancel. Tests
    /// replace the file dialog with this.
    using SaveFileProvider = std::function<QString(QWidget *parent, const QString &suggestedPath)>;
    static void setSaveFileProvider(SaveFileProvider provider);

signals:
    /// A statement or a diagnostic of this node was clicked (its node is selected already).
    void nodeActivated(const QString &nodeId);
    void scriptExported(const QString &path);

private:
    struct Tab {
        codegen::SqlDialect dialect = codegen::SqlDialect::Ksql;
        SqlScriptView *view = nullptr;
        QTreeWidget *diagnostics = nullptr;
        codegen::ExportResult result;
        bool stale = true;
        bool scrollPending = false;
    };

    QWidget *createTab(Tab &tab);
    Tab &tab(codegen::SqlDialect dialect);
    const Tab &tab(codegen::SqlDialect dialect) const;
    Tab &currentTab();
    void scheduleRefresh();
    void refreshStale();
    void refreshTab(Tab &tab);
    void fillDiagnostics(Tab &tab);
    void activateNode(const QString &nodeId, bool fromScript);
    void followSelection();
    codegen::ExportOptions optionsFor(codegen::SqlDialect dialect) const;
    void showStatus(const QString &text, bool error = false);

    GraphModel *m_model;
    QPointer<PipelineScene> m_scene;
    QTabWidget *m_tabs;
    std::array<Tab, 2> m_tabData;
    QToolButton *m_copyButton;
    QToolButton *m_exportButton;
    QToolButton *m_optionsButton;
    QWidget *m_optionsPanel;
    QLineEdit *m_bootstrapEdit;
    QCheckBox *m_confluentCheck;
    QLineEdit *m_udfEdit;
    QLabel *m_status;
    QTimer m_refreshTimer;
    codegen::ExportOptions m_baseOptions; // what the option fields do not show (endpoints, partitions)
    QStringList m_selection;
    bool m_selectingFromScript = false;
};
