#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace pipeline {

/// The file format's name and version as written into every `*.pipeline.json`.
inline constexpr const char *kPipelineFormatName = "pipewright-pipeline";
inline constexpr int kPipelineFormatVersion = 1;

/// Upgrades documents written by older builds. Each step takes a document of
/// version N and returns it as version N+1 (or an error message); loading runs
/// the steps in order up to kPipelineFormatVersion. When the format changes,
/// bump kPipelineFormatVersion and add the step from the old version here — the
/// reader then keeps opening every file anyone ever saved.
class FormatMigrations {
public:
    using Step = std::function<std::optional<std::string>(nlohmann::json &document)>;

    /// The steps this build ships (none yet: version 1 is the first format).
    static const FormatMigrations &builtin();

    void add(int fromVersion, Step step) { m_steps[fromVersion] = std::move(step); }
    int currentVersion() const { return m_currentVersion; }
    void setCurrentVersion(int version) { m_currentVersion = version; }

    /// Brings `document` from `version` to currentVersion(). Returns an error
    /// message when the version is newer than this build, has no migration path,
    /// or a step fails; sets document["version"] on success.
    std::optional<std::string> upgrade(nlohmann::json &document, long long version) const;

private:
    std::map<int, Step> m_steps;
    int m_currentVersion = kPipelineFormatVersion;
};

} // namespace pipeline
