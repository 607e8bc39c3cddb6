#pragma once

#include "pipeline/core/schema.h"
#include "pipeline/runtime/kafka/clientproperties.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pipeline::assist {

/// One topic as the assistant shows it to the model: its name, size and the
/// record schema inferred from its latest messages.
struct TopicSample {
    std::string topic;
    int partitions = 0;
    int messages = 0;     // messages read
    int notJson = 0;      // of those, values that were not a JSON object
    Schema schema;        // inferred from the JSON objects (empty when none)
    /// One line for the prompt: "readings (3 partitions, 20 messages sampled): device_id string, ..."
    std::string promptLine() const;
};

/// Field types of a set of JSON records for the prompt: the runtime's schema
/// sampler (runtime/formats/schemasampler.h) with the fields sorted by name
/// (deterministic whichever messages were sampled) and conflicting kinds as
/// unknown. Integer and double mix to double; null alone stays unknown; nested
/// objects recurse; arrays carry their element type; epoch milliseconds under a
/// time-like name (ts, time, timestamp, *_at, *_time, *_ts) and ISO 8601 strings
/// are timestamps, matching how records carry time (docs/node-kinds.md).
Schema inferSchema(const std::vector<nlohmann::json> &records);

/// Reads the latest messages of a cluster's topics to ground the assistant in
/// real topic names and fields. Uses a plain consumer with manual assignment
/// (no group join, no commits), starting each partition `maxMessages` before
/// its high watermark, so sampling never disturbs consumer groups and
/// finishes as soon as the expected messages arrived.
class TopicSampler {
public:
    struct Options {
        std::string bootstrapServers;
        runtime::ClientProperties properties;
        /// Topics to sample; empty = every topic except internal ones ("__...").
        std::vector<std::string> topics;
        int maxMessagesPerTopic = 20;
        int maxTopics = 40;
        /// Budget for the whole sampling (metadata, watermarks, consuming).
        int timeoutMs = 8000;
    };

    /// Samples; on failure returns what it has and sets `error` (unreachable
    /// broker, bad properties).
    static std::vector<TopicSample> sample(const Options &options, std::string *error = nullptr);
};

} // namespace pipeline::assist
