#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/dataflow/operator.h"

#include <string>
#include <unordered_map>

namespace pipeline::runtime {

/// `join` (stream–table): records on the `table` input (port 1) are materialised
/// as the latest record per `tableKey` (a JSON null record deletes the key); each
/// record on the `stream` input (port 0) is enriched with the table record whose
/// key equals its `streamKey`: stream fields first, then table fields, a table
/// field whose name already exists prefixed `table_`. Left joins pass unmatched
/// stream records through unchanged; inner joins drop them.
class JoinOperator : public Operator {
public:
    JoinOperator(expr::Expression streamKey, expr::Expression tableKey, bool inner)
        : m_streamKey(std::move(streamKey)), m_tableKey(std::move(tableKey)), m_inner(inner)
    {
    }
    void process(int input, Record &&record, OperatorContext &context) override;
    /// Input 1 (`table`) builds the table: its sources are read first.
    bool isTableInput(int input) const override { return input == 1; }
    size_t tableSize() const { return m_table.size(); }

private:
    expr::Expression m_streamKey;
    expr::Expression m_tableKey;
    bool m_inner;
    std::unordered_map<std::string, nlohmann::json> m_table;
};

} // namespace pipeline::runtime
