#pragma once

#include "pipeline/runtime/dataflow/record.h"

#include <optional>
#include <string>

namespace pipeline::runtime {

/// Where sink operators hand their messages: the engine's producer (with
/// delivery tracking per origin) or an in-memory list in tests.
class SinkOutput {
public:
    virtual ~SinkOutput() = default;
    /// Sends `payload` to `topic`; the record's origin stays unsettled until the
    /// broker acknowledges it.
    virtual void produce(const std::string &topic, std::optional<std::string> key, std::string payload,
                         Record &&record) = 0;
    /// Sends the record's original payload to a dead-letter topic with the headers
    /// error, node-id, source-topic, source-partition, source-offset and time.
    virtual void deadLetter(const std::string &topic, Record &&record, const std::string &error,
                            const std::string &nodeId) = 0;
};

} // namespace pipeline::runtime
