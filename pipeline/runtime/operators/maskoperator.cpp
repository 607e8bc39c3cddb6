#include "pipeline/runtime/operators/maskoperator.h"

#include "pipeline/core/digest.h"

namespace pipeline::runtime {

namespace {

// Counting UTF-8 code points, so partial masking never splits a character.
bool isContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

} // namespace

std::string MaskOperator::maskText(const std::string &text, Method method, int keep)
{
    switch (method) {
    case Method::Redact:
        return "***";
    case Method::Hash:
        return sha256Hex(text);
    case Method::Partial: {
        size_t codePoints = 0;
        for (unsigned char c : text)
            codePoints += isContinuationByte(c) ? 0 : 1;
        const size_t kept = keep < 0 ? 0 : std::min<size_t>(size_t(keep), codePoints);
        const size_t masked = codePoints - kept;
        // Find the byte where the kept tail starts.
        size_t seen = 0, cut = text.size();
        for (size_t i = 0; i < text.size(); ++i) {
            if (isContinuationByte(static_cast<unsigned char>(text[i])))
                continue;
            if (seen == masked) {
                cut = i;
                break;
            }
            ++seen;
        }
        return std::string(masked, '*') + text.substr(cut);
    }
    }
    return text;
}

void MaskOperator::process(int, Record &&record, OperatorContext &context)
{
    for (const auto &f : m_fields) {
        nlohmann::json *value = f.path.find(record.value);
        if (!value || value->is_null())
            continue;
        const std::string text = value->is_string() ? value->get<std::string>() : value->dump();
        *value = maskText(text, f.method, f.keep);
    }
    context.output(0, std::move(record));
}

} // namespace pipeline::runtime
