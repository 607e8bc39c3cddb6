#pragma once

#include "pipeline/runtime/formats/schemaregistryclient.h"
#include "pipeline/runtime/kafka/clientproperties.h"
#include "pipeline/runtime/kafka/sandboxcluster.h"
#include "pipeline/runtime/llm/llmruntime.h"

#include <CLI/CLI.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

// The options several commands share, each group declared once here so every
// command that takes it spells, documents and checks it the same way. A
// command holds the group as a member, calls add() in its define function and
// uses the values (or the helper next to them) when it runs.

/// A value check for CLI11: `accept` says whether the text is fine; if not, the
/// usage error reads "--option: needs WHAT, not 'TEXT'".
CLI::Validator needs(const std::string &what, std::function<bool(const std::string &)> accept);
/// A whole number from `minimum` to `maximum` (CLI11's own conversion takes
/// "1e3" or " 5" in ways the old hand parsing did not).
CLI::Validator wholeNumber(long minimum, long maximum);

/// A repeatable option NAME VALUE-NAME: each occurrence takes exactly one value
/// (so `--database a=b FILE` leaves FILE to the positional argument) that
/// `accept` must like ("--name: needs VALUE-NAME, not '...'" otherwise).
CLI::Option *addRepeatable(CLI::App &command, const std::string &name, std::vector<std::string> &values,
                           const std::string &valueName, const std::string &help,
                           std::function<bool(const std::string &)> accept);

/// The bootstrap servers option (`--bootstrap HOST:PORT`); `help` says what the
/// command does with them.
CLI::Option *addBootstrapOption(CLI::App &command, std::string &bootstrap, const std::string &help);

/// --bootstrap, --sandbox, --config: which Kafka cluster (run, generate).
struct ClusterOptions {
    std::string bootstrap;
    bool sandbox = false;
    std::string configFile;

    void add(CLI::App &command);
    bool chosen() const { return !bootstrap.empty() || sandbox || !configFile.empty(); }
    /// Reads --config into `properties` (${VAR} substituted) and, when neither
    /// --bootstrap nor --sandbox was given, takes the file's bootstrap.servers.
    /// Returns ExitOk, ExitProblems (the file cannot be read) or ExitUsage (still
    /// no cluster), with the message in `error`.
    int resolve(pipeline::runtime::ClientProperties *properties, std::string *error);
    /// With --sandbox: starts the embedded cluster in this process and points
    /// `bootstrap` at it; nullptr with `error` when it cannot start. Without: nullptr.
    std::unique_ptr<pipeline::runtime::SandboxCluster> startSandbox(std::string *error);
};

/// --llm-endpoints, --llm-cache, --budget, --budget-action: the LLM endpoint
/// profiles and spending of the AI steps.
struct LlmOptions {
    std::string endpointsFile;
    std::string cacheFile;
    double budget = 0;
    std::string budgetAction = "stop";

    void add(CLI::App &command);
    /// Fills `settings`; false with a "file: profile N: message" error when the
    /// endpoints file cannot be read or a profile is invalid.
    bool apply(pipeline::runtime::LlmSettings *settings, std::string *error) const;
};

/// Reads a JSON array of LLM endpoint profiles (as --llm-endpoints takes).
bool readLlmEndpoints(const std::string &path, std::vector<pipeline::runtime::LlmEndpoint> *endpoints,
                      std::string *error);

/// --schema-registry [NAME=]URL and --schema-registry-auth [NAME=]ENV_VAR, repeatable.
struct SchemaRegistryOptions {
    std::vector<std::string> registries;
    std::vector<std::string> auths;

    void add(CLI::App &command);
    /// The profiles named on the command line, then Confluent's client properties
    /// (schema.registry.url, basic.auth.user.info) for "default" where the command
    /// line left it open. Those properties are not librdkafka's, so they are taken
    /// out of `clientProperties`.
    void apply(std::vector<pipeline::runtime::SchemaRegistryProfile> *profiles,
               pipeline::runtime::ClientProperties *clientProperties) const;
};

/// --database NAME=CONNECTION, repeatable: database connection profiles.
struct DatabaseOptions {
    std::vector<std::string> profiles;

    void add(CLI::App &command);
    void apply(std::map<std::string, std::string> *profilesByName) const;
};
