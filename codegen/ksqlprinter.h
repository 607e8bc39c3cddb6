#pragma once

#include "codegen/exportoptions.h"
#include "codegen/exportresult.h"
#include "codegen/relationalplan.h"

namespace codegen {

/// Prints a relational plan as a ksqlDB script: streams over topics, one
/// persistent query per derived stream (CREATE STREAM ... AS SELECT ... EMIT
/// CHANGES), windowed tables for aggregates, INSERT INTO for sinks. Steps
/// ksqlDB cannot express become a comment plus an error diagnostic.
class KsqlPrinter {
public:
    explicit KsqlPrinter(ExportOptions options = {});
    ExportResult print(const RelationalPlan &plan) const;

private:
    ExportOptions m_options;
};

} // namespace codegen
