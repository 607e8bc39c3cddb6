#pragma once

#include "widgets/settings/connectiontestresult.h"
#include "widgets/settings/profilefield.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct ProfileEntry;

/// What a ProfileListPage shows: the fields of one kind of profile (Kafka
/// clusters, LLM endpoints, Schema Registries, databases), how new profiles are
/// named, checks across fields and, where the kind has one, a connection test.
/// The pages differ only in their description; the widget is the same.
struct ProfilePageDescription {
    /// How a test starts, on the GUI thread: `error` when it cannot (a secret that
    /// cannot be read), else `work` — blocking, run on a worker thread with copies
    /// of what it needs — and the text shown meanwhile.
    struct TestStart {
        QString error;
        QString busyText;
        std::function<ConnectionTestResult()> work;
    };

    QString objectName;    // of the page, for tests and style sheets
    QString title;         // "Kafka Clusters"; starts the page's messages
    QString newName;       // name pattern of added profiles, with %1 for a number
    QString preferredName; // the name an added profile takes while it is free (e.g. "default")
    QList<ProfileField> fields;
    /// Non-empty: a picker under the list for the profile in use (e.g. "Runs use"),
    /// whose first entry (`activeNone`, data "") means none of them.
    QString activeLabel;
    QString activeNone;
    /// Problems across fields of one profile, beyond what the fields check.
    std::function<QStringList(const ProfileEntry &)> check;
    /// Null: no Test Connection button.
    std::function<TestStart(const ProfileEntry &)> test;

    const ProfileField *field(const QString &key) const
    {
        for (const ProfileField &f : fields)
            if (f.key == key)
                return &f;
        return nullptr;
    }
};
