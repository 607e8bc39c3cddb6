#include "pipeline/runtime/dataflow/standalonebuildcontext.h"

#include "pipeline/core/schemainference.h"

#include <stdexcept>

namespace pipeline::runtime {

StandaloneBuildContext::StandaloneBuildContext(const Node &node, const NodeType &type, Diagnostics &diagnostics,
                                               const Catalog &catalog)
    : m_node(node), m_type(type), m_diagnostics(diagnostics), m_catalog(catalog)
{
    m_graph.putNode(node);
}

const Schema &StandaloneBuildContext::inputSchema(std::string_view port)
{
    m_schema = inferSchemas(m_graph, m_catalog).input(PortRef{m_node.id, std::string(port)});
    return *m_schema;
}

SinkOutput &StandaloneBuildContext::sinkOutput()
{
    if (!m_output)
        throw std::logic_error("StandaloneBuildContext: node '" + m_node.id + "' needs a sink output; give one with setSinkOutput()");
    return *m_output;
}

} // namespace pipeline::runtime
