#include "sharedoptions.h"

#include "cliexit.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>

using namespace pipeline::runtime;

namespace {

// "NAME=VALUE" or "VALUE" (the profile "default"); a URL's own '=' (in a query) is not a name.
std::pair<std::string, std::string> namedValue(const std::string &text)
{
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0 || text.find_first_of(":/") < eq)
        return {"default", text};
    return {text.substr(0, eq), text.substr(eq + 1)};
}

SchemaRegistryProfile &registryProfile(std::vector<SchemaRegistryProfile> &profiles, const std::string &name)
{
    for (auto &p : profiles)
        if (p.name == name)
            return p;
    SchemaRegistryProfile p;
    p.name = name;
    profiles.push_back(p);
    return profiles.back();
}

bool parseAmount(const std::string &text, double *out)
{
    char *end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end)
        return false;
    *out = v;
    return true;
}

} // namespace

CLI::Validator needs(const std::string &what, std::function<bool(const std::string &)> accept)
{
    // No description: CLI11 would append it to the option's value name in --help.
    return CLI::Validator(
        [what, accept](std::string &text) { return accept(text) ? std::string() : "needs " + what + ", not '" + text + "'"; },
        std::string());
}

CLI::Validator wholeNumber(long minimum, long maximum)
{
    const std::string what = maximum >= 1000000 ? "a number >= " + std::to_string(minimum)
                                                : "a number from " + std::to_string(minimum) + " to " + std::to_string(maximum);
    return needs(what, [minimum, maximum](const std::string &text) {
        char *end = nullptr;
        const long v = std::strtol(text.c_str(), &end, 10);
        return !text.empty() && !*end && text.find_first_not_of("0123456789") == std::string::npos && v >= minimum
               && v <= maximum;
    });
}

CLI::Option *addRepeatable(CLI::App &command, const std::string &name, std::vector<std::string> &values,
                           const std::string &valueName, const std::string &help,
                           std::function<bool(const std::string &)> accept)
{
    return command.add_option(name, values, help)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->type_name(valueName)
        ->check(needs(valueName, std::move(accept)));
}

CLI::Option *addBootstrapOption(CLI::App &command, std::string &bootstrap, const std::string &help)
{
    return command.add_option("--bootstrap", bootstrap, help)->type_name("HOST:PORT");
}

void ClusterOptions::add(CLI::App &command)
{
    CLI::Option *servers = addBootstrapOption(command, bootstrap, "the Kafka cluster (bootstrap.servers)");
    command.add_flag("--sandbox", sandbox, "start the embedded sandbox cluster in this process (empty; gone when the "
                                           "command ends)")
        ->excludes(servers);
    command.add_option("--config", configFile,
                       "librdkafka client properties (SASL/SSL, ...); ${VAR} reads the environment; its "
                       "bootstrap.servers is used when --bootstrap is not given")
        ->type_name("FILE");
}

int ClusterOptions::resolve(ClientProperties *properties, std::string *error)
{
    if (!configFile.empty()) {
        if (!readClientProperties(configFile, properties, error))
            return ExitProblems;
        // A properties file written for other Kafka tools names the cluster itself.
        for (const auto &[key, value] : *properties)
            if (key == "bootstrap.servers" && bootstrap.empty() && !sandbox)
                bootstrap = value;
    }
    if (bootstrap.empty() && !sandbox) {
        *error = "no cluster: give --bootstrap, --sandbox, or bootstrap.servers in --config";
        return ExitUsage;
    }
    return ExitOk;
}

std::unique_ptr<SandboxCluster> ClusterOptions::startSandbox(std::string *error)
{
    if (!sandbox)
        return nullptr;
    auto cluster = SandboxCluster::start(1, error);
    if (cluster)
        bootstrap = cluster->bootstrapServers();
    return cluster;
}

void LlmOptions::add(CLI::App &command)
{
    command.add_option("--llm-endpoints", endpointsFile,
                       "JSON array of LLM endpoint profiles (name, baseUrl, model, apiKeyRef as env:NAME, "
                       "requestsPerMinute, tokensPerMinute, prices); without it the endpoint \"default\" is "
                       "OpenAI ($OPENAI_BASE_URL, env:OPENAI_API_KEY)")
        ->type_name("FILE");
    command.add_option("--llm-cache", cacheFile, "keep LLM answers in FILE (JSON lines): a re-run pays nothing again")
        ->type_name("FILE");
    command
        .add_option("--budget", budget, "stop the run when LLM cost reaches AMOUNT (price-table currency)")
        ->type_name("AMOUNT")
        ->check(needs("an amount > 0", [](const std::string &text) {
            double v = 0;
            return parseAmount(text, &v) && v > 0;
        }));
    command
        .add_option("--budget-action", budgetAction,
                    "stop (default) or dead-letter the records that would need a call once the budget is spent")
        ->type_name("A")
        ->check(needs("stop or dead-letter", [](const std::string &text) { return text == "stop" || text == "dead-letter"; }));
}

bool LlmOptions::apply(LlmSettings *settings, std::string *error) const
{
    if (!endpointsFile.empty() && !readLlmEndpoints(endpointsFile, &settings->endpoints, error))
        return false;
    if (!cacheFile.empty())
        settings->cacheFile = cacheFile;
    settings->budget = budget;
    settings->budgetAction = budgetAction == "dead-letter" ? LlmSettings::BudgetAction::DeadLetter
                                                           : LlmSettings::BudgetAction::Stop;
    return true;
}

bool readLlmEndpoints(const std::string &path, std::vector<LlmEndpoint> *endpoints, std::string *error)
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
        auto endpoint = LlmEndpoint::fromJson(profiles[i], &problem);
        if (!endpoint) {
            *error = path + ": profile " + std::to_string(i + 1) + ": " + problem;
            return false;
        }
        endpoints->push_back(std::move(*endpoint));
    }
    return true;
}

void SchemaRegistryOptions::add(CLI::App &command)
{
    const auto named = [](const std::string &text) { return !namedValue(text).second.empty(); };
    addRepeatable(command, "--schema-registry", registries, "[NAME=]URL",
                  "Schema Registry profile for Avro sources and sinks (their schemaRegistry parameter; NAME "
                  "defaults to \"default\"); repeatable. --config may give schema.registry.url and "
                  "basic.auth.user.info instead",
                  named);
    addRepeatable(command, "--schema-registry-auth", auths, "[NAME=]ENV_VAR",
                  "basic auth for that profile: ENV_VAR holds user:password", named);
}

void SchemaRegistryOptions::apply(std::vector<SchemaRegistryProfile> *profiles, ClientProperties *clientProperties) const
{
    for (const auto &text : registries) {
        const auto [name, url] = namedValue(text);
        registryProfile(*profiles, name).url = url;
    }
    for (const auto &text : auths) {
        const auto [name, variable] = namedValue(text);
        const bool reference = variable.rfind("env:", 0) == 0 || variable.rfind("keychain:", 0) == 0;
        registryProfile(*profiles, name).authRef = reference ? variable : "env:" + variable;
    }

    // Confluent's client properties name the registry beside the cluster
    // (schema.registry.url, basic.auth.user.info with ${VAR} already substituted).
    ClientProperties kafka;
    std::string url, userInfo;
    for (auto &[key, value] : *clientProperties) {
        if (key == "schema.registry.url")
            url = value;
        else if (key == "basic.auth.user.info" || key == "schema.registry.basic.auth.user.info")
            userInfo = value;
        else if (key.rfind("schema.registry.", 0) == 0 || key == "basic.auth.credentials.source")
            continue;
        else
            kafka.emplace_back(key, value);
    }
    *clientProperties = std::move(kafka);
    if (url.empty() && userInfo.empty())
        return;
    SchemaRegistryProfile &profile = registryProfile(*profiles, "default");
    if (profile.url.empty())
        profile.url = url;
    if (profile.authRef.empty())
        profile.userInfo = userInfo;
}

void DatabaseOptions::add(CLI::App &command)
{
    addRepeatable(command, "--database", profiles, "NAME=CONN",
                  "database connection profile for database sinks whose connection is NAME: a libpq "
                  "conninfo/URI or SQLite path, never a password (the node's passwordEnv names the variable "
                  "holding it); repeatable",
                  [](const std::string &text) {
                      const auto eq = text.find('=');
                      return eq != std::string::npos && eq != 0 && eq + 1 != text.size();
                  });
}

void DatabaseOptions::apply(std::map<std::string, std::string> *profilesByName) const
{
    for (const auto &text : profiles) {
        const auto eq = text.find('=');
        (*profilesByName)[text.substr(0, eq)] = text.substr(eq + 1);
    }
}
