#include "pipeline/runtime/dataflow/keytext.h"

#include <cmath>
#include <cstdint>

namespace pipeline::runtime {

bool keyText(const expr::Value &key, std::string *text)
{
    if (key.isNull())
        return false;
    if (key.isDouble()) {
        const double d = key.asDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9e15) {
            *text = std::to_string(std::int64_t(d));
            return true;
        }
    }
    if (key.isTimestamp()) {
        *text = std::to_string(key.asTimestamp());
        return true;
    }
    *text = key.isString() ? key.asString() : key.toJson().dump();
    return true;
}

} // namespace pipeline::runtime
