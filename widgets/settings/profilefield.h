#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

struct ProfileEntry;

/// One field of a profile form, as a ProfilePageDescription lists it (with
/// designated initializers; every member has an initializer so an omitted one
/// warns nowhere). The page
/// builds the editor from it, fills new profiles with its default and checks
/// required values and `validate` before the Settings dialog accepts.
struct ProfileField {
    enum class Kind {
        Text,   // a line edit; `fileFilter` adds a Browse… button
        Number, // a spin box between `minimum` and `maximum` with `decimals`
        Choice, // a combo box of `choices` (value, label); `editable` takes other values
        Secret, // a SecretField: keychain or env:NAME, never a literal in the settings
        Table,  // rows of `columns` (a key/value properties table has two)
    };

    QString key{};
    QString label{}; // without the colon
    Kind kind = Kind::Text;
    bool required = false;
    QString defaultValue{};
    QString help{};        // tooltip of the label and the editor
    QString placeholder{}; // text and editable choice fields
    QList<QPair<QString, QString>> choices{};
    bool editable = false;
    double minimum = 0;
    double maximum = 2147483647;
    int decimals = 0;
    QString fileFilter{};
    QStringList columns{};
    /// A problem with a text/number/choice value (empty = fine); not called for an empty optional value.
    std::function<QString(const QString &value)> validate{};
    /// A problem with one table row (empty = fine).
    std::function<QString(const QStringList &row)> validateRow{};
    /// Whether the field applies to a profile (e.g. a host for PostgreSQL but not
    /// SQLite): a field that does not is hidden and not checked. Null = always.
    std::function<bool(const ProfileEntry &)> applies{};
};
