#pragma once

#include "pipeline/runtime/dataflow/operatorregistry.h"
#include "pipeline/runtime/kafka/clientproperties.h"

#include <string>

namespace pipeline::runtime {

/// The cluster a run's Kafka nodes use (RunOptions::bootstrapServers and
/// clientProperties; the engine puts it into the settings it builds with).
struct KafkaConnectionSettings {
    std::string bootstrapServers;
    ClientProperties clientProperties;
    /// settings.processingGuarantee is exactly-once: sources read committed
    /// messages only and leave their offsets to the engine's transactions.
    bool exactlyOnce = false;
};

/// Registers kafka-source and kafka-sink (json, string and Avro formats).
void registerKafkaOperators(OperatorRegistry &registry);

} // namespace pipeline::runtime
