#include "pipeline/expr/timestamptext.h"

#include "pipeline/expr/civilcalendar.h"

#include <cstdio>

namespace pipeline::expr {

namespace {

bool digits(std::string_view s, size_t pos, size_t count, int &out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

} // namespace

std::string formatTimestamp(std::int64_t epochMillis)
{
    std::int64_t days = epochMillis / 86400000;
    std::int64_t rest = epochMillis % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    std::int64_t y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    const int ms = int(rest % 1000);
    const int secs = int(rest / 1000);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u %02d:%02d:%02d.%03d", static_cast<long long>(y), m, d,
                  secs / 3600, (secs / 60) % 60, secs % 60, ms);
    return buf;
}

std::string formatIsoTimestamp(std::int64_t epochMillis)
{
    std::string text = formatTimestamp(epochMillis);
    text[10] = 'T';
    return text + 'Z';
}

std::optional<std::int64_t> parseTimestamp(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    int year, month, day;
    if (!digits(s, 0, 4, year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-'
        || !digits(s, 8, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    int hour = 0, minute = 0, second = 0, millis = 0;
    size_t pos = 10;
    if (pos < s.size() && (s[pos] == ' ' || s[pos] == 'T')) {
        if (!digits(s, pos + 1, 2, hour) || pos + 3 >= s.size() || s[pos + 3] != ':' || !digits(s, pos + 4, 2, minute))
            return std::nullopt;
        pos += 6;
        if (pos < s.size() && s[pos] == ':') {
            if (!digits(s, pos + 1, 2, second))
                return std::nullopt;
            pos += 3;
            if (pos < s.size() && s[pos] == '.') {
                ++pos;
                int scale = 100;
                size_t start = pos;
                while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                    millis += (s[pos] - '0') * scale;
                    scale /= 10;
                    ++pos;
                }
                if (pos == start)
                    return std::nullopt;
            }
        }
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
    }
    int offsetMinutes = 0;
    if (pos < s.size()) {
        if (s[pos] == 'Z' && pos + 1 == s.size()) {
            ++pos;
        } else if (s[pos] == '+' || s[pos] == '-') {
            int oh, om = 0;
            if (!digits(s, pos + 1, 2, oh))
                return std::nullopt;
            size_t next = pos + 3;
            if (next < s.size() && s[next] == ':')
                ++next;
            if (next < s.size() && !digits(s, next, 2, om))
                return std::nullopt;
            if (next < s.size())
                next += 2;
            if (next != s.size())
                return std::nullopt;
            offsetMinutes = (oh * 60 + om) * (s[pos] == '-' ? -1 : 1);
            pos = next;
        } else {
            return std::nullopt;
        }
    }
    const std::int64_t days = daysFromCivil(year, unsigned(month), unsigned(day));
    return ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60000 + std::int64_t(second) * 1000 + millis;
}

} // namespace pipeline::expr
