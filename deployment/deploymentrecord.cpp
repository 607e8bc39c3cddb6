#include "deployment/deploymentrecord.h"

#include "pipeline/serialization/pipelinewriter.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace deployment {

std::string DeploymentRecord::defaultDirectory()
{
    if (const char *dir = std::getenv("PIPEWRIGHT_DEPLOYMENTS_DIR"); dir && *dir)
        return dir;
    if (const char *state = std::getenv("XDG_STATE_HOME"); state && *state)
        return std::string(state) + "/pipewright/deployments";
    const char *home = std::getenv("HOME");
    return std::string(home ? home : ".") + "/.local/state/pipewright/deployments";
}

DeploymentRecord::DeploymentRecord(std::string directory, std::string target)
    : m_directory(std::move(directory)), m_target(std::move(target))
{
}

std::string DeploymentRecord::path() const
{
    std::string file;
    for (unsigned char c : m_target)
        file += std::isalnum(c) || c == '-' || c == '_' || c == '.' ? char(c) : '_';
    return m_directory + "/" + file + ".json";
}

bool DeploymentRecord::load(std::string *error)
{
    m_byPipeline.clear();
    std::ifstream in(path());
    if (!in)
        return true;
    std::stringstream text;
    text << in.rdbuf();
    const nlohmann::json j = nlohmann::json::parse(text.str(), nullptr, false);
    if (!j.is_object() || !j.contains("pipelines") || !j["pipelines"].is_object()) {
        *error = path() + ": not a deployment record ({\"pipelines\": {...}})";
        return false;
    }
    for (const auto &[pipeline, list] : j["pipelines"].items()) {
        for (const auto &o : list) {
            DeployedObject object;
            object.pipeline = pipeline;
            object.nodeId = o.value("node", "");
            object.kind = o.value("kind", "");
            object.name = o.value("name", "");
            object.id = o.value("id", "");
            object.fingerprint = o.value("fingerprint", "");
            object.detail = o.value("detail", "");
            object.ownsTopic = o.value("ownsTopic", false);
            object.sourceFile = o.value("file", "");
            m_byPipeline[pipeline].push_back(std::move(object));
        }
    }
    return true;
}

bool DeploymentRecord::save(std::string *error) const
{
    nlohmann::ordered_json pipelines = nlohmann::ordered_json::object();
    for (const auto &[pipeline, list] : m_byPipeline) {
        if (list.empty())
            continue;
        nlohmann::ordered_json objects = nlohmann::ordered_json::array();
        for (const auto &o : list) {
            nlohmann::ordered_json entry{{"node", o.nodeId}, {"kind", o.kind}, {"name", o.name}};
            if (!o.id.empty())
                entry["id"] = o.id;
            if (o.ownsTopic)
                entry["ownsTopic"] = true;
            if (!o.detail.empty())
                entry["detail"] = o.detail;
            if (!o.sourceFile.empty())
                entry["file"] = o.sourceFile;
            entry["fingerprint"] = o.fingerprint;
            objects.push_back(std::move(entry));
        }
        pipelines[pipeline] = std::move(objects);
    }
    std::error_code ec;
    std::filesystem::create_directories(m_directory, ec);
    const auto written = pipeline::writeFileAtomically(path(), nlohmann::ordered_json{{"target", m_target}, {"pipelines", pipelines}}.dump(2) + "\n");
    if (!written.ok) {
        *error = path() + ": " + written.error;
        return false;
    }
    return true;
}

std::vector<DeployedObject> DeploymentRecord::objects(const std::string &pipeline) const
{
    auto it = m_byPipeline.find(pipeline);
    return it == m_byPipeline.end() ? std::vector<DeployedObject>{} : it->second;
}

std::vector<std::string> DeploymentRecord::pipelines() const
{
    std::vector<std::string> out;
    for (const auto &[pipeline, list] : m_byPipeline) {
        if (!list.empty())
            out.push_back(pipeline);
    }
    return out;
}

void DeploymentRecord::add(const DeployedObject &object)
{
    auto &list = m_byPipeline[object.pipeline];
    for (auto &o : list) {
        if (o.kind == object.kind && o.name == object.name) {
            o = object;
            return;
        }
    }
    list.push_back(object);
}

void DeploymentRecord::erase(const DeployedObject &object)
{
    auto &list = m_byPipeline[object.pipeline];
    std::erase_if(list, [&](const DeployedObject &o) { return o.kind == object.kind && o.name == object.name; });
}

} // namespace deployment
