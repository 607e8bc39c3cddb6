#pragma once

#include "pipeline/assist/pipelineassistant.h"
#include "pipeline/core/graph.h"

#include <QDockWidget>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QElapsedTimer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class GraphModel;
class PipelineScene;
class PipelineView;
class QComboBox;
class QGraphicsItem;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QThread;
class QTimer;

/// The Assistant dock: describe a pipeline (or a change, or ask for an
/// explanation) in any language and get a validated graph back. Generation runs
/// on a worker thread (PipelineAssistant) against the LLM endpoint profile
/// picked above the prompt (the profiles of Tools → Settings, the one marked for
/// the assistant first); the answer streams in while the dock shows the round,
/// the tokens received and the elapsed time, and Cancel aborts the HTTP request
/// at once. A result is first shown as a preview — the proposed
/// pipeline on a canvas of its own with added, changed and removed nodes marked
/// — and only Apply changes the document, as one undoable command; Discard, a
/// failure or a cancel leave it untouched.
class AssistantDock : public QDockWidget {
    Q_OBJECT

public:
    explicit AssistantDock(GraphModel *document, QWidget *parent = nullptr);
    ~AssistantDock() override;

    /// Rounds, streaming, context; the endpoint is the picked profile's (an
    /// endpoint set here is used only while there are no profiles).
    void setAssistantOptions(pipeline::assist::PipelineAssistant::Options options);
    pipeline::assist::PipelineAssistant::Options assistantOptions() const;
    /// The LLM endpoint profiles of Tools → Settings; `assistantProfile` (the one
    /// marked for the assistant) is picked unless the user picked another one
    /// that still exists.
    void setProfiles(const std::vector<pipeline::runtime::LlmEndpoint> &profiles, const QString &assistantProfile);
    /// Resolves keychain: API key references on the GUI thread before a request
    /// starts (the designer's secret store); env: references need none.
    using ResolverSource = std::function<pipeline::runtime::SecretResolver(const QString &reference, QString *error)>;
    void setResolverSource(ResolverSource source);
    QString currentProfile() const;
    QComboBox *profileCombo() const { return m_profile; }
    /// Ground generations in a cluster's topics (empty = not connected).
    void setBootstrapServers(const QString &bootstrap);
    /// The same with the connection's librdkafka properties (SASL/SSL profiles).
    void setCluster(const QString &bootstrap, const pipeline::runtime::ClientProperties &properties);
    QString bootstrapServers() const { return m_bootstrap; }

    bool isBusy() const;
    bool hasPreview() const { return m_proposed.has_value(); }
    const pipeline::assist::GraphDiff &diff() const { return m_diff; }
    /// What the dock shows below the buttons: errors, diagnostics, explanations.
    QString messageText() const;
    QString stageText() const;
    QStringList history() const { return m_historyItems; }

    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *explainButton() const { return m_explain; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *discardButton() const { return m_discard; }
    PipelineScene *previewScene() const { return m_previewScene; }
    /// The preview's marks by node id: "added", "changed" or "removed".
    QString previewMark(const QString &nodeId) const;

public slots:
    void generate();
    void editPipeline();
    void explainPipeline();
    void cancel();
    /// Replaces the document's graph with the preview (one undo step).
    bool apply();
    void discard();

signals:
    void busyChanged(bool busy);
    /// A request ended (ok = a preview or an explanation is shown).
    void finished(bool ok);

private:
    void start(pipeline::assist::AssistMode mode);
    void showProgress(int run, const pipeline::assist::AssistProgress &progress);
    void updateProgressText();
    void finish(int run, pipeline::assist::AssistMode mode, pipeline::assist::AssistResult result);
    void showPreview();
    void clearPreview();
    void markNode(const QString &id, const QString &mark, const QColor &color);
    void setBusy(bool busy);
    void setMessage(const QString &html);
    void addToHistory(const QString &prompt);
    void readSettings();
    void writeSettings() const;
    const pipeline::runtime::LlmEndpoint *selectedProfile() const;

    GraphModel *m_document;
    pipeline::assist::PipelineAssistant::Options m_options;
    QString m_bootstrap;
    pipeline::runtime::ClientProperties m_clusterProperties;

    QComboBox *m_history;
    QPlainTextEdit *m_prompt;
    QComboBox *m_profile;
    std::vector<pipeline::runtime::LlmEndpoint> m_profiles;
    ResolverSource m_resolverSource;
    QPushButton *m_generate;
    QPushButton *m_edit;
    QPushButton *m_explain;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_stage;
    QTextBrowser *m_message;
    QTimer *m_tick;
    QElapsedTimer m_elapsed;
    // The latest progress of the running request, shown with the ticking time.
    QString m_stageName;
    int m_round = 0;
    int m_rounds = 1;
    int m_tokens = 0;
    QWidget *m_previewPanel;
    QLabel *m_diffLabel;
    GraphModel *m_previewModel;
    PipelineScene *m_previewScene;
    PipelineView *m_previewView;
    QPushButton *m_apply;
    QPushButton *m_discard;
    QStringList m_historyItems;

    // The running request: its assistant (for cancel) and thread.
    std::shared_ptr<pipeline::assist::PipelineAssistant> m_assistant;
    QPointer<QThread> m_thread;
    int m_run = 0;

    // The preview: what Apply installs, and the document it was computed from.
    std::optional<pipeline::Graph> m_proposed;
    pipeline::Graph m_base;
    pipeline::assist::GraphDiff m_diff;
    QList<QGraphicsItem *> m_marks;
    QHash<QString, QString> m_markOf;
};
