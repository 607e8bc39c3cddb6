#include "codegen/flinkprinter.h"

#include "codegen/scriptwriter.h"
#include "codegen/sqlduration.h"
#include "codegen/sqlfragments.h"
#include "codegen/sqlidentifiers.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace codegen {

using namespace pipeline;

namespace {

constexpr SqlDialect kDialect = SqlDialect::Flink;

std::string q(const std::string &name) { return SqlIdentifiers::quote(name, kDialect); }
std::string lit(const std::string &text) { return SqlIdentifiers::stringLiteral(text); }
// Typed by the step's input columns, so rules that depend on operand types apply
// (docs/expression-dialects.md).
std::string ex(const expr::Expression &e, const PlanStep &s) { return SqlFragments::expression(e, kDialect, s.inputColumns); }
std::string list(const std::vector<std::string> &items) { return SqlFragments::joinList(items, ", "); }

std::string scalarType(FieldType type)
{
    switch (type) {
    case FieldType::Boolean: return "BOOLEAN";
    case FieldType::Integer: return "BIGINT";
    case FieldType::Double: return "DOUBLE";
    case FieldType::Timestamp: return "BIGINT"; // epoch milliseconds, as in the records
    default: return "STRING";
    }
}

std::string typeOf(const Field &field, bool sqlTimestamp = false)
{
    if (field.type == FieldType::Timestamp && sqlTimestamp)
        return "TIMESTAMP(3)";
    if (field.type == FieldType::Array) {
        if (field.elementType == FieldType::Object && !field.children.empty()) {
            // An array of declared objects, e.g. vector-retrieve's hits: the children are the element's fields.
            Field element = field;
            element.type = FieldType::Object;
            return "ARRAY<" + typeOf(element) + ">";
        }
        return "ARRAY<" + scalarType(field.elementType) + ">";
    }
    if (field.type == FieldType::Object) {
        if (field.children.empty())
            return "STRING"; // an undeclared object: the JSON format reads it as text
        std::vector<std::string> members;
        for (const auto &child : field.children)
            members.push_back(q(child.name) + " " + typeOf(child));
        return "ROW<" + list(members) + ">";
    }
    return scalarType(field.type);
}

std::string typeOf(const PlanColumn &c) { return typeOf(c.field, c.sqlTimestamp); }

std::string withClause(const std::vector<std::pair<std::string, std::string>> &options)
{
    std::vector<std::string> lines;
    for (const auto &[key, value] : options)
        lines.push_back("  " + lit(key) + " = " + lit(value));
    return "WITH (\n" + SqlFragments::joinList(lines, ",\n") + "\n)";
}

std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

using Printed = PrintedStep;

class Printer {
public:
    Printer(const ExportOptions &options, const RelationalPlan &plan, Diagnostics &diagnostics)
        : m_options(options), m_diagnostics(diagnostics)
    {
        // Hidden time columns get names no user column has.
        std::set<std::string> names;
        for (const auto &s : plan.steps)
            for (const auto &c : s.columns)
                names.insert(c.name());
        auto freeName = [&](std::string base) {
            while (names.count(base))
                base += "_";
            return base;
        };
        m_eventTime = freeName("event_time");
        m_procTime = freeName("proc_time");
        m_rowNumber = freeName("row_num");
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
        case StepKind::Dedupe: return dedupe(s);
        case StepKind::Model: return model(s);
        case StepKind::Sink: return sink(s);
        case StepKind::VectorUpsert: return vectorUpsert(s);
        case StepKind::VectorRetrieve: return vectorRetrieve(s);
        case StepKind::Unsupported: {
            Printed p;
            p.unsupported = s.reason;
            return p;
        }
        }
        return {};
    }

private:
    // Avro tables name the production registry; without one the script keeps a
    // placeholder the deployment substitutes, and says so.
    std::string registryUrl(const PlanStep &s)
    {
        if (!m_options.schemaRegistryUrl.empty())
            return m_options.schemaRegistryUrl;
        diagnose(s, Severity::Warning, "codegen-schema-registry-url",
                 "no Schema Registry URL for the Avro topic '" + s.topic
                     + "': the script says ${SCHEMA_REGISTRY_URL}; export with --schema-registry-url URL");
        return "${SCHEMA_REGISTRY_URL}";
    }

    void diagnose(const PlanStep &s, Severity severity, const std::string &code, const std::string &message)
    {
        Diagnostic d;
        d.severity = severity;
        d.code = code;
        d.nodeId = s.nodeId;
        d.message = "Flink SQL: " + message;
        m_diagnostics.push_back(d);
    }

    Printed fail(const PlanStep &s, const std::string &reason)
    {
        diagnose(s, Severity::Error, "codegen-not-expressible", reason);
        Printed p;
        p.unsupported = "not expressible in Flink SQL: " + reason;
        return p;
    }

    /// The time attribute columns a relation carries, for explicit select lists.
    std::vector<std::string> hidden(const PlanStep &s, const std::string &qualifier = {}) const
    {
        std::vector<std::string> columns;
        if (s.eventTime)
            columns.push_back(qualifier + q(m_eventTime));
        if (s.procTime)
            columns.push_back(qualifier + q(m_procTime));
        return columns;
    }

    std::vector<std::pair<std::string, std::string>> kafkaOptions(const std::string &topic) const
    {
        return {{"connector", "kafka"}, {"topic", topic}, {"properties.bootstrap.servers", m_options.bootstrapServers}};
    }

    Printed source(const PlanStep &s)
    {
        Printed p;
        std::vector<std::string> lines;
        for (const auto &c : s.columns)
            lines.push_back("  " + q(c.name()) + " " + typeOf(c));
        if (!s.timestampField.empty())
            lines.push_back("  " + q(m_eventTime) + " AS TO_TIMESTAMP_LTZ(" + SqlIdentifiers::fieldPath(s.timestampField, kDialect) + ", 3)");
        else if (s.kafkaEventTime)
            lines.push_back("  " + q(m_eventTime) + " TIMESTAMP_LTZ(3) METADATA FROM 'timestamp'");
        if (s.procTime)
            lines.push_back("  " + q(m_procTime) + " AS PROCTIME()");
        if (s.eventTime)
            lines.push_back("  WATERMARK FOR " + q(m_eventTime) + " AS " + q(m_eventTime) + " - "
                            + SqlDuration::flinkInterval(s.watermarkDelayMs));
        auto options = kafkaOptions(s.topic);
        options.emplace_back("properties.group.id", s.consumerGroup);
        if (s.startOffset == "latest") {
            options.emplace_back("scan.startup.mode", "latest-offset");
        } else if (s.startOffset == "committed") {
            options.emplace_back("scan.startup.mode", "group-offsets");
            options.emplace_back("properties.auto.offset.reset", "earliest");
        } else {
            options.emplace_back("scan.startup.mode", "earliest-offset");
        }
        if (s.format == "string") {
            options.emplace_back("key.format", "raw");
            options.emplace_back("key.fields", "key");
            options.emplace_back("value.format", "raw");
            options.emplace_back("value.fields-include", "EXCEPT_KEY");
        } else if (s.format == "avro") {
            options.emplace_back("format", "avro-confluent");
            options.emplace_back("avro-confluent.url", registryUrl(s));
        } else {
            options.emplace_back("format", "json");
        }
        if (s.sampleGenerator)
            p.comments.push_back("Reads the topic the Pipewright sample generator would fill.");
        if (s.kafkaEventTime)
            p.comments.push_back("Event time is the Kafka record timestamp (a temporal join, or the fold of vector search hits, needs one).");
        p.statements.push_back("CREATE TABLE " + q(s.name) + " (\n" + SqlFragments::joinList(lines, ",\n") + "\n) "
                               + withClause(options) + ";");
        return p;
    }

    std::string item(const SelectItem &i, const std::vector<PlanColumn> &inputColumns)
    {
        switch (i.kind) {
        case SelectItem::Kind::Column: return SqlFragments::aliased(q(i.source), i.column.name(), kDialect);
        case SelectItem::Kind::Expression:
            return SqlFragments::aliased(SqlFragments::expression(*i.expression, kDialect, inputColumns), i.column.name(),
                                         kDialect);
        case SelectItem::Kind::NullOf: return "CAST(NULL AS " + typeOf(i.column) + ") AS " + q(i.column.name());
        case SelectItem::Kind::Mask: {
            std::string value = q(i.source);
            auto in = std::find_if(inputColumns.begin(), inputColumns.end(),
                                   [&](const PlanColumn &c) { return c.name() == i.source; });
            if (in == inputColumns.end() || in->field.type != FieldType::String)
                value = "CAST(" + value + " AS STRING)";
            if (i.maskMethod == "hash")
                return "SHA256(" + value + ") AS " + q(i.column.name());
            if (i.maskMethod == "partial") {
                // Every character that still has `keep` characters after it becomes '*'.
                const std::string pattern = i.keep > 0 ? "(?s).(?=.{" + std::to_string(i.keep) + "})" : "(?s).";
                return "REGEXP_REPLACE(" + value + ", " + lit(pattern) + ", '*') AS " + q(i.column.name());
            }
            return "CASE WHEN " + q(i.source) + " IS NULL THEN CAST(NULL AS STRING) ELSE '***' END AS "
                   + q(i.column.name());
        }
        }
        return {};
    }

    Printed select(const PlanStep &s)
    {
        std::vector<std::string> items;
        if (s.selectAll) {
            items.push_back("*");
        } else {
            for (const auto &i : s.items)
                items.push_back(item(i, s.inputColumns));
            for (const auto &h : hidden(s))
                items.push_back(h);
        }
        std::string sql = "CREATE VIEW " + q(s.name) + " AS\nSELECT " + list(items) + "\nFROM " + q(s.input);
        if (!s.where.empty())
            sql += "\nWHERE " + SqlFragments::condition(s.where, kDialect, s.inputColumns);
        Printed p;
        p.statements.push_back(sql + ";");
        return p;
    }

    Printed aggregate(const PlanStep &s)
    {
        const std::string time = q(s.processingTime ? m_procTime : m_eventTime);
        Printed p;
        std::vector<std::string> items, keys;
        for (const auto &k : s.groupBy) {
            items.push_back(SqlFragments::aliased(ex(k.expression, s), k.column.name(), kDialect));
            keys.push_back(ex(k.expression, s));
        }
        for (const auto &a : s.aggregates) {
            std::string fn = a.function;
            std::transform(fn.begin(), fn.end(), fn.begin(), ::toupper);
            std::string arg = a.expression ? ex(*a.expression, s) : "*";
            if (a.function == "avg") // Flink's AVG of BIGINT is BIGINT; Pipewright's avg is double
                arg = "CAST(" + arg + " AS DOUBLE)";
            items.push_back(fn + "(" + arg + ") AS " + q(a.column.name()));
        }
        diagnose(s, Severity::Info, "codegen-window-bounds",
                 "window_start and window_end are TIMESTAMP(3) values (text in JSON), not epoch milliseconds");
        std::string from;
        if (s.window == "session") {
            // Session window TVFs need Flink 1.19+; the group window works everywhere.
            const std::string gap = SqlDuration::flinkInterval(s.gapMs);
            items.push_back("SESSION_START(" + time + ", " + gap + ") AS " + q("window_start"));
            items.push_back("SESSION_END(" + time + ", " + gap + ") AS " + q("window_end"));
            keys.insert(keys.begin(), "SESSION(" + time + ", " + gap + ")");
            from = q(s.input);
        } else {
            items.push_back(q("window_start"));
            items.push_back(q("window_end"));
            keys.insert(keys.begin(), {q("window_start"), q("window_end")});
            if (s.window == "hopping")
                from = "TABLE(HOP(TABLE " + q(s.input) + ", DESCRIPTOR(" + time + "), "
                       + SqlDuration::flinkInterval(s.advanceMs) + ", " + SqlDuration::flinkInterval(s.sizeMs) + "))";
            else
                from = "TABLE(TUMBLE(TABLE " + q(s.input) + ", DESCRIPTOR(" + time + "), "
                       + SqlDuration::flinkInterval(s.sizeMs) + "))";
        }
        if (s.graceMs > 0)
            p.comments.push_back("The grace period is the watermark delay of the source table.");
        p.statements.push_back("CREATE VIEW " + q(s.name) + " AS\nSELECT " + list(items) + "\nFROM " + from
                               + "\nGROUP BY " + list(keys) + ";");
        return p;
    }

    Printed latest(const PlanStep &s)
    {
        if (!s.eventTime)
            return fail(s, "the table side of a join needs event time (a temporal join), but its input "
                           "has none, e.g. because it comes out of an aggregate");
        std::vector<std::string> columns{q(s.keyColumn)};
        for (const auto &c : s.inputColumns)
            columns.push_back(q(c.name()));
        for (const auto &h : hidden(s))
            columns.push_back(h);
        std::vector<std::string> keyed = columns;
        keyed.front() = "CAST(" + ex(*s.key, s) + " AS STRING) AS " + q(s.keyColumn);
        Printed p;
        p.comments.push_back("Table side of the join: a versioned view holding the latest row per key.");
        p.statements.push_back("CREATE VIEW " + q(s.name) + " AS\nSELECT " + list(columns) + "\nFROM (\n  SELECT *, ROW_NUMBER() OVER (PARTITION BY "
                               + q(s.keyColumn) + " ORDER BY " + q(m_eventTime) + " DESC) AS " + q(m_rowNumber)
                               + "\n  FROM (SELECT " + list(keyed) + " FROM " + q(s.input) + ") AS keyed\n) AS ranked\nWHERE "
                               + q(m_rowNumber) + " = 1;");
        return p;
    }

    Printed join(const PlanStep &s)
    {
        if (!s.eventTime)
            return fail(s, "a temporal join needs event time on the stream side, but its input has none");
        std::vector<std::string> items;
        for (const auto &jc : s.joinColumns)
            items.push_back(SqlFragments::aliased((jc.fromTable ? "t." : "s.") + q(jc.source), jc.column.name(), kDialect)
                                .substr(0));
        for (auto &i : items) {
            // "s.a AS a" reads better as "s.a".
            const auto as = i.find(" AS ");
            if (as != std::string::npos && i.substr(2, as - 2) == i.substr(as + 4))
                i = i.substr(0, as);
        }
        for (const auto &h : hidden(s, "s."))
            items.push_back(h);
        Printed p;
        p.comments.push_back("Temporal join: each stream row meets the table row valid at its event time.");
        p.statements.push_back("CREATE VIEW " + q(s.name) + " AS\nSELECT " + list(items) + "\nFROM (SELECT *, CAST("
                               + ex(*s.key, s) + " AS STRING) AS " + q(s.keyColumn) + " FROM " + q(s.input) + ") AS s\n"
                               + (s.joinType == "inner" ? "JOIN " : "LEFT JOIN ") + q(s.tableInput)
                               + " FOR SYSTEM_TIME AS OF s." + q(m_eventTime) + " AS t\nON s." + q(s.keyColumn)
                               + " = t." + q(s.keyColumn) + ";");
        return p;
    }

    Printed dedupe(const PlanStep &s)
    {
        if (!s.procTime)
            return fail(s, "deduplication needs a processing-time column on its input");
        std::vector<std::string> columns;
        for (const auto &c : s.inputColumns)
            columns.push_back(q(c.name()));
        for (const auto &h : hidden(s))
            columns.push_back(h);
        diagnose(s, Severity::Warning, "codegen-dedupe-window",
                 "Flink remembers keys until state expires, not for the node's window; set 'table.exec.state.ttl' = '"
                     + SqlDuration::flinkOption(s.windowMs) + "' for the job to bound it");
        Printed p;
        p.comments.push_back("Keeps the first row per key. Pipewright forgets a key after "
                             + SqlDuration::flinkOption(s.windowMs) + "; Flink when its state TTL expires.");
        p.statements.push_back("CREATE VIEW " + q(s.name) + " AS\nSELECT " + list(columns)
                               + "\nFROM (\n  SELECT *, ROW_NUMBER() OVER (PARTITION BY " + q(s.keyColumn)
                               + " ORDER BY " + q(m_procTime) + " ASC) AS " + q(m_rowNumber) + "\n  FROM (SELECT *, "
                               + ex(*s.key, s) + " AS " + q(s.keyColumn) + " FROM " + q(s.input)
                               + ") AS keyed\n) AS ranked\nWHERE " + q(m_rowNumber) + " = 1;");
        return p;
    }

    LlmEndpointExport endpoint(const std::string &profile) const
    {
        auto it = m_options.endpoints.find(profile);
        return it == m_options.endpoints.end() ? LlmEndpointExport{} : it->second;
    }

    Printed model(const PlanStep &s)
    {
        const ModelCall &m = s.model;
        const bool embedding = m.task == ModelCall::Task::Embedding;
        const LlmEndpointExport ep = endpoint(m.endpoint);
        const std::string url = embedding ? ep.embeddingsUrl : ep.chatUrl;
        std::string modelId = m.model;
        if (modelId.empty()) {
            modelId = SqlFragments::placeholder("LLM_MODEL");
            diagnose(s, Severity::Warning, "codegen-no-model",
                     "no model is set; the script names ${LLM_MODEL} for the deployment to fill in");
        }
        const std::string outputType = embedding ? "ARRAY<FLOAT>" : "STRING";
        const std::string output = q(m.outputColumn);
        Printed p;
        const std::string header = "CREATE MODEL " + q(m.modelName) + "\nINPUT (" + q(m.inputColumn) + " STRING)\nOUTPUT ("
                                   + output + " " + outputType + ")\n";
        if (m_options.confluentCloud) {
            const std::string connection = SqlIdentifiers::sanitize(m.endpoint + (embedding ? "_embeddings" : "_chat"));
            if (m_connections.insert(connection).second) {
                p.comments.push_back("Confluent Cloud connection of endpoint profile '" + m.endpoint + "'.");
                p.statements.push_back("CREATE CONNECTION " + q(connection) + "\n"
                                       + withClause({{"type", "openai"},
                                                     {"endpoint", url},
                                                     {"api-key", SqlFragments::placeholder(ep.apiKeyVariable)}})
                                       + ";");
            }
            std::vector<std::pair<std::string, std::string>> options{
                {"provider", "openai"},
                {"task", embedding ? "embedding" : (s.nodeKind == "llm-classify" ? "classification" : "text_generation")},
                {"openai.connection", connection},
                {"openai.model_version", modelId}};
            if (!m.systemPrompt.empty())
                options.emplace_back("openai.system_prompt", m.systemPrompt);
            if (m.temperature || m.maxTokens)
                diagnose(s, Severity::Info, "codegen-model-defaults",
                         "temperature and max tokens are left to the Confluent Cloud model's defaults");
            p.statements.push_back(header + withClause(options) + ";");
        } else {
            std::vector<std::pair<std::string, std::string>> options{
                {"provider", "openai"},
                {"endpoint", url},
                {"api-key", SqlFragments::placeholder(ep.apiKeyVariable)},
                {"model", modelId}};
            if (!m.systemPrompt.empty())
                options.emplace_back("system-prompt", m.systemPrompt);
            if (m.temperature)
                options.emplace_back("temperature", formatNumber(*m.temperature));
            if (m.maxTokens)
                options.emplace_back("max-tokens", std::to_string(*m.maxTokens));
            if (m.jsonResponse)
                options.emplace_back("response-format", "json_object");
            p.statements.push_back(header + withClause(options) + ";");
        }
        const std::string input = embedding ? "CAST(" + ex(*m.inputExpression, s) + " AS STRING)"
                                            : SqlFragments::templateText(m.prompt, s.inputColumns, kDialect);
        p.statements.push_back("CREATE VIEW " + q(s.auxName) + " AS\nSELECT *, " + input + " AS " + q(m.inputColumn)
                               + "\nFROM " + q(s.input) + ";");
        std::vector<std::string> items;
        for (const auto &c : s.inputColumns)
            items.push_back(q(c.name()));
        if (embedding && s.kind == StepKind::VectorRetrieve) {
            // A search query stays FLOAT like the vector table's column: VECTOR_SEARCH
            // only casts the query implicitly, and DOUBLE -> FLOAT is no implicit cast.
            items.push_back(output);
        } else if (embedding) {
            // The OpenAI model function returns FLOAT elements; Pipewright's embeddings are doubles.
            items.push_back("CAST(" + output + " AS ARRAY<DOUBLE>) AS " + output);
        } else if (m.extractFields.empty()) {
            items.push_back(output);
        } else {
            for (const auto &f : m.extractFields) {
                const std::string path = lit("$." + f.name());
                std::string value;
                if (f.field.type == FieldType::Object || f.field.type == FieldType::Array)
                    value = "JSON_QUERY(" + output + ", " + path + ")";
                else if (f.field.type == FieldType::String || f.field.type == FieldType::Unknown)
                    value = "JSON_VALUE(" + output + ", " + path + ")";
                else
                    value = "CAST(JSON_VALUE(" + output + ", " + path + ") AS " + typeOf(f.field) + ")";
                items.push_back(value + " AS " + q(f.name()));
            }
        }
        for (const auto &h : hidden(s))
            items.push_back(h);
        const std::string from = m_options.confluentCloud
            ? q(s.auxName) + ",\nLATERAL TABLE(ML_PREDICT(" + lit(m.modelName) + ", " + q(m.inputColumn) + "))"
            : "ML_PREDICT(TABLE " + q(s.auxName) + ", MODEL " + q(m.modelName) + ", DESCRIPTOR(" + q(m.inputColumn) + "))";
        p.statements.push_back("CREATE VIEW " + q(s.name) + " AS\nSELECT " + list(items) + "\nFROM " + from + ";");
        return p;
    }

    // --- vector search ---------------------------------------------------------
    // Open-source Flink 2.2: the VECTOR_SEARCH table function of FLIP-540 as the
    // Flink docs (docs/content/docs/dev/table/sql/queries/vector-search.md, release 2.2)
    // and its definition (SqlVectorSearchTableFunction) have it: LATERAL TABLE(VECTOR_SEARCH(
    // SEARCH_TABLE => TABLE t, COLUMN_TO_SEARCH => DESCRIPTOR(col), COLUMN_TO_QUERY => input.vector,
    // TOP_K => k)), an INTEGER literal k, the query implicitly castable to the column's type;
    // one output row per hit with the table's columns and `score` DOUBLE. Its table must come
    // from a connector with a VectorSearchTableSource: flink-connector-elasticsearch's
    // 'elasticsearch-8' (Elasticsearch8DynamicSource, which is also a sink).
    // Confluent Cloud for Apache Flink: VECTOR_SEARCH_AGG(table, DESCRIPTOR(col), input.vector, k)
    // over a read-only external table ('connector' = 'pinecone' | 'mongodb' | 'elastic', with a
    // CREATE CONNECTION), one row per record with the array `search_results`
    // (docs.confluent.io/cloud/current/ai/external-tables/vector-search.html and
    // .../flink/reference/functions/model-inference-functions.html, as of 2025-09).

    std::string vectorProvider(const PlanStep &s)
    {
        auto it = m_options.vectorStores.find(s.vectorTable.index);
        std::string provider = it == m_options.vectorStores.end() ? std::string() : it->second.provider;
        if (provider.empty())
            provider = m_options.confluentCloud ? "pinecone" : "elasticsearch";
        return provider;
    }

    // ${FLIGHTS_VECTOR_ENDPOINT} and the like: where the deployment puts the index's connection.
    static std::string vectorVariable(const VectorTable &t, const std::string &suffix)
    {
        std::string name = SqlIdentifiers::sanitize(t.index) + "_VECTOR_" + suffix;
        std::transform(name.begin(), name.end(), name.begin(), ::toupper);
        return SqlFragments::placeholder(name);
    }

    // The column lines of the vector table (or its documents topic): the embedding as
    // Flink's float vector (the stores' and the model functions'; Pipewright's are doubles).
    std::vector<std::string> vectorColumnLines(const VectorTable &t) const
    {
        std::vector<std::string> lines;
        for (const auto &c : t.columns)
            lines.push_back("  " + q(c.name()) + " " + (c.name() == t.embeddingColumn ? "ARRAY<FLOAT>" : typeOf(c)));
        return lines;
    }

    /// False (and an error naming the node) when the engine cannot search the chosen store.
    bool knownVectorStore(const PlanStep &s)
    {
        const std::string provider = vectorProvider(s);
        const std::set<std::string> known = m_options.confluentCloud
            ? std::set<std::string>{"pinecone", "mongodb", "elastic"}
            : std::set<std::string>{"elasticsearch"};
        if (known.count(provider))
            return true;
        diagnose(s, Severity::Error, "codegen-vector-store",
                 s.nodeKind + " '" + s.nodeId + "': vector store '" + provider + "' of index '" + s.vectorTable.index
                     + "' is not one "
                     + (m_options.confluentCloud ? "Confluent Cloud searches (pinecone, mongodb, elastic)"
                                                 : "open-source Flink can search (elasticsearch)"));
        return false;
    }

    static Printed noVectorStore(const PlanStep &s)
    {
        Printed p;
        p.unsupported = "no vector table for index '" + s.vectorTable.index + "' (see the diagnostics)";
        return p;
    }

    /// The index's table (and Confluent connection), once per script.
    void vectorTableStatements(const PlanStep &s, Printed &p)
    {
        const VectorTable &t = s.vectorTable;
        const std::string provider = vectorProvider(s);
        if (!m_vectorTables.insert(t.name).second)
            return;
        std::vector<std::string> lines = vectorColumnLines(t);
        std::vector<std::pair<std::string, std::string>> options;
        if (m_options.confluentCloud) {
            const std::string connection = SqlIdentifiers::sanitize(t.name + "_connection");
            std::vector<std::pair<std::string, std::string>> connectionOptions{
                {"type", provider}, {"endpoint", vectorVariable(t, "ENDPOINT")}};
            if (provider == "mongodb") {
                connectionOptions.emplace_back("username", vectorVariable(t, "USERNAME"));
                connectionOptions.emplace_back("password", vectorVariable(t, "PASSWORD"));
            } else {
                connectionOptions.emplace_back("api-key", vectorVariable(t, "API_KEY"));
            }
            p.comments.push_back("Vector index '" + t.index + "': a read-only " + provider
                                 + " external table of Confluent Cloud, searched with VECTOR_SEARCH_AGG.");
            p.statements.push_back("CREATE CONNECTION " + q(connection) + "\n" + withClause(connectionOptions) + ";");
            options = {{"connector", provider}, {provider + ".connection", connection}};
            if (provider == "mongodb") {
                options.emplace_back("mongodb.database", vectorVariable(t, "DATABASE"));
                options.emplace_back("mongodb.collection", t.index);
                options.emplace_back("mongodb.index", t.index);
            } else if (provider == "elastic") {
                options.emplace_back("elastic.index", t.index);
            }
            if (provider != "elastic")
                options.emplace_back(provider + ".embedding_column", t.embeddingColumn);
        } else {
            // The id is the document id, so a second upsert of an id replaces the entry.
            lines.push_back("  PRIMARY KEY (" + q(t.columns.front().name()) + ") NOT ENFORCED");
            p.comments.push_back("Vector index '" + t.index
                                 + "' in Elasticsearch (flink-connector-elasticsearch 'elasticsearch-8': a sink, and "
                                   "a source that Flink 2.2's VECTOR_SEARCH can search).");
            options = {{"connector", "elasticsearch-8"},
                       {"hosts", vectorVariable(t, "HOSTS")},
                       {"index", t.index},
                       {"username", vectorVariable(t, "USERNAME")},
                       {"password", vectorVariable(t, "PASSWORD")}};
        }
        p.statements.push_back("CREATE TABLE " + q(t.name) + " (\n" + SqlFragments::joinList(lines, ",\n") + "\n) "
                               + withClause(options) + ";");
    }

    Printed vectorUpsert(const PlanStep &s)
    {
        const VectorTable &t = s.vectorTable;
        if (!knownVectorStore(s))
            return noVectorStore(s);
        Printed p;
        std::string target = t.name;
        if (m_options.confluentCloud) {
            // External tables are read-only: the documents go to a topic that a sink
            // connector moves into the store, the way a database sink's rows do.
            const std::string provider = vectorProvider(s);
            diagnose(s, Severity::Info, "codegen-vector-documents",
                     "Confluent Cloud cannot write to the " + provider + " external table of index '" + t.index
                         + "': the documents go to topic '" + s.topic + "', for a " + provider
                         + " sink connector to move into the index");
            std::vector<std::string> lines = vectorColumnLines(t);
            auto options = kafkaOptions(s.topic);
            options.emplace_back("format", "json");
            p.comments.push_back("Documents of vector index '" + t.index + "' for a " + provider
                                 + " sink connector (Confluent Cloud's external tables are read-only).");
            p.statements.push_back("CREATE TABLE " + q(s.name) + " (\n" + SqlFragments::joinList(lines, ",\n") + "\n) "
                                   + withClause(options) + ";");
            target = s.name;
        } else {
            vectorTableStatements(s, p);
        }
        for (const auto &in : s.sinkInputs) {
            std::vector<std::string> items;
            for (std::size_t c = 0; c < in.items.size(); ++c) {
                const SelectItem &i = in.items[c];
                const std::string name = i.column.name();
                std::string value = i.kind == SelectItem::Kind::Expression ? ex(*i.expression, s) : "NULL";
                if (c < 2) // id and text are text in every store
                    value = "CAST(" + value + " AS STRING)";
                else if (name == t.embeddingColumn && c == 2)
                    value = "CAST(" + value + " AS ARRAY<FLOAT>)";
                items.push_back(SqlFragments::aliased(value, name, kDialect));
            }
            p.statements.push_back("INSERT INTO " + q(target) + "\nSELECT " + list(items) + "\nFROM " + q(in.relation) + ";");
        }
        return p;
    }

    // The store's score for a cosine similarity: Elasticsearch and MongoDB Atlas
    // report (1 + cosine) / 2, Pinecone the cosine itself.
    double storeScore(const std::string &provider, double cosine) const
    {
        return provider == "pinecone" ? cosine : (1.0 + cosine) / 2.0;
    }

    Printed vectorRetrieve(const PlanStep &s)
    {
        const VectorTable &t = s.vectorTable;
        const VectorSearch &v = s.vectorSearch;
        if (!v.inputEventTime)
            return fail(s, "folding the hits back into one row per record needs event time on the input, "
                           "but it has none, e.g. because it comes out of an aggregate");
        if (!knownVectorStore(s))
            return noVectorStore(s);
        Printed p;
        vectorTableStatements(s, p);
        // The query embedding: the same CREATE MODEL + ML_PREDICT as an embed step.
        PlanStep query = s;
        query.name = v.queryName;
        query.eventTime = v.inputEventTime;
        query.procTime = v.inputProcTime;
        Printed embedded = model(query);
        for (auto &c : embedded.comments)
            p.comments.push_back(std::move(c));
        for (auto &statement : embedded.statements)
            p.statements.push_back(std::move(statement));

        // One row per hit: the record's columns, the hit's as hit_<name>, the event time.
        std::set<std::string> taken;
        for (const auto &c : s.inputColumns)
            taken.insert(c.name());
        std::vector<std::string> hitNames;
        for (const auto &c : v.hitColumns) {
            std::string name = "hit_" + c.name();
            while (taken.count(name))
                name += "_";
            taken.insert(name);
            hitNames.push_back(name);
        }
        const bool confluent = m_options.confluentCloud;
        const std::string row = confluent ? "r." : "q.";
        std::vector<std::string> items;
        for (const auto &c : s.inputColumns)
            items.push_back(row + q(c.name()));
        for (std::size_t i = 0; i < v.hitColumns.size(); ++i)
            items.push_back("h." + q(v.hitColumns[i].name()) + " AS " + q(hitNames[i]));
        items.push_back(row + q(m_eventTime));
        const std::string queryVector = "q." + q(s.model.outputColumn);
        const std::string k = std::to_string(v.k);
        std::string from;
        if (confluent) {
            std::vector<std::string> fields;
            for (const auto &c : t.columns)
                fields.push_back(q(c.name()));
            fields.push_back(q("score"));
            from = "(\n  SELECT q.*, v." + q("search_results") + "\n  FROM " + q(v.queryName) + " AS q,\n  LATERAL TABLE(VECTOR_SEARCH_AGG("
                   + q(t.name) + ", DESCRIPTOR(" + q(t.embeddingColumn) + "), " + queryVector + ", " + k
                   + ")) AS v\n) AS r\nCROSS JOIN UNNEST(r." + q("search_results") + ") AS h(" + list(fields) + ")";
        } else {
            // Named arguments: the docs page's positional example puts the query before the
            // descriptor, the function (SqlVectorSearchTableFunction) takes it after; names
            // mean the same in both readings.
            from = q(v.queryName) + " AS q,\nLATERAL TABLE(VECTOR_SEARCH(\n  SEARCH_TABLE => TABLE " + q(t.name)
                   + ",\n  COLUMN_TO_SEARCH => DESCRIPTOR(" + q(t.embeddingColumn) + "),\n  COLUMN_TO_QUERY => "
                   + queryVector + ",\n  TOP_K => " + k + ")) AS h";
        }
        p.statements.push_back("CREATE VIEW " + q(v.hitsName) + " AS\nSELECT " + list(items) + "\nFROM " + from + ";");

        // Folded back per record by a window on the record's own event time (all its
        // hits share it), into the node's own shape: {id, score, text, metadata} per hit,
        // metadata as a JSON object of the metadata columns; the hits keep the order the
        // store returned them in, best first.
        auto hit = [&](const std::string &column) {
            for (std::size_t i = 0; i < v.hitColumns.size(); ++i)
                if (v.hitColumns[i].name() == column)
                    return q(hitNames[i]);
            return std::string("CAST(NULL AS STRING)");
        };
        std::vector<std::string> metadata;
        for (std::size_t i = 2; i + 1 < v.hitColumns.size(); ++i) // after id and text, before score
            metadata.push_back(lit(v.hitColumns[i].name()) + " VALUE " + q(hitNames[i]));
        const std::string metadataJson = metadata.empty() ? "'{}'" : "JSON_OBJECT(" + list(metadata) + ")";
        // Hits under the minimum score become NULL, which the aggregates skip.
        const std::string provider = vectorProvider(s);
        const std::string kept = "CASE WHEN " + q(hitNames.back()) + " >= " + formatNumber(storeScore(provider, v.minScore))
                                 + " THEN ";
        std::vector<std::string> keys, fold;
        for (const auto &c : s.inputColumns)
            if (c.name() != v.outputColumn && c.name() != v.contextTextColumn) // replaced by the node's output
                keys.push_back(q(c.name()));
        fold = keys;
        for (const auto &c : s.columns) {
            if (c.name() == v.outputColumn) {
                std::vector<std::string> values;
                for (const auto &child : c.field.children)
                    values.push_back(child.name == "metadata" ? metadataJson : hit(child.name));
                Field element = c.field;
                element.type = FieldType::Object;
                fold.push_back("ARRAY_AGG(" + kept + "CAST(ROW(" + list(values) + ") AS " + typeOf(element)
                               + ") END IGNORE NULLS) AS " + q(v.outputColumn));
            } else if (c.name() == v.contextTextColumn) {
                fold.push_back("LISTAGG(" + kept + "CONCAT(COALESCE(" + hit("text") + ", ''), ' (id: ', COALESCE(" + hit("id")
                               + ", ''), ', score: ', CAST(" + q(hitNames.back()) + " AS STRING)"
                               + (metadata.empty() ? "" : ", ', metadata: ', " + metadataJson) + ", ')') END, "
                               + lit("\n") + ") AS " + q(v.contextTextColumn));
            }
        }
        diagnose(s, Severity::Info, "codegen-vector-fold",
                 "the hits of each record are gathered by a 1-second event-time window, so a record leaves "
                 "once the watermark passes it; a record without hits is dropped (Pipewright passes it on "
                 "with an empty context), and scores are the store's (minimum "
                     + formatNumber(storeScore(provider, v.minScore)) + " for cosine " + formatNumber(v.minScore) + ")");
        keys.insert(keys.begin(), {q("window_start"), q("window_end")});
        p.statements.push_back("CREATE VIEW " + q(s.name) + " AS\nSELECT " + list(fold) + "\nFROM TABLE(TUMBLE(TABLE "
                               + q(v.hitsName) + ", DESCRIPTOR(" + q(m_eventTime) + "), INTERVAL '1' SECOND))\nGROUP BY "
                               + list(keys) + ";");
        return p;
    }

    Printed sink(const PlanStep &s)
    {
        Printed p;
        std::vector<std::string> lines;
        std::string keyColumn;
        if (s.sinkKey) {
            keyColumn = "kafka_key";
            for (int n = 2; std::any_of(s.columns.begin(), s.columns.end(), [&](const PlanColumn &c) { return c.name() == keyColumn; }); ++n)
                keyColumn = "kafka_key_" + std::to_string(n);
            lines.push_back("  " + q(keyColumn) + " STRING");
        }
        for (const auto &c : s.columns)
            lines.push_back("  " + q(c.name()) + " " + typeOf(c));
        auto options = kafkaOptions(s.topic);
        const std::string valueFormat = s.format == "string" ? "raw" : s.format == "avro" ? "avro-confluent" : "json";
        if (s.sinkKey) {
            options.emplace_back("key.format", "raw");
            options.emplace_back("key.fields", keyColumn);
            options.emplace_back("value.format", valueFormat);
            if (s.format == "avro")
                options.emplace_back("value.avro-confluent.url", registryUrl(s));
            options.emplace_back("value.fields-include", "EXCEPT_KEY");
        } else {
            options.emplace_back("format", valueFormat);
            if (s.format == "avro")
                options.emplace_back("avro-confluent.url", registryUrl(s));
        }
        p.statements.push_back("CREATE TABLE " + q(s.name) + " (\n" + SqlFragments::joinList(lines, ",\n") + "\n) "
                               + withClause(options) + ";");
        for (const auto &in : s.sinkInputs) {
            std::vector<std::string> items;
            if (s.sinkKey)
                items.push_back("CAST(" + ex(*s.sinkKey, s) + " AS STRING) AS " + q(keyColumn));
            for (const auto &i : in.items)
                items.push_back(item(i, {}));
            p.statements.push_back("INSERT INTO " + q(s.name) + "\nSELECT " + list(items) + "\nFROM " + q(in.relation) + ";");
        }
        return p;
    }

    const ExportOptions &m_options;
    Diagnostics &m_diagnostics;
    std::string m_eventTime;
    std::string m_procTime;
    std::string m_rowNumber;
    std::set<std::string> m_connections;
    std::set<std::string> m_vectorTables;
};

} // namespace

FlinkPrinter::FlinkPrinter(ExportOptions options)
    : m_options(std::move(options))
{
}

ExportResult FlinkPrinter::print(const RelationalPlan &plan) const
{
    Diagnostics diagnostics = plan.diagnostics;
    ScriptWriter writer;
    std::vector<std::string> header{"Pipewright export of pipeline '" + plan.pipelineName + "' for Flink SQL.",
                                    m_options.confluentCloud
                                        ? "Models use Confluent Cloud's provider options."
                                        : "Models use open-source Flink 2.1+ syntax (CREATE MODEL, ML_PREDICT)."};
    if (std::any_of(plan.steps.begin(), plan.steps.end(), [](const PlanStep &s) {
            return s.kind == StepKind::VectorUpsert || s.kind == StepKind::VectorRetrieve;
        }))
        header.push_back(m_options.confluentCloud
                             ? "Vector search uses Confluent Cloud's VECTOR_SEARCH_AGG over external tables."
                             : "Vector search uses Flink 2.2's VECTOR_SEARCH over Elasticsearch (flink-connector-elasticsearch).");
    header.push_back("Generated: do not edit; change the pipeline and export again.");
    writer.header(header);
    if (SqlFragments::usesSessionTimeZone(plan))
        writer.statement({}, {}, {"Time functions read and write UTC wall-clock time (docs/expression-functions.md)."},
                         "SET 'table.local-time-zone' = 'UTC';");
    Printer printer(m_options, plan, diagnostics);
    for (const auto &s : plan.steps) {
        writer.step(s.nodeId, s.nodeKind, printer.step(s));
    }
    return writer.finish(std::move(diagnostics));
}

} // namespace codegen
