#include "codegen/sqlplanner.h"

#include "codegen/sqlduration.h"
#include "codegen/sqlidentifiers.h"

#include "pipeline/core/catalog.h"
#include "pipeline/core/connectortemplate.h"
#include "pipeline/core/databasetable.h"
#include "pipeline/core/graphvalidator.h"
#include "pipeline/core/schemaparameter.h"
#include "pipeline/core/templateplaceholders.h"

#include <algorithm>
#include <map>
#include <set>

namespace codegen {

using namespace pipeline;

namespace {

Diagnostic makeDiagnostic(Severity severity, std::string code, const Node &node, std::string message,
                          std::string parameter = {})
{
    Diagnostic d;
    d.severity = severity;
    d.code = std::move(code);
    d.nodeId = node.id;
    d.message = std::move(message);
    d.parameter = std::move(parameter);
    return d;
}

Field makeField(std::string name, FieldType type)
{
    Field f;
    f.name = std::move(name);
    f.type = type;
    return f;
}

std::string itemString(const nlohmann::json &item, const char *key, std::string fallback = {})
{
    if (item.is_object()) {
        auto it = item.find(key);
        if (it != item.end() && it->is_string())
            return it->get<std::string>();
    }
    return fallback;
}

const nlohmann::json &arrayParameter(const Node &node, std::string_view key)
{
    static const nlohmann::json empty = nlohmann::json::array();
    const nlohmann::json *value = node.parameter(key);
    return value && value->is_array() ? *value : empty;
}

template <typename T>
std::optional<T> numberParameter(const Node &node, std::string_view key)
{
    const nlohmann::json *value = node.parameter(key);
    if (value && value->is_number())
        return value->get<T>();
    return std::nullopt;
}

std::vector<PlanColumn> columnsOf(const Schema &schema)
{
    std::vector<PlanColumn> columns;
    columns.reserve(schema.fields.size());
    for (const Field &f : schema.fields)
        columns.push_back(PlanColumn{f, false});
    return columns;
}

Schema schemaOf(const std::vector<PlanColumn> &columns)
{
    Schema schema;
    for (const auto &c : columns)
        schema.fields.push_back(c.field);
    return schema;
}

const PlanColumn *findColumn(const std::vector<PlanColumn> &columns, std::string_view name)
{
    for (const auto &c : columns)
        if (c.name() == name)
            return &c;
    return nullptr;
}

/// A column name not used by `columns`: base, base_2, ...
std::string freeColumnName(const std::vector<PlanColumn> &columns, const std::string &base)
{
    std::string candidate = base;
    for (int n = 2; findColumn(columns, candidate); ++n)
        candidate = base + "_" + std::to_string(n);
    return candidate;
}

std::vector<TemplatePart> templateParts(std::string_view text)
{
    std::vector<TemplatePart> parts;
    std::size_t pos = 0;
    for (const auto &p : scanPlaceholders(text)) {
        if (p.offset > pos)
            parts.push_back({false, std::string(text.substr(pos, p.offset - pos))});
        parts.push_back({true, p.field});
        pos = p.offset + p.length;
    }
    if (pos < text.size())
        parts.push_back({false, std::string(text.substr(pos))});
    return parts;
}

/// A dotted field path as expression text with every segment double-quoted, so
/// reserved words and odd names stay field references.
std::string quotedPath(const std::string &dotted)
{
    std::string text;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = dotted.find('.', start);
        const std::string segment = dotted.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        std::string quoted = "\"";
        for (char ch : segment)
            quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        text += (text.empty() ? "" : ".") + quoted + "\"";
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    return text;
}

/// Event-time and processing-time needs of one source, collected from the
/// windows, joins and dedupes downstream of it.
struct SourceTime {
    std::string field;      // epoch-millis field that defines event time
    bool anyEventTime = false; // a join needs event time; Kafka's timestamp will do
    bool processingTime = false;
    std::int64_t delayMs = 0;  // watermark delay: the largest grace downstream
};

struct RelationTime {
    bool eventTime = false;
    bool procTime = false;
};

class PlanBuilder {
public:
    PlanBuilder(const Graph &graph, const ExportOptions &options)
        : m_graph(graph), m_options(options), m_validation(validateGraph(graph))
    {
    }

    RelationalPlan run()
    {
        // Graph::edgesInto/edgesFrom scan all edges; index them once (edge-id order kept).
        for (const auto &[id, edge] : m_graph.edges()) {
            m_into[edge.to.node].push_back(&edge);
            m_from[edge.from.node].push_back(&edge);
        }
        m_plan.pipelineName = m_graph.name;
        for (const auto &d : m_validation.diagnostics)
            if (d.severity == Severity::Error)
                m_plan.diagnostics.push_back(d);
        order();
        nameRelations();
        collectTimeNeeds();
        for (const Node *node : m_order)
            planNode(*node);
        return std::move(m_plan);
    }

private:
    // --- graph walking --------------------------------------------------

    std::vector<const Edge *> edgesInto(const std::string &node, std::string_view port = {}) const
    {
        std::vector<const Edge *> result;
        if (auto it = m_into.find(node); it != m_into.end())
            for (const Edge *e : it->second)
                if (port.empty() || e->to.port == port)
                    result.push_back(e);
        return result;
    }

    std::vector<const Edge *> edgesFrom(const std::string &node, std::string_view port = {}) const
    {
        std::vector<const Edge *> result;
        if (auto it = m_from.find(node); it != m_from.end())
            for (const Edge *e : it->second)
                if (port.empty() || e->from.port == port)
                    result.push_back(e);
        return result;
    }

    void order()
    {
        // Kahn's algorithm with an ordered ready set: inputs first, ties by id.
        std::map<std::string, int, std::less<>> indegree;
        for (const auto &[id, node] : m_graph.nodes())
            indegree[id] = 0;
        for (const auto &[id, edge] : m_graph.edges())
            if (indegree.count(edge.from.node) && indegree.count(edge.to.node))
                ++indegree[edge.to.node];
        std::set<std::string> ready;
        for (const auto &[id, n] : indegree)
            if (n == 0)
                ready.insert(id);
        while (!ready.empty()) {
            const std::string id = *ready.begin();
            ready.erase(ready.begin());
            m_order.push_back(m_graph.node(id));
            for (const Edge *edge : edgesFrom(id)) {
                auto it = indegree.find(edge->to.node);
                if (it != indegree.end() && --it->second == 0)
                    ready.insert(it->first);
            }
        }
        for (const auto &[id, n] : indegree) {
            if (n > 0) {
                m_plan.diagnostics.push_back(makeDiagnostic(Severity::Error, "codegen-cycle", *m_graph.node(id),
                                                            "the node is part of a cycle; SQL queries cannot feed themselves"));
            }
        }
    }

    std::vector<std::string> outputPorts(const Node &node) const
    {
        std::vector<std::string> ports;
        if (const NodeType *type = Catalog::builtin().find(node.kind))
            for (const auto &p : type->outputPorts(node))
                ports.push_back(p.key);
        return ports;
    }

    void nameRelations()
    {
        for (const Node *node : m_order) {
            const auto ports = outputPorts(*node);
            for (const auto &port : ports) {
                const std::string base = ports.size() == 1 ? node->id : node->id + "_" + port;
                m_relationOf[PortRef{node->id, port}] = m_names.claim(base);
            }
        }
    }

    /// The relation feeding `port` of `node` (first edge by id), or empty.
    std::string inputRelation(const Node &node, std::string_view port) const
    {
        for (const Edge *edge : edgesInto(node.id, port)) {
            auto it = m_relationOf.find(edge->from);
            if (it != m_relationOf.end() && m_planned.count(it->second))
                return it->second;
        }
        return {};
    }

    /// The distinct planned relations feeding a sink's 'in' port, in edge order.
    std::vector<std::string> inputRelations(const Node &node) const
    {
        std::vector<std::string> inputs;
        for (const Edge *edge : edgesInto(node.id, "in")) {
            auto it = m_relationOf.find(edge->from);
            if (it != m_relationOf.end() && m_planned.count(it->second)
                && std::find(inputs.begin(), inputs.end(), it->second) == inputs.end())
                inputs.push_back(it->second);
        }
        return inputs;
    }

    /// Sources feeding `port` of `node` (a join passes on its stream side only).
    std::set<std::string> upstreamSources(const Node &node, std::string_view port)
    {
        std::set<std::string> sources;
        for (const Edge *edge : edgesInto(node.id, port)) {
            const auto &up = sourcesOf(edge->from.node);
            sources.insert(up.begin(), up.end());
        }
        return sources;
    }

    /// Memoised, in topological order, so the walk stays linear on large graphs.
    const std::set<std::string> &sourcesOf(const std::string &id)
    {
        if (auto it = m_sourcesOf.find(id); it != m_sourcesOf.end())
            return it->second;
        std::set<std::string> sources;
        m_sourcesOf[id]; // a cycle ends here instead of recursing forever
        if (const Node *n = m_graph.node(id)) {
            if (n->kind == "kafka-source" || n->kind == "sample-source" || n->kind == "connect-source")
                sources.insert(id);
            else
                sources = upstreamSources(*n, n->kind == "join" ? "stream" : std::string_view{});
        }
        return m_sourcesOf[id] = std::move(sources);
    }

    const Schema *outputSchema(const Node &node, const std::string &port) const
    {
        auto it = m_validation.outputSchemas.find(PortRef{node.id, port});
        return it == m_validation.outputSchemas.end() ? nullptr : &it->second;
    }

    void collectTimeNeeds()
    {
        for (const Node *node : m_order) {
            if (node->kind == "kafka-source" || node->kind == "connect-source") {
                const std::string field = node->stringParameter("timestampField");
                if (!field.empty())
                    m_sourceTime[node->id].field = field;
            }
        }
        for (const Node *node : m_order) {
            if (node->kind == "aggregate") {
                const std::string timeField = node->stringParameter("timeField");
                const auto grace = SqlDuration::parseMillis(node->stringParameter("grace", "0s")).value_or(0);
                for (const auto &sourceId : upstreamSources(*node, "in")) {
                    SourceTime &t = m_sourceTime[sourceId];
                    if (timeField.empty()) {
                        t.processingTime = true;
                        continue;
                    }
                    const Schema *schema = outputSchema(*m_graph.node(sourceId), "out");
                    if (!schema || !schema->find(timeField)) {
                        m_plan.diagnostics.push_back(makeDiagnostic(
                            Severity::Error, "codegen-time-field", *node,
                            "time field '" + timeField + "' must be a field of source '" + sourceId
                                + "' so the SQL engine can assign event time there",
                            "timeField"));
                        continue;
                    }
                    if (!t.field.empty() && t.field != timeField) {
                        m_plan.diagnostics.push_back(makeDiagnostic(
                            Severity::Error, "codegen-time-field", *node,
                            "source '" + sourceId + "' already uses '" + t.field
                                + "' as event time; a SQL table has one event-time column",
                            "timeField"));
                        continue;
                    }
                    t.field = timeField;
                    t.delayMs = std::max(t.delayMs, grace);
                }
            } else if (node->kind == "join") {
                for (const char *port : {"stream", "table"})
                    for (const auto &sourceId : upstreamSources(*node, port))
                        m_sourceTime[sourceId].anyEventTime = true;
            } else if (node->kind == "dedupe") {
                for (const auto &sourceId : upstreamSources(*node, "in"))
                    m_sourceTime[sourceId].processingTime = true;
            } else if (node->kind == "vector-retrieve") {
                // The search gives one row per hit; an event-time window folds them back per record.
                for (const auto &sourceId : upstreamSources(*node, "in"))
                    m_sourceTime[sourceId].anyEventTime = true;
            }
        }
    }

    // --- steps -----------------------------------------------------------

    void add(PlanStep step)
    {
        if (!step.name.empty()) {
            m_planned.insert(step.name);
            m_columns[step.name] = step.columns;
            m_time[step.name] = RelationTime{step.eventTime, step.procTime};
        }
        m_plan.steps.push_back(std::move(step));
    }

    PlanStep start(const Node &node, StepKind kind, const std::string &port = "out")
    {
        PlanStep step;
        step.kind = kind;
        step.nodeId = node.id;
        step.nodeKind = node.kind;
        auto it = m_relationOf.find(PortRef{node.id, port});
        if (it != m_relationOf.end())
            step.name = it->second;
        return step;
    }

    /// Binds step.input to the relation on `port`; false (and an Unsupported step) when unconnected.
    bool bindInput(const Node &node, PlanStep &step, std::string_view port = "in")
    {
        step.input = inputRelation(node, port);
        if (!step.input.empty()) {
            step.inputColumns = m_columns[step.input];
            step.eventTime = m_time[step.input].eventTime;
            step.procTime = m_time[step.input].procTime;
            return true;
        }
        unsupported(node, step, "input '" + std::string(port) + "' is not connected", "codegen-unconnected");
        return false;
    }

    void unsupported(const Node &node, PlanStep &step, const std::string &reason, const std::string &code)
    {
        m_plan.diagnostics.push_back(makeDiagnostic(Severity::Error, code, node, reason));
        step.kind = StepKind::Unsupported;
        step.reason = reason;
        add(std::move(step));
    }

    std::optional<expr::Expression> expression(const Node &node, const std::string &text, const std::string &parameter)
    {
        auto parsed = expr::parse(text);
        if (parsed.ok())
            return parsed.expression;
        Diagnostic d = makeDiagnostic(Severity::Error, "codegen-expression", node,
                                      parsed.error ? parsed.error->message : "invalid expression", parameter);
        if (parsed.error)
            d.span = parsed.error->span;
        m_plan.diagnostics.push_back(std::move(d));
        return std::nullopt;
    }

    FieldType typeOf(const expr::Expression &e, const std::vector<PlanColumn> &columns) const
    {
        return expr::typeCheck(e, schemaOf(columns)).type;
    }

    void planNode(const Node &node)
    {
        const std::string &k = node.kind;
        if (k == "kafka-source" || k == "sample-source" || k == "connect-source")
            planSource(node);
        else if (k == "filter")
            planFilter(node);
        else if (k == "project")
            planProject(node);
        else if (k == "route")
            planRoute(node);
        else if (k == "validate")
            planValidate(node);
        else if (k == "mask")
            planMask(node);
        else if (k == "aggregate")
            planAggregate(node);
        else if (k == "join")
            planJoin(node);
        else if (k == "dedupe")
            planDedupe(node);
        else if (k == "llm-prompt" || k == "llm-classify" || k == "llm-extract" || k == "embed")
            planModel(node);
        else if (k == "kafka-sink" || k == "dead-letter" || k == "connect-sink")
            planSink(node);
        else if (k == "database-sink")
            planDatabaseSink(node);
        else if (k == "vector-upsert")
            planVectorUpsert(node);
        else if (k == "vector-retrieve")
            planVectorRetrieve(node);
        else {
            PlanStep step = start(node, StepKind::Unsupported);
            unsupported(node, step, "node kind '" + k + "' has no SQL equivalent", "codegen-unknown-kind");
        }
    }

    // --- vector index (seed 004) ---------------------------------------------

    /// The embed node upstream of `node` that computes `field`, nearest first; null when none.
    const Node *embedNodeFeeding(const Node &node, const std::string &field) const
    {
        std::vector<std::string> frontier{node.id};
        std::set<std::string> seen{node.id};
        while (!frontier.empty()) {
            std::vector<std::string> next;
            for (const auto &id : frontier)
                for (const Edge *edge : edgesInto(id)) {
                    const Node *up = m_graph.node(edge->from.node);
                    if (!up || !seen.insert(up->id).second)
                        continue;
                    if (up->kind == "embed" && up->stringParameter("outputField", "embedding") == field)
                        return up;
                    next.push_back(up->id);
                }
            frontier = std::move(next);
        }
        return nullptr;
    }

    /// One table per index, shaped by the first vector-upsert (by id) that fills it.
    const VectorTable &vectorTable(const std::string &index)
    {
        if (auto it = m_vectorTables.find(index); it != m_vectorTables.end())
            return it->second;
        VectorTable table;
        table.index = index;
        table.name = m_names.claim(index + "_vectors");
        table.columns = {PlanColumn{makeField("id", FieldType::String), false},
                         PlanColumn{makeField("text", FieldType::String), false}};
        Field embedding = makeField(table.embeddingColumn, FieldType::Array);
        embedding.elementType = FieldType::Double;
        table.columns.push_back(PlanColumn{embedding, false});
        for (const auto &[id, node] : m_graph.nodes()) {
            if (node.kind != "vector-upsert" || node.stringParameter("index") != index)
                continue;
            table.upsertNode = id;
            table.dimension = numberParameter<std::int64_t>(node, "dimension").value_or(0);
            const std::string field = node.stringParameter("embeddingField", "embedding");
            if (const Node *embed = embedNodeFeeding(node, field)) {
                table.modelNode = embed->id;
                table.model = embed->stringParameter("model", "text-embedding-3-small");
            }
            auto in = m_validation.inputSchemas.find(PortRef{id, "in"});
            for (const auto &item : arrayParameter(node, "metadataFields")) {
                const std::string path = item.is_string() ? item.get<std::string>() : std::string();
                if (path.empty())
                    continue;
                std::string name = path;
                std::replace(name.begin(), name.end(), '.', '_');
                const Field *typed = in == m_validation.inputSchemas.end() ? nullptr : in->second.find(path);
                Field column = typed ? *typed : makeField(name, FieldType::String);
                column.name = freeColumnName(table.columns, name);
                table.columns.push_back(PlanColumn{column, false});
            }
            break;
        }
        return m_vectorTables[index] = std::move(table);
    }

    Diagnostic &vectorError(const Node &node, const std::string &code, const std::string &message,
                            const std::string &parameter)
    {
        m_plan.diagnostics.push_back(makeDiagnostic(Severity::Error, code, node, message, parameter));
        return m_plan.diagnostics.back();
    }

    // A vector length the model is published with (OpenAI's embedding models), or 0.
    static std::int64_t knownDimension(const std::string &model)
    {
        static const std::map<std::string, std::int64_t, std::less<>> dimensions{
            {"text-embedding-3-small", 1536}, {"text-embedding-3-large", 3072}, {"text-embedding-ada-002", 1536}};
        auto it = dimensions.find(model);
        return it == dimensions.end() ? 0 : it->second;
    }

    // Writes the documents and their embeddings into the index's table: an INSERT
    // into the vector table (open-source Flink), or into the topic a sink connector
    // moves into the index (Confluent Cloud's external tables are read-only).
    void planVectorUpsert(const Node &node)
    {
        PlanStep step = start(node, StepKind::VectorUpsert);
        const std::string index = node.stringParameter("index");
        if (m_options.confluentCloud)
            step.name = m_names.claim(index + "_documents"); // the documents topic's table
        step.vectorTable = vectorTable(index);
        step.topic = index + ".documents";
        step.columns = step.vectorTable.columns;
        const std::vector<std::string> inputs = inputRelations(node);
        if (inputs.empty()) {
            unsupported(node, step, "input 'in' is not connected", "codegen-unconnected");
            return;
        }
        step.inputColumns = m_columns[inputs.front()]; // types the id and text expressions
        const std::string model = step.vectorTable.model;
        const std::int64_t dimension = numberParameter<std::int64_t>(node, "dimension").value_or(0);
        if (dimension > 0 && knownDimension(model) > 0 && knownDimension(model) != dimension)
            vectorError(node, "codegen-vector-dimension",
                        "vector-upsert '" + node.id + "' declares dimension " + std::to_string(dimension) + ", but '"
                            + model + "' (embed node '" + step.vectorTable.modelNode + "') makes vectors of "
                            + std::to_string(knownDimension(model)) + "; the vector table's index needs one length",
                        "dimension");
        auto id = expression(node, node.stringParameter("idField"), "idField");
        const std::string textField = node.stringParameter("textField");
        std::optional<expr::Expression> text;
        if (!textField.empty() && !(text = expression(node, textField, "textField")))
            return;
        if (!id)
            return;
        std::vector<std::string> metadataPaths;
        for (const auto &item : arrayParameter(node, "metadataFields"))
            if (item.is_string() && !item.get<std::string>().empty())
                metadataPaths.push_back(item.get<std::string>());
        for (const auto &relation : inputs) {
            SinkInput in{relation, {}};
            for (std::size_t c = 0; c < step.columns.size(); ++c) {
                SelectItem item;
                item.column = step.columns[c];
                if (c == 0 || (c == 1 && text)) {
                    item.kind = SelectItem::Kind::Expression;
                    item.expression = c == 0 ? id : text;
                } else if (c == 1) {
                    item.kind = SelectItem::Kind::NullOf;
                } else {
                    // The embedding field, then the metadata paths in column order.
                    const std::string field = c == 2 ? node.stringParameter("embeddingField", "embedding")
                                                     : metadataPaths[c - 3];
                    item.kind = SelectItem::Kind::Expression;
                    item.expression = expression(node, quotedPath(field), c == 2 ? "embeddingField" : "metadataFields");
                    if (!item.expression)
                        return;
                }
                in.items.push_back(std::move(item));
            }
            step.sinkInputs.push_back(std::move(in));
        }
        add(std::move(step));
    }

    // Embeds the query with the model that embedded the index (ML_PREDICT), then
    // asks the engine for the k nearest entries (VECTOR_SEARCH / VECTOR_SEARCH_AGG).
    void planVectorRetrieve(const Node &node)
    {
        PlanStep step = start(node, StepKind::VectorRetrieve);
        if (!bindInput(node, step))
            return;
        // Kept when the step fails, so the statements after it still list the right columns.
        if (const Schema *schema = outputSchema(node, "out"))
            step.columns = columnsOf(*schema);
        const std::string index = node.stringParameter("index");
        step.vectorTable = vectorTable(index);
        const VectorTable &table = step.vectorTable;
        ModelCall &m = step.model;
        m.task = ModelCall::Task::Embedding;
        m.endpoint = node.stringParameter("endpoint", "default");
        m.model = node.stringParameter("model", "text-embedding-3-small");
        if (m.model.empty()) {
            unsupported(node, step,
                        "vector-retrieve '" + node.id + "' has no embedding model: the search compares the query's "
                            + "embedding with the vectors of index '" + index
                            + "', so the model that embedded them must embed the query too (set Model)",
                        "codegen-vector-model");
            return;
        }
        if (!table.model.empty() && table.model != m.model) {
            unsupported(node, step,
                        "vector-retrieve '" + node.id + "' embeds its query with '" + m.model + "', but index '" + index
                            + "' holds vectors of '" + table.model + "' (embed node '" + table.modelNode
                            + "'); nearest neighbours are only meaningful within one model",
                        "codegen-vector-model");
            return;
        }
        const std::int64_t queryDimension = knownDimension(m.model);
        if (table.dimension > 0 && queryDimension > 0 && table.dimension != queryDimension) {
            unsupported(node, step,
                        "vector-retrieve '" + node.id + "' makes " + std::to_string(queryDimension) + "-long vectors with '"
                            + m.model + "', but index '" + index + "' is declared with dimension "
                            + std::to_string(table.dimension) + " (vector-upsert '" + table.upsertNode + "')",
                        "codegen-vector-dimension");
            return;
        }
        if (table.upsertNode.empty())
            m_plan.diagnostics.push_back(makeDiagnostic(
                Severity::Warning, "codegen-vector-table", node,
                "no vector-upsert of this pipeline fills index '" + index
                    + "': the script assumes its table has the columns id, text and embedding"));
        m.inputExpression = expression(node, node.stringParameter("queryField"), "queryField");
        if (!m.inputExpression) {
            unsupported(node, step, "the query expression does not parse", "codegen-expression");
            return;
        }
        m.modelName = m_names.claim(node.id + "_model");
        step.auxName = m_names.claim(node.id + "_input");
        m.inputColumn = freeColumnName(step.inputColumns, "query_text");
        m.outputColumn = freeColumnName(step.inputColumns, "query_embedding");
        m.outputType = FieldType::Array;
        VectorSearch &v = step.vectorSearch;
        v.queryName = m_names.claim(node.id + "_query");
        v.hitsName = m_names.claim(node.id + "_hits");
        v.k = numberParameter<std::int64_t>(node, "k").value_or(5);
        v.minScore = numberParameter<double>(node, "minScore").value_or(0.0);
        v.outputColumn = node.stringParameter("outputField", "context");
        v.contextTextColumn = node.stringParameter("contextTextField", "context_text");
        // A hit is a row of the vector table, without its (large) embedding, plus its score.
        for (const auto &c : table.columns)
            if (c.name() != table.embeddingColumn)
                v.hitColumns.push_back(c);
        v.hitColumns.push_back(PlanColumn{makeField("score", FieldType::Double), false});
        // The hits are folded back into one row per record by an event-time window:
        // time attributes end there.
        v.inputEventTime = step.eventTime;
        v.inputProcTime = step.procTime;
        step.eventTime = step.procTime = false;
        // The output keeps the node's schema (hits of {id, score, text, metadata}), as in a live run.
        add(std::move(step));
    }

    void planSource(const Node &node)
    {
        PlanStep step = start(node, StepKind::Source);
        if (const Schema *schema = outputSchema(node, "out"))
            step.columns = columnsOf(*schema);
        if (node.kind == "sample-source") {
            const std::string generator = node.stringParameter("generator", "iot-temperature");
            step.topic = generator;
            step.sampleGenerator = true;
            m_plan.diagnostics.push_back(makeDiagnostic(
                Severity::Warning, "codegen-sample-source", node,
                "the sample generator runs only in Pipewright; the script reads topic '" + generator
                    + "' instead (fill it with `pipewright-cli run` or point the source at a real topic)"));
        } else if (node.kind == "connect-source") {
            // The connector writes schemaless JSON (its configuration beside the script says so).
            step.topic = ConnectorTemplate::topicOf(node);
            step.format = "json";
            step.startOffset = node.stringParameter("startOffset", "earliest");
        } else {
            step.topic = node.stringParameter("topic");
            step.format = node.stringParameter("format", "json");
            step.startOffset = node.stringParameter("startOffset", "earliest");
        }
        step.consumerGroup = node.stringParameter("consumerGroup");
        if (step.consumerGroup.empty() && m_graph.settings.is_object())
            step.consumerGroup = m_graph.settings.value("consumerGroup", std::string());
        if (step.consumerGroup.empty())
            step.consumerGroup = m_graph.name.empty() ? "pipewright" : m_graph.name;
        const SourceTime &t = m_sourceTime[node.id];
        step.timestampField = t.field;
        step.kafkaEventTime = t.field.empty() && t.anyEventTime;
        step.watermarkDelayMs = t.delayMs;
        step.eventTime = !t.field.empty() || t.anyEventTime;
        step.procTime = t.processingTime;
        if (step.columns.empty()) {
            unsupported(node, step,
                        "the topic's schema is unknown: declare it on the source or sample the topic, "
                        "SQL tables need their columns",
                        "codegen-unknown-schema");
            return;
        }
        add(std::move(step));
    }

    void planFilter(const Node &node)
    {
        PlanStep step = start(node, StepKind::Select);
        if (!bindInput(node, step))
            return;
        step.selectAll = true;
        step.columns = step.inputColumns;
        if (auto e = expression(node, node.stringParameter("condition"), "condition"))
            step.where.terms.push_back({*e, false, false});
        add(std::move(step));
    }

    void planProject(const Node &node)
    {
        PlanStep step = start(node, StepKind::Select);
        if (!bindInput(node, step))
            return;
        const Schema *out = outputSchema(node, "out");
        const auto &fields = arrayParameter(node, "fields");
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const std::string name = itemString(fields[i], "name");
            auto e = expression(node, itemString(fields[i], "expression"),
                                "fields[" + std::to_string(i) + "].expression");
            if (name.empty() || !e)
                continue;
            SelectItem item;
            item.kind = SelectItem::Kind::Expression;
            item.expression = e;
            const Field *typed = out ? out->find(std::vector<std::string>{name}) : nullptr;
            item.column.field = typed ? *typed : makeField(name, typeOf(*e, step.inputColumns));
            item.column.field.name = name;
            step.columns.push_back(item.column);
            step.items.push_back(std::move(item));
        }
        add(std::move(step));
    }

    void planBranches(const Node &node, const std::vector<std::pair<std::string, Condition>> &branches)
    {
        bool any = false;
        for (const auto &[port, condition] : branches) {
            if (edgesFrom(node.id, port).empty())
                continue; // an unused branch would only burn a persistent query
            any = true;
            PlanStep step = start(node, StepKind::Select, port);
            if (!bindInput(node, step))
                return;
            step.selectAll = true;
            step.columns = step.inputColumns;
            step.where = condition;
            add(std::move(step));
        }
        if (!any) {
            PlanStep step = start(node, StepKind::Unsupported, branches.empty() ? "out" : branches.front().first);
            step.name.clear();
            step.reason = "no output is connected, nothing to generate";
            add(std::move(step));
        }
    }

    void planRoute(const Node &node)
    {
        std::vector<std::pair<std::string, expr::Expression>> routes;
        const auto &items = arrayParameter(node, "routes");
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string name = itemString(items[i], "name");
            auto e = expression(node, itemString(items[i], "condition"), "routes[" + std::to_string(i) + "].condition");
            if (!name.empty() && e)
                routes.emplace_back(name, *e);
        }
        // First match wins: a branch takes what its condition accepts and no
        // earlier one did. NULL counts as no match, hence COALESCE under NOT.
        std::vector<std::pair<std::string, Condition>> branches;
        Condition earlier;
        for (const auto &[name, e] : routes) {
            Condition c = earlier;
            c.terms.push_back({e, false, false});
            branches.emplace_back(name, c);
            earlier.terms.push_back({e, true, true});
        }
        branches.emplace_back("else", earlier);
        planBranches(node, branches);
    }

    void planValidate(const Node &node)
    {
        Condition valid, invalid;
        invalid.disjunction = true;
        const auto &items = arrayParameter(node, "constraints");
        for (std::size_t i = 0; i < items.size(); ++i) {
            auto e = expression(node, itemString(items[i], "condition"),
                                "constraints[" + std::to_string(i) + "].condition");
            if (!e)
                continue;
            valid.terms.push_back({*e, false, false});
            invalid.terms.push_back({*e, true, true});
        }
        planBranches(node, {{"valid", valid}, {"invalid", invalid}});
    }

    void planMask(const Node &node)
    {
        PlanStep step = start(node, StepKind::Select);
        if (!bindInput(node, step))
            return;
        struct MaskSpec {
            std::string method;
            int keep;
        };
        std::map<std::string, MaskSpec> masks;
        const auto &fields = arrayParameter(node, "fields");
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const std::string field = itemString(fields[i], "field");
            if (field.find('.') != std::string::npos) {
                m_plan.diagnostics.push_back(makeDiagnostic(
                    Severity::Error, "codegen-not-expressible", node,
                    "masking the nested field '" + field + "' is not supported by the SQL export; "
                        + "flatten it with a project first",
                    "fields[" + std::to_string(i) + "].field"));
                continue;
            }
            int keep = 4;
            if (fields[i].is_object() && fields[i].contains("keep") && fields[i]["keep"].is_number_integer())
                keep = fields[i]["keep"].get<int>();
            masks[field] = MaskSpec{itemString(fields[i], "method", "redact"), keep};
        }
        for (const auto &c : step.inputColumns) {
            SelectItem item;
            item.column = c;
            item.source = c.name();
            auto it = masks.find(c.name());
            if (it != masks.end()) {
                item.kind = SelectItem::Kind::Mask;
                item.maskMethod = it->second.method;
                item.keep = it->second.keep;
                item.column.field.type = FieldType::String;
                item.column.field.children.clear();
                item.column.field.masked = true;
            }
            step.columns.push_back(item.column);
            step.items.push_back(std::move(item));
        }
        add(std::move(step));
    }

    void planAggregate(const Node &node)
    {
        PlanStep step = start(node, StepKind::Aggregate);
        if (!bindInput(node, step))
            return;
        step.eventTime = false;
        step.procTime = false;
        step.auxName = m_names.claim(node.id + "_table");
        step.consumed = !edgesFrom(node.id, "out").empty();
        const Schema *out = outputSchema(node, "out");
        const auto &groupBy = arrayParameter(node, "groupBy");
        std::size_t column = 0;
        for (std::size_t i = 0; i < groupBy.size(); ++i, ++column) {
            auto e = expression(node, groupBy[i].is_string() ? groupBy[i].get<std::string>() : std::string(),
                                "groupBy[" + std::to_string(i) + "]");
            if (!e)
                continue;
            GroupKey key{PlanColumn{}, *e};
            if (out && column < out->fields.size())
                key.column.field = out->fields[column];
            else
                key.column.field = makeField("key_" + std::to_string(i + 1), typeOf(*e, step.inputColumns));
            step.columns.push_back(key.column);
            step.groupBy.push_back(std::move(key));
        }
        const auto &aggregates = arrayParameter(node, "aggregates");
        for (std::size_t i = 0; i < aggregates.size(); ++i) {
            AggregateItem item;
            item.function = itemString(aggregates[i], "function", "count");
            const std::string name = itemString(aggregates[i], "name");
            const std::string text = itemString(aggregates[i], "expression");
            if (name.empty())
                continue;
            if (!text.empty()) {
                item.expression = expression(node, text, "aggregates[" + std::to_string(i) + "].expression");
                if (!item.expression)
                    continue;
            } else if (item.function != "count") {
                continue; // the validator reports the missing expression
            }
            const Field *typed = out ? out->find(std::vector<std::string>{name}) : nullptr;
            item.column.field = typed ? *typed : makeField(name, FieldType::Unknown);
            step.columns.push_back(item.column);
            step.aggregates.push_back(std::move(item));
        }
        for (const char *bound : {"window_start", "window_end"})
            step.columns.push_back(PlanColumn{makeField(bound, FieldType::Timestamp), true});
        step.window = node.stringParameter("window", "tumbling");
        step.sizeMs = SqlDuration::parseMillis(node.stringParameter("size", "1m")).value_or(60000);
        step.advanceMs = SqlDuration::parseMillis(node.stringParameter("advance")).value_or(step.sizeMs);
        step.gapMs = SqlDuration::parseMillis(node.stringParameter("gap", "5m")).value_or(300000);
        step.graceMs = SqlDuration::parseMillis(node.stringParameter("grace", "0s")).value_or(0);
        step.processingTime = node.stringParameter("timeField").empty();
        add(std::move(step));
    }

    void planJoin(const Node &node)
    {
        PlanStep join = start(node, StepKind::Join);
        PlanStep latest = start(node, StepKind::LatestByKey);
        latest.name = m_names.claim(node.id + "_latest");
        if (!bindInput(node, latest, "table"))
            return;
        if (!bindInput(node, join, "stream"))
            return;
        auto tableKey = expression(node, node.stringParameter("tableKey"), "tableKey");
        auto streamKey = expression(node, node.stringParameter("streamKey"), "streamKey");
        if (!tableKey || !streamKey) {
            unsupported(node, join, "the join keys do not parse", "codegen-expression");
            return;
        }
        std::vector<PlanColumn> both = join.inputColumns;
        both.insert(both.end(), latest.inputColumns.begin(), latest.inputColumns.end());
        const std::string keyColumn = freeColumnName(both, "join_key");

        latest.key = tableKey;
        latest.keyColumn = keyColumn;
        latest.columns.push_back(PlanColumn{makeField(keyColumn, FieldType::String), false});
        latest.columns.insert(latest.columns.end(), latest.inputColumns.begin(), latest.inputColumns.end());
        const std::string latestName = latest.name;
        const auto tableColumns = latest.inputColumns;
        add(std::move(latest));

        join.tableInput = latestName;
        join.auxName = m_names.claim(node.id + "_keyed");
        join.key = streamKey;
        join.keyColumn = keyColumn;
        join.joinType = node.stringParameter("joinType", "left");
        for (const auto &c : join.inputColumns)
            join.joinColumns.push_back(JoinColumn{false, c.name(), c});
        for (const auto &c : tableColumns) {
            JoinColumn jc{true, c.name(), c};
            auto taken = [&](const std::string &name) {
                return std::any_of(join.joinColumns.begin(), join.joinColumns.end(),
                                   [&](const JoinColumn &x) { return x.column.name() == name; });
            };
            while (taken(jc.column.field.name))
                jc.column.field.name = "table_" + jc.column.field.name;
            join.joinColumns.push_back(std::move(jc));
        }
        for (const auto &jc : join.joinColumns)
            join.columns.push_back(jc.column);
        add(std::move(join));
    }

    void planDedupe(const Node &node)
    {
        PlanStep step = start(node, StepKind::Dedupe);
        if (!bindInput(node, step))
            return;
        step.key = expression(node, node.stringParameter("key"), "key");
        if (!step.key) {
            unsupported(node, step, "the dedupe key does not parse", "codegen-expression");
            return;
        }
        step.keyColumn = freeColumnName(step.inputColumns, "dedupe_key");
        step.windowMs = SqlDuration::parseMillis(node.stringParameter("window", "10m")).value_or(600000);
        step.columns = step.inputColumns;
        add(std::move(step));
    }

    void planModel(const Node &node)
    {
        PlanStep step = start(node, StepKind::Model);
        if (!bindInput(node, step))
            return;
        ModelCall &m = step.model;
        m.modelName = m_names.claim(node.id + "_model");
        step.auxName = m_names.claim(node.id + "_input");
        m.endpoint = node.stringParameter("endpoint", "default");
        m.model = node.stringParameter("model");
        const std::string &k = node.kind;
        if (k == "embed") {
            m.task = ModelCall::Task::Embedding;
            if (m.model.empty())
                m.model = "text-embedding-3-small";
            m.inputExpression = expression(node, node.stringParameter("textField"), "textField");
            if (!m.inputExpression) {
                unsupported(node, step, "the text field expression does not parse", "codegen-expression");
                return;
            }
            m.inputColumn = freeColumnName(step.inputColumns, "embed_text");
            m.outputColumn = node.stringParameter("outputField", "embedding");
            m.outputType = FieldType::Array;
        } else {
            m.inputColumn = freeColumnName(step.inputColumns, "llm_prompt");
            if (k == "llm-prompt") {
                m.systemPrompt = node.stringParameter("systemPrompt");
                m.prompt = templateParts(node.stringParameter("userPrompt"));
                m.temperature = numberParameter<double>(node, "temperature").value_or(0.2);
                m.maxTokens = numberParameter<std::int64_t>(node, "maxTokens").value_or(512);
                m.outputColumn = node.stringParameter("outputField", "llm_output");
                if (node.stringParameter("outputMode", "text") == "json") {
                    m.jsonResponse = true;
                    m_plan.diagnostics.push_back(makeDiagnostic(
                        Severity::Warning, "codegen-json-as-string", node,
                        "the SQL model returns the JSON answer as a string column '" + m.outputColumn + "'",
                        "outputMode"));
                }
            } else if (k == "llm-classify") {
                std::string labels;
                for (const auto &item : arrayParameter(node, "labels")) {
                    const std::string label = itemString(item, "label");
                    const std::string description = itemString(item, "description");
                    labels += "\n- " + label + (description.empty() ? "" : ": " + description);
                }
                m.systemPrompt = "Classify the input into exactly one of these labels:" + labels;
                const std::string instructions = node.stringParameter("instructions");
                if (!instructions.empty())
                    m.systemPrompt += "\n" + instructions;
                m.systemPrompt += "\nAnswer with the label only.";
                m.prompt = templateParts(node.stringParameter("input"));
                m.temperature = 0.0;
                m.outputColumn = node.stringParameter("outputField", "label");
            } else { // llm-extract
                const Schema fields = schemaFromParameter(node.parameter("fields") ? *node.parameter("fields")
                                                                                   : nlohmann::json::array());
                std::string list;
                for (const Field &f : fields.fields) {
                    m.extractFields.push_back(PlanColumn{f, false});
                    list += "\n- " + f.name + " (" + std::string(fieldTypeName(f.type)) + ")";
                }
                m.systemPrompt = "Extract these fields from the input and answer with one JSON object "
                                 "holding exactly these keys (null when absent):" + list;
                const std::string instructions = node.stringParameter("instructions");
                if (!instructions.empty())
                    m.systemPrompt += "\n" + instructions;
                m.prompt = templateParts(node.stringParameter("input"));
                m.temperature = 0.0;
                m.jsonResponse = true;
                std::vector<PlanColumn> taken = step.inputColumns;
                taken.insert(taken.end(), m.extractFields.begin(), m.extractFields.end());
                m.outputColumn = freeColumnName(taken, "llm_json");
            }
        }
        if (const Schema *out = outputSchema(node, "out"); out && !out->fields.empty())
            step.columns = columnsOf(*out);
        else
            step.columns = step.inputColumns;
        // A chat model answers with text: a JSON answer stays a string column in SQL.
        for (auto &c : step.columns) {
            if (m.task == ModelCall::Task::Chat && c.name() == m.outputColumn) {
                c.field.type = FieldType::String;
                c.field.children.clear();
            }
        }
        add(std::move(step));
    }

    // A database sink becomes a topic (Avro, so Kafka Connect knows the columns'
    // types) that the JDBC sink connector configuration beside the script moves
    // into the table; the stream writes exactly the table's columns, renamed.
    void planDatabaseSink(const Node &node)
    {
        PlanStep step;
        step.kind = StepKind::Sink;
        step.nodeId = node.id;
        step.nodeKind = node.kind;
        step.name = m_names.claim(node.id);
        auto in = m_validation.inputSchemas.find(PortRef{node.id, "in"});
        const Schema input = in == m_validation.inputSchemas.end() ? Schema::openSchema() : in->second;
        const DatabaseTable table = resolveDatabaseTable(node, input);
        step.topic = table.exportTopic;
        step.format = "avro";
        const std::vector<std::string> inputs = inputRelations(node);
        if (inputs.empty()) {
            unsupported(node, step, "input 'in' is not connected", "codegen-unconnected");
            return;
        }
        for (const auto &column : table.columns) {
            Field field = makeField(column.name, column.type);
            if (const Field *f = input.find(column.field)) {
                field = *f;
                field.name = column.name;
            }
            step.columns.push_back(PlanColumn{field, false});
        }
        for (const auto &relation : inputs) {
            SinkInput sinkInput{relation, {}};
            for (size_t c = 0; c < table.columns.size(); ++c) {
                const DatabaseColumn &column = table.columns[c];
                SelectItem item;
                item.column = step.columns[c];
                const std::string top = column.field.substr(0, column.field.find('.'));
                if (!findColumn(m_columns[relation], top)) {
                    item.kind = SelectItem::Kind::NullOf;
                } else if (column.field == top) {
                    item.kind = SelectItem::Kind::Column;
                    item.source = top;
                } else {
                    // A nested field: a quoted path expression, printed per dialect.
                    item.kind = SelectItem::Kind::Expression;
                    item.expression = expression(node, quotedPath(column.field), "columns");
                    if (!item.expression)
                        return;
                }
                sinkInput.items.push_back(std::move(item));
            }
            step.sinkInputs.push_back(std::move(sinkInput));
        }
        add(std::move(step));
    }

    void planSink(const Node &node)
    {
        PlanStep step;
        step.kind = StepKind::Sink;
        step.nodeId = node.id;
        step.nodeKind = node.kind;
        step.name = m_names.claim(node.id);
        std::string defaultTopic;
        if (node.kind == "dead-letter") {
            defaultTopic = "pipewright.dead-letter";
            if (m_graph.settings.is_object())
                defaultTopic = m_graph.settings.value("deadLetterTopic", defaultTopic);
        }
        step.topic = node.stringParameter("topic", defaultTopic);
        if (step.topic.empty())
            step.topic = defaultTopic;
        const bool keyed = node.kind == "kafka-sink" || node.kind == "connect-sink";
        step.format = keyed ? node.stringParameter("format", "json") : "json";
        if (keyed && !node.stringParameter("key").empty()) {
            step.sinkKey = expression(node, node.stringParameter("key"), "key");
            if (!step.sinkKey)
                return;
        }
        // The sink's columns: every input's columns, by name, in first-seen order.
        const std::vector<std::string> inputs = inputRelations(node);
        if (inputs.empty()) {
            unsupported(node, step, "input 'in' is not connected", "codegen-unconnected");
            return;
        }
        for (const auto &relation : inputs)
            for (const auto &c : m_columns[relation])
                if (!findColumn(step.columns, c.name()))
                    step.columns.push_back(c);
        if (step.format == "string") {
            const PlanColumn *value = findColumn(step.columns, "value");
            if (!value && step.columns.size() == 1)
                value = &step.columns.front();
            if (!value) {
                unsupported(node, step,
                            "format 'string' writes one text value: add a project with a single field "
                            "(or a field named 'value') before this sink",
                            "codegen-not-expressible");
                return;
            }
            PlanColumn column = *value;
            column.field.name = "value";
            column.field.type = FieldType::String;
            SinkInput in;
            for (const auto &relation : inputs) {
                SelectItem item;
                item.column = column;
                const PlanColumn *own = findColumn(m_columns[relation], value->name());
                item.kind = own ? SelectItem::Kind::Column : SelectItem::Kind::NullOf;
                item.source = value->name();
                step.sinkInputs.push_back(SinkInput{relation, {item}});
            }
            step.columns = {column};
        } else {
            for (const auto &relation : inputs) {
                SinkInput in{relation, {}};
                for (const auto &c : step.columns) {
                    SelectItem item;
                    item.column = c;
                    item.source = c.name();
                    item.kind = findColumn(m_columns[relation], c.name()) ? SelectItem::Kind::Column
                                                                          : SelectItem::Kind::NullOf;
                    in.items.push_back(std::move(item));
                }
                step.sinkInputs.push_back(std::move(in));
            }
        }
        add(std::move(step));
    }

    const Graph &m_graph;
    const ExportOptions &m_options;
    ValidationResult m_validation;
    RelationalPlan m_plan;
    SqlNameRegistry m_names;
    std::vector<const Node *> m_order;
    std::map<PortRef, std::string> m_relationOf;
    std::set<std::string> m_planned;
    std::map<std::string, std::vector<PlanColumn>> m_columns;
    std::map<std::string, RelationTime> m_time;
    std::map<std::string, SourceTime> m_sourceTime;
    std::map<std::string, std::vector<const Edge *>> m_into;
    std::map<std::string, std::vector<const Edge *>> m_from;
    std::map<std::string, std::set<std::string>> m_sourcesOf;
    std::map<std::string, VectorTable> m_vectorTables;
};

} // namespace

SqlPlanner::SqlPlanner(ExportOptions options)
    : m_options(std::move(options))
{
}

RelationalPlan SqlPlanner::plan(const Graph &graph) const
{
    return PlanBuilder(graph, m_options).run();
}

} // namespace codegen
