#include "pipeline/assist/jsonextraction.h"

#include <vector>

namespace pipeline::assist {

namespace {

std::optional<nlohmann::json> parseObject(std::string_view text)
{
    nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
    if (value.is_discarded() || !value.is_object())
        return std::nullopt;
    return value;
}

// Contents of ``` fences, in order; a fence left open runs to the end of the text.
std::vector<std::string_view> fencedBlocks(std::string_view text)
{
    std::vector<std::string_view> blocks;
    size_t pos = 0;
    while ((pos = text.find("```", pos)) != std::string_view::npos) {
        size_t start = text.find('\n', pos + 3);
        if (start == std::string_view::npos)
            break;
        ++start;
        const size_t end = text.find("```", start);
        blocks.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            break;
        pos = end + 3;
    }
    return blocks;
}

// Length of the balanced object starting at text[0] == '{', or npos when the
// text ends first.
size_t balancedObjectLength(std::string_view text)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return std::string_view::npos;
}

} // namespace

ExtractedJson extractJsonObject(std::string_view reply)
{
    ExtractedJson result;
    if (auto whole = parseObject(reply)) {
        result.value = std::move(whole);
        return result;
    }
    for (std::string_view block : fencedBlocks(reply)) {
        if (auto fenced = parseObject(block)) {
            result.value = std::move(fenced);
            return result;
        }
    }
    bool sawUnfinished = false;
    bool sawObject = false;
    // A balanced candidate that does not parse is skipped whole: its inner objects
    // (a node's parameters) are not the pipeline.
    for (size_t pos = reply.find('{'); pos != std::string_view::npos; pos = reply.find('{', pos)) {
        const std::string_view rest = reply.substr(pos);
        const size_t length = balancedObjectLength(rest);
        if (length == std::string_view::npos) {
            // Everything after an opening brace is still open: the reply was cut off.
            sawUnfinished = true;
            break;
        }
        sawObject = true;
        if (auto object = parseObject(rest.substr(0, length))) {
            result.value = std::move(object);
            return result;
        }
        pos += length;
    }
    if (sawUnfinished) {
        result.truncated = true;
        result.error = "the answer ends before the JSON object is complete (it was cut off); "
                       "answer again with the complete pipeline JSON object and nothing else, as compact as possible";
    } else if (sawObject) {
        result.error = "the answer contains no valid JSON object (syntax error); answer with one pipeline JSON object "
                       "and nothing else";
    } else {
        result.error = "the answer contains no JSON object; answer with one pipeline JSON object and nothing else";
    }
    return result;
}

} // namespace pipeline::assist
