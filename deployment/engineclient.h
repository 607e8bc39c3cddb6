#pragma once

#include "deployment/deployedobject.h"
#include "deployment/deploymentstatement.h"
#include "deployment/restclient.h"

#include <string>
#include <vector>

namespace deployment {

/// One engine's side of a deployment (ksqlDB, Flink SQL Gateway, Kafka
/// Connect): what a pipeline's export asks for, what runs now, and the two
/// primitive changes. The Deployer plans and orders; an engine client only
/// talks to its REST API. Errors come back as text naming the target, the
/// request and the engine's own message.
class EngineClient {
public:
    explicit EngineClient(RestClient rest) : m_rest(std::move(rest)) {}
    virtual ~EngineClient() = default;

    /// The objects the export creates; `notes` gets what the user should know.
    virtual std::vector<DesiredObject> desired(const std::string &pipeline, const codegen::ExportResult &result,
                                               std::vector<std::string> *notes) = 0;
    /// What the engine runs now that belongs to `pipeline` by its tag or by a
    /// name in `known`, with the engine's state.
    virtual bool live(const std::string &pipeline, const std::vector<DeployedObject> &known,
                      std::vector<DeployedObject> *objects, std::string *error) = 0;
    /// Before the first change of a deployment (Flink: open a session and declare
    /// the tables and views the jobs read).
    virtual bool prepare(const codegen::ExportResult &, std::string *) { return true; }
    /// Terminates or drops `object`; `forReplace`: a new version follows.
    virtual bool remove(const DeployedObject &object, bool forReplace, std::string *message) = 0;
    /// Creates `object`; fills `created` (ids, state) and says what happened.
    virtual bool create(const DesiredObject &object, DeployedObject *created, std::string *message) = 0;
    /// Replacing updates in place (Connect's PUT config): no removal first.
    virtual bool replacesInPlace() const { return false; }
    virtual void finish() {}

    const RestClient &rest() const { return m_rest; }

protected:
    RestClient m_rest;
};

} // namespace deployment
