#pragma once

#include "pipeline/core/catalog.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/core/schema.h"
#include "pipeline/expr/expression.h"
#include "pipeline/runtime/dataflow/runservices.h"
#include "pipeline/runtime/dataflow/runsettings.h"
#include "pipeline/runtime/dataflow/sinkoutput.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace pipeline::runtime {

/// What an operator factory sees while the engine builds one node: the node and
/// its descriptor, the graph, the run's module settings and shared services, and
/// the parts of the run a sink binds to. The parameter helpers read a parameter
/// or its catalog default and report problems as diagnostics naming the node and
/// the parameter, so every factory reads parameters the same way.
class OperatorBuildContext {
public:
    virtual ~OperatorBuildContext() = default;

    virtual const Node &node() const = 0;
    virtual const NodeType &type() const = 0;
    virtual const Graph &graph() const = 0;
    virtual const Catalog &catalog() const = 0;
    /// The record schema arriving on the node's input port `port` (inferred once per compile).
    virtual const Schema &inputSchema(std::string_view port) = 0;
    /// The run's module settings (LlmSettings, SchemaRegistrySettings, ...).
    virtual const RunSettings &settings() const = 0;
    /// Objects shared by the run's nodes (one LLM client, vector indexes by name, ...).
    virtual RunServices &services() = 0;
    /// Where a sink hands its messages: the run's producer, counted for this node.
    virtual SinkOutput &sinkOutput() = 0;
    /// The node reads or writes Kafka topics: the run needs a cluster.
    virtual void requireKafka() = 0;
    /// The graph's dead-letter topic (settings.deadLetterTopic or the default).
    virtual const std::string &deadLetterTopic() const = 0;
    virtual Diagnostics &diagnostics() = 0;

    template <class T> const T &setting() const { return settings().template get<T>(); }
    template <class T> std::shared_ptr<T> shared(const std::string &name, const std::function<std::shared_ptr<T>()> &make)
    {
        return services().template shared<T>(name, make);
    }

    /// The parameter's value, or its catalog default, or null.
    nlohmann::json param(std::string_view key) const;
    /// A string parameter, else `fallback`.
    std::string text(std::string_view key, std::string fallback = {}) const;
    /// A number parameter, else `fallback`.
    double number(std::string_view key, double fallback) const;
    /// An array parameter (item lists, string lists), else an empty array.
    nlohmann::json items(std::string_view key) const;
    /// A duration parameter in milliseconds; empty = `fallback`; a bad text is an error.
    std::int64_t duration(std::string_view key, std::int64_t fallback);
    /// Parses an expression text; `parameter` names it in the diagnostic
    /// ("condition", "fields[2].expression"). Not a string or a parse error: an error.
    expr::Expression expression(const nlohmann::json &text, const std::string &parameter);
    /// The expression in parameter `key`, or nullopt when it is unset or empty.
    std::optional<expr::Expression> optionalExpression(std::string_view key);

    /// Reports an error on this node; ok() is false from then on.
    void error(std::string code, std::string parameter, std::string message);
    /// No error was reported through this context.
    bool ok() const { return m_ok; }

private:
    bool m_ok = true;
};

} // namespace pipeline::runtime
