#include "pipeline/runtime/kafka/clientproperties.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace pipeline::runtime {

namespace {

std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

} // namespace

bool parseClientProperties(const std::string &text, const std::string &name, ClientProperties *out, std::string *error)
{
    std::istringstream in(text);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        const std::string t = trim(line);
        if (t.empty() || t[0] == '#' || t[0] == '!')
            continue;
        const auto sep = t.find_first_of("=:");
        if (sep == std::string::npos || sep == 0) {
            *error = name + ":" + std::to_string(number) + ": expected key=value, got '" + t + "'";
            return false;
        }
        const std::string key = trim(t.substr(0, sep));
        std::string value = trim(t.substr(sep + 1));
        std::string expanded;
        for (size_t i = 0; i < value.size(); ++i) {
            if (value[i] == '$' && i + 1 < value.size() && value[i + 1] == '{') {
                const auto close = value.find('}', i + 2);
                if (close == std::string::npos) {
                    *error = name + ":" + std::to_string(number) + ": unterminated ${...} in the value of " + key;
                    return false;
                }
                const std::string var = value.substr(i + 2, close - i - 2);
                const char *env = std::getenv(var.c_str());
                if (!env) {
                    *error = name + ":" + std::to_string(number) + ": environment variable " + var
                        + " (used by " + key + ") is not set";
                    return false;
                }
                expanded += env;
                i = close;
            } else {
                expanded += value[i];
            }
        }
        out->emplace_back(key, expanded);
    }
    return true;
}

bool readClientProperties(const std::string &path, ClientProperties *out, std::string *error)
{
    std::ifstream file(path);
    if (!file) {
        *error = path + ": cannot read the client properties file";
        return false;
    }
    std::stringstream buffer;
    buffer << file.rdbuf();
    return parseClientProperties(buffer.str(), path, out, error);
}

} // namespace pipeline::runtime
