#include "llmendpointsfile.h"

#include <nlohmann/json.hpp>

#include <fstream>

bool readLlmEndpointsFile(const std::string &path, std::vector<pipeline::runtime::LlmEndpoint> *endpoints,
                          std::string *error)
{
    std::ifstream in(path);
    if (!in.is_open()) {
        *error = "cannot read " + path;
        return false;
    }
    const nlohmann::json profiles = nlohmann::json::parse(in, nullptr, false);
    if (!profiles.is_array()) {
        *error = path + ": expected a JSON array of endpoint profiles (invalid JSON or another type)";
        return false;
    }
    for (size_t i = 0; i < profiles.size(); ++i) {
        std::string problem;
        auto endpoint = pipeline::runtime::LlmEndpoint::fromJson(profiles[i], &problem);
        if (!endpoint) {
            *error = path + ": profile " + std::to_string(i + 1) + ": " + problem;
            return false;
        }
        endpoints->push_back(std::move(*endpoint));
    }
    return true;
}
