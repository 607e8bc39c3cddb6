#include "widgets/canvas/connectionrules.h"

#include "widgets/model/graphmodel.h"

#include "pipeline/core/graphalgorithms.h"

#include <QCoreApplication>

// Free functions have no QCoreApplication::translate("ConnectionRules", ): the context is spelled out so lupdate finds the strings.

ConnectionCheck checkConnection(const GraphModel &model, const pipeline::PortRef &a, bool aIsOutput,
                                const pipeline::PortRef &b, bool bIsOutput, pipeline::PortRef *fromOut,
                                pipeline::PortRef *toOut)
{
    ConnectionCheck check;
    if (aIsOutput == bIsOutput) {
        check.reason = aIsOutput ? QCoreApplication::translate("ConnectionRules", "Connect an output to an input, not to another output")
                                 : QCoreApplication::translate("ConnectionRules", "Connect an input to an output, not to another input");
        return check;
    }
    const pipeline::PortRef &from = aIsOutput ? a : b;
    const pipeline::PortRef &to = aIsOutput ? b : a;
    if (from.node == to.node) {
        check.reason = QCoreApplication::translate("ConnectionRules", "A node cannot feed itself");
        return check;
    }
    const pipeline::Graph &graph = model.graph();
    const pipeline::Node *toNode = graph.node(to.node);
    const pipeline::NodeType *toType = toNode ? model.catalog().find(toNode->kind) : nullptr;
    const pipeline::PortDescriptor *input = toType ? toType->input(to.port) : nullptr;
    if (!input) {
        check.reason = QCoreApplication::translate("ConnectionRules", "Unknown input port");
        return check;
    }
    if (graph.edge(pipeline::Graph::edgeIdFor(from, to))) {
        check.reason = QCoreApplication::translate("ConnectionRules", "Already connected");
        return check;
    }
    if (pipeline::downstreamOf(graph, to.node).count(from.node)) {
        check.reason = QCoreApplication::translate("ConnectionRules", "This connection would create a loop");
        return check;
    }
    check.ok = true;
    if (input->cardinality == pipeline::Cardinality::One && !graph.edgesInto(to.node, to.port).empty()) {
        check.replacesExisting = true;
        check.reason = QCoreApplication::translate("ConnectionRules", "Replaces the existing connection");
    }
    if (fromOut)
        *fromOut = from;
    if (toOut)
        *toOut = to;
    return check;
}
