#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/dataflow/fieldpath.h"
#include "pipeline/runtime/dataflow/operator.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace pipeline::runtime {

/// `aggregate`: windowed group-by. Windows are tumbling (aligned to the epoch),
/// hopping (size, advance) or session (gap; a session ends `gap` after its last
/// event). Time comes from `timeField` (event time, epoch ms) or the wall clock.
/// The watermark is the highest event time seen; a window's result is emitted once
/// the watermark passes its end plus `grace`, so out-of-order events within grace
/// still count exactly. An event arriving for windows already emitted is late: it
/// is rejected (the node's error policy dead-letters it by default) and counted.
/// Every source message in a window stays uncommitted until the result is
/// acknowledged (the result's origin groups them). flush() closes every window.
class AggregateOperator : public Operator {
public:
    enum class Function { Count, Sum, Avg, Min, Max };
    enum class WindowKind { Tumbling, Hopping, Session };
    struct Aggregate {
        std::string name;
        Function function = Function::Count;
        std::optional<expr::Expression> expression; // none: count(*)
    };
    struct Config {
        std::vector<std::string> groupByNames; // output column per group-by expression
        std::vector<expr::Expression> groupBy;
        std::vector<Aggregate> aggregates;
        WindowKind window = WindowKind::Tumbling;
        std::int64_t sizeMillis = 60'000;
        std::int64_t advanceMillis = 60'000;
        std::int64_t gapMillis = 60'000;
        std::int64_t graceMillis = 0;
        FieldPath timeField; // empty: processing time
    };

    explicit AggregateOperator(Config config);
    ~AggregateOperator() override;

    void process(int input, Record &&record, OperatorContext &context) override;
    void onTimer(OperatorContext &context) override;
    void flush(OperatorContext &context) override;
    std::uint64_t pendingRecords() const override { return m_pending; }
    std::uint64_t lateEvents() const override { return m_late; }

private:
    struct Accumulator {
        std::int64_t count = 0;     // rows (count(*)) or non-null values
        expr::Value value;          // sum / min / max so far (NULL until a value arrives)
        double doubleSum = 0;       // avg
    };
    struct WindowState {
        std::vector<expr::Value> keys;
        std::vector<Accumulator> accumulators;
        std::vector<Origin *> members;
    };
    // Ordered by end so closing is a walk from the front.
    using WindowId = std::tuple<std::int64_t /*end*/, std::string /*key*/, std::int64_t /*start*/>;

    void accumulate(WindowState &state, const Record &record, const std::vector<expr::Value> &rowValues);
    void addToSession(const std::string &key, std::vector<expr::Value> keys, std::int64_t time, const Record &record,
                      const std::vector<expr::Value> &rowValues);
    void advanceWatermark(std::int64_t watermark, OperatorContext &context);
    void emitWindow(const WindowId &id, WindowState &state, OperatorContext &context);
    WindowState newState(std::vector<expr::Value> keys) const;

    Config m_config;
    std::map<WindowId, WindowState> m_windows;
    std::map<std::string, std::vector<WindowId>> m_sessionsByKey;
    std::int64_t m_watermark = INT64_MIN;
    std::uint64_t m_pending = 0;
    std::uint64_t m_late = 0;
};

} // namespace pipeline::runtime
