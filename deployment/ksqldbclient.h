#pragma once

#include "deployment/engineclient.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>

namespace deployment {

/// ksqlDB's REST API (/ksql, as in ksqlDB 0.29 / Confluent Platform 7.x):
/// statements one at a time so each answer maps to its node, the script's SET
/// lines sent as streamsProperties (auto.offset.reset from the sources' start
/// offset), INSERT queries tagged QUERY_ID='PW_<PIPELINE>_<NODE>'. Removal
/// terminates the queries writing a stream, then drops it (DELETE TOPIC when
/// ksqlDB created the topic).
class KsqldbClient : public EngineClient {
public:
    using EngineClient::EngineClient;

    std::vector<DesiredObject> desired(const std::string &pipeline, const codegen::ExportResult &result,
                                       std::vector<std::string> *notes) override;
    bool live(const std::string &pipeline, const std::vector<DeployedObject> &known,
              std::vector<DeployedObject> *objects, std::string *error) override;
    bool remove(const DeployedObject &object, bool forReplace, std::string *message) override;
    bool create(const DesiredObject &object, DeployedObject *created, std::string *message) override;

    /// POST /ksql with one statement; the entity array, or nullopt with `error`.
    std::optional<nlohmann::json> execute(const std::string &statement, std::string *error);

    /// ksqlDB's name of an identifier: upper case unless it was back-quoted.
    static std::string engineName(const std::string &name, bool quoted);

private:
    std::map<std::string, std::string> m_properties; // streamsProperties from the script's SET lines
};

} // namespace deployment
