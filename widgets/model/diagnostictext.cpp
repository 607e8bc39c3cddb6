#include "widgets/model/diagnostictext.h"

#include "widgets/model/catalogtext.h"

#include <QStringList>

namespace {

QString arg(const pipeline::Diagnostic &d, size_t i)
{
    return i < d.args.size() ? QString::fromStdString(d.args[i]) : QString();
}

} // namespace

QString DiagnosticText::text(const pipeline::Diagnostic &d)
{
    const QString english = QString::fromStdString(d.message);
    const std::string &code = d.code;
    const size_t n = d.args.size();
    // Each entry checks the arguments it needs: a core message without them keeps its English text.
    if (code == "unknown-kind" && n >= 1)
        return tr("Unknown node kind “%1”.").arg(arg(d, 0));
    if (code == "unreachable")
        return tr("No source feeds this node; it will never receive records.");
    if (code == "unconnected-input")
        return n >= 1 && !arg(d, 0).isEmpty() && english.contains(QLatin1Char('"'))
                   ? tr("Input “%1” is not connected.").arg(arg(d, 0))
                   : tr("The input is not connected.");
    if (code == "too-many-edges" && n >= 2)
        return tr("Input “%1” accepts one edge but has %2.").arg(arg(d, 0), arg(d, 1));
    if (code == "cycle" && n >= 1) {
        QStringList nodes;
        for (const std::string &id : d.args)
            nodes << QString::fromStdString(id);
        nodes << nodes.front();
        return tr("The pipeline loops: %1; records would circle forever.").arg(nodes.join(QStringLiteral(" → ")));
    }
    if (code == "unknown-parameter" && n >= 1)
        return tr("Unknown parameter “%1” is ignored.").arg(arg(d, 0));
    if (code == "missing-parameter")
        return tr("A required value is missing.");
    if (code == "bad-enum-value" && n >= 2)
        return tr("“%1” is not a valid choice; use one of: %2.").arg(arg(d, 0), arg(d, 1));
    if (code == "bad-duration" && n >= 1)
        return tr("“%1” is not a duration; write e.g. 500ms, 10s, 1m, 2h or 1d.").arg(arg(d, 0));
    if (code == "too-few-items" && n >= 2)
        return tr("Needs at least %1 entries, has %2.").arg(arg(d, 0), arg(d, 1));
    if (code == "unknown-field" && n >= 1 && english.startsWith(QLatin1String("unknown field")))
        return tr("Unknown field “%1”.").arg(arg(d, 0)) + (english.contains(QLatin1String("did you mean"))
                                                               ? QStringLiteral(" ") + english.mid(english.indexOf(QLatin1String("did you mean")))
                                                               : QString());
    if (code == "type-mismatch" && n >= 2 && english.contains(QLatin1String(", but ")))
        return tr("The expression must be %1, but it is %2.").arg(arg(d, 0), arg(d, 1));
    if (code == "dangling-edge")
        return tr("The edge is connected to a node or port that does not exist.");
    if (code == "incompatible-edge")
        return tr("The edge must go from an output to an input.");
    if (code == "not-transactional" && n >= 2)
        return tr("Exactly-once cannot include a %1 node: it %2.").arg(arg(d, 0), CatalogText::translate(d.args[1]));
    if (code == "repeats-after-crash" && n >= 2)
        return tr("Under exactly-once, this %1 node %2.").arg(arg(d, 0), CatalogText::translate(d.args[1]));
    if (code == "pii-leak" && n >= 1)
        return tr("Field “%1” is marked sensitive and would be sent to the model unmasked; mask it upstream (mask node) "
                  "or remove it from the prompt.")
            .arg(arg(d, 0));
    return english;
}

QString DiagnosticText::severity(pipeline::Severity severity)
{
    switch (severity) {
    case pipeline::Severity::Error:
        return tr("Error");
    case pipeline::Severity::Warning:
        return tr("Warning");
    case pipeline::Severity::Info:
        return tr("Info");
    }
    return {};
}
