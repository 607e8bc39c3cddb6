#include "app/designer/settings/settingspairs.h"

#include <QSettings>

SettingsPairs::Pairs SettingsPairs::read(QSettings &settings, const QString &array)
{
    Pairs out;
    const int count = settings.beginReadArray(array);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        out.append({settings.value(QStringLiteral("key")).toString(), settings.value(QStringLiteral("value")).toString()});
    }
    settings.endArray();
    return out;
}

void SettingsPairs::write(QSettings &settings, const QString &array, const Pairs &pairs,
                          const std::function<bool(const QString &, const QString &)> &keep)
{
    settings.beginWriteArray(array);
    int i = 0;
    for (const auto &[key, value] : pairs) {
        if (keep && !keep(key, value))
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(QStringLiteral("key"), key);
        settings.setValue(QStringLiteral("value"), value);
    }
    settings.endArray();
}
