#include "pipeline/runtime/operators/joinoperator.h"

#include "pipeline/runtime/dataflow/keytext.h"

#include <cmath>

namespace pipeline::runtime {

void JoinOperator::process(int input, Record &&record, OperatorContext &context)
{
    std::string key;
    if (input == 1) {
        if (record.value.is_null()) {
            context.drop(std::move(record)); // a tombstone without a key: nothing to delete
            return;
        }
        if (keyText(expr::evaluate(m_tableKey, record.value), &key))
            m_table[key] = std::move(record.value);
        record.origin->mark(Fate::Stored);
        context.absorb(std::move(record));
        return;
    }
    const bool hasKey = keyText(expr::evaluate(m_streamKey, record.value), &key);
    auto match = hasKey ? m_table.find(key) : m_table.end();
    if (match == m_table.end()) {
        if (m_inner)
            context.drop(std::move(record));
        else
            context.output(0, std::move(record));
        return;
    }
    if (!record.value.is_object())
        record.value = nlohmann::json::object();
    if (match->second.is_object()) {
        for (const auto &[name, value] : match->second.items()) {
            if (record.value.contains(name))
                record.value["table_" + name] = value;
            else
                record.value[name] = value;
        }
    }
    context.output(0, std::move(record));
}

} // namespace pipeline::runtime
