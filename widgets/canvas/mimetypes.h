#pragma once

#include <QString>

/// Drag-and-drop and clipboard formats of the canvas.
namespace MimeTypes {
/// A node kind dragged from the palette (UTF-8 kind id).
inline const QString NodeKind = QStringLiteral("application/x-pipewright-node-kind");
/// Pipeline JSON on the clipboard (also offered as text/plain).
inline const QString Pipeline = QStringLiteral("application/x-pipewright-pipeline");
} // namespace MimeTypes
