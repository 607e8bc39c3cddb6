#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QSettings;

/// A list of key/value pairs as a QSettings array of {key, value} (a Kafka
/// profile's librdkafka properties, a database profile's options), one reader
/// and writer for every profile that has one.
class SettingsPairs {
public:
    using Pairs = QList<QPair<QString, QString>>;
    static Pairs read(QSettings &settings, const QString &array);
    /// Writes the pairs `keep` accepts (all when null): what must never reach the file is left out here.
    static void write(QSettings &settings, const QString &array, const Pairs &pairs,
                      const std::function<bool(const QString &key, const QString &value)> &keep = {});
};
