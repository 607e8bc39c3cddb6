#include "pipeline/runtime/dataflow/readablereason.h"

#include <vector>

namespace pipeline::runtime {

namespace {

std::string cleanWhitespace(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (unsigned char c : text) {
        if (c < 0x20 || c == 0x7f || c == ' ') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += char(c);
    }
    return out;
}

std::vector<std::string> splitParts(const std::string &text)
{
    std::vector<std::string> parts;
    size_t start = 0;
    for (;;) {
        const size_t at = text.find(": ", start);
        parts.push_back(text.substr(start, at == std::string::npos ? std::string::npos : at - start));
        if (at == std::string::npos)
            return parts;
        start = at + 2;
    }
}

// Collapses a block of 1..4 parts repeated back to back into one with a count.
std::string collapseRepeats(const std::vector<std::string> &parts)
{
    std::vector<std::string> out;
    size_t i = 0;
    while (i < parts.size()) {
        size_t bestLength = 0, bestTimes = 1;
        for (size_t length = 1; length <= 4 && i + 2 * length <= parts.size(); ++length) {
            size_t times = 1;
            while (i + (times + 1) * length <= parts.size()) {
                bool same = true;
                for (size_t k = 0; k < length && same; ++k)
                    same = parts[i + k] == parts[i + times * length + k];
                if (!same)
                    break;
                ++times;
            }
            if (times > 1 && times * length > bestTimes * bestLength) {
                bestLength = length;
                bestTimes = times;
            }
        }
        if (bestTimes > 1) {
            for (size_t k = 0; k < bestLength; ++k)
                out.push_back(parts[i + k]);
            out.back() += " (repeated " + std::to_string(bestTimes) + " times)";
            i += bestTimes * bestLength;
        } else {
            out.push_back(parts[i++]);
        }
    }
    std::string text;
    for (size_t k = 0; k < out.size(); ++k)
        text += (k ? ": " : "") + out[k];
    return text;
}

bool continuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

std::string readableReason(std::string_view error, size_t maxBytes)
{
    std::string text = collapseRepeats(splitParts(cleanWhitespace(error)));
    if (text.empty())
        return "unknown error";
    if (text.size() <= maxBytes)
        return text;
    static const std::string ellipsis = "\xE2\x80\xA6"; // U+2026
    const size_t room = maxBytes > ellipsis.size() ? maxBytes - ellipsis.size() : 0;
    size_t cut = room;
    // At a word boundary when one is in the last third; else wherever a character starts.
    const size_t space = text.rfind(' ', room);
    if (space != std::string::npos && space >= room * 2 / 3)
        cut = space;
    while (cut > 0 && continuationByte(text[cut]))
        --cut;
    text.resize(cut);
    while (!text.empty() && (text.back() == ' ' || text.back() == ':' || text.back() == ',' || text.back() == ';'))
        text.pop_back();
    return text + ellipsis;
}

} // namespace pipeline::runtime
