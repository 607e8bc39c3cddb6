#pragma once

#include "codegen/exportresult.h"

#include <Qsci/qsciscintilla.h>

#include <QHash>
#include <QList>
#include <QString>

/// A read-only SQL script with line numbers that knows which lines each node's
/// statements occupy: a click on a statement reports its node, and a node's
/// statements can be highlighted and scrolled into view.
class SqlScriptView : public QsciScintilla {
    Q_OBJECT

public:
    /// 1-based, inclusive line range of one statement (comment line included).
    struct LineRange {
        int first = 0;
        int last = 0;
    };

    explicit SqlScriptView(QWidget *parent = nullptr);

    /// Replaces the script, keeping the scroll position (the preview refreshes
    /// while the user reads it).
    void setScript(const QString &script, const std::vector<codegen::ExportedStatement> &statements);

    /// The node whose statement covers the 1-based line; empty between statements.
    QString nodeAtLine(int line) const;
    QList<LineRange> rangesOf(const QString &nodeId) const;

    /// Marks the nodes' statements; `scroll` brings the first one into view.
    void highlightNodes(const QStringList &nodeIds, bool scroll);
    QStringList highlightedNodes() const { return m_highlighted; }
    bool isLineHighlighted(int line) const;

signals:
    /// The user clicked (without selecting text) inside a node's statement.
    void nodeClicked(const QString &nodeId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyColors();
    void updateMarginWidth();
    void applyHighlight();

    QHash<QString, QList<LineRange>> m_ranges;
    std::vector<QString> m_lineNodes; // index = 1-based line; empty = no statement
    QStringList m_highlighted;
    int m_marker = 0;
};
