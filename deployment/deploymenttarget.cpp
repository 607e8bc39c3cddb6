#include "deployment/deploymenttarget.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace deployment {

const char *targetKindName(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Ksqldb:
        return "ksqldb";
    case TargetKind::FlinkSqlGateway:
        return "flink-sql-gateway";
    case TargetKind::KafkaConnect:
        return "kafka-connect";
    }
    return "ksqldb";
}

bool parseTargetKind(const std::string &text, TargetKind *kind)
{
    for (TargetKind k : {TargetKind::Ksqldb, TargetKind::FlinkSqlGateway, TargetKind::KafkaConnect}) {
        if (text == targetKindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

bool readDeploymentTargets(const std::string &path, std::vector<DeploymentTarget> *targets, std::string *error)
{
    std::ifstream in(path);
    if (!in) {
        *error = path + ": cannot read the targets file";
        return false;
    }
    std::stringstream text;
    text << in.rdbuf();
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::parse_error &e) {
        *error = path + ": not JSON (byte " + std::to_string(e.byte) + "): " + e.what();
        return false;
    }
    const nlohmann::json *list = doc.is_object() && doc.contains("targets") ? &doc["targets"] : &doc;
    if (!list->is_array()) {
        *error = path + ": expected {\"targets\": [...]}";
        return false;
    }
    targets->clear();
    int index = 0;
    for (const auto &entry : *list) {
        ++index;
        const std::string where = path + ": target " + std::to_string(index);
        if (!entry.is_object()) {
            *error = where + ": expected an object";
            return false;
        }
        auto text = [&](const char *key, std::string *out, bool required) {
            if (!entry.contains(key)) {
                if (required)
                    *error = where + ": \"" + key + "\" is missing";
                return !required;
            }
            if (!entry[key].is_string()) {
                *error = where + ": \"" + key + "\" must be a string";
                return false;
            }
            *out = entry[key].get<std::string>();
            return true;
        };
        DeploymentTarget target;
        std::string kind;
        if (!text("name", &target.name, true) || !text("kind", &kind, true) || !text("url", &target.url, true)
            || !text("auth", &target.authRef, false) || !text("connect", &target.connectTarget, false)
            || !text("bootstrapServers", &target.bootstrapServers, false)
            || !text("schemaRegistryUrl", &target.schemaRegistryUrl, false)
            || !text("apiVersion", &target.apiVersion, false))
            return false;
        const std::string named = where + " (" + target.name + ")";
        if (!parseTargetKind(kind, &target.kind)) {
            *error = named + ": kind '" + kind + "' is not ksqldb, flink-sql-gateway or kafka-connect";
            return false;
        }
        if (target.url.rfind("http://", 0) != 0 && target.url.rfind("https://", 0) != 0) {
            *error = named + ": url '" + target.url + "' must start with http:// or https://";
            return false;
        }
        while (target.url.size() > 8 && target.url.back() == '/')
            target.url.pop_back();
        if (!target.authRef.empty() && target.authRef.rfind("env:", 0) != 0 && target.authRef.rfind("keychain:", 0) != 0) {
            *error = named + ": auth must be a secret reference (env:NAME or keychain:NAME), never the secret";
            return false;
        }
        if (entry.contains("verifyTls"))
            target.verifyTls = entry.value("verifyTls", true);
        if (findTarget(*targets, target.name)) {
            *error = named + ": a target of that name comes earlier in the file";
            return false;
        }
        targets->push_back(std::move(target));
    }
    for (const auto &target : *targets) {
        if (target.connectTarget.empty())
            continue;
        const DeploymentTarget *connect = findTarget(*targets, target.connectTarget);
        if (!connect || connect->kind != TargetKind::KafkaConnect) {
            *error = path + ": target " + target.name + ": \"connect\" names '" + target.connectTarget
                + "', which is not a kafka-connect target of this file";
            return false;
        }
    }
    return true;
}

std::string writeDeploymentTargets(const std::vector<DeploymentTarget> &targets)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto &t : targets) {
        nlohmann::ordered_json entry{{"name", t.name}, {"kind", targetKindName(t.kind)}, {"url", t.url}};
        if (!t.authRef.empty())
            entry["auth"] = t.authRef;
        if (!t.verifyTls)
            entry["verifyTls"] = false;
        if (!t.connectTarget.empty())
            entry["connect"] = t.connectTarget;
        if (t.kind == TargetKind::FlinkSqlGateway) {
            entry["bootstrapServers"] = t.bootstrapServers;
            entry["apiVersion"] = t.apiVersion;
        }
        if (!t.schemaRegistryUrl.empty())
            entry["schemaRegistryUrl"] = t.schemaRegistryUrl;
        list.push_back(std::move(entry));
    }
    return nlohmann::ordered_json{{"targets", list}}.dump(2) + "\n";
}

std::string defaultTargetsFile()
{
    if (const char *file = std::getenv("PIPEWRIGHT_TARGETS"); file && *file)
        return file;
    if (const char *config = std::getenv("XDG_CONFIG_HOME"); config && *config)
        return std::string(config) + "/pipewright/targets.json";
    const char *home = std::getenv("HOME");
    return std::string(home ? home : ".") + "/.config/pipewright/targets.json";
}

const DeploymentTarget *findTarget(const std::vector<DeploymentTarget> &targets, const std::string &name)
{
    for (const auto &t : targets) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace deployment
