#pragma once

#include "mockhttpserver.h"

#include <string>

namespace pipewright::testsupport {

/// Failure injection shared by the engine fakes (ksqlDB, Flink SQL Gateway,
/// Kafka Connect). Unreachable is the fake stopped (or never started).
struct FakeEngineOptions {
    /// "user:password" the fake demands as HTTP basic auth; empty = none.
    std::string credentials;
    /// Reject the N-th (1-based) statement or connector configuration that would
    /// change something; 0 = never.
    int rejectChange = 0;
};

/// A JSON answer (the fakes' only kind).
inline MockHttpResponse reply(int status, std::string body)
{
    MockHttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

/// Splits "Basic base64" and compares with "user:password"; true when no credentials are required.
bool basicAuthMatches(const std::string &authorizationHeader, const std::string &credentials);

} // namespace pipewright::testsupport
