#pragma once

#include "pipeline/expr/expression.h"
#include "pipeline/runtime/dataflow/fieldpath.h"
#include "pipeline/runtime/dataflow/operator.h"
#include "pipeline/runtime/vector/vectorindex.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pipeline::runtime {

/// `vector-upsert` (a sink): stores each record's embedding under its id in a
/// VectorIndex, with a text and metadata fields; an existing id is replaced.
///
/// At-least-once like kafka-sink: an upserted record keeps its origin reference
/// until the index has been saved to its file, so its source offset is committed
/// only once the vector is durable. Saves happen every `saveIntervalMillis` (on
/// the engine's timer) but at most 10% of the time (a save rewrites the whole
/// index, so a large index is saved less often), when `maxUnsaved` records wait,
/// and on flush (stop). A
/// failed save fails the run and leaves the records' offsets uncommitted.
/// Records with a wrong dimension, no embedding or no id are record errors (the
/// node's error policy: dead letter by default).
class VectorUpsertOperator : public Operator {
public:
    struct Options {
        expr::Expression id;
        FieldPath embedding;
        std::optional<expr::Expression> text;
        std::vector<FieldPath> metadata; // stored under their dotted path
        std::int64_t saveIntervalMillis = 1000;
        size_t maxUnsaved = 50'000;
    };
    VectorUpsertOperator(std::shared_ptr<VectorIndex> index, Options options);
    /// Records never saved settle as failed: a restart reads them again.
    ~VectorUpsertOperator() override;

    void process(int input, Record &&record, OperatorContext &context) override;
    void onTimer(OperatorContext &context) override;
    void flush(OperatorContext &context) override;
    std::uint64_t pendingRecords() const override { return m_unsaved.size(); }

    const VectorIndex &index() const { return *m_index; }

private:
    void save(OperatorContext &context);

    std::shared_ptr<VectorIndex> m_index;
    Options m_options;
    std::vector<OriginRef> m_unsaved;
    std::int64_t m_lastSaveMillis = -1;
    std::int64_t m_lastSaveCostMillis = 0; // how long the last save took
    std::vector<float> m_vector; // reused per record
};

} // namespace pipeline::runtime
