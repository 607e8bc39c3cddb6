#include "runlog.h"

#include "pipeline/expr/timestamptext.h"

#include <chrono>
#include <ctime>

bool RunLog::parseFormat(const std::string &text, Format *format)
{
    if (text == "text" || text == "json") {
        if (format)
            *format = text == "json" ? Format::Json : Format::Text;
        return true;
    }
    return false;
}

bool RunLog::parseLevel(const std::string &text, Level *level)
{
    for (Level l : {Level::Debug, Level::Info, Level::Warning, Level::Error})
        if (text == levelName(l)) {
            if (level)
                *level = l;
            return true;
        }
    return false;
}

const char *RunLog::levelName(Level level)
{
    switch (level) {
    case Level::Debug: return "debug";
    case Level::Info: return "info";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
    }
    return "info";
}

void RunLog::configure(Format format, Level level, std::FILE *to)
{
    m_format = format;
    m_level = level;
    m_to = to;
}


void RunLog::log(Level level, const std::string &node, const std::string &message, const nlohmann::json &fields,
                 std::int64_t timeMillis)
{
    if (!enabled(level))
        return;
    if (!timeMillis)
        timeMillis = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    if (m_format == Format::Json) {
        nlohmann::json line{{"time", pipeline::expr::formatIsoTimestamp(timeMillis)},
                            {"level", levelName(level)},
                            {"pipeline", m_pipeline.empty() ? nlohmann::json(nullptr) : nlohmann::json(m_pipeline)},
                            {"node", node.empty() ? nlohmann::json(nullptr) : nlohmann::json(node)},
                            {"message", message},
                            {"fields", fields.is_object() ? fields : nlohmann::json::object()}};
        // Invalid UTF-8 in a message (a payload quoted in an error) must not lose the line.
        const std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        std::fprintf(m_to, "%s\n", text.c_str());
    } else {
        const char *prefix = level == Level::Error ? "error: " : level == Level::Warning ? "warning: "
                                                          : level == Level::Debug             ? "debug: "
                                                                                              : "";
        std::fprintf(m_to, "%s%s%s%s\n", m_clearProgress ? "\r\033[K" : "", prefix,
                     node.empty() ? "" : (node + ": ").c_str(), message.c_str());
    }
    std::fflush(m_to);
}
