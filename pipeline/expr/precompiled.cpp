#include "pipeline/expr/precompiled.h"

#include "pipeline/expr/civilcalendar.h"

#include <cstdio>

namespace pipeline::expr {

namespace {

int daysInMonth(std::int64_t y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int width(TimePatternPart::Kind kind)
{
    switch (kind) {
    case TimePatternPart::Year: return 4;
    case TimePatternPart::Millisecond: return 3;
    default: return 2;
    }
}

} // namespace

std::optional<std::string> compileRegex(std::string_view pattern, std::regex &out)
{
    try {
        out = std::regex(pattern.begin(), pattern.end(), std::regex::ECMAScript);
    } catch (const std::regex_error &e) {
        return "invalid regular expression '" + std::string(pattern) + "': " + e.what();
    }
    return std::nullopt;
}

std::optional<std::string> compileJsonPath(std::string_view path, std::vector<JsonPathStep> &out)
{
    out.clear();
    const std::string bad = "invalid JSON path '" + std::string(path) + "'";
    if (path.empty() || path[0] != '$')
        return bad + ": it must start with '$' (e.g. '$.device.id')";
    std::size_t i = 1;
    while (i < path.size()) {
        JsonPathStep step;
        if (path[i] == '.') {
            const std::size_t start = ++i;
            while (i < path.size() && path[i] != '.' && path[i] != '[')
                ++i;
            if (i == start)
                return bad + ": empty name after '.'";
            step.key = std::string(path.substr(start, i - start));
        } else if (path[i] == '[') {
            ++i;
            if (i < path.size() && (path[i] == '\'' || path[i] == '"')) {
                const char quote = path[i++];
                const std::size_t close = path.find(quote, i);
                if (close == std::string_view::npos || close + 1 >= path.size() || path[close + 1] != ']')
                    return bad + ": unterminated ['name']";
                step.key = std::string(path.substr(i, close - i));
                i = close + 2;
            } else {
                const std::size_t start = i;
                while (i < path.size() && path[i] >= '0' && path[i] <= '9')
                    ++i;
                if (i == start || i >= path.size() || path[i] != ']' || i - start > 9)
                    return bad + ": expected an index such as [0]";
                step.isIndex = true;
                step.index = std::stoll(std::string(path.substr(start, i - start)));
                ++i;
            }
        } else {
            return bad + ": expected '.' or '[' at position " + std::to_string(i + 1);
        }
        out.push_back(std::move(step));
    }
    return std::nullopt;
}

std::optional<std::string> compileTimePattern(std::string_view pattern, std::vector<TimePatternPart> &out)
{
    out.clear();
    auto literal = [&](std::string text) {
        if (!out.empty() && out.back().kind == TimePatternPart::Literal)
            out.back().text += text;
        else
            out.push_back({TimePatternPart::Literal, std::move(text)});
    };
    std::size_t i = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c == '\'') {
            if (i + 1 < pattern.size() && pattern[i + 1] == '\'') {
                literal("'");
                i += 2;
                continue;
            }
            const std::size_t close = pattern.find('\'', i + 1);
            if (close == std::string_view::npos)
                return "unterminated quoted text in timestamp pattern '" + std::string(pattern) + "'";
            literal(std::string(pattern.substr(i + 1, close - i - 1)));
            i = close + 1;
            continue;
        }
        if (!isLetter(c)) {
            literal(std::string(1, c));
            ++i;
            continue;
        }
        std::size_t run = i;
        while (run < pattern.size() && pattern[run] == c)
            ++run;
        const std::string_view letters = pattern.substr(i, run - i);
        TimePatternPart::Kind kind;
        if (letters == "yyyy")
            kind = TimePatternPart::Year;
        else if (letters == "MM")
            kind = TimePatternPart::Month;
        else if (letters == "dd")
            kind = TimePatternPart::Day;
        else if (letters == "HH")
            kind = TimePatternPart::Hour;
        else if (letters == "mm")
            kind = TimePatternPart::Minute;
        else if (letters == "ss")
            kind = TimePatternPart::Second;
        else if (letters == "SSS")
            kind = TimePatternPart::Millisecond;
        else
            return "unsupported letters '" + std::string(letters) + "' in timestamp pattern '" + std::string(pattern)
                   + "' (use yyyy MM dd HH mm ss SSS; quote other text as 'T')";
        out.push_back({kind, {}});
        i = run;
    }
    return std::nullopt;
}

CivilTime civilTime(std::int64_t epochMillis)
{
    std::int64_t days = epochMillis / 86400000;
    std::int64_t rest = epochMillis % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    CivilTime t;
    unsigned m, d;
    civilFromDays(days, t.year, m, d);
    t.month = int(m);
    t.day = int(d);
    t.millisecond = int(rest % 1000);
    const int secs = int(rest / 1000);
    t.hour = secs / 3600;
    t.minute = (secs / 60) % 60;
    t.second = secs % 60;
    return t;
}

std::int64_t epochMillisOf(const CivilTime &c)
{
    const std::int64_t days = daysFromCivil(c.year, unsigned(c.month), unsigned(c.day));
    return ((days * 24 + c.hour) * 60 + c.minute) * 60000 + std::int64_t(c.second) * 1000 + c.millisecond;
}

std::string formatWithPattern(std::int64_t epochMillis, const std::vector<TimePatternPart> &pattern)
{
    const CivilTime t = civilTime(epochMillis);
    std::string out;
    char buf[32];
    for (const auto &part : pattern) {
        switch (part.kind) {
        case TimePatternPart::Literal: out += part.text; continue;
        case TimePatternPart::Year: std::snprintf(buf, sizeof buf, "%04lld", static_cast<long long>(t.year)); break;
        case TimePatternPart::Month: std::snprintf(buf, sizeof buf, "%02d", t.month); break;
        case TimePatternPart::Day: std::snprintf(buf, sizeof buf, "%02d", t.day); break;
        case TimePatternPart::Hour: std::snprintf(buf, sizeof buf, "%02d", t.hour); break;
        case TimePatternPart::Minute: std::snprintf(buf, sizeof buf, "%02d", t.minute); break;
        case TimePatternPart::Second: std::snprintf(buf, sizeof buf, "%02d", t.second); break;
        case TimePatternPart::Millisecond: std::snprintf(buf, sizeof buf, "%03d", t.millisecond); break;
        }
        out += buf;
    }
    return out;
}

std::optional<std::int64_t> parseWithPattern(std::string_view text, const std::vector<TimePatternPart> &pattern)
{
    CivilTime t;
    std::size_t pos = 0;
    for (const auto &part : pattern) {
        if (part.kind == TimePatternPart::Literal) {
            if (text.substr(pos, part.text.size()) != part.text)
                return std::nullopt;
            pos += part.text.size();
            continue;
        }
        const int n = width(part.kind);
        if (pos + std::size_t(n) > text.size())
            return std::nullopt;
        int v = 0;
        for (int k = 0; k < n; ++k) {
            const char c = text[pos + std::size_t(k)];
            if (c < '0' || c > '9')
                return std::nullopt;
            v = v * 10 + (c - '0');
        }
        pos += std::size_t(n);
        switch (part.kind) {
        case TimePatternPart::Year: t.year = v; break;
        case TimePatternPart::Month: t.month = v; break;
        case TimePatternPart::Day: t.day = v; break;
        case TimePatternPart::Hour: t.hour = v; break;
        case TimePatternPart::Minute: t.minute = v; break;
        case TimePatternPart::Second: t.second = v; break;
        case TimePatternPart::Millisecond: t.millisecond = v; break;
        default: break;
        }
    }
    if (pos != text.size() || t.month < 1 || t.month > 12 || t.day < 1 || t.day > daysInMonth(t.year, t.month)
        || t.hour > 23 || t.minute > 59 || t.second > 59)
        return std::nullopt;
    return epochMillisOf(t);
}

} // namespace pipeline::expr
