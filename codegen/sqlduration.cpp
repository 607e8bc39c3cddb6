#include "codegen/sqlduration.h"

#include "pipeline/core/duration.h"

namespace codegen {

namespace {

struct Unit {
    std::int64_t millis;
    const char *ksqlName;
    const char *flinkName;
    const char *optionName;
};

// Largest first: a duration prints in the largest unit that divides it exactly.
constexpr Unit kUnits[] = {
    {86400000, "DAYS", "DAY", "d"},
    {3600000, "HOURS", "HOUR", "h"},
    {60000, "MINUTES", "MINUTE", "min"},
    {1000, "SECONDS", "SECOND", "s"},
};

} // namespace

std::optional<std::int64_t> SqlDuration::parseMillis(std::string_view text)
{
    if (auto d = pipeline::parseDuration(text))
        return d->count();
    return std::nullopt;
}

std::string SqlDuration::ksql(std::int64_t millis)
{
    if (millis == 0)
        return "0 SECONDS";
    for (const Unit &u : kUnits) {
        if (millis % u.millis != 0)
            continue;
        const std::int64_t n = millis / u.millis;
        std::string unit = u.ksqlName;
        if (n == 1)
            unit.pop_back(); // 1 MINUTE, not 1 MINUTES
        return std::to_string(n) + " " + unit;
    }
    return std::to_string(millis) + (millis == 1 ? " MILLISECOND" : " MILLISECONDS");
}

std::string SqlDuration::flinkInterval(std::int64_t millis)
{
    if (millis == 0)
        return "INTERVAL '0' SECOND";
    for (const Unit &u : kUnits)
        if (millis % u.millis == 0)
            return "INTERVAL '" + std::to_string(millis / u.millis) + "' " + u.flinkName;
    // Sub-second: Flink's SECOND field takes a fraction ('0.500').
    std::string fraction = std::to_string(millis % 1000);
    fraction.insert(0, 3 - fraction.size(), '0');
    return "INTERVAL '" + std::to_string(millis / 1000) + "." + fraction + "' SECOND";
}

std::string SqlDuration::flinkOption(std::int64_t millis)
{
    for (const Unit &u : kUnits)
        if (millis != 0 && millis % u.millis == 0)
            return std::to_string(millis / u.millis) + " " + u.optionName;
    return std::to_string(millis) + " ms";
}

} // namespace codegen
