#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/dataflow/operator.h"

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>

namespace pipeline::runtime {

/// `dedupe`: passes the first record per key and drops repeats seen within
/// `window` (processing time) of the first one. NULL keys always pass.
class DedupeOperator : public Operator {
public:
    DedupeOperator(expr::Expression key, std::int64_t windowMillis) : m_key(std::move(key)), m_window(windowMillis) {}
    void process(int input, Record &&record, OperatorContext &context) override;
    void onTimer(OperatorContext &context) override;
    size_t keysRemembered() const { return m_seen.size(); }

private:
    void expire(std::int64_t now);

    expr::Expression m_key;
    std::int64_t m_window;
    std::unordered_map<std::string, std::int64_t> m_seen; // key -> first seen
    std::deque<std::pair<std::int64_t, std::string>> m_order;
};

} // namespace pipeline::runtime
