#pragma once

#include "fakeengineoptions.h"
#include "mockhttpserver.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace pipewright::testsupport {

/// A Flink SQL Gateway's REST API as Flink 1.18 .. 2.x publish it
/// (rest_v1_sql_gateway.yml .. v4; paths under /v1 .. /v4): sessions,
/// statements answered with an operationHandle, operations that go PENDING ->
/// RUNNING -> FINISHED or ERROR over successive status polls, results paged by
/// token (NOT_READY / PAYLOAD / EOS, rowFormat JSON, "jobID" from v2 on), errors
/// as HTTP 500 {"errors": [summary, exception]}. It keeps per-session tables,
/// views and settings and a cluster's jobs, and checks each statement: its kind
/// (SET/RESET, CREATE TABLE with a 'connector', CREATE [TEMPORARY] VIEW ... AS
/// SELECT, CREATE MODEL/CONNECTION, INSERT INTO ... SELECT, SHOW JOBS, STOP JOB
/// '<id>' [WITH SAVEPOINT]), balanced parentheses and quotes, and that every
/// table it reads or writes is declared in the session. INSERT starts a job
/// named by the session's 'pipeline.name', restored from
/// 'execution.savepoint.path' when set.
class FakeFlinkGateway {
public:
    struct Job {
        std::string id, name, status = "RUNNING", statement, restoredFrom, savepoint;
    };

    FakeFlinkGateway();
    ~FakeFlinkGateway();
    bool start(std::string *error = nullptr);
    void stop();
    std::string url() const;

    FakeEngineOptions options;
    /// false: STOP JOB ... WITH SAVEPOINT fails as on a cluster without a savepoint directory.
    bool savepoints = true;
    /// Status polls an operation answers RUNNING before it completes.
    int pollsUntilDone = 2;

    std::vector<Job> jobs() const;
    std::vector<std::string> statements() const;
    int openSessions() const;
    void failJob(const std::string &name);

private:
    struct Operation {
        std::string status = "PENDING";
        int pollsLeft = 0;
        std::string finalStatus = "FINISHED";
        std::string error;
        std::vector<std::string> columns;
        std::vector<std::vector<std::string>> rows;
        std::string jobId;
    };
    struct Session {
        std::map<std::string, std::string> settings;
        std::map<std::string, std::string> tables; // name -> TABLE / VIEW / MODEL / CONNECTION
        std::map<std::string, Operation> operations;
    };
    MockHttpResponse handle(const MockHttpRequest &request);
    Operation execute(Session &session, const std::string &statement);

    std::unique_ptr<MockHttpServer> m_server;
    mutable std::mutex m_mutex;
    std::map<std::string, Session> m_sessions;
    std::vector<Job> m_jobs;
    std::vector<std::string> m_statements;
    int m_changes = 0;
    int m_counter = 0;
};

} // namespace pipewright::testsupport
