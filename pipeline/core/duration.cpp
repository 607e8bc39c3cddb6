#include "pipeline/core/duration.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <limits>

namespace pipeline {

namespace {

struct Unit {
    std::string_view suffix;
    std::int64_t millis;
};

// Longest suffix first so "ms" is not read as "m" followed by garbage.
constexpr std::array<Unit, 5> units{{
    {"ms", 1},
    {"s", 1000},
    {"m", 60 * 1000},
    {"h", 60 * 60 * 1000},
    {"d", 24 * 60 * 60 * 1000},
}};

} // namespace

std::optional<std::chrono::milliseconds> parseDuration(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (text.empty())
        return std::nullopt;

    std::int64_t total = 0;
    std::int64_t previousUnit = std::numeric_limits<std::int64_t>::max();
    size_t pos = 0;
    while (pos < text.size()) {
        if (!std::isdigit(static_cast<unsigned char>(text[pos])))
            return std::nullopt;
        std::int64_t number = 0;
        while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) {
            if (number > (std::numeric_limits<std::int64_t>::max() - 9) / 10)
                return std::nullopt;
            number = number * 10 + (text[pos] - '0');
            ++pos;
        }
        const Unit *unit = nullptr;
        for (const auto &u : units) {
            if (text.substr(pos, u.suffix.size()) == u.suffix) {
                unit = &u;
                break;
            }
        }
        if (!unit)
            return std::nullopt;
        pos += unit->suffix.size();
        // "1m30s" is fine, "30s1m" or "1m1m" is a typo worth reporting.
        if (unit->millis >= previousUnit)
            return std::nullopt;
        previousUnit = unit->millis;
        if (number > (std::numeric_limits<std::int64_t>::max() - total) / unit->millis)
            return std::nullopt;
        total += number * unit->millis;
    }
    return std::chrono::milliseconds(total);
}

std::string formatDuration(std::chrono::milliseconds duration)
{
    const std::int64_t ms = duration.count();
    if (ms == 0)
        return "0s";
    for (auto it = units.rbegin(); it != units.rend(); ++it) {
        if (ms % it->millis == 0)
            return std::to_string(ms / it->millis) + std::string(it->suffix);
    }
    return std::to_string(ms) + "ms";
}

} // namespace pipeline
