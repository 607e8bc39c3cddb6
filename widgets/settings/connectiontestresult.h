#pragma once

#include <QString>
#include <QStringList>

/// What a "Test connection" found: success with a one-line summary (and details
/// such as the model list), or failure with the reason.
struct ConnectionTestResult {
    bool ok = false;
    QString summary;
    QStringList details;
};
