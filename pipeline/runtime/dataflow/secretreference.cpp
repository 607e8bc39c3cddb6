#include "pipeline/runtime/dataflow/secretreference.h"

#include <cstdlib>

namespace pipeline::runtime {

std::optional<std::string> resolveApiKey(std::string_view reference, const SecretResolver &resolver,
                                         std::string *error)
{
    if (reference.empty())
        return std::string();
    if (reference.rfind("env:", 0) == 0) {
        const std::string name(reference.substr(4));
        if (const char *value = std::getenv(name.c_str()); value && *value)
            return std::string(value);
        if (error)
            *error = "API key reference " + std::string(reference) + ": environment variable " + name + " is not set";
        return std::nullopt;
    }
    if (resolver) {
        if (auto value = resolver(reference))
            return value;
    }
    if (error)
        *error = "API key reference " + std::string(reference) + " cannot be resolved here";
    return std::nullopt;
}

} // namespace pipeline::runtime
