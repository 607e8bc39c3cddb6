#pragma once

#include <string>
#include <vector>

namespace deployment {

/// Something this tool created on an engine: a ksqlDB stream, table or
/// persistent query, a Flink job, a Kafka Connect connector. Recorded locally
/// (DeploymentRecord) and joined with what the engine reports now.
struct DeployedObject {
    std::string pipeline;
    std::string nodeId;
    std::string kind;        // stream, table, query, job, connector
    std::string name;        // the engine's name: stream, query id, job name, connector
    std::string id;          // ksqlDB query id of a stream's query, Flink job id
    std::string state;       // the engine's word (RUNNING, FAILED, ...); MISSING = recorded, gone
    std::string fingerprint; // the statement or configuration it was created from
    std::string detail;      // e.g. a failed task's trace, a savepoint path
    bool ownsTopic = false;  // ksqlDB created its topic (AS SELECT): dropped with DELETE TOPIC
    std::string sourceFile;  // the *.pipeline.json it was deployed from, if known (the dock's Open)
};

/// What a pipeline wants on an engine, derived from its export.
struct DesiredObject {
    std::string nodeId;
    std::string kind;
    std::string name;
    std::string statement;   // what creates it (SQL, or connector JSON)
    std::string fingerprint; // compared with DeployedObject::fingerprint
    std::vector<std::string> dependsOn; // names of desired objects it reads
    bool ownsTopic = false;
};

} // namespace deployment
