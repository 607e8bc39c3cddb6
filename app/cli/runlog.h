#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <string>

/// The run command's log on stderr (`--log-format text|json`, `--log-level`).
/// Text is what a person at a terminal reads ("warning: node: message"); json
/// is one object per line for log collectors (Loki, Elasticsearch, journald):
/// {"time","level","pipeline","node","message","fields"}, `node` null for
/// run-level lines, `fields` the line's structured values.
class RunLog {
public:
    enum class Format { Text, Json };
    enum class Level { Debug, Info, Warning, Error };

    static bool parseFormat(const std::string &text, Format *format);
    static bool parseLevel(const std::string &text, Level *level);
    static const char *levelName(Level level);

    void configure(Format format, Level level, std::FILE *to);
    void setPipeline(std::string name) { m_pipeline = std::move(name); }
    /// Text lines first clear the terminal's progress line.
    void setClearsProgressLine(bool clears) { m_clearProgress = clears; }

    bool enabled(Level level) const { return level >= m_level; }
    Format format() const { return m_format; }
    /// One line; `timeMillis` 0 = now.
    void log(Level level, const std::string &node, const std::string &message,
             const nlohmann::json &fields = nlohmann::json::object(), std::int64_t timeMillis = 0);
    void debug(const std::string &message, const nlohmann::json &fields = nlohmann::json::object())
    {
        log(Level::Debug, {}, message, fields);
    }
    void info(const std::string &message, const nlohmann::json &fields = nlohmann::json::object())
    {
        log(Level::Info, {}, message, fields);
    }
    void warning(const std::string &message, const nlohmann::json &fields = nlohmann::json::object())
    {
        log(Level::Warning, {}, message, fields);
    }
    void error(const std::string &message, const nlohmann::json &fields = nlohmann::json::object())
    {
        log(Level::Error, {}, message, fields);
    }

private:
    Format m_format = Format::Text;
    Level m_level = Level::Info;
    std::FILE *m_to = stderr;
    std::string m_pipeline;
    bool m_clearProgress = false;
};
