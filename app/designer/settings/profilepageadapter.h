#pragma once

#include "widgets/settings/profileentry.h"
#include "widgets/settings/profilepagedescription.h"

#include <QList>
#include <QString>

/// Binds one kind of profile to the generic ProfileListPage: the page's
/// description (fields, checks, connection test) and how the profiles load from
/// and save to QSettings. The Settings dialog drives every page through this, so
/// loading, keychain storage of typed secrets, checks and saving are one loop.
class ProfilePageAdapter {
public:
    virtual ~ProfilePageAdapter() = default;

    virtual ProfilePageDescription description() const = 0;
    virtual QList<ProfileEntry> load() const = 0;
    /// `active` is the page's "in use" choice (pages without a picker ignore it).
    virtual void save(const QList<ProfileEntry> &entries, const QString &active) const = 0;
    /// The keychain entry a secret typed into `fieldKey` of profile `profileName` is stored under.
    virtual QString keychainEntry(const QString &profileName, const QString &fieldKey) const = 0;
    /// The profile in use when the page has a picker.
    virtual QString active() const { return {}; }

protected:
    /// Each of `items` converted (stored profiles to entries and back), into `Out`.
    template<typename Out, typename In, typename Convert>
    static Out convertAll(const In &items, Convert convert)
    {
        Out out;
        for (const auto &item : items)
            out.push_back(convert(item));
        return out;
    }
};
