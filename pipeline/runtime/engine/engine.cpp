#include "pipeline/runtime/engine/engine.h"

#include "pipeline/core/catalogsupport.h"
#include "pipeline/core/duration.h"
#include "pipeline/core/graphalgorithms.h"
#include "pipeline/core/graphvalidator.h"
#include "pipeline/expr/expression.h"
#include "pipeline/core/schemainference.h"
#include "pipeline/runtime/operators/aggregateoperator.h"
#include "pipeline/runtime/formats/avrorecorddecoder.h"
#include "pipeline/runtime/formats/avroschemamapping.h"
#include "pipeline/runtime/kafka/avrosinkoperator.h"
#include "pipeline/runtime/database/databasesinkfactory.h"
#include "pipeline/runtime/operators/deadletteroperator.h"
#include "pipeline/runtime/operators/dedupeoperator.h"
#include "pipeline/runtime/operators/filteroperator.h"
#include "pipeline/runtime/formats/jsonparser.h"
#include "pipeline/runtime/operators/joinoperator.h"
#include "pipeline/runtime/kafka/kafkaproducer.h"
#include "pipeline/runtime/kafka/kafkasinkoperator.h"
#include "pipeline/runtime/kafka/kafkasource.h"
#include "pipeline/runtime/llm/llmoperator.h"
#include "pipeline/runtime/llm/llmoperatorfactory.h"
#include "pipeline/runtime/operators/maskoperator.h"
#include "pipeline/runtime/operators/projectoperator.h"
#include "pipeline/runtime/operators/routeoperator.h"
#include "pipeline/runtime/engine/samplegenerator.h"
#include "pipeline/runtime/operators/validateoperator.h"
#include "pipeline/runtime/vector/vectorindexregistry.h"
#include "pipeline/runtime/vector/vectorretrieveoperator.h"
#include "pipeline/runtime/vector/vectorupsertoperator.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace pipeline::runtime {

namespace {

using Clock = std::chrono::steady_clock;

std::int64_t steadyNanos()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

std::int64_t wallMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string isoTime(std::int64_t millis)
{
    std::time_t seconds = millis / 1000;
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, int(millis % 1000));
    return buf;
}

enum class ErrorPolicy { DeadLetter, Skip, Stop };

struct Target {
    int node;
    int port;
    int edge; // index into Impl::m_edgeIds, for peek
};

struct NodeRuntime {
    std::string id;
    std::string kind;
    std::unique_ptr<Operator> op;
    std::vector<std::vector<Target>> outputs; // by output port index
    std::map<std::string, int> inputIndex;    // input port key -> index
    ErrorPolicy policy = ErrorPolicy::DeadLetter;
    NodeStats stats;
    std::uint64_t lastIn = 0; // for rates
    std::uint64_t latencySamples = 0;
};

struct SampleSourceState {
    int node = 0;
    std::unique_ptr<SampleGenerator> generator;
    double rate = 10;
    std::uint64_t count = 0;
    std::uint64_t produced = 0;
    bool done = false;
};

struct KafkaSourceState {
    int node = 0;
    bool json = true;
    std::string timestampField;
    std::unique_ptr<KafkaSource> source;
    std::shared_ptr<AvroRecordDecoder> avro; // format avro: Confluent wire format via the registry
};

} // namespace

struct Engine::Impl : public FateListener {
    // --- compiled pipeline (engine thread only once started) ---
    Graph graph;
    RunOptions options;
    bool compiled = false;
    std::vector<NodeRuntime> nodes;
    std::vector<int> topoOrder;
    std::vector<std::string> edgeIds;
    std::vector<KafkaSourceState> kafkaSources;
    std::vector<SampleSourceState> sampleSources;
    std::string deadLetterTopic = "pipewright.dead-letter";
    bool needsKafka = false;
    std::unique_ptr<KafkaProducer> producer;
    JsonParser parser;
    std::int64_t nowMillis = 0; // wall clock, refreshed per batch
    RunTotals totals;
    std::string failure;
    std::vector<std::deque<nlohmann::json>> peekRings;
    std::vector<bool> peekDirty;

    // --- shared with other threads ---
    mutable std::mutex mutex;
    RunSnapshot published;
    std::map<std::string, std::vector<std::string>, std::less<>> publishedPeek;
    std::deque<RunEvent> events;
    std::atomic<bool> stopRequested{false};
    std::atomic<bool> started{false};
    std::thread thread;
    std::int64_t lastLogWarningMillis = 0; // guarded by mutex

    class SinkPort;
    std::vector<std::unique_ptr<SinkOutput>> sinkPorts;

    // LLM steps: the run's client/cache/budget, and the nodes answering asynchronously.
    std::shared_ptr<LlmRuntime> llm;
    std::vector<int> asyncNodes;
    // Vector indexes shared by name between vector-upsert and vector-retrieve nodes.
    std::shared_ptr<VectorIndexRegistry> vectorIndexes;

    // ---------------------------------------------------------------- events
    void pushEvent(RunEvent::Kind kind, std::string nodeId, std::string message)
    {
        {
            std::lock_guard lock(mutex);
            if (events.size() >= 10'000)
                events.pop_front();
            events.push_back({kind, std::move(nodeId), std::move(message), wallMillis()});
        }
        if (options.eventsAvailable)
            options.eventsAvailable();
    }
    // librdkafka logs arrive on its threads; at most one per second reaches the monitor.
    void librdkafkaLog(const std::string &text)
    {
        {
            std::lock_guard lock(mutex);
            const std::int64_t now = wallMillis();
            if (now - lastLogWarningMillis < 1000)
                return;
            lastLogWarningMillis = now;
        }
        pushEvent(RunEvent::Kind::Warning, {}, "kafka: " + text);
    }

    // ---------------------------------------------------------------- accounting
    void originSettled(const Origin &, Fate fate) override
    {
        lastSettledNanos = steadyNanos();
        switch (fate) {
        case Fate::Output: ++totals.output; break;
        case Fate::Filtered: ++totals.filtered; break;
        case Fate::DeadLettered: ++totals.deadLettered; break;
        case Fate::Skipped: ++totals.skipped; break;
        case Fate::Stored: ++totals.stored; break;
        case Fate::Failed: ++totals.failed; break;
        }
    }

    void fail(const std::string &nodeId, const std::string &message)
    {
        if (failure.empty()) {
            failure = nodeId.empty() ? message : "node " + nodeId + ": " + message;
            pushEvent(RunEvent::Kind::Error, nodeId, message);
        }
        stopRequested = true;
    }

    // ---------------------------------------------------------------- dispatch
    class Context : public OperatorContext {
    public:
        Context(Impl &impl, int node) : m_impl(impl), m_node(node) {}
        void output(int port, Record &&record) override
        {
            NodeRuntime &n = m_impl.nodes[size_t(m_node)];
            ++n.stats.out;
            if (!record.note.empty() && record.noteNode.empty())
                record.noteNode = n.id;
            m_impl.dispatch(m_node, port, std::move(record));
        }
        void drop(Record &&) override { ++m_impl.nodes[size_t(m_node)].stats.filtered; }
        void absorb(Record &&) override { ++m_impl.nodes[size_t(m_node)].stats.stored; }
        void reject(Record &&record, const std::string &error) override
        {
            m_impl.handleError(m_node, std::move(record), error);
        }
        std::int64_t nowMillis() const override { return m_impl.nowMillis; }
        void failRun(const std::string &message) override { m_impl.fail(m_impl.nodes[size_t(m_node)].id, message); }

    private:
        Impl &m_impl;
        int m_node;
    };

    void dispatch(int node, int port, Record &&record)
    {
        NodeRuntime &n = nodes[size_t(node)];
        if (port < 0 || size_t(port) >= n.outputs.size() || n.outputs[size_t(port)].empty())
            return; // unconnected output: the record ends here (settles as filtered)
        const auto &targets = n.outputs[size_t(port)];
        for (size_t i = 0; i < targets.size(); ++i) {
            const Target &t = targets[i];
            if (options.peekCapacity) {
                auto &ring = peekRings[size_t(t.edge)];
                if (ring.size() >= options.peekCapacity)
                    ring.pop_front();
                ring.push_back(record.value);
                peekDirty[size_t(t.edge)] = true;
            }
            if (i + 1 == targets.size())
                deliver(t.node, t.port, std::move(record));
            else
                deliver(t.node, t.port, Record(record));
        }
    }

    void deliver(int node, int port, Record &&record)
    {
        NodeRuntime &n = nodes[size_t(node)];
        ++n.stats.in;
        if ((n.stats.in & 15) == 1 && record.origin) {
            const double age = double(steadyNanos() - record.origin->receivedNanos()) / 1e6;
            n.stats.latencyMillis = n.latencySamples++ ? 0.9 * n.stats.latencyMillis + 0.1 * age : age;
        }
        Context context(*this, node);
        try {
            n.op->process(port, std::move(record), context);
        } catch (const expr::EvaluationError &e) {
            handleError(node, std::move(record), e.what());
        } catch (const RecordError &e) {
            handleError(node, std::move(record), e.what());
        } catch (const nlohmann::json::exception &e) {
            handleError(node, std::move(record), e.what());
        }
    }

    void handleError(int node, Record &&record, const std::string &error)
    {
        NodeRuntime &n = nodes[size_t(node)];
        ++n.stats.errors;
        switch (n.policy) {
        case ErrorPolicy::Skip:
            if (record.origin)
                record.origin->mark(Fate::Skipped);
            return;
        case ErrorPolicy::Stop:
            if (record.origin)
                record.origin->markFailed();
            fail(n.id, error);
            return;
        case ErrorPolicy::DeadLetter:
            ++n.stats.deadLettered;
            sendDeadLetter(node, deadLetterTopic, std::move(record), error, n.id);
            return;
        }
    }

    void sendDeadLetter(int node, const std::string &topic, Record &&record, const std::string &error,
                        const std::string &failedNode)
    {
        if (!record.origin)
            return;
        record.origin->mark(Fate::DeadLettered);
        const Origin &o = *record.origin.get();
        std::string payload;
        if (auto [data, size] = o.payload(); data)
            payload.assign(data, size);
        else
            payload = KafkaSinkOperator::payloadFor(record.value, KafkaSinkOperator::Format::Json);
        KafkaProducer::Headers headers{{"error", error},
                                       {"node-id", failedNode},
                                       {"source-topic", o.topic()},
                                       {"source-partition", o.partition() >= 0 ? std::to_string(o.partition()) : ""},
                                       {"source-offset", o.offset() >= 0 ? std::to_string(o.offset()) : ""},
                                       {"time", isoTime(wallMillis())}};
        if (!producer) {
            pushEvent(RunEvent::Kind::Warning, failedNode, "no cluster for the dead-letter topic; dropped: " + error);
            return;
        }
        std::string produceError;
        if (!producer->produce(node, topic, std::nullopt, payload, headers, record.origin, &produceError)) {
            record.origin->markFailed();
            fail(failedNode, produceError);
        }
    }

    void sinkProduce(int node, const std::string &topic, std::optional<std::string> key, std::string payload,
                     Record &&record)
    {
        if (!producer || !record.origin)
            return;
        record.origin->mark(Fate::Output);
        std::string error;
        if (!producer->produce(node, topic, key, payload, {}, record.origin, &error))
            handleError(node, std::move(record), error);
    }

    void delivered(int node, Origin *origin, bool ok, const std::string &error)
    {
        if (node >= 0 && size_t(node) < nodes.size()) {
            NodeRuntime &n = nodes[size_t(node)];
            if (ok) {
                ++n.stats.out;
                ++totals.produced;
                if (origin && (n.stats.out & 15) == 1) {
                    const double age = double(steadyNanos() - origin->receivedNanos()) / 1e6;
                    n.stats.latencyMillis = n.latencySamples++ ? 0.9 * n.stats.latencyMillis + 0.1 * age : age;
                }
            } else {
                ++n.stats.errors;
            }
        }
        if (!ok) {
            if (origin)
                origin->markFailed();
            fail(node >= 0 ? nodes[size_t(node)].id : std::string(), "delivery failed: " + error);
        }
        if (origin)
            origin->release();
    }

    // ---------------------------------------------------------------- compile
    Diagnostics compile(const Graph &g, const RunOptions &opts, const Catalog &catalog);
    void compileNode(const Node &node, const NodeType &type, const Catalog &catalog, Diagnostics &diagnostics);
    // Avro: one registry client per profile name, and the sinks to prepare before the run.
    std::map<std::string, std::shared_ptr<SchemaRegistryClient>> registries;
    std::vector<AvroSinkOperator *> avroSinks;
    std::shared_ptr<SchemaRegistryClient> registryFor(const Node &node, const std::string &name, Diagnostics &diagnostics);
    bool prepareAvro();

    // ---------------------------------------------------------------- run
    void runLoop();
    bool openClients();
    void handleKafkaMessage(KafkaSourceState &src, rd_kafka_message_t *message);
    void emitSample(SampleSourceState &src, std::int64_t ts);
    void publish(bool final);
    void setState(RunState state)
    {
        {
            std::lock_guard lock(mutex);
            published.state = state;
            ++published.sequence;
        }
        pushEvent(RunEvent::Kind::StateChanged, {}, std::string(runStateName(state)));
    }

    std::int64_t startNanos = 0;
    std::int64_t firstInputNanos = 0;
    std::int64_t lastSettledNanos = 0;
    std::int64_t lastPublishNanos = 0;
    std::uint64_t lastInput = 0;
};

// A sink's view of the producer: carries the node index for counters.
class Engine::Impl::SinkPort : public SinkOutput {
public:
    SinkPort(Impl &impl, int node) : m_impl(impl), m_node(node) {}
    void produce(const std::string &topic, std::optional<std::string> key, std::string payload, Record &&record) override
    {
        m_impl.sinkProduce(m_node, topic, std::move(key), std::move(payload), std::move(record));
    }
    void deadLetter(const std::string &topic, Record &&record, const std::string &error,
                    const std::string &nodeId) override
    {
        ++m_impl.nodes[size_t(m_node)].stats.deadLettered;
        m_impl.sendDeadLetter(m_node, topic, std::move(record), error,
                              nodeId.empty() ? m_impl.nodes[size_t(m_node)].id : nodeId);
    }

private:
    Impl &m_impl;
    int m_node;
};

namespace {

Diagnostic compileError(const Node &node, std::string code, std::string parameter, std::string message)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.code = std::move(code);
    d.nodeId = node.id;
    d.parameter = std::move(parameter);
    d.message = std::move(message);
    return d;
}

// The parameter's value, or its catalog default.
nlohmann::json parameterOrDefault(const Node &node, const NodeType &type, std::string_view key)
{
    if (const nlohmann::json *v = node.parameter(key); v && !v->is_null())
        return *v;
    if (const ParameterDescriptor *p = type.parameter(key))
        return p->defaultValue;
    return nullptr;
}

std::string stringOr(const nlohmann::json &v, std::string fallback)
{
    return v.is_string() ? v.get<std::string>() : std::move(fallback);
}

} // namespace

Diagnostics Engine::Impl::compile(const Graph &g, const RunOptions &opts, const Catalog &catalog)
{
    graph = g;
    options = opts;
    Diagnostics diagnostics;
    ValidationResult validation = validateGraph(graph, catalog);
    for (auto &d : validation.diagnostics)
        if (d.severity == Severity::Error)
            diagnostics.push_back(d);
    if (!diagnostics.empty())
        return diagnostics;

    deadLetterTopic = stringOr(graph.settings.value("deadLetterTopic", nlohmann::json()), "pipewright.dead-letter");
    if (deadLetterTopic.empty())
        deadLetterTopic = "pipewright.dead-letter";

    std::map<std::string, int, std::less<>> indexOf;
    for (const auto &[id, node] : graph.nodes()) {
        indexOf[id] = int(nodes.size());
        NodeRuntime n;
        n.id = id;
        n.kind = node.kind;
        n.stats.nodeId = id;
        n.stats.kind = node.kind;
        nodes.push_back(std::move(n));
    }
    for (const auto &[id, node] : graph.nodes()) {
        const NodeType *type = catalog.find(node.kind);
        if (!type) {
            diagnostics.push_back(compileError(node, "unknown-kind", {}, "unknown node kind '" + node.kind + "'"));
            continue;
        }
        NodeRuntime &n = nodes[size_t(indexOf[id])];
        for (size_t i = 0; i < type->inputs.size(); ++i)
            n.inputIndex[type->inputs[i].key] = int(i);
        n.outputs.resize(type->outputPorts(node).size());
        const std::string policy = stringOr(parameterOrDefault(node, *type, "onError"), "dead-letter");
        n.policy = policy == "skip" ? ErrorPolicy::Skip : policy == "stop" ? ErrorPolicy::Stop : ErrorPolicy::DeadLetter;
        compileNode(node, *type, catalog, diagnostics);
    }
    for (const auto &[id, edge] : graph.edges()) {
        auto from = indexOf.find(edge.from.node);
        auto to = indexOf.find(edge.to.node);
        if (from == indexOf.end() || to == indexOf.end())
            continue;
        const Node *fromNode = graph.node(edge.from.node);
        const NodeType *fromType = catalog.find(fromNode->kind);
        NodeRuntime &src = nodes[size_t(from->second)];
        NodeRuntime &dst = nodes[size_t(to->second)];
        if (!fromType)
            continue;
        const auto ports = fromType->outputPorts(*fromNode);
        int outIndex = -1;
        for (size_t i = 0; i < ports.size(); ++i)
            if (ports[i].key == edge.from.port)
                outIndex = int(i);
        auto in = dst.inputIndex.find(edge.to.port);
        if (outIndex < 0 || in == dst.inputIndex.end())
            continue; // the validator reports dangling edges
        edgeIds.push_back(id);
        src.outputs[size_t(outIndex)].push_back({to->second, in->second, int(edgeIds.size()) - 1});
    }
    for (const auto &id : topologicalOrder(graph).all())
        topoOrder.push_back(indexOf[id]);

    // Table sources: kafka-source nodes whose every edge enters a join's table port.
    for (auto &src : kafkaSources) {
        const auto &outs = nodes[size_t(src.node)].outputs;
        bool table = !outs.empty() && !outs[0].empty();
        for (const auto &t : outs.empty() ? std::vector<Target>{} : outs[0])
            table = table && nodes[size_t(t.node)].kind == "join" && t.port == 1;
        if (table) {
            // Rebuilt from the beginning on every start, in a group of its own.
            auto config = src.source->config();
            config.table = true;
            config.group += ".table." + std::to_string(wallMillis()) + "." + std::to_string(::getpid());
            src.source = std::make_unique<KafkaSource>(config, KafkaSource::Hooks{});
        }
    }
    if (needsKafka && options.bootstrapServers.empty()) {
        Diagnostic d;
        d.code = "no-cluster";
        d.message = "this pipeline reads or writes Kafka topics: connect to a cluster (--bootstrap HOST:PORT) or use the sandbox (--sandbox)";
        diagnostics.push_back(d);
    }
    compiled = !hasErrors(diagnostics);
    return diagnostics;
}

void Engine::Impl::compileNode(const Node &node, const NodeType &type, const Catalog &catalog, Diagnostics &diagnostics)
{
    const int index = [&] {
        for (size_t i = 0; i < nodes.size(); ++i)
            if (nodes[i].id == node.id)
                return int(i);
        return -1;
    }();
    NodeRuntime &n = nodes[size_t(index)];
    auto param = [&](std::string_view key) { return parameterOrDefault(node, type, key); };
    bool ok = true;
    auto expression = [&](const nlohmann::json &text, const std::string &parameter) -> expr::Expression {
        if (!text.is_string()) {
            diagnostics.push_back(compileError(node, "missing-parameter", parameter, parameter + " needs an expression"));
            ok = false;
            return {};
        }
        auto parsed = expr::parse(text.get<std::string>());
        if (!parsed.ok()) {
            Diagnostic d = compileError(node, "parse-error", parameter, parsed.error->message);
            d.span = parsed.error->span;
            diagnostics.push_back(d);
            ok = false;
            return {};
        }
        return *parsed.expression;
    };
    auto items = [&](std::string_view key) {
        nlohmann::json v = param(key);
        return v.is_array() ? v : nlohmann::json::array();
    };
    auto duration = [&](std::string_view key, std::int64_t fallback) -> std::int64_t {
        nlohmann::json v = param(key);
        if (!v.is_string() || v.get<std::string>().empty())
            return fallback;
        auto parsed = parseDuration(v.get<std::string>());
        if (!parsed) {
            diagnostics.push_back(compileError(node, "bad-duration", std::string(key), "not a duration: " + v.get<std::string>()));
            ok = false;
            return fallback;
        }
        return parsed->count();
    };

    const std::string &kind = node.kind;
    if (kind == "kafka-source") {
        needsKafka = true;
        KafkaSource::Config config;
        config.bootstrapServers = options.bootstrapServers;
        config.properties = options.clientProperties;
        config.topic = stringOr(param("topic"), "");
        std::string group = stringOr(param("consumerGroup"), "");
        if (group.empty())
            group = stringOr(graph.settings.value("consumerGroup", nlohmann::json()), "");
        if (group.empty())
            group = graph.name.empty() ? "pipewright" : graph.name;
        config.group = group;
        const std::string start = stringOr(param("startOffset"), "earliest");
        config.start = start == "latest"  ? KafkaSource::Start::Latest
            : start == "committed"        ? KafkaSource::Start::Committed
                                          : KafkaSource::Start::Earliest;
        KafkaSourceState state;
        state.node = index;
        state.json = stringOr(param("format"), "json") == "json";
        if (stringOr(param("format"), "json") == "avro") {
            auto registry = registryFor(node, stringOr(param("schemaRegistry"), "default"), diagnostics);
            if (registry)
                state.avro = std::make_shared<AvroRecordDecoder>(registry);
        }
        state.timestampField = stringOr(param("timestampField"), "");
        KafkaSource::Hooks hooks;
        state.source = std::make_unique<KafkaSource>(config, hooks);
        kafkaSources.push_back(std::move(state));
        return;
    }
    if (kind == "sample-source") {
        SampleSourceState state;
        state.node = index;
        const std::string generator = stringOr(param("generator"), "iot-temperature");
        const nlohmann::json seed = param("seed");
        state.generator = SampleGenerator::create(generator, seed.is_number() ? seed.get<std::uint64_t>() : 42);
        if (!state.generator) {
            diagnostics.push_back(compileError(node, "bad-enum-value", "generator", "unknown generator '" + generator + "'"));
            return;
        }
        const nlohmann::json rate = param("rate"), count = param("count");
        state.rate = rate.is_number() ? std::max(0.0, rate.get<double>()) : 10.0;
        state.count = count.is_number() && count.get<double>() > 0 ? count.get<std::uint64_t>() : 0;
        sampleSources.push_back(std::move(state));
        return;
    }
    if (kind == "filter") {
        auto condition = expression(param("condition"), "condition");
        if (ok)
            n.op = std::make_unique<FilterOperator>(condition);
        return;
    }
    if (kind == "project") {
        std::vector<ProjectOperator::Field> fields;
        size_t i = 0;
        for (const auto &item : items("fields")) {
            const std::string p = "fields[" + std::to_string(i++) + "]";
            fields.push_back({catalogsupport::itemString(item, "name"), expression(item.value("expression", nlohmann::json()), p + ".expression")});
        }
        if (ok)
            n.op = std::make_unique<ProjectOperator>(std::move(fields));
        return;
    }
    if (kind == "route") {
        std::vector<expr::Expression> conditions;
        size_t i = 0;
        for (const auto &item : items("routes"))
            conditions.push_back(expression(item.value("condition", nlohmann::json()), "routes[" + std::to_string(i++) + "].condition"));
        if (ok)
            n.op = std::make_unique<RouteOperator>(std::move(conditions));
        return;
    }
    if (kind == "validate") {
        std::vector<ValidateOperator::Constraint> constraints;
        size_t i = 0;
        for (const auto &item : items("constraints")) {
            const std::string p = "constraints[" + std::to_string(i++) + "]";
            constraints.push_back({catalogsupport::itemString(item, "name"), expression(item.value("condition", nlohmann::json()), p + ".condition")});
        }
        if (ok)
            n.op = std::make_unique<ValidateOperator>(std::move(constraints));
        return;
    }
    if (kind == "mask") {
        std::vector<MaskOperator::Field> fields;
        for (const auto &item : items("fields")) {
            MaskOperator::Field f;
            f.path = FieldPath(catalogsupport::itemString(item, "field"));
            const std::string method = catalogsupport::itemString(item, "method");
            f.method = method == "hash" ? MaskOperator::Method::Hash
                : method == "partial"   ? MaskOperator::Method::Partial
                                        : MaskOperator::Method::Redact;
            if (item.contains("keep") && item["keep"].is_number())
                f.keep = item["keep"].get<int>();
            fields.push_back(std::move(f));
        }
        n.op = std::make_unique<MaskOperator>(std::move(fields));
        return;
    }
    if (kind == "aggregate") {
        AggregateOperator::Config config;
        const nlohmann::json groupBy = items("groupBy");
        config.groupByNames = catalogsupport::groupByColumnNames(groupBy);
        size_t i = 0;
        for (const auto &g : groupBy)
            config.groupBy.push_back(expression(g, "groupBy[" + std::to_string(i++) + "]"));
        i = 0;
        for (const auto &item : items("aggregates")) {
            const std::string p = "aggregates[" + std::to_string(i++) + "]";
            AggregateOperator::Aggregate a;
            a.name = catalogsupport::itemString(item, "name");
            const std::string f = catalogsupport::itemString(item, "function");
            a.function = f == "sum" ? AggregateOperator::Function::Sum
                : f == "avg"        ? AggregateOperator::Function::Avg
                : f == "min"        ? AggregateOperator::Function::Min
                : f == "max"        ? AggregateOperator::Function::Max
                                    : AggregateOperator::Function::Count;
            const std::string text = catalogsupport::itemString(item, "expression");
            if (!text.empty())
                a.expression = expression(text, p + ".expression");
            config.aggregates.push_back(std::move(a));
        }
        const std::string window = stringOr(param("window"), "tumbling");
        config.window = window == "hopping" ? AggregateOperator::WindowKind::Hopping
            : window == "session"           ? AggregateOperator::WindowKind::Session
                                            : AggregateOperator::WindowKind::Tumbling;
        config.sizeMillis = duration("size", 60'000);
        config.advanceMillis = duration("advance", config.sizeMillis);
        config.gapMillis = duration("gap", 60'000);
        config.graceMillis = duration("grace", 0);
        config.timeField = FieldPath(stringOr(param("timeField"), ""));
        if (ok)
            n.op = std::make_unique<AggregateOperator>(std::move(config));
        return;
    }
    if (kind == "join") {
        auto streamKey = expression(param("streamKey"), "streamKey");
        auto tableKey = expression(param("tableKey"), "tableKey");
        if (ok)
            n.op = std::make_unique<JoinOperator>(streamKey, tableKey, stringOr(param("joinType"), "left") == "inner");
        return;
    }
    if (kind == "dedupe") {
        auto key = expression(param("key"), "key");
        const std::int64_t window = duration("window", 600'000);
        if (ok)
            n.op = std::make_unique<DedupeOperator>(key, window);
        return;
    }
    if (kind == "kafka-sink") {
        needsKafka = true;
        std::optional<expr::Expression> key;
        const nlohmann::json keyText = param("key");
        if (keyText.is_string() && !keyText.get<std::string>().empty())
            key = expression(keyText, "key");
        sinkPorts.push_back(std::make_unique<SinkPort>(*this, index));
        if (stringOr(param("format"), "json") == "avro") {
            // The schema follows from the fields flowing into the sink.
            const std::string topic = stringOr(param("topic"), "");
            const Schema input = inferSchemas(graph, catalog).input({node.id, "in"});
            std::string error;
            auto avroSchema = pipewrightSchemaToAvro(input, avroRecordName(topic), "pipewright", &error);
            if (!avroSchema) {
                diagnostics.push_back(compileError(node, "avro-schema", "format", error));
                return;
            }
            auto registry = registryFor(node, stringOr(param("schemaRegistry"), "default"), diagnostics);
            if (ok && registry) {
                auto op = std::make_unique<AvroSinkOperator>(topic, avroSchema->dump(), key, registry, *sinkPorts.back());
                avroSinks.push_back(op.get());
                n.op = std::move(op);
            }
            return;
        }
        if (ok)
            n.op = std::make_unique<KafkaSinkOperator>(
                stringOr(param("topic"), ""),
                stringOr(param("format"), "json") == "string" ? KafkaSinkOperator::Format::String
                                                              : KafkaSinkOperator::Format::Json,
                key, *sinkPorts.back());
        return;
    }
    if (kind == "database-sink") {
        // Connects and prepares the table now: an unreachable database stops the start.
        n.op = createDatabaseSinkOperator(graph, node, catalog, options.databaseProfiles, diagnostics);
        return;
    }
    if (kind == "dead-letter") {
        needsKafka = true;
        sinkPorts.push_back(std::make_unique<SinkPort>(*this, index));
        std::string topic = stringOr(param("topic"), "");
        n.op = std::make_unique<DeadLetterOperator>(topic.empty() ? deadLetterTopic : topic, *sinkPorts.back());
        return;
    }
    if (kind == "vector-upsert") {
        if (!vectorIndexes)
            vectorIndexes = std::make_shared<VectorIndexRegistry>();
        VectorIndexOptions build;
        build.dimension = size_t(std::max(0.0, param("dimension").is_number() ? param("dimension").get<double>() : 0.0));
        build.m = size_t(param("m").is_number() ? param("m").get<double>() : 16);
        build.efConstruction = size_t(param("efConstruction").is_number() ? param("efConstruction").get<double>() : 40);
        build.efSearch = size_t(param("efSearch").is_number() ? param("efSearch").get<double>() : 128);
        std::string error;
        auto shared = vectorIndexes->acquire(stringOr(param("index"), ""), stringOr(param("path"), ""), &build, &error);
        if (!shared)
            diagnostics.push_back(compileError(node, "vector-index", "index", error));
        VectorUpsertOperator::Options o;
        o.id = expression(param("idField"), "idField");
        o.embedding = FieldPath(stringOr(param("embeddingField"), "embedding"));
        const std::string text = stringOr(param("textField"), "");
        if (!text.empty())
            o.text = expression(text, "textField");
        for (const auto &path : items("metadataFields"))
            if (path.is_string() && !path.get<std::string>().empty())
                o.metadata.emplace_back(path.get<std::string>());
        o.saveIntervalMillis = duration("saveInterval", 1000);
        if (ok && shared)
            n.op = std::make_unique<VectorUpsertOperator>(std::move(shared), std::move(o));
        return;
    }
    if (kind == "vector-retrieve") {
        if (!vectorIndexes)
            vectorIndexes = std::make_shared<VectorIndexRegistry>();
        if (!llm) {
            llm = std::make_shared<LlmRuntime>(options.llm);
            std::string error;
            if (!llm->open(&error))
                diagnostics.push_back(compileError(node, "llm-cache", {}, error));
        }
        std::string error;
        auto shared = vectorIndexes->acquire(stringOr(param("index"), ""), stringOr(param("path"), ""), nullptr, &error);
        if (!shared)
            diagnostics.push_back(compileError(node, "vector-index", "index", error));
        auto config = llmNodeConfig(node, type, *llm, diagnostics);
        VectorRetrieveOperator::Options o;
        o.query = expression(param("queryField"), "queryField");
        o.k = size_t(std::max(1.0, param("k").is_number() ? param("k").get<double>() : 5.0));
        o.minScore = param("minScore").is_number() ? param("minScore").get<double>() : 0.0;
        o.outputField = stringOr(param("outputField"), "context");
        o.contextTextField = stringOr(param("contextTextField"), "");
        o.batchSize = int(param("batchSize").is_number() ? param("batchSize").get<double>() : 32);
        if (ok && shared && config) {
            n.op = std::make_unique<VectorRetrieveOperator>(std::move(*config), llm, std::move(shared), std::move(o));
            asyncNodes.push_back(index);
        }
        return;
    }
    if (isLlmKind(kind)) {
        if (!llm) {
            llm = std::make_shared<LlmRuntime>(options.llm);
            std::string error;
            if (!llm->open(&error))
                diagnostics.push_back(compileError(node, "llm-cache", {}, error));
        }
        n.op = createLlmOperator(node, type, llm, diagnostics);
        if (n.op)
            asyncNodes.push_back(index);
        return;
    }
    // Catalog kinds without an operator in this version (the LLM / embedding
    // steps): refuse to start rather than run a pipeline with a hole in it.
    diagnostics.push_back(compileError(
        node, "no-runtime-operator", {},
        "node kind '" + kind + "' has no runtime operator in this version of the runner; the pipeline cannot run "
        "until the node is removed or bypassed"));
}

std::shared_ptr<SchemaRegistryClient> Engine::Impl::registryFor(const Node &node, const std::string &name,
                                                                 Diagnostics &diagnostics)
{
    const std::string profileName = name.empty() ? "default" : name;
    if (auto it = registries.find(profileName); it != registries.end())
        return it->second;
    for (const auto &profile : options.schemaRegistries) {
        if (profile.name == profileName) {
            auto client = std::make_shared<SchemaRegistryClient>(profile, options.llm.secretResolver);
            registries[profileName] = client;
            return client;
        }
    }
    diagnostics.push_back(compileError(node, "unknown-schema-registry", "schemaRegistry",
                                       "no Schema Registry profile named '" + profileName
                                           + "' (give it with --schema-registry " + profileName
                                           + "=URL or schema.registry.url in --config, or in the settings)"));
    return nullptr;
}

// Before anything is read: sinks check and register their schemas, sources'
// registries must answer. A problem here refuses the run with nothing produced.
bool Engine::Impl::prepareAvro()
{
    std::string error;
    for (const auto &src : kafkaSources) {
        if (!src.avro)
            continue;
        SchemaRegistryError registryError;
        if (!src.avro->registry().subjects(&registryError) && registryError.kind == SchemaRegistryError::Kind::Transport) {
            fail(nodes[size_t(src.node)].id, registryError.message);
            return false;
        }
    }
    for (size_t i = 0; i < nodes.size(); ++i) {
        for (AvroSinkOperator *sink : avroSinks) {
            if (nodes[i].op.get() != sink)
                continue;
            if (!sink->prepare(&error)) {
                fail(nodes[i].id, error);
                return false;
            }
            pushEvent(RunEvent::Kind::Info, nodes[i].id,
                      "Avro schema id " + std::to_string(sink->schemaId()) + " registered under " + sink->subject());
        }
    }
    return true;
}

// ------------------------------------------------------------------ run loop

bool Engine::Impl::openClients()
{
    std::string error;
    if (!prepareAvro())
        return false;
    if (!options.bootstrapServers.empty()) {
        producer = std::make_unique<KafkaProducer>(
            options.bootstrapServers, options.clientProperties,
            [this](int node, Origin *origin, bool ok, const std::string &err) { delivered(node, origin, ok, err); },
            [this](const std::string &text) { librdkafkaLog(text); });
        if (!producer->open(&error)) {
            fail({}, error);
            producer.reset();
            return false;
        }
    }
    for (auto &src : kafkaSources) {
        // Recreate with the hooks bound to this run (the compile step had none).
        KafkaSource::Hooks hooks;
        hooks.beforeRevoke = [this] {
            if (producer)
                producer->drain(10'000);
        };
        const std::string nodeId = nodes[size_t(src.node)].id;
        hooks.warning = [this, nodeId](const std::string &text) { pushEvent(RunEvent::Kind::Warning, nodeId, text); };
        hooks.log = [this](const std::string &text) { librdkafkaLog(text); };
        src.source = std::make_unique<KafkaSource>(src.source->config(), hooks);
        if (!src.source->open(&error)) {
            fail(nodeId, error);
            return false;
        }
    }
    return true;
}

void Engine::Impl::handleKafkaMessage(KafkaSourceState &src, rd_kafka_message_t *message)
{
    NodeRuntime &n = nodes[size_t(src.node)];
    ++n.stats.in;
    if (!totals.input++)
        firstInputNanos = steadyNanos();
    PartitionOffsets *offsets = src.source->offsetsFor(message->partition);
    Record record;
    record.origin = OriginRef::adopt(Origin::fromKafka(message, offsets, this, steadyNanos()));
    rd_kafka_timestamp_type_t tsType;
    const std::int64_t ts = rd_kafka_message_timestamp(message, &tsType);
    record.timestampMillis = ts >= 0 ? ts : nowMillis;
    const char *data = static_cast<const char *>(message->payload);
    if (src.avro) {
        std::string error;
        const auto result = src.avro->decode(data, data ? message->len : 0, record.value, &error);
        if (result == AvroRecordDecoder::Result::RegistryUnavailable) {
            // Not the message's fault: stop with it uncommitted instead of dead-lettering everything.
            record.origin->markFailed();
            fail(n.id, error);
            return;
        }
        if (result != AvroRecordDecoder::Result::Ok) {
            handleError(src.node, std::move(record), error);
            return;
        }
        if (!src.timestampField.empty()) {
            FieldPath path(src.timestampField);
            if (const nlohmann::json *t = path.find(record.value); t && t->is_number())
                record.timestampMillis = t->get<std::int64_t>();
        }
    } else if (src.json) {
        std::string error;
        if (!data || !parser.parse(data, message->len, record.value, &error)) {
            if (!data)
                error = "malformed JSON: empty message";
            handleError(src.node, std::move(record), error);
            return;
        }
        if (!src.timestampField.empty()) {
            FieldPath path(src.timestampField);
            if (const nlohmann::json *t = path.find(record.value); t && t->is_number())
                record.timestampMillis = t->get<std::int64_t>();
        }
    } else {
        record.value = nlohmann::json::object();
        record.value["key"] = message->key ? nlohmann::json(std::string(static_cast<const char *>(message->key), message->key_len))
                                           : nlohmann::json(nullptr);
        record.value["value"] = data ? nlohmann::json(std::string(data, message->len)) : nlohmann::json(nullptr);
    }
    ++n.stats.out;
    dispatch(src.node, 0, std::move(record));
}

void Engine::Impl::emitSample(SampleSourceState &src, std::int64_t ts)
{
    NodeRuntime &n = nodes[size_t(src.node)];
    ++n.stats.in;
    ++n.stats.out;
    if (!totals.input++)
        firstInputNanos = steadyNanos();
    Record record;
    record.value = src.generator->next(ts);
    record.timestampMillis = ts;
    record.origin = OriginRef::adopt(Origin::fromSample(this, steadyNanos()));
    ++src.produced;
    if (src.count && src.produced >= src.count)
        src.done = true;
    dispatch(src.node, 0, std::move(record));
}

void Engine::Impl::publish(bool final)
{
    const std::int64_t now = steadyNanos();
    const double seconds = double(now - lastPublishNanos) / 1e9;
    RunSnapshot snap;
    snap.elapsedMillis = (now - startNanos) / 1'000'000;
    snap.nodes.reserve(nodes.size());
    for (auto &n : nodes) {
        if (seconds > 0.05) {
            const double rate = double(n.stats.in - n.lastIn) / seconds;
            n.stats.ratePerSecond = final ? n.stats.ratePerSecond : (n.lastIn ? 0.5 * n.stats.ratePerSecond + 0.5 * rate : rate);
            n.lastIn = n.stats.in;
        }
        if (auto *llmOp = dynamic_cast<LlmOperator *>(n.op.get()))
            n.stats.llm = llmOp->stats();
        snap.nodes.push_back(n.stats);
    }
    snap.totals = totals;
    std::uint64_t settled = totals.output + totals.filtered + totals.deadLettered + totals.skipped + totals.stored + totals.failed;
    snap.totals.inFlight = totals.input - settled;
    std::uint64_t late = 0;
    bool operatorsAlive = false;
    for (auto &n : nodes) {
        operatorsAlive = operatorsAlive || n.op;
        if (auto *agg = dynamic_cast<AggregateOperator *>(n.op.get()))
            late += agg->lateEvents();
    }
    if (operatorsAlive) // after the run the operators are gone; keep the last count
        totals.lateEvents = late;
    snap.totals.lateEvents = totals.lateEvents;
    std::uint64_t commits = 0;
    for (auto &s : kafkaSources)
        commits += s.source->commits();
    snap.totals.committed = commits;
    if (seconds > 0.05)
        snap.inputRatePerSecond = double(totals.input - lastInput) / seconds;
    snap.error = failure;
    if (firstInputNanos && lastSettledNanos > firstInputNanos)
        snap.activeSeconds = double(lastSettledNanos - firstInputNanos) / 1e9;
    std::map<std::string, std::vector<std::string>, std::less<>> peekUpdates;
    if (options.peekCapacity) {
        for (size_t e = 0; e < peekRings.size(); ++e) {
            if (!peekDirty[e])
                continue;
            peekDirty[e] = false;
            auto &texts = peekUpdates[edgeIds[e]];
            for (const auto &v : peekRings[e])
                texts.push_back(v.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
        }
    }
    {
        std::lock_guard lock(mutex);
        snap.state = published.state;
        snap.sequence = published.sequence + 1;
        if (seconds <= 0.05)
            snap.inputRatePerSecond = published.inputRatePerSecond;
        published = std::move(snap);
        for (auto &[edge, texts] : peekUpdates)
            publishedPeek[edge] = std::move(texts);
    }
    if (seconds > 0.05) {
        lastPublishNanos = now;
        lastInput = totals.input;
    }
}

void Engine::Impl::runLoop()
{
    startNanos = lastPublishNanos = steadyNanos();
    nowMillis = wallMillis();
    setState(RunState::Running);
    const bool opened = openClients();
    peekRings.assign(edgeIds.size(), {});
    peekDirty.assign(edgeIds.size(), false);

    const std::int64_t sampleStart = options.sampleStartMillis ? options.sampleStartMillis : nowMillis;
    auto sampleStartNanos = steadyNanos();
    // Stream–table joins: every other source waits until the table sources have
    // read what their topics held at start; otherwise the first stream records
    // would meet an empty or partial table (left joins pass them un-enriched,
    // inner joins drop them).
    bool loadingTables = std::any_of(kafkaSources.begin(), kafkaSources.end(),
                                     [](const KafkaSourceState &s) { return s.source->config().table; });
    const std::int64_t tableLoadStartNanos = steadyNanos();
    std::vector<rd_kafka_message_t *> batch;
    batch.reserve(1024);
    bool idle = false;
    std::int64_t lastTimerNanos = steadyNanos();
    const std::int64_t deadlineNanos = options.durationMillis ? startNanos + options.durationMillis * 1'000'000 : 0;

    while (opened && !stopRequested) {
        const std::int64_t nowNanos = steadyNanos();
        nowMillis = wallMillis();
        if (deadlineNanos && nowNanos >= deadlineNanos)
            break;
        std::uint64_t budget = 1000;
        if (options.maxMessages) {
            if (totals.input >= options.maxMessages)
                break;
            budget = std::min<std::uint64_t>(budget, options.maxMessages - totals.input);
        }
        if (loadingTables) {
            bool loaded = true;
            for (auto &src : kafkaSources)
                loaded = loaded && (!src.source->config().table || src.source->tableLoaded());
            const std::int64_t waited = (nowNanos - tableLoadStartNanos) / 1'000'000;
            if (loaded) {
                pushEvent(RunEvent::Kind::Info, {}, "join tables loaded in " + std::to_string(waited) + " ms; reading streams");
            } else if (waited >= options.tableLoadTimeoutMillis) {
                for (auto &src : kafkaSources)
                    if (src.source->config().table && !src.source->tableLoaded(0))
                        pushEvent(RunEvent::Kind::Warning, nodes[size_t(src.node)].id,
                                  "join table not loaded after " + std::to_string(waited) + " ms ("
                                      + src.source->tableLoadProgress()
                                      + "); reading streams anyway, early records may miss their table row");
            }
            if (loaded || waited >= options.tableLoadTimeoutMillis) {
                loadingTables = false;
                sampleStartNanos = steadyNanos(); // sample rates count from when they may emit
            }
        }
        bool progress = false;
        // Back-pressure: while an LLM node holds all it may, sources are not read.
        bool backPressured = false;
        for (int a : asyncNodes)
            backPressured = backPressured || !nodes[size_t(a)].op->acceptsMore();
        if (backPressured)
            budget = 0;

        // Kafka sources: one batch each.
        for (size_t i = 0; i < kafkaSources.size() && budget && !stopRequested; ++i) {
            auto &src = kafkaSources[i];
            if (loadingTables && !src.source->config().table)
                continue;
            batch.clear();
            std::string fatal;
            const int wait = idle && sampleSources.empty() ? int(20 / kafkaSources.size()) + 1 : 0;
            src.source->poll(wait, budget, batch, &fatal);
            if (!fatal.empty())
                fail(nodes[size_t(src.node)].id, fatal);
            size_t k = 0;
            for (; k < batch.size() && !stopRequested; ++k)
                handleKafkaMessage(src, batch[k]);
            for (; k < batch.size(); ++k) // not taken in: read again after a restart
                rd_kafka_message_destroy(batch[k]);
            budget -= std::min<std::uint64_t>(budget, batch.size());
            progress = progress || !batch.empty();
        }

        // Sample sources: whatever is due at their rate.
        bool samplesPending = false;
        std::int64_t nextDueMillis = 20;
        for (auto &src : sampleSources) {
            if (src.done || !budget || stopRequested || loadingTables)
                continue;
            std::uint64_t due;
            if (src.rate <= 0) {
                due = budget;
            } else {
                const double elapsed = double(steadyNanos() - sampleStartNanos) / 1e9;
                const auto total = std::uint64_t(elapsed * src.rate) + 1;
                due = total > src.produced ? total - src.produced : 0;
                if (!due)
                    nextDueMillis = std::min<std::int64_t>(nextDueMillis, std::int64_t(1000.0 / src.rate) + 1);
            }
            due = std::min(due, budget);
            if (src.count)
                due = std::min(due, src.count - src.produced);
            const double interval = src.rate > 0 ? 1000.0 / src.rate : 1.0;
            for (std::uint64_t k = 0; k < due && !stopRequested; ++k)
                emitSample(src, sampleStart + std::int64_t(double(src.produced) * interval));
            budget -= std::min(budget, due);
            progress = progress || due > 0;
            samplesPending = samplesPending || !src.done;
        }
        if (kafkaSources.empty() && !sampleSources.empty() && !samplesPending && !backPressured)
            break; // every finite source is exhausted

        // LLM answers arrive on the client's thread; emit the finished ones.
        bool asyncPending = false;
        for (int a : asyncNodes) {
            Context context(*this, a);
            nodes[size_t(a)].op->poll(context);
            asyncPending = asyncPending || nodes[size_t(a)].op->pendingRecords() > 0;
        }

        // Delivery reports; when idle, this is also where the loop waits.
        int wait = progress ? 0 : (kafkaSources.empty() ? int(nextDueMillis) : 0);
        if (!progress && asyncPending)
            wait = std::clamp(wait, 1, 2);
        if (producer)
            producer->poll(wait);
        else if (wait)
            std::this_thread::sleep_for(std::chrono::milliseconds(wait));
        idle = !progress;

        if (steadyNanos() - lastTimerNanos >= 100'000'000) {
            lastTimerNanos = steadyNanos();
            nowMillis = wallMillis();
            for (int idx : topoOrder) {
                Context context(*this, idx);
                if (nodes[size_t(idx)].op)
                    nodes[size_t(idx)].op->onTimer(context);
            }
            for (auto &src : kafkaSources)
                src.source->storeOffsets();
            publish(false);
        }
    }

    // Graceful stop: close windows, wait for acknowledgements, commit.
    setState(RunState::Stopping);
    if (failure.empty()) {
        nowMillis = wallMillis();
        for (int idx : topoOrder) {
            Context context(*this, idx);
            if (nodes[size_t(idx)].op)
                nodes[size_t(idx)].op->flush(context);
        }
    }
    if (producer) {
        const auto deadline = steadyNanos() + options.drainTimeoutMillis * 1'000'000;
        while (producer->outstanding() > 0 && steadyNanos() < deadline) {
            producer->poll(50);
            if (steadyNanos() - lastPublishNanos > 100'000'000)
                publish(false);
        }
        if (producer->outstanding() > 0)
            pushEvent(RunEvent::Kind::Error, {},
                      std::to_string(producer->outstanding())
                          + " messages were not acknowledged before the drain timeout; their source offsets stay uncommitted");
    }
    for (auto &src : kafkaSources)
        src.source->close();
    publish(true);
    // Now nothing commits any more: releasing what operators still hold (a
    // failed run's open windows) and purging unacknowledged messages only
    // updates the accounting.
    for (auto &n : nodes)
        n.op.reset();
    producer.reset();
    publish(true);
    setState(failure.empty() ? RunState::Finished : RunState::Failed);
}

// ------------------------------------------------------------------ Engine

Engine::Engine() : d(std::make_unique<Impl>()) {}

Engine::~Engine()
{
    requestStop();
    wait();
}

Diagnostics Engine::compile(const Graph &graph, const RunOptions &options, const Catalog &catalog)
{
    if (d->started)
        return {Diagnostic{Severity::Error, "already-running", "the engine is already running", {}, {}, {}, {}, {}}};
    d = std::make_unique<Impl>();
    return d->compile(graph, options, catalog);
}

bool Engine::isCompiled() const
{
    return d->compiled;
}

bool Engine::start()
{
    if (!d->compiled || d->started.exchange(true))
        return false;
    d->thread = std::thread([this] { d->runLoop(); });
    return true;
}

void Engine::run()
{
    if (!d->compiled || d->started.exchange(true))
        return;
    d->runLoop();
}

void Engine::requestStop()
{
    d->stopRequested = true;
}

void Engine::wait()
{
    if (d->thread.joinable())
        d->thread.join();
}

RunSnapshot Engine::snapshot() const
{
    std::lock_guard lock(d->mutex);
    return d->published;
}

std::vector<RunEvent> Engine::takeEvents(size_t max)
{
    std::lock_guard lock(d->mutex);
    std::vector<RunEvent> out;
    while (!d->events.empty() && out.size() < max) {
        out.push_back(std::move(d->events.front()));
        d->events.pop_front();
    }
    return out;
}

std::vector<std::string> Engine::peek(std::string_view edgeId) const
{
    std::lock_guard lock(d->mutex);
    auto it = d->publishedPeek.find(edgeId);
    return it == d->publishedPeek.end() ? std::vector<std::string>{} : it->second;
}

} // namespace pipeline::runtime
