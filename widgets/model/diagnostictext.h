#pragma once

#include "pipeline/core/diagnostic.h"

#include <QCoreApplication>
#include <QString>

/// The core reports problems as a stable code, arguments and an English message
/// (for the CLI and logs). The GUI shows them through this class: a translated
/// text per known code with the arguments filled in, and the English message
/// for codes (or argument shapes) it does not know — never an empty line.
class DiagnosticText {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticText)

public:
    static QString text(const pipeline::Diagnostic &diagnostic);
    /// "Error", "Warning", "Info", translated.
    static QString severity(pipeline::Severity severity);
};
