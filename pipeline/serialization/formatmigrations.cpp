#include "pipeline/serialization/formatmigrations.h"

namespace pipeline {

const FormatMigrations &FormatMigrations::builtin()
{
    static const FormatMigrations migrations;
    return migrations;
}

std::optional<std::string> FormatMigrations::upgrade(nlohmann::json &document, long long version) const
{
    if (version > m_currentVersion) {
        return "file format version " + std::to_string(version) + " is newer than this build of Pipewright supports (version "
               + std::to_string(m_currentVersion) + "); open it with a newer Pipewright";
    }
    if (version < 1)
        return "invalid file format version " + std::to_string(version) + " (versions start at 1)";
    for (long long v = version; v < m_currentVersion; ++v) {
        auto it = m_steps.find(int(v));
        if (it == m_steps.end())
            return "no migration from file format version " + std::to_string(v) + " to " + std::to_string(v + 1);
        if (auto error = it->second(document))
            return "migrating from file format version " + std::to_string(v) + " failed: " + *error;
    }
    document["version"] = m_currentVersion;
    return std::nullopt;
}

} // namespace pipeline
