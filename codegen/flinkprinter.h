#pragma once

#include "codegen/exportoptions.h"
#include "codegen/exportresult.h"
#include "codegen/relationalplan.h"

namespace codegen {

/// Prints a relational plan as a Flink SQL script: Kafka tables with event-time
/// columns and watermarks where windows and temporal joins need them, one view
/// per derived relation, window table-valued functions for aggregates, a
/// versioned view plus temporal join for joins, ROW_NUMBER deduplication,
/// CREATE MODEL + ML_PREDICT (Flink 2.1+, or Confluent Cloud) for LLM steps,
/// and INSERT INTO for sinks.
class FlinkPrinter {
public:
    explicit FlinkPrinter(ExportOptions options = {});
    ExportResult print(const RelationalPlan &plan) const;

private:
    ExportOptions m_options;
};

} // namespace codegen
