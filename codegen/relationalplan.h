#pragma once

#include "pipeline/core/diagnostic.h"
#include "pipeline/core/schema.h"
#include "pipeline/expr/expression.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace codegen {

/// A column of a relation. `field.name` is the column name.
struct PlanColumn {
    pipeline::Field field;
    /// True for TIMESTAMP(3) values such as window bounds in Flink; other
    /// timestamps are epoch milliseconds (BIGINT), as in the JSON records.
    bool sqlTimestamp = false;

    const std::string &name() const { return field.name; }
};

/// One literal or `{{field}}` piece of a prompt template.
struct TemplatePart {
    bool isField = false;
    std::string text; // literal text, or the dotted field path
};

/// One output column of a SELECT.
struct SelectItem {
    enum class Kind {
        Column,     // an input column, unchanged
        Expression, // an expression-language expression
        Mask,       // an input column masked by `maskMethod`
        NullOf,     // CAST(NULL AS type): a sink column this input lacks
    };
    Kind kind = Kind::Column;
    PlanColumn column; // output name and type
    std::string source; // Column, Mask: the input column
    std::optional<pipeline::expr::Expression> expression;
    std::string maskMethod; // redact | hash | partial
    int keep = 4;
};

/// One conjunct/disjunct of a WHERE clause. `nullAsFalse` wraps the expression
/// in COALESCE(..., FALSE) so NOT keeps SQL NULL on the rejecting side.
struct ConditionTerm {
    pipeline::expr::Expression expression;
    bool negate = false;
    bool nullAsFalse = false;
};

/// A WHERE clause: terms joined by AND (or OR when `disjunction`). Empty = no WHERE.
struct Condition {
    std::vector<ConditionTerm> terms;
    bool disjunction = false;
    bool empty() const { return terms.empty(); }
};

struct GroupKey {
    PlanColumn column;
    pipeline::expr::Expression expression;
};

struct AggregateItem {
    PlanColumn column;
    std::string function; // count | sum | avg | min | max
    std::optional<pipeline::expr::Expression> expression; // empty: COUNT(*)
};

/// One column of a join's output, taken from either side.
struct JoinColumn {
    bool fromTable = false;
    std::string source; // column of that side
    PlanColumn column;  // output name and type
};

/// An LLM or embedding call.
struct ModelCall {
    enum class Task { Chat, Embedding };
    Task task = Task::Chat;
    std::string modelName;   // relation-like name of the CREATE MODEL
    std::string endpoint;    // endpoint profile name
    std::string model;       // model id; empty = not set
    std::string systemPrompt;
    std::vector<TemplatePart> prompt; // Chat: the user prompt template
    std::optional<pipeline::expr::Expression> inputExpression; // Embedding: text expression
    std::string inputColumn;  // name of the prepared prompt/text column
    std::optional<double> temperature;
    std::optional<std::int64_t> maxTokens;
    bool jsonResponse = false;
    std::string outputColumn; // the model's output column
    pipeline::FieldType outputType = pipeline::FieldType::String;
    std::vector<PlanColumn> extractFields; // llm-extract: fields parsed from the JSON output
};

/// A vector index as a table of the SQL engine: what vector-upsert writes and
/// vector-retrieve searches. Its columns come from the pipeline's vector-upsert
/// of the same index (id, text, embedding, then the metadata fields).
struct VectorTable {
    std::string index;        // the nodes' index name
    std::string name;         // relation name of the table (one per index and plan)
    std::vector<PlanColumn> columns; // id, text, embedding, metadata...
    std::string embeddingColumn = "embedding";
    std::string upsertNode;   // the vector-upsert that fills it; empty: filled elsewhere
    std::string model;        // embedding model of the indexed vectors; empty: unknown
    std::string modelNode;    // the embed node that computed them
    std::int64_t dimension = 0; // declared on the vector-upsert; 0: not declared
};

/// vector-retrieve: the query embedded by `PlanStep::model`, then the k nearest entries.
struct VectorSearch {
    std::string queryName; // relation of the input plus the query embedding
    std::string hitsName;  // open-source Flink: one row per hit, before they are folded per record
    std::int64_t k = 5;
    double minScore = 0.0;
    std::string outputColumn;      // the hits array
    std::string contextTextColumn; // the hits as text; empty: not added
    std::vector<PlanColumn> hitColumns; // a hit as the search returns it: table columns but the embedding, `score` last
    bool inputEventTime = false; // the input carries event time (the fold's window needs it)
    bool inputProcTime = false;
};

/// One input of a sink and how its columns map onto the sink's columns.
struct SinkInput {
    std::string relation;
    std::vector<SelectItem> items;
};

enum class StepKind {
    Source,      // CREATE STREAM/TABLE over an existing topic
    Select,      // filter, project, route branch, validate branch, mask
    Aggregate,   // windowed GROUP BY
    LatestByKey, // the table side of a join: latest row per key
    Join,        // stream-table join
    Dedupe,      // first row per key
    Model,       // LLM / embedding step
    Sink,        // topic written by INSERTs
    VectorUpsert,   // INSERT into the vector table (or, on Confluent Cloud, its documents topic)
    VectorRetrieve, // embed the query, nearest entries of the vector table
    Unsupported, // nothing can be generated (diagnostic already given)
};

/// One step of the relational plan: creates relation `name` from `input`.
/// A flat record rather than a class hierarchy: printers switch on `kind`
/// and read the fields that kind documents.
struct PlanStep {
    StepKind kind = StepKind::Unsupported;
    std::string nodeId;
    std::string nodeKind;
    std::string name;  // relation created (sanitised, unique in the plan)
    std::string input; // main input relation
    /// A helper relation the step needs besides `name`: Aggregate: the ksqlDB
    /// table; Join: the ksqlDB keyed stream; Model, VectorRetrieve: the prepared-input relation.
    std::string auxName;
    std::vector<PlanColumn> columns; // visible output columns, in order
    /// Time attributes the relation carries (Flink: hidden columns appended to
    /// explicit select lists so windows and temporal joins downstream still work).
    bool eventTime = false;
    bool procTime = false;

    // Select
    bool selectAll = false;
    std::vector<SelectItem> items;
    Condition where;

    // Source
    std::string topic;
    std::string format = "json"; // json | string | avro
    std::string startOffset = "earliest";
    std::string consumerGroup;
    std::string timestampField;    // event time from this epoch-millis field
    bool kafkaEventTime = false;   // event time from the Kafka record timestamp
    std::int64_t watermarkDelayMs = 0;
    bool sampleGenerator = false;

    // Aggregate
    std::vector<GroupKey> groupBy;
    std::vector<AggregateItem> aggregates;
    std::string window = "tumbling";
    std::int64_t sizeMs = 60000;
    std::int64_t advanceMs = 0;
    std::int64_t gapMs = 0;
    std::int64_t graceMs = 0;
    bool processingTime = false;
    bool consumed = false; // Aggregate: something reads the output

    // LatestByKey / Join / Dedupe
    std::optional<pipeline::expr::Expression> key; // LatestByKey: table key; Join: stream key; Dedupe: key
    std::string keyColumn;  // name of the computed key column
    std::string tableInput; // Join: the LatestByKey relation
    std::string joinType = "left";
    std::vector<JoinColumn> joinColumns;
    std::vector<PlanColumn> inputColumns; // columns of `input` (LatestByKey, Join stream side, Dedupe, Model)
    std::int64_t windowMs = 0; // Dedupe

    // Model
    ModelCall model;

    // Sink, VectorUpsert (items: id, text, embedding, metadata... in table column order)
    std::vector<SinkInput> sinkInputs;
    std::optional<pipeline::expr::Expression> sinkKey;

    // VectorUpsert, VectorRetrieve
    VectorTable vectorTable;
    VectorSearch vectorSearch;

    // Unsupported
    std::string reason;
};

/// Graph -> relations: what SqlPlanner produces and the dialect printers consume.
/// Steps are in dependency order (inputs first, ties by node id), so printing
/// them in order gives a script that runs top to bottom.
struct RelationalPlan {
    std::string pipelineName;
    std::vector<PlanStep> steps;
    pipeline::Diagnostics diagnostics;
};

} // namespace codegen
