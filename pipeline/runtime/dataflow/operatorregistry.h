#pragma once

#include "pipeline/runtime/dataflow/operator.h"
#include "pipeline/runtime/dataflow/operatorbuildcontext.h"

#include <functional>
#include <map>
#include <set>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pipeline::runtime {

/// Builds a node's operator from its parameters. Problems go through the
/// context's error(); the result is then usually null and the run does not start.
using OperatorFactory = std::function<std::unique_ptr<Operator>(OperatorBuildContext &context)>;

/// How each node kind's operator is built, keyed by kind, as the Catalog keys the
/// descriptors. Each runtime module fills it with an explicit call next to its
/// operators (registerKafkaOperators, registerLlmOperators, ...; not static
/// initializers, which a static library drops when nothing else references the
/// file); builtinOperators() holds them all. Sources register here too: their
/// factory returns the source operator the engine reads from.
class OperatorRegistry {
public:
    /// Registers (or replaces) the factory of `kind`.
    void add(std::string kind, OperatorFactory factory);
    const OperatorFactory *find(std::string_view kind) const;
    bool contains(std::string_view kind) const { return find(kind) != nullptr; }
    std::vector<std::string> kinds() const;

    /// Marks a catalog kind as design-only: drawn, validated and exported, but not
    /// run by the desktop runner (no factory on purpose; a pipeline using it is
    /// refused with `no-runtime-operator`). Without this mark every catalog kind
    /// must have a factory (tests/runtime/tst_operatorregistry).
    void addDesignOnly(std::string kind) { m_designOnly.insert(std::move(kind)); }
    bool isDesignOnly(std::string_view kind) const { return m_designOnly.find(kind) != m_designOnly.end(); }

private:
    std::map<std::string, OperatorFactory, std::less<>> m_factories;
    std::set<std::string, std::less<>> m_designOnly;
};

} // namespace pipeline::runtime
