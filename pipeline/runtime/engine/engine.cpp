#include "pipeline/runtime/engine/engine.h"

#include "pipeline/core/graphalgorithms.h"
#include "pipeline/core/graphvalidator.h"
#include "pipeline/core/schemainference.h"
#include "pipeline/expr/expression.h"
#include "pipeline/expr/timestamptext.h"
#include "pipeline/runtime/dataflow/readablereason.h"
#include "pipeline/runtime/dataflow/source.h"
#include "pipeline/runtime/engine/transactioncycle.h"
#include "pipeline/runtime/kafka/kafkafactories.h"
#include "pipeline/runtime/kafka/kafkaproducer.h"
#include "pipeline/runtime/kafka/kafkasinkoperator.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include <unistd.h>

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

} // namespace

struct Engine::Impl : public FateListener {
    // --- compiled pipeline (engine thread only once started) ---
    Graph graph;
    RunOptions options;
    bool compiled = false;
    std::vector<NodeRuntime> nodes;
    std::vector<int> topoOrder;
    std::vector<std::string> edgeIds;
    // Source nodes, those that may wait for data first (the run loop reads them in this order).
    class SourcePort;
    struct SourceSlot {
        int node;
        Source *source; // owned by nodes[node].op
        std::unique_ptr<SourcePort> port;
    };
    std::vector<SourceSlot> sources;
    size_t waitingSources = 0;
    std::int64_t eventStartMillis = 0; // sample sources' first event time
    std::string deadLetterTopic = "pipewright.dead-letter";
    bool needsKafka = false;
    std::unique_ptr<KafkaProducer> producer;
    // Exactly-once: the transactions, and whether reading pauses for a commit.
    bool exactlyOnce = false;
    std::unique_ptr<TransactionCycle> transactions;
    bool committing = false;
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

    // Nodes answering asynchronously (LLM steps): polled every loop iteration.
    std::vector<int> asyncNodes;
    // What the nodes of this run share (LLM client, vector indexes, registry clients).
    RunServices services;
    // Input schemas, inferred once when a factory first asks.
    std::optional<SchemaInference> schemas;

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

    std::int64_t clockMillis() const { return options.clock ? options.clock() : wallMillis(); }

    void fail(const std::string &nodeId, const std::string &message)
    {
        if (failure.empty()) {
            failure = nodeId.empty() ? message : "node " + nodeId + ": " + message;
            pushEvent(RunEvent::Kind::Error, nodeId, message);
        }
        stopRequested = true;
    }

    // ---------------------------------------------------------------- transactions
    std::vector<Source *> sourceList() const
    {
        std::vector<Source *> list;
        for (const auto &s : sources)
            list.push_back(s.source);
        return list;
    }
    std::string transactionalId() const;
    // One attempt: commits if everything read has settled.
    void commitIfQuiet()
    {
        std::string error;
        switch (transactions->tryCommit(sourceList(), steadyNanos(), totals.input, &error)) {
        case TransactionCycle::Result::NotQuiet: return;
        case TransactionCycle::Result::Committed: committing = false; return;
        case TransactionCycle::Result::Failed: committing = false; fail({}, error); return;
        }
    }
    // Lets the work in flight settle (LLM answers, acknowledgements) without
    // reading more, then commits; false when the deadline passed first or the
    // commit failed (the caller aborts or the run already failed).
    bool settleAndCommit(std::int64_t deadlineNanos)
    {
        committing = true;
        while (committing && failure.empty()) {
            commitIfQuiet();
            if (!committing)
                return failure.empty();
            if (steadyNanos() >= deadlineNanos)
                return false;
            for (int a : asyncNodes) {
                Context context(*this, a);
                nodes[size_t(a)].op->poll(context);
            }
            producer->poll(asyncNodes.empty() ? 10 : 1);
            if (steadyNanos() - lastPublishNanos > 100'000'000)
                publish(false);
        }
        return failure.empty() && !committing;
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
            n.stats.latency.observe(age / 1000.0);
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
        if (options.deadLetterOutput) {
            options.deadLetterOutput->deadLetter(topic, std::move(record), error, failedNode);
            return;
        }
        const Origin &o = *record.origin.get();
        std::string payload;
        if (auto [data, size] = o.payload(); data)
            payload.assign(data, size);
        else
            payload = KafkaSinkOperator::payloadFor(record.value, KafkaSinkOperator::Format::Json);
        // The original message, whole: key (partitioning and per-key order on
        // replay), headers (first, in order), timestamp; then why it is here.
        std::optional<std::string> key;
        if (auto [data, size] = o.key(); data)
            key.emplace(data, size);
        KafkaProducer::Headers headers = o.headers();
        const size_t originalHeaders = headers.size();
        const std::int64_t timestamp = o.timestamp() >= 0 ? o.timestamp() : record.timestampMillis;
        const std::string reason = readableReason(error);
        headers.insert(headers.end(),
                       {{"error", reason},
                        {"node-id", failedNode},
                        {"source-topic", o.topic()},
                        {"source-partition", o.partition() >= 0 ? std::to_string(o.partition()) : ""},
                        {"source-offset", o.offset() >= 0 ? std::to_string(o.offset()) : ""},
                        {"source-timestamp", timestamp >= 0 ? std::to_string(timestamp) : ""},
                        {"original-headers", std::to_string(originalHeaders)},
                        {"time", expr::formatIsoTimestamp(clockMillis())}});
        if (!producer) {
            pushEvent(RunEvent::Kind::Warning, failedNode, "no cluster for the dead-letter topic; dropped: " + reason);
            return;
        }
        std::string produceError;
        if (!producer->produce(deadLetterDelivery(node), topic, key, payload, headers, record.origin, &produceError)) {
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

    // Deliveries carry the producing node's index; a dead letter carries it shifted
    // past the node count, so its acknowledgement is not counted as the node's
    // `out` (the record was dead-lettered there, not emitted) while a failed
    // delivery still names the node.
    int deadLetterDelivery(int node) const { return node + int(nodes.size()); }

    void delivered(int node, Origin *origin, bool ok, const std::string &error)
    {
        const bool deadLetter = node >= int(nodes.size());
        if (deadLetter)
            node -= int(nodes.size());
        if (deadLetter && ok) {
            ++totals.produced;
        } else if (node >= 0 && size_t(node) < nodes.size()) {
            NodeRuntime &n = nodes[size_t(node)];
            if (ok) {
                ++n.stats.out;
                ++totals.produced;
                if (origin && (n.stats.out & 15) == 1) {
                    const double age = double(steadyNanos() - origin->receivedNanos()) / 1e6;
                    n.stats.latencyMillis = n.latencySamples++ ? 0.9 * n.stats.latencyMillis + 0.1 * age : age;
                    n.stats.latency.observe(age / 1000.0);
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
    Diagnostics compile(const Graph &g, const RunOptions &opts, const Catalog &catalog,
                        const OperatorRegistry &operators);
    class BuildContext;
    void compileNode(int index, const Node &node, const NodeType &type, const Catalog &catalog,
                     const OperatorRegistry &operators, Diagnostics &diagnostics);
    bool prepareOperators();

    // ---------------------------------------------------------------- run
    void runLoop();
    bool openClients();
    void publish(bool final);
    void publishClients(RunSnapshot &snap);
    void readiness(RunSnapshot &snap) const;
    RunSnapshot lastClients; // clients' part of the last publication with clients open
    void setState(RunState state)
    {
        {
            std::lock_guard lock(mutex);
            published.state = state;
            ++published.sequence;
            if (state != RunState::Running && published.ready) {
                published.ready = false;
                published.notReady.insert(published.notReady.begin(),
                                          state == RunState::Stopping ? std::string("draining: the run is stopping")
                                                                      : "the run is " + std::string(runStateName(state)));
            }
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

// A source's view of the run: counts what it takes in, dispatches what it emits.
class Engine::Impl::SourcePort : public SourceContext {
public:
    SourcePort(Impl &impl, int node) : m_impl(impl), m_node(node) {}
    FateListener *fates() override { return &m_impl; }
    std::int64_t steadyNanos() const override { return runtime::steadyNanos(); }
    std::int64_t nowMillis() const override { return m_impl.nowMillis; }
    bool stopping() const override { return m_impl.stopRequested; }
    std::int64_t startMillis() const override { return m_impl.eventStartMillis; }
    void admit() override
    {
        ++m_impl.nodes[size_t(m_node)].stats.in;
        if (!m_impl.totals.input++)
            m_impl.firstInputNanos = runtime::steadyNanos();
    }
    void emit(Record &&record) override
    {
        ++m_impl.nodes[size_t(m_node)].stats.out;
        m_impl.dispatch(m_node, 0, std::move(record));
    }
    void reject(Record &&record, const std::string &error) override
    {
        m_impl.handleError(m_node, std::move(record), error);
    }
    void failRun(const std::string &message) override { m_impl.fail(m_impl.nodes[size_t(m_node)].id, message); }
    void warning(const std::string &text) override
    {
        m_impl.pushEvent(RunEvent::Kind::Warning, m_impl.nodes[size_t(m_node)].id, text);
    }
    void clientLog(const std::string &text) override { m_impl.librdkafkaLog(text); }
    void beforeRevoke() override
    {
        if (m_impl.transactions) {
            // The partitions' work must commit before their next owner reads
            // from the committed offsets, or it would be done twice.
            if (!m_impl.settleAndCommit(runtime::steadyNanos() + 10'000'000'000)) {
                m_impl.transactions->abort();
                m_impl.fail({}, "partitions were revoked before the work in flight settled; the open transaction "
                                "was aborted and its messages are read again after a restart");
            }
            return;
        }
        if (m_impl.producer)
            m_impl.producer->drain(10'000);
    }

private:
    Impl &m_impl;
    int m_node;
};

// What a factory sees of the engine while it builds one node.
class Engine::Impl::BuildContext : public OperatorBuildContext {
public:
    BuildContext(Impl &impl, int index, const Node &node, const NodeType &type, const Catalog &catalog,
                 Diagnostics &diagnostics)
        : m_impl(impl), m_index(index), m_node(node), m_type(type), m_catalog(catalog), m_diagnostics(diagnostics)
    {
    }
    const Node &node() const override { return m_node; }
    const NodeType &type() const override { return m_type; }
    const Graph &graph() const override { return m_impl.graph; }
    const Catalog &catalog() const override { return m_catalog; }
    const Schema &inputSchema(std::string_view port) override
    {
        if (!m_impl.schemas)
            m_impl.schemas = inferSchemas(m_impl.graph, m_catalog);
        return m_impl.schemas->input(PortRef{m_node.id, std::string(port)});
    }
    const RunSettings &settings() const override { return m_impl.options.settings; }
    RunServices &services() override { return m_impl.services; }
    SinkOutput &sinkOutput() override
    {
        if (!m_sink) {
            m_impl.sinkPorts.push_back(std::make_unique<SinkPort>(m_impl, m_index));
            m_sink = m_impl.sinkPorts.back().get();
        }
        return *m_sink;
    }
    void requireKafka() override { m_impl.needsKafka = true; }
    const std::string &deadLetterTopic() const override { return m_impl.deadLetterTopic; }
    Diagnostics &diagnostics() override { return m_diagnostics; }

private:
    Impl &m_impl;
    int m_index;
    const Node &m_node;
    const NodeType &m_type;
    const Catalog &m_catalog;
    Diagnostics &m_diagnostics;
    SinkOutput *m_sink = nullptr;
};

namespace {

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

Diagnostics Engine::Impl::compile(const Graph &g, const RunOptions &opts, const Catalog &catalog,
                                  const OperatorRegistry &operators)
{
    graph = g;
    options = opts;
    exactlyOnce = g.settings.value("processingGuarantee", nlohmann::json()) == "exactly-once";
    // The Kafka factories read the cluster from the settings like any module's.
    options.settings.set(KafkaConnectionSettings{options.bootstrapServers, options.clientProperties, exactlyOnce});
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
        const int index = indexOf[id];
        NodeRuntime &n = nodes[size_t(index)];
        for (size_t i = 0; i < type->inputs.size(); ++i)
            n.inputIndex[type->inputs[i].key] = int(i);
        n.outputs.resize(type->outputPorts(node).size());
        const std::string policy = stringOr(parameterOrDefault(node, *type, "onError"), "dead-letter");
        n.policy = policy == "skip" ? ErrorPolicy::Skip : policy == "stop" ? ErrorPolicy::Stop : ErrorPolicy::DeadLetter;
        compileNode(index, node, *type, catalog, operators, diagnostics);
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

    // Table sources: sources whose every edge enters a table input (a join's table port).
    for (auto &src : sources) {
        if (!src.source->canReadAsTable())
            continue;
        const auto &outs = nodes[size_t(src.node)].outputs;
        bool table = !outs.empty() && !outs[0].empty();
        for (const auto &t : outs.empty() ? std::vector<Target>{} : outs[0]) {
            const Operator *target = nodes[size_t(t.node)].op.get();
            table = table && target && target->isTableInput(t.port);
        }
        if (table)
            src.source->readAsTable();
    }
    std::stable_partition(sources.begin(), sources.end(),
                          [](const SourceSlot &s) { return s.source->waitsForData(); });
    waitingSources = size_t(std::count_if(sources.begin(), sources.end(),
                                          [](const SourceSlot &s) { return s.source->waitsForData(); }));
    if (needsKafka && options.bootstrapServers.empty()) {
        Diagnostic d;
        d.code = "no-cluster";
        d.message = "this pipeline reads or writes Kafka topics: connect to a cluster (--bootstrap HOST:PORT) or use the sandbox (--sandbox)";
        diagnostics.push_back(d);
    }
    compiled = !hasErrors(diagnostics);
    return diagnostics;
}

void Engine::Impl::compileNode(int index, const Node &node, const NodeType &type, const Catalog &catalog,
                               const OperatorRegistry &operators, Diagnostics &diagnostics)
{
    const OperatorFactory *factory = operators.find(node.kind);
    if (!factory) {
        // A catalog kind without an operator (design-only): refuse to start
        // rather than run a pipeline with a hole in it.
        diagnostics.push_back(compileError(
            node, "no-runtime-operator", {},
            "node kind '" + node.kind + "' has no runtime operator in this version of the runner; the pipeline cannot run "
            "until the node is removed or bypassed"));
        return;
    }
    BuildContext context(*this, index, node, type, catalog, diagnostics);
    NodeRuntime &n = nodes[size_t(index)];
    n.op = (*factory)(context);
    if (!n.op)
        return;
    if (auto *source = dynamic_cast<Source *>(n.op.get()))
        sources.push_back({index, source, std::make_unique<SourcePort>(*this, index)});
    if (n.op->isAsync())
        asyncNodes.push_back(index);
}

// Before anything is read: sinks check and register their schemas, sources'
// registries must answer. A problem here refuses the run with nothing produced.
bool Engine::Impl::prepareOperators()
{
    std::vector<int> order;
    for (const auto &src : sources)
        order.push_back(src.node);
    std::sort(order.begin(), order.end());
    for (size_t i = 0; i < nodes.size(); ++i)
        if (!std::binary_search(order.begin(), order.end(), int(i)))
            order.push_back(int(i));
    for (int i : order) {
        NodeRuntime &n = nodes[size_t(i)];
        if (!n.op)
            continue;
        std::string error, notice;
        if (!n.op->prepare(&error, &notice)) {
            fail(n.id, error);
            return false;
        }
        if (!notice.empty())
            pushEvent(RunEvent::Kind::Info, n.id, notice);
    }
    return true;
}

// ------------------------------------------------------------------ run loop

// The group's runners each need their own id; a restarted runner keeps its
// host's, so it fences the process it replaces.
std::string Engine::Impl::transactionalId() const
{
    if (!options.transactionalId.empty())
        return options.transactionalId;
    std::string group = stringOr(graph.settings.value("consumerGroup", nlohmann::json()), "");
    if (group.empty())
        group = graph.name.empty() ? "pipewright" : graph.name;
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0 || !host[0])
        std::snprintf(host, sizeof host, "localhost");
    return "pipewright." + group + "." + host;
}

bool Engine::Impl::openClients()
{
    std::string error;
    if (!prepareOperators())
        return false;
    if (!options.bootstrapServers.empty()) {
        producer = std::make_unique<KafkaProducer>(
            options.bootstrapServers, options.clientProperties,
            [this](int node, Origin *origin, bool ok, const std::string &err) { delivered(node, origin, ok, err); },
            [this](const std::string &text) { librdkafkaLog(text); });
        // Before any consumer joins: registering the transactional id aborts
        // what a crashed predecessor left open, so its offsets never commit.
        if (exactlyOnce)
            producer->setTransactional(transactionalId(), int(options.transactionTimeoutMillis));
        if (!producer->open(&error)) {
            fail({}, error);
            producer.reset();
            return false;
        }
        if (exactlyOnce) {
            transactions = std::make_unique<TransactionCycle>(*producer, options.transactionIntervalMillis);
            pushEvent(RunEvent::Kind::Info, {}, "exactly-once: transactional id " + transactionalId());
        }
    }
    for (auto &src : sources) {
        if (!src.source->open(*src.port, &error)) {
            fail(nodes[size_t(src.node)].id, error);
            return false;
        }
    }
    return true;
}

void Engine::Impl::publish(bool final)
{
    const std::int64_t now = steadyNanos();
    const double seconds = double(now - lastPublishNanos) / 1e9;
    RunSnapshot snap;
    snap.elapsedMillis = (now - startNanos) / 1'000'000;
    snap.nodes.reserve(nodes.size());
    std::uint64_t late = 0;
    bool operatorsAlive = false;
    for (auto &n : nodes) {
        if (seconds > 0.05) {
            const double rate = double(n.stats.in - n.lastIn) / seconds;
            n.stats.ratePerSecond = final ? n.stats.ratePerSecond : (n.lastIn ? 0.5 * n.stats.ratePerSecond + 0.5 * rate : rate);
            n.lastIn = n.stats.in;
        }
        if (n.op) {
            operatorsAlive = true;
            if (auto llm = n.op->llmStats()) {
                n.stats.llm = *llm;
                n.stats.isLlm = true;
            }
            if (auto batches = n.op->batchesWritten())
                n.stats.batches = batches;
            late += n.op->lateEvents();
        }
        snap.nodes.push_back(n.stats);
    }
    publishClients(snap);
    if (operatorsAlive) { // after the run the operators are gone; keep the last counts
        totals.lateEvents = late;
        std::uint64_t commits = 0;
        for (auto &s : sources)
            commits += s.source->commits();
        totals.committed = commits;
    }
    snap.totals = totals;
    std::uint64_t settled = totals.output + totals.filtered + totals.deadLettered + totals.skipped + totals.stored + totals.failed;
    snap.totals.inFlight = totals.input - settled;
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
        readiness(snap);
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

// Kafka clients' state: lag, commits, rebalances, the producer's queue. Kept
// from the last publication once the clients are closed (the final counts).
void Engine::Impl::publishClients(RunSnapshot &snap)
{
    if (sources.empty() && !producer) {
        snap.partitions = lastClients.partitions;
        snap.rebalances = lastClients.rebalances;
        snap.commitsCompleted = lastClients.commitsCompleted;
        snap.commitFailures = lastClients.commitFailures;
        snap.transactionsCommitted = lastClients.transactionsCommitted;
        snap.transactionsAborted = lastClients.transactionsAborted;
        snap.brokersReachable = lastClients.brokersReachable;
        snap.notReady = lastClients.notReady;
        return;
    }
    for (auto &src : sources) {
        auto client = src.source->clientStats();
        if (!client)
            continue;
        const std::string &id = nodes[size_t(src.node)].id;
        for (auto &p : client->partitions) {
            p.nodeId = id;
            snap.partitions.push_back(std::move(p));
        }
        snap.rebalances += client->rebalances;
        snap.commitsCompleted += client->commitsCompleted;
        snap.commitFailures += client->commitFailures;
        if (!client->assigned)
            snap.notReady.push_back("node " + id + ": no partition assigned yet (joining the consumer group)");
    }
    if (transactions) {
        snap.transactionsCommitted = transactions->committed();
        snap.transactionsAborted = transactions->aborted();
    }
    if (producer) {
        snap.producerQueue = producer->outstanding();
        snap.brokersReachable = producer->brokersReachable();
        if (!snap.brokersReachable)
            snap.notReady.push_back("brokers unreachable: " + producer->brokersDownReason());
    }
    lastClients = snap;
}

// Under the lock, with the state current: the run's readiness and why not.
void Engine::Impl::readiness(RunSnapshot &snap) const
{
    if (stopRequested || snap.state == RunState::Stopping)
        snap.notReady.insert(snap.notReady.begin(), "draining: the run is stopping");
    else if (snap.state != RunState::Running)
        snap.notReady.insert(snap.notReady.begin(), "the run is " + std::string(runStateName(snap.state)));
    snap.ready = snap.notReady.empty();
}

void Engine::Impl::runLoop()
{
    startNanos = lastPublishNanos = steadyNanos();
    nowMillis = clockMillis();
    eventStartMillis = options.sampleStartMillis ? options.sampleStartMillis : nowMillis;
    setState(RunState::Running);
    const bool opened = openClients();
    peekRings.assign(edgeIds.size(), {});
    peekDirty.assign(edgeIds.size(), false);

    const std::int64_t clockStart = steadyNanos();
    for (auto &src : sources)
        src.source->startClock(clockStart);
    // Stream–table joins: every other source waits until the table sources have
    // read what their topics held at start; otherwise the first stream records
    // would meet an empty or partial table (left joins pass them un-enriched,
    // inner joins drop them).
    bool loadingTables = std::any_of(sources.begin(), sources.end(), [](const SourceSlot &s) { return s.source->isTable(); });
    const std::int64_t tableLoadStartNanos = steadyNanos();
    bool idle = false;
    std::int64_t lastTimerNanos = steadyNanos();
    const std::int64_t deadlineNanos = options.durationMillis ? startNanos + options.durationMillis * 1'000'000 : 0;

    while (opened && !stopRequested) {
        const std::int64_t nowNanos = steadyNanos();
        nowMillis = clockMillis();
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
            for (auto &src : sources)
                loaded = loaded && (!src.source->isTable() || src.source->tableLoaded(500));
            const std::int64_t waited = (nowNanos - tableLoadStartNanos) / 1'000'000;
            if (loaded) {
                pushEvent(RunEvent::Kind::Info, {}, "join tables loaded in " + std::to_string(waited) + " ms; reading streams");
            } else if (waited >= options.tableLoadTimeoutMillis) {
                for (auto &src : sources)
                    if (src.source->isTable() && !src.source->tableLoaded(0))
                        pushEvent(RunEvent::Kind::Warning, nodes[size_t(src.node)].id,
                                  "join table not loaded after " + std::to_string(waited) + " ms ("
                                      + src.source->tableLoadProgress()
                                      + "); reading streams anyway, early records may miss their table row");
            }
            if (loaded || waited >= options.tableLoadTimeoutMillis) {
                loadingTables = false;
                const std::int64_t clock = steadyNanos(); // paced sources count from when they may emit
                for (auto &src : sources)
                    src.source->startClock(clock);
            }
        }
        bool progress = false;
        // Back-pressure: while an LLM node holds all it may, sources are not read.
        bool backPressured = false;
        for (int a : asyncNodes)
            backPressured = backPressured || !nodes[size_t(a)].op->acceptsMore();
        if (backPressured)
            budget = 0;
        // Exactly-once: once a commit is due, nothing new is read until it is done.
        if (transactions && !committing && transactions->due(nowNanos, totals.input))
            committing = true;
        if (committing)
            budget = 0;

        // Sources: sources waiting for data read one batch each (waiting a little
        // when idle and nothing else needs the loop), paced ones what is due.
        std::int64_t nextDueMillis = 20;
        for (auto &src : sources) {
            if (!budget || stopRequested)
                break;
            Source &source = *src.source;
            if (source.exhausted() || (loadingTables && !source.isTable()))
                continue;
            const int wait = source.waitsForData() && idle && waitingSources == sources.size()
                ? int(20 / waitingSources) + 1
                : 0;
            const std::uint64_t taken = source.read(*src.port, budget, wait);
            if (!taken && !source.waitsForData())
                nextDueMillis = std::min(nextDueMillis, source.nextDueMillis());
            budget -= std::min(budget, taken);
            progress = progress || taken > 0;
        }
        const bool allExhausted = !sources.empty()
            && std::all_of(sources.begin(), sources.end(), [](const SourceSlot &s) { return s.source->exhausted(); });
        if (allExhausted && !backPressured)
            break; // every finite source is exhausted

        // LLM answers arrive on the client's thread; emit the finished ones.
        bool asyncPending = false;
        for (int a : asyncNodes) {
            Context context(*this, a);
            nodes[size_t(a)].op->poll(context);
            asyncPending = asyncPending || nodes[size_t(a)].op->pendingRecords() > 0;
        }

        // Delivery reports; when idle, this is also where the loop waits.
        int wait = progress ? 0 : (waitingSources == 0 ? int(nextDueMillis) : 0);
        if (!progress && asyncPending)
            wait = std::clamp(wait, 1, 2);
        if (committing)
            wait = std::clamp(wait, 0, 1);
        if (producer)
            producer->poll(wait);
        else if (wait)
            std::this_thread::sleep_for(std::chrono::milliseconds(wait));
        idle = !progress;
        if (committing && failure.empty())
            commitIfQuiet();

        if (steadyNanos() - lastTimerNanos >= 100'000'000) {
            lastTimerNanos = steadyNanos();
            nowMillis = clockMillis();
            for (int idx : topoOrder) {
                Context context(*this, idx);
                if (nodes[size_t(idx)].op)
                    nodes[size_t(idx)].op->onTimer(context);
            }
            for (auto &src : sources)
                src.source->storeOffsets();
            publish(false);
        }
    }

    // Graceful stop: close windows, wait for acknowledgements, commit.
    setState(RunState::Stopping);
    if (failure.empty()) {
        nowMillis = clockMillis();
        for (int idx : topoOrder) {
            Context context(*this, idx);
            if (nodes[size_t(idx)].op)
                nodes[size_t(idx)].op->flush(context);
        }
    }
    if (transactions) {
        // The last transaction: what settles within the drain time commits;
        // otherwise all of it is aborted and read again after a restart.
        const auto deadline = steadyNanos() + options.drainTimeoutMillis * 1'000'000;
        if (!failure.empty() || !settleAndCommit(deadline)) {
            transactions->abort();
            if (failure.empty())
                pushEvent(RunEvent::Kind::Error, {},
                          "the work in flight did not settle before the drain timeout; the open transaction was "
                          "aborted and its messages are read again after a restart");
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
    for (auto &src : sources)
        src.source->close();
    publish(true);
    // Now nothing commits any more: releasing what operators still hold (a
    // failed run's open windows) and purging unacknowledged messages only
    // updates the accounting.
    for (auto &n : nodes)
        n.op.reset();
    sources.clear();
    transactions.reset(); // refers to the producer
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

Diagnostics Engine::compile(const Graph &graph, const RunOptions &options, const Catalog &catalog,
                            const OperatorRegistry &operators)
{
    if (d->started)
        return {Diagnostic{Severity::Error, "already-running", "the engine is already running", {}, {}, {}, {}, {}}};
    d = std::make_unique<Impl>();
    return d->compile(graph, options, catalog, operators);
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
    RunSnapshot snap = d->published;
    // Readiness turns false the moment a stop is asked, not at the next publication.
    if (d->stopRequested && snap.ready) {
        snap.ready = false;
        snap.notReady.insert(snap.notReady.begin(), "draining: the run is stopping");
    }
    return snap;
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
