#pragma once
// Pipelines and replies shared by the assistant tests: an IoT temperature
// pipeline as a model would answer it, and ways to break it the way models do.

#include "pipeline/core/graph.h"
#include "pipeline/serialization/pipelinereader.h"

#include <nlohmann/json.hpp>

#include <string>

namespace assisttest {

using nlohmann::json;

inline json edge(const std::string &from, const std::string &fromPort, const std::string &to,
                 const std::string &toPort = "in")
{
    return {{"from", {{"node", from}, {"port", fromPort}}}, {"to", {{"node", to}, {"port", toPort}}}};
}

/// "Consume the temperature readings, send readings above 132 or below 32 to
/// TempRangeAlert and invalid ones to a dead-letter topic", answered well.
inline json iotAnswer(const std::string &alertLabel = "Temperature alerts")
{
    return {
        {"name", "iot-temperature-alerts"},
        {"description", "Readings out of range become alerts; invalid ones go to a dead-letter topic."},
        {"nodes",
         {
             {{"id", "readings"},
              {"kind", "kafka-source"},
              {"label", "Readings"},
              {"parameters",
               {{"topic", "temperature-readings"},
                {"schema",
                 {{{"name", "device_id"}, {"type", "string"}},
                  {{"name", "temperature"}, {"type", "double"}},
                  {{"name", "ts"}, {"type", "timestamp"}}}}}}},
             {{"id", "check"},
              {"kind", "validate"},
              {"label", "Check reading"},
              {"parameters",
               {{"constraints",
                 {{{"name", "has_temperature"}, {"condition", "temperature IS NOT NULL"}},
                  {{"name", "has_device"}, {"condition", "device_id IS NOT NULL"}}}}}}},
             {{"id", "range"},
              {"kind", "route"},
              {"label", "Out of range?"},
              {"parameters",
               {{"routes", {{{"name", "out_of_range"}, {"condition", "temperature > 132 OR temperature < 32"}}}}}}},
             {{"id", "alerts"}, {"kind", "kafka-sink"}, {"label", alertLabel}, {"parameters", {{"topic", "TempRangeAlert"}}}},
             {{"id", "invalid"},
              {"kind", "dead-letter"},
              {"label", "Invalid readings"},
              {"parameters", {{"topic", "temperature.dead-letter"}}}},
         }},
        {"edges",
         {edge("readings", "out", "check"), edge("check", "valid", "range"), edge("check", "invalid", "invalid"),
          edge("range", "out_of_range", "alerts")}},
    };
}

inline json &nodeOf(json &answer, const std::string &id)
{
    for (auto &n : answer["nodes"])
        if (n["id"] == id)
            return n;
    throw std::runtime_error("no node " + id);
}

/// A graph from a model-shaped JSON object (positions and edge ids filled in).
inline pipeline::Graph graphOf(json answer)
{
    answer["format"] = "pipewright-pipeline";
    answer["version"] = 1;
    for (auto &n : answer["nodes"])
        n["position"] = {{"x", 0}, {"y", 0}};
    for (auto &e : answer["edges"])
        e["id"] = pipeline::Graph::edgeIdFor({e["from"]["node"], e["from"]["port"]}, {e["to"]["node"], e["to"]["port"]});
    auto loaded = pipeline::readPipelineText(answer.dump());
    if (!loaded.ok())
        throw std::runtime_error(loaded.errorText());
    return *loaded.graph;
}

} // namespace assisttest
