#include "pipeline/runtime/observe/healthreport.h"

#include <nlohmann/json.hpp>

namespace pipeline::runtime {

HealthAnswer livenessAnswer(const RunSnapshot &s, std::int64_t millisSinceChange, std::int64_t stallMillis)
{
    nlohmann::json body{{"state", std::string(runStateName(s.state))}, {"elapsedMillis", s.elapsedMillis}};
    HealthAnswer answer;
    if (s.state == RunState::Failed) {
        answer.status = 503;
        body["status"] = "failed";
        body["reason"] = s.error.empty() ? "the run failed" : s.error;
    } else if ((s.state == RunState::Running || s.state == RunState::Stopping) && millisSinceChange > stallMillis) {
        answer.status = 503;
        body["status"] = "stalled";
        body["reason"] = "the engine published nothing for " + std::to_string(millisSinceChange / 1000) + " s";
    } else {
        body["status"] = "ok";
    }
    answer.body = body.dump();
    return answer;
}

HealthAnswer readinessAnswer(const RunSnapshot &s)
{
    HealthAnswer answer;
    nlohmann::json body{{"ready", s.ready}, {"state", std::string(runStateName(s.state))}};
    if (!s.ready) {
        answer.status = 503;
        std::vector<std::string> reasons = s.notReady;
        if (reasons.empty())
            reasons.push_back(s.state == RunState::Running ? "starting: the run has not published its state yet"
                                                           : "the run is " + std::string(runStateName(s.state)));
        body["reason"] = reasons.front();
        body["reasons"] = reasons;
    }
    std::uint64_t assigned = s.partitions.size();
    body["partitionsAssigned"] = assigned;
    body["brokersReachable"] = s.brokersReachable;
    answer.body = body.dump();
    return answer;
}

} // namespace pipeline::runtime
