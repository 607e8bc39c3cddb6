#pragma once

#include "deployment/deploymenttarget.h"

#include "pipeline/runtime/dataflow/secretreference.h"

#include <string>

namespace deployment {

/// One answer of an engine's REST API. `transportError` is set when there was no
/// HTTP answer at all (refused, timed out, TLS); then `status` is 0.
struct RestResponse {
    long status = 0;
    std::string body;
    std::string transportError;

    bool ok() const { return transportError.empty() && status >= 200 && status < 300; }
    bool unauthorized() const { return status == 401 || status == 403; }
};

/// Blocking JSON-over-HTTP client for one deployment target (libcurl). The
/// target's secret reference is resolved per request, so a rotated password is
/// picked up; its value is `user:password` (basic) or `Bearer TOKEN`.
class RestClient {
public:
    explicit RestClient(DeploymentTarget target, pipeline::runtime::SecretResolver resolver = {});

    const DeploymentTarget &target() const { return m_target; }
    RestResponse request(const std::string &method, const std::string &path, const std::string &body = {}) const;

    /// "TARGET (URL): METHOD PATH: <why>" for a failed response, with the
    /// engine's own message when its error body has one.
    std::string describeFailure(const std::string &method, const std::string &path, const RestResponse &response) const;

private:
    DeploymentTarget m_target;
    pipeline::runtime::SecretResolver m_resolver;
};

} // namespace deployment
