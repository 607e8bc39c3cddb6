#pragma once

#include "fakeengineoptions.h"
#include "mockhttpserver.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace pipewright::testsupport {

/// A ksqlDB server's /ksql and /info endpoints as ksqlDB 0.29 (Confluent
/// Platform 7.x) documents them: request {"ksql", "streamsProperties"}, a
/// response array of entities with "@type" (currentStatus, streams, tables,
/// queries), errors {"@type": "statement_error", "error_code": 40001,
/// "message", "statementText"} with HTTP 400, 401 generic_error. It keeps
/// streams, tables and persistent queries, and checks every statement: its
/// kind (CREATE STREAM/TABLE with columns and KAFKA_TOPIC + VALUE_FORMAT, AS
/// SELECT, INSERT INTO [WITH (QUERY_ID=...)] SELECT, DROP [DELETE TOPIC],
/// TERMINATE, LIST/SHOW, SET), balanced parentheses and quotes, that every
/// FROM/JOIN source exists, that a new name is free, that nothing is dropped
/// while a query reads or writes it, and auto.offset.reset's value.
class FakeKsqldb {
public:
    struct Source {
        std::string name, type, topic;
        bool ownsTopic = false;
    };
    struct Query {
        std::string id, statement, state = "RUNNING";
        std::vector<std::string> sinks, sources;
        std::map<std::string, std::string> properties;
    };

    FakeKsqldb();
    ~FakeKsqldb();
    bool start(std::string *error = nullptr);
    void stop();
    std::string url() const;

    FakeEngineOptions options;

    std::map<std::string, Source> sources() const;
    std::vector<Query> queries() const;
    std::vector<std::string> statements() const; // every statement received, in order
    std::vector<std::string> deletedTopics() const;
    /// Marks a query failed (SHOW QUERIES reports state ERROR).
    void failQuery(const std::string &id);

private:
    MockHttpResponse handle(const MockHttpRequest &request);
    MockHttpResponse execute(const std::string &statement, const std::map<std::string, std::string> &properties);

    std::unique_ptr<MockHttpServer> m_server;
    mutable std::mutex m_mutex;
    std::map<std::string, Source> m_sources;
    std::vector<Query> m_queries;
    std::vector<std::string> m_statements;
    std::vector<std::string> m_deletedTopics;
    int m_changes = 0;
    int m_commandSequence = 0;
    int m_queryCounter = 0;
};

} // namespace pipewright::testsupport
