#include "pipeline/assist/tokenestimator.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace pipeline::assist {

namespace {

// Calibration (docs/assistant-prompt.md): chosen so the estimate never falls
// below cl100k, o200k or Llama 3 on the measured texts.
constexpr double CjkPerChar = 1.1;     // Han, kana, Hangul, full-width forms
constexpr int ShortWord = 7;           // Latin words up to this length: one token
constexpr double LatinPerToken = 5.0;  // longer ASCII words: letters per token
constexpr double AccentPerToken = 3.0; // words with accented letters (de, fr, ...)
constexpr double PunctPerToken = 2.0;  // ASCII punctuation runs: characters per token
constexpr double OtherPerChar = 1.0;   // emoji, symbols, other scripts
constexpr std::size_t TemplatePerMessage = 4; // <|im_start|>role ... <|im_end|>

// Decodes one UTF-8 code point; malformed bytes count as one code point each.
char32_t next(std::string_view text, std::size_t &i)
{
    const auto b = static_cast<unsigned char>(text[i]);
    int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
    if (i + std::size_t(length) > text.size())
        length = 1;
    char32_t c = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < length; ++k)
        c = (c << 6) | (static_cast<unsigned char>(text[i + std::size_t(k)]) & 0x3F);
    i += std::size_t(length);
    return c;
}

bool isCjk(char32_t c)
{
    return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
           || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

bool isLetter(char32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
           || (c >= 0x370 && c <= 0x52F); // Greek, Cyrillic
}

bool isDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

std::size_t estimateTokens(std::string_view text)
{
    std::u32string cps;
    cps.reserve(text.size());
    for (std::size_t i = 0; i < text.size();)
        cps.push_back(next(text, i));
    double tokens = 0;
    const std::size_t n = cps.size();
    for (std::size_t i = 0; i < n;) {
        const char32_t c = cps[i];
        if (isCjk(c)) {
            tokens += CjkPerChar;
            ++i;
        } else if (isLetter(c)) {
            // One word; camelCase humps are separate pieces in BPE merges too.
            std::size_t j = i, start = i;
            bool accented = false;
            auto piece = [&](std::size_t length) {
                if (accented)
                    tokens += std::max(1.0, std::ceil(double(length) / AccentPerToken));
                else
                    tokens += length <= std::size_t(ShortWord) ? 1.0 : std::ceil(double(length) / LatinPerToken);
            };
            while (j < n && isLetter(cps[j])) {
                accented = accented || cps[j] > 0x7F;
                if (j > i && cps[j] >= 'A' && cps[j] <= 'Z' && cps[j - 1] >= 'a' && cps[j - 1] <= 'z') {
                    piece(j - start);
                    start = j;
                }
                ++j;
            }
            piece(j - start);
            i = j;
        } else if (isDigit(c)) {
            std::size_t j = i;
            while (j < n && isDigit(cps[j]))
                ++j;
            tokens += std::ceil(double(j - i) / 3.0);
            i = j;
        } else if (isSpace(c)) {
            std::size_t j = i;
            bool newline = false;
            while (j < n && isSpace(cps[j])) {
                newline = newline || cps[j] == '\n';
                ++j;
            }
            // A single space belongs to the next word's token.
            if (newline || j - i > 1)
                tokens += 1;
            i = j;
        } else if (c > 0x7F) {
            tokens += OtherPerChar;
            ++i;
        } else {
            std::size_t j = i;
            while (j < n && cps[j] <= 0x7F && !isSpace(cps[j]) && !isLetter(cps[j]) && !isDigit(cps[j]))
                ++j;
            tokens += std::ceil(double(j - i) / PunctPerToken);
            i = j;
        }
    }
    return std::size_t(std::lround(tokens));
}

std::size_t estimateRequestTokens(const nlohmann::json &body)
{
    std::size_t tokens = 3; // the assistant turn's opening
    if (auto messages = body.find("messages"); messages != body.end() && messages->is_array())
        for (const auto &m : *messages) {
            tokens += TemplatePerMessage;
            if (m.is_object())
                if (auto content = m.find("content"); content != m.end() && content->is_string())
                    tokens += estimateTokens(content->get_ref<const std::string &>());
        }
    if (auto format = body.find("response_format"); format != body.end() && format->is_object())
        tokens += estimateTokens(format->dump());
    return tokens;
}

} // namespace pipeline::assist
