#pragma once

#include "widgets/settings/secretfield.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// One profile as a ProfileListPage edits it, keyed by the fields of its
/// ProfilePageDescription: text, number (C locale) and choice values, secrets
/// (a reference, or a value typed for the keychain and not stored yet) and tables
/// (rows of cells). The page's adapter converts it from and to the stored profile.
struct ProfileEntry {
    QString name;
    QHash<QString, QString> values;
    QHash<QString, SecretValue> secrets;
    QHash<QString, QList<QStringList>> tables;
    /// What the form does not show (e.g. an LLM endpoint's rate limits), kept as the
    /// adapter wrote it through edits and Duplicate, so saving loses nothing.
    QString carried;

    QString value(const QString &key) const { return values.value(key); }
    bool operator==(const ProfileEntry &) const = default;
};
