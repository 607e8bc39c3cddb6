#pragma once

#include "pipeline/core/graph.h"

#include <QString>

class GraphModel;

/// Whether a wire from an output port to an input port may be drawn, and why not.
struct ConnectionCheck {
    bool ok = false;
    /// The input accepts one edge and has one: connecting replaces it.
    bool replacesExisting = false;
    QString reason; // translated; empty when ok and nothing to say
};

/// `a` and `b` in either order; `aIsOutput`/`bIsOutput` tell the port directions.
/// On success `from`/`to` hold the normalised output -> input ends.
ConnectionCheck checkConnection(const GraphModel &model, const pipeline::PortRef &a, bool aIsOutput,
                                const pipeline::PortRef &b, bool bIsOutput, pipeline::PortRef *from = nullptr,
                                pipeline::PortRef *to = nullptr);
