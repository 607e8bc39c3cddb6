#include "codegen/ksqlprinter.h"

#include "codegen/scriptwriter.h"
#include "codegen/sqlduration.h"
#include "codegen/sqlfragments.h"
#include "codegen/sqlidentifiers.h"

#include <algorithm>
#include <map>

namespace codegen {

using namespace pipeline;

namespace {

constexpr SqlDialect kDialect = SqlDialect::Ksql;

std::string q(const std::string &name) { return SqlIdentifiers::quote(name, kDialect); }
std::string lit(const std::string &text) { return SqlIdentifiers::stringLiteral(text); }
// Typed by the step's input columns, so rules that depend on operand types apply
// (docs/expression-dialects.md).
std::string ex(const expr::Expression &e, const PlanStep &s) { return SqlFragments::expression(e, kDialect, s.inputColumns); }

std::string scalarType(FieldType type)
{
    switch (type) {
    case FieldType::Boolean: return "BOOLEAN";
    case FieldType::Integer: return "BIGINT";
    case FieldType::Double: return "DOUBLE";
    case FieldType::Timestamp: return "BIGINT"; // epoch milliseconds, as in the records
    default: return "VARCHAR";
    }
}

std::string typeOf(const Field &field)
{
    if (field.type == FieldType::Array)
        return "ARRAY<" + scalarType(field.elementType) + ">";
    if (field.type == FieldType::Object) {
        if (field.children.empty())
            return "VARCHAR"; // an undeclared object: ksqlDB reads it as JSON text
        std::vector<std::string> members;
        for (const auto &child : field.children)
            members.push_back(q(child.name) + " " + typeOf(child));
        return "STRUCT<" + SqlFragments::joinList(members, ", ") + ">";
    }
    return scalarType(field.type);
}

std::string columnList(const std::vector<PlanColumn> &columns, const std::string &prefix = {})
{
    std::vector<std::string> lines;
    if (!prefix.empty())
        lines.push_back("  " + prefix);
    for (const auto &c : columns)
        lines.push_back("  " + q(c.name()) + " " + typeOf(c.field));
    return "(\n" + SqlFragments::joinList(lines, ",\n") + "\n)";
}

std::string selectList(const std::vector<std::string> &items)
{
    return SqlFragments::joinList(items, ", ");
}

using Printed = PrintedStep;

Diagnostic notExpressible(const PlanStep &step, const std::string &message)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.code = "codegen-not-expressible";
    d.nodeId = step.nodeId;
    d.message = "ksqlDB: " + message;
    return d;
}

class Printer {
public:
    Printer(const ExportOptions &options, Diagnostics &diagnostics)
        : m_options(options), m_diagnostics(diagnostics)
    {
    }

    Printed step(const PlanStep &s)
    {
        const std::vector<std::string> problems = SqlFragments::inexpressible(s, kDialect);
        if (!problems.empty())
            return fail(s, SqlFragments::joinList(problems, "; "));
        switch (s.kind) {
        case StepKind::Source: return source(s);
        case StepKind::Select: return select(s);
        case StepKind::Aggregate: return aggregate(s);
        case StepKind::LatestByKey: return latest(s);
        case StepKind::Join: return join(s);
        case StepKind::Dedupe:
            return fail(s, "dedupe has no ksqlDB equivalent (no per-key first-row filter over a sliding "
                           "window); deduplicate upstream or export to Flink SQL");
        case StepKind::Model: return model(s);
        case StepKind::Sink: return sink(s);
        case StepKind::VectorUpsert:
            return fail(s, "vector-upsert '" + s.nodeId + "' writes vector index '" + s.vectorTable.index
                               + "', and ksqlDB has no vector tables; export to Flink SQL (Elasticsearch, or with "
                                 "--confluent a topic for a vector store's sink connector), or run it in Pipewright");
        case StepKind::VectorRetrieve:
            return fail(s, "vector-retrieve '" + s.nodeId + "' searches vector index '" + s.vectorTable.index
                               + "', and ksqlDB has no vector search; export to Flink SQL (VECTOR_SEARCH, Flink 2.2, or "
                                 "VECTOR_SEARCH_AGG with --confluent), or run it in Pipewright (pipewright-cli run)");
        case StepKind::Unsupported: {
            Printed p;
            p.unsupported = s.reason;
            return p;
        }
        }
        return {};
    }

private:
    // ksqlDB finds the registry in its server configuration, not in the statement.
    std::string avroComment() const
    {
        return "Avro (Confluent wire format): the ksqlDB server needs ksql.schema.registry.url = "
            + (m_options.schemaRegistryUrl.empty() ? std::string("<your Schema Registry URL>") : m_options.schemaRegistryUrl)
            + ".";
    }

    Printed fail(const PlanStep &s, const std::string &reason)
    {
        m_diagnostics.push_back(notExpressible(s, reason));
        Printed p;
        p.unsupported = "not expressible in ksqlDB: " + reason;
        return p;
    }

    Printed source(const PlanStep &s)
    {
        Printed p;
        std::vector<std::string> with{"KAFKA_TOPIC=" + lit(s.topic)};
        std::vector<PlanColumn> columns = s.columns;
        std::string keyColumn;
        if (s.format == "string") {
            // {key, value}: the message key and the whole value as text.
            with.push_back("KEY_FORMAT='KAFKA'");
            with.push_back("VALUE_FORMAT='KAFKA'");
            auto key = std::find_if(columns.begin(), columns.end(), [](const PlanColumn &c) { return c.name() == "key"; });
            if (key != columns.end()) {
                keyColumn = q(key->name()) + " " + typeOf(key->field) + " KEY";
                m_keyOf[s.name] = key->name();
                columns.erase(key);
            }
        } else {
            with.push_back(s.format == "avro" ? "VALUE_FORMAT='AVRO'" : "VALUE_FORMAT='JSON'");
        }
        if (s.format == "avro")
            p.comments.push_back(avroComment());
        if (!s.timestampField.empty())
            with.push_back("TIMESTAMP=" + lit(SqlIdentifiers::quote(s.timestampField, kDialect)));
        if (s.sampleGenerator)
            p.comments.push_back("Reads the topic the Pipewright sample generator would fill.");
        p.statements.push_back("CREATE STREAM " + q(s.name) + " " + columnList(columns, keyColumn) + " WITH ("
                               + SqlFragments::joinList(with, ", ") + ");");
        return p;
    }

    std::string item(const SelectItem &i, const PlanStep &s)
    {
        switch (i.kind) {
        case SelectItem::Kind::Column: return SqlFragments::aliased(q(i.source), i.column.name(), kDialect);
        case SelectItem::Kind::Expression: return SqlFragments::aliased(ex(*i.expression, s), i.column.name(), kDialect);
        case SelectItem::Kind::NullOf: return "CAST(NULL AS " + typeOf(i.column.field) + ") AS " + q(i.column.name());
        case SelectItem::Kind::Mask: {
            std::string value = q(i.source);
            auto in = std::find_if(s.inputColumns.begin(), s.inputColumns.end(),
                                          [&](const PlanColumn &c) { return c.name() == i.source; });
            if (in == s.inputColumns.end() || in->field.type != FieldType::String)
                value = "CAST(" + value + " AS VARCHAR)";
            if (i.maskMethod == "partial")
                return "MASK_KEEP_RIGHT(" + value + ", " + std::to_string(i.keep) + ", '*', '*', '*', '*') AS "
                       + q(i.column.name());
            return "CASE WHEN " + q(i.source) + " IS NULL THEN CAST(NULL AS VARCHAR) ELSE '***' END AS "
                   + q(i.column.name());
        }
        }
        return {};
    }

    Printed select(const PlanStep &s)
    {
        std::vector<std::string> items;
        const std::string key = keyOf(s.input);
        m_keyOf[s.name] = key;
        if (s.selectAll) {
            items.push_back("*");
        } else {
            if (!key.empty())
                items.push_back(q(key));
            for (const auto &i : s.items) {
                if (i.kind == SelectItem::Kind::Mask && i.maskMethod == "hash")
                    return fail(s, "hash masking needs a SHA-256 function, which ksqlDB does not ship; use "
                                   "redact or partial, or export to Flink SQL");
                items.push_back(item(i, s));
            }
        }
        std::string sql = "CREATE STREAM " + q(s.name) + " AS\n  SELECT " + selectList(items) + "\n  FROM " + q(s.input);
        if (!s.where.empty())
            sql += "\n  WHERE " + SqlFragments::condition(s.where, kDialect, s.inputColumns);
        Printed p;
        p.statements.push_back(sql + "\n  EMIT CHANGES;");
        return p;
    }

    std::string window(const PlanStep &s)
    {
        const std::string grace = "GRACE PERIOD " + SqlDuration::ksql(s.graceMs);
        if (s.window == "hopping")
            return "WINDOW HOPPING (SIZE " + SqlDuration::ksql(s.sizeMs) + ", ADVANCE BY "
                   + SqlDuration::ksql(s.advanceMs) + ", " + grace + ")";
        if (s.window == "session")
            return "WINDOW SESSION (" + SqlDuration::ksql(s.gapMs) + ", " + grace + ")";
        return "WINDOW TUMBLING (SIZE " + SqlDuration::ksql(s.sizeMs) + ", " + grace + ")";
    }

    Printed aggregate(const PlanStep &s)
    {
        if (s.groupBy.empty())
            return fail(s, "a ksqlDB aggregation needs at least one group-by key; add one (e.g. a constant field "
                           "from a project) or export to Flink SQL");
        Printed p;
        if (s.processingTime)
            p.comments.push_back("ksqlDB windows by the record timestamp (ROWTIME), Pipewright by processing time.");
        std::vector<std::string> items, keys;
        for (const auto &k : s.groupBy) {
            // The group-by columns become the message key; AS_VALUE copies them
            // into the value so the records keep the columns Pipewright emits.
            items.push_back(ex(k.expression, s) + " AS " + q(k.column.name() + "_key"));
            items.push_back("AS_VALUE(" + ex(k.expression, s) + ") AS " + q(k.column.name()));
            keys.push_back(ex(k.expression, s));
        }
        for (const auto &a : s.aggregates) {
            std::string fn = a.function;
            std::transform(fn.begin(), fn.end(), fn.begin(), ::toupper);
            const std::string arg = a.expression ? ex(*a.expression, s) : "*";
            items.push_back(fn + "(" + arg + ") AS " + q(a.column.name()));
        }
        items.push_back("WINDOWSTART AS " + q("window_start"));
        items.push_back("WINDOWEND AS " + q("window_end"));
        p.statements.push_back("CREATE TABLE " + q(s.auxName) + " WITH (KAFKA_TOPIC=" + lit(s.name)
                               + ", KEY_FORMAT='JSON', VALUE_FORMAT='JSON') AS\n  SELECT " + selectList(items)
                               + "\n  FROM " + q(s.input) + "\n  " + window(s) + "\n  GROUP BY "
                               + selectList(keys) + "\n  EMIT CHANGES;");
        if (s.consumed) {
            // Downstream queries read the table's changelog as a stream of rows.
            p.statements.push_back("CREATE STREAM " + q(s.name) + " " + columnList(s.columns)
                                   + " WITH (KAFKA_TOPIC=" + lit(s.name) + ", VALUE_FORMAT='JSON');");
        }
        return p;
    }

    Printed latest(const PlanStep &s)
    {
        const std::string key = "CAST(" + ex(*s.key, s) + " AS VARCHAR)";
        std::vector<std::string> items{key + " AS " + q(s.keyColumn)};
        for (const auto &c : s.inputColumns)
            items.push_back("LATEST_BY_OFFSET(" + q(c.name()) + ", false) AS " + q(c.name()));
        Printed p;
        p.comments.push_back("Table side of the join: the latest record per key.");
        p.statements.push_back("CREATE TABLE " + q(s.name) + " AS\n  SELECT " + selectList(items) + "\n  FROM "
                               + q(s.input) + "\n  GROUP BY " + key + "\n  EMIT CHANGES;");
        return p;
    }

    Printed join(const PlanStep &s)
    {
        Printed p;
        std::vector<std::string> keyed;
        if (!keyOf(s.input).empty())
            keyed.push_back(q(keyOf(s.input)));
        for (const auto &c : s.inputColumns)
            keyed.push_back(q(c.name()));
        keyed.push_back("CAST(" + ex(*s.key, s) + " AS VARCHAR) AS " + q(s.keyColumn));
        p.statements.push_back("CREATE STREAM " + q(s.auxName) + " AS\n  SELECT " + selectList(keyed) + "\n  FROM "
                               + q(s.input) + "\n  EMIT CHANGES;");
        m_keyOf[s.name] = s.keyColumn;
        // ksqlDB requires the join key in the projection; it becomes the message key.
        std::vector<std::string> items{"s." + q(s.keyColumn) + " AS " + q(s.keyColumn)};
        for (const auto &jc : s.joinColumns)
            items.push_back((jc.fromTable ? "t." : "s.") + q(jc.source) + " AS " + q(jc.column.name()));
        p.statements.push_back("CREATE STREAM " + q(s.name) + " AS\n  SELECT " + selectList(items) + "\n  FROM "
                               + q(s.auxName) + " s\n  " + (s.joinType == "inner" ? "INNER JOIN " : "LEFT JOIN ")
                               + q(s.tableInput) + " t ON s." + q(s.keyColumn) + " = t." + q(s.keyColumn)
                               + "\n  EMIT CHANGES;");
        return p;
    }

    Printed model(const PlanStep &s)
    {
        const ModelCall &m = s.model;
        if (m_options.ksqlLlmUdf.empty())
            return fail(s, "ksqlDB has no LLM functions; export to Flink SQL, or name a deployed UDF "
                           "(--ksql-udf) that calls the model");
        if (m.task == ModelCall::Task::Embedding)
            return fail(s, "embeddings need an array-returning UDF, which the LLM UDF option does not cover; "
                           "export to Flink SQL");
        const std::string udf = m_options.ksqlLlmUdf;
        Printed p;
        p.comments.push_back("Needs the user-defined function " + udf
                             + "(model VARCHAR, system_prompt VARCHAR, prompt VARCHAR) RETURNS VARCHAR deployed "
                               "on the ksqlDB server.");
        const std::string call = udf + "(" + lit(m.model) + ", " + lit(m.systemPrompt) + ", "
                                 + SqlFragments::templateText(m.prompt, s.inputColumns, kDialect) + ")";
        std::vector<std::string> items;
        const std::string key = keyOf(s.input);
        m_keyOf[s.name] = key;
        m_keyOf[s.auxName] = key;
        if (!key.empty())
            items.push_back(q(key));
        for (const auto &c : s.inputColumns)
            items.push_back(q(c.name()));
        if (m.extractFields.empty()) {
            items.push_back(call + " AS " + q(m.outputColumn));
            p.statements.push_back("CREATE STREAM " + q(s.name) + " AS\n  SELECT " + selectList(items) + "\n  FROM "
                                   + q(s.input) + "\n  EMIT CHANGES;");
            return p;
        }
        // llm-extract: call once, then parse each field from the JSON answer.
        std::vector<std::string> raw = items;
        raw.push_back(call + " AS " + q(m.outputColumn));
        p.statements.push_back("CREATE STREAM " + q(s.auxName) + " AS\n  SELECT " + selectList(raw) + "\n  FROM "
                               + q(s.input) + "\n  EMIT CHANGES;");
        for (const auto &f : m.extractFields) {
            std::string value = "EXTRACTJSONFIELD(" + q(m.outputColumn) + ", " + lit("$." + f.name()) + ")";
            if (f.field.type != FieldType::String && f.field.type != FieldType::Unknown)
                value = "CAST(" + value + " AS " + typeOf(f.field) + ")";
            items.push_back(value + " AS " + q(f.name()));
        }
        p.statements.push_back("CREATE STREAM " + q(s.name) + " AS\n  SELECT " + selectList(items) + "\n  FROM "
                               + q(s.auxName) + "\n  EMIT CHANGES;");
        return p;
    }

    Printed sink(const PlanStep &s)
    {
        Printed p;
        std::vector<std::string> with{"KAFKA_TOPIC=" + lit(s.topic)};
        std::string keyDeclaration, keyColumn;
        if (s.sinkKey) {
            std::vector<PlanColumn> taken = s.columns;
            keyColumn = "kafka_key";
            for (int n = 2; std::any_of(taken.begin(), taken.end(), [&](const PlanColumn &c) { return c.name() == keyColumn; }); ++n)
                keyColumn = "kafka_key_" + std::to_string(n);
            keyDeclaration = q(keyColumn) + " VARCHAR KEY";
            with.push_back("KEY_FORMAT='KAFKA'");
        } else {
            // Persistent queries must project their input's key column, so a sink fed by
            // keyed streams (string sources, joins) declares that key too.
            for (const auto &in : s.sinkInputs) {
                const std::string key = keyOf(in.relation);
                if (key.empty())
                    continue;
                if (keyColumn.empty()) {
                    keyColumn = key;
                    keyDeclaration = q(keyColumn) + " VARCHAR KEY";
                    with.push_back("KEY_FORMAT='KAFKA'");
                } else if (key != keyColumn) {
                    Diagnostic d = notExpressible(s, "the inputs of this sink have different message keys ('" + keyColumn
                                                         + "', '" + key + "'); add a key expression to the sink");
                    m_diagnostics.push_back(d);
                }
            }
        }
        with.push_back(s.format == "string" ? "VALUE_FORMAT='KAFKA'"
                       : s.format == "avro"  ? "VALUE_FORMAT='AVRO'"
                                             : "VALUE_FORMAT='JSON'");
        if (s.format == "avro")
            p.comments.push_back(avroComment());
        with.push_back("PARTITIONS=" + std::to_string(m_options.partitions));
        std::vector<PlanColumn> values;
        for (const auto &c : s.columns)
            if (s.sinkKey || c.name() != keyColumn)
                values.push_back(c);
        p.statements.push_back("CREATE STREAM " + q(s.name) + " " + columnList(values, keyDeclaration) + " WITH ("
                               + SqlFragments::joinList(with, ", ") + ");");
        for (const auto &in : s.sinkInputs) {
            std::vector<std::string> items;
            std::string partition;
            if (s.sinkKey) {
                const std::string key = "CAST(" + ex(*s.sinkKey, s) + " AS VARCHAR)";
                items.push_back(key + " AS " + q(keyColumn));
                partition = "\n  PARTITION BY " + key;
            } else if (!keyColumn.empty()) {
                if (keyOf(in.relation) == keyColumn)
                    items.push_back(q(keyColumn));
                else {
                    items.push_back("CAST(NULL AS VARCHAR) AS " + q(keyColumn));
                    partition = "\n  PARTITION BY CAST(NULL AS VARCHAR)";
                }
            }
            for (const auto &i : in.items)
                if (s.sinkKey || i.column.name() != keyColumn) // an inherited key is not a value column
                    items.push_back(item(i, s));
            p.statements.push_back("INSERT INTO " + q(s.name) + "\n  SELECT " + selectList(items) + "\n  FROM "
                                   + q(in.relation) + partition + "\n  EMIT CHANGES;");
        }
        return p;
    }

    std::string keyOf(const std::string &relation) const
    {
        auto it = m_keyOf.find(relation);
        return it == m_keyOf.end() ? std::string() : it->second;
    }

    const ExportOptions &m_options;
    Diagnostics &m_diagnostics;
    /// The message-key column of each keyed relation printed so far.
    std::map<std::string, std::string> m_keyOf;
};

} // namespace

KsqlPrinter::KsqlPrinter(ExportOptions options)
    : m_options(std::move(options))
{
}

ExportResult KsqlPrinter::print(const RelationalPlan &plan) const
{
    Diagnostics diagnostics = plan.diagnostics;
    ScriptWriter writer;
    writer.header({"Pipewright export of pipeline '" + plan.pipelineName + "' for ksqlDB.",
                   "Generated: do not edit; change the pipeline and export again."});
    // ksqlDB has no per-source start position: one session setting covers every query.
    std::string reset;
    for (const auto &s : plan.steps) {
        if (s.kind != StepKind::Source)
            continue;
        const std::string wanted = s.startOffset == "earliest" ? "earliest" : "latest";
        if (reset.empty()) {
            reset = wanted;
        } else if (reset != wanted) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.code = "codegen-start-offset";
            d.nodeId = s.nodeId;
            d.message = "ksqlDB: every query starts at the same offset ('" + reset
                        + "', from the first source); this source's start offset is ignored";
            d.parameter = "startOffset";
            diagnostics.push_back(d);
        }
    }
    if (!reset.empty())
        writer.statement({}, {}, {"Where new persistent queries start reading."},
                         "SET 'auto.offset.reset' = " + lit(reset) + ";");
    Printer printer(m_options, diagnostics);
    for (const auto &s : plan.steps) {
        writer.step(s.nodeId, s.nodeKind, printer.step(s));
    }
    return writer.finish(std::move(diagnostics));
}

} // namespace codegen
