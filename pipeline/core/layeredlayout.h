#pragma once

#include "pipeline/core/graph.h"

#include <functional>
#include <map>
#include <string>

namespace pipeline {

/// Layered left-to-right layout (Sugiyama style) for auto-layout: longest-path
/// layering, crossing reduction by barycentre ordering over dummy nodes for long
/// edges, then y coordinates pulled towards neighbours without overlaps.
/// Edges into a cycle are reversed for layering only.
class LayeredLayout {
public:
    struct Size {
        double width = 200;
        double height = 90;
    };
    struct Options {
        double layerGap = 80;  // horizontal space between the widest node of a layer and the next layer
        double nodeGap = 40;   // vertical space between nodes of a layer
        int sweeps = 6;        // barycentre down+up sweeps
        /// Node size; default: Size{}.
        std::function<Size(const Node &)> sizeOf;
    };

    struct Result {
        std::map<std::string, Position> positions;
        int layers = 0;
        long crossingsBefore = 0; // crossings between adjacent layers in input order
        long crossingsAfter = 0;
    };

    /// Positions for every node, top-left corners, rounded to integers, with the
    /// layout's top-left at the graph's previous top-left (so it does not jump).
    static Result compute(const Graph &graph, const Options &options);
    static Result compute(const Graph &graph) { return compute(graph, Options{}); }
};

} // namespace pipeline
