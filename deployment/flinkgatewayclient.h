#pragma once

#include "deployment/engineclient.h"

#include <nlohmann/json.hpp>

#include <map>

namespace deployment {

/// Flink SQL Gateway REST API (v1 paths as in Flink 1.18 .. 2.x; the version is
/// the target's apiVersion): a session per deployment, statements submitted and
/// their operations polled (PENDING/RUNNING -> FINISHED/ERROR) and fetched.
/// Tables and views live in the session, so every deployment declares them
/// again; what persists is one job per INSERT, named
/// 'pipewright.<pipeline>.<node>' through SET 'pipeline.name'. A replaced job
/// stops WITH SAVEPOINT and restarts from it when only tables' WITH options
/// changed (INSERT, views and columns the same), otherwise from the sources'
/// start offsets; the message says which.
class FlinkGatewayClient : public EngineClient {
public:
    using EngineClient::EngineClient;
    ~FlinkGatewayClient() override;

    std::vector<DesiredObject> desired(const std::string &pipeline, const codegen::ExportResult &result,
                                       std::vector<std::string> *notes) override;
    bool live(const std::string &pipeline, const std::vector<DeployedObject> &known,
              std::vector<DeployedObject> *objects, std::string *error) override;
    bool prepare(const codegen::ExportResult &result, std::string *error) override;
    bool remove(const DeployedObject &object, bool forReplace, std::string *message) override;
    bool create(const DesiredObject &object, DeployedObject *created, std::string *message) override;
    void finish() override;

    /// Runs one statement in the session to completion; its result rows (each
    /// the row's fields) and the job id when the statement started a job.
    bool run(const std::string &statement, std::vector<nlohmann::json> *rows, std::string *jobId, std::string *error);

private:
    bool openSession(std::string *error);
    std::string base() const { return "/" + m_rest.target().apiVersion; }

    std::string m_session;
    std::map<std::string, std::string> m_savepoints; // job name -> savepoint of its stopped predecessor
    std::map<std::string, std::string> m_oldShapes;  // job name -> the query shape of the stopped job
};

} // namespace deployment
