#pragma once

#include "deployment/engineclient.h"

#include <nlohmann/json.hpp>

namespace deployment {

/// Kafka Connect's REST API (as in Apache Kafka 3.x): the export's connector
/// configurations (ExportArtifacts whose content is {"name", "config"}) created
/// or updated with PUT /connectors/{name}/config, then watched through
/// GET /connectors/{name}/status until the connector and its tasks run or one
/// fails (its trace is the error); DELETE /connectors/{name} removes one.
class KafkaConnectClient : public EngineClient {
public:
    using EngineClient::EngineClient;

    std::vector<DesiredObject> desired(const std::string &pipeline, const codegen::ExportResult &result,
                                       std::vector<std::string> *notes) override;
    bool live(const std::string &pipeline, const std::vector<DeployedObject> &known,
              std::vector<DeployedObject> *objects, std::string *error) override;
    bool remove(const DeployedObject &object, bool forReplace, std::string *message) override;
    bool create(const DesiredObject &object, DeployedObject *created, std::string *message) override;
    bool replacesInPlace() const override { return true; }

    /// GET /connectors/{name}/status folded into a state ("RUNNING", "FAILED",
    /// "PAUSED", ...; FAILED when any task failed) and, when failed, the traces.
    bool status(const std::string &name, std::string *state, std::string *detail, std::string *error);

    /// How long create() waits for the tasks to start (tests shorten it).
    int startTimeoutMs = 15000;
};

} // namespace deployment
