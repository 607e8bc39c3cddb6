#pragma once

#include "pipeline/core/graph.h"
#include "pipeline/core/nodetype.h"

#include <QStringList>

/// A few short lines naming a node's key parameters (the filter condition, the
/// topic, the route names), derived from the descriptor: required parameters
/// first, list parameters shown by their items' first field.
QStringList nodeSummary(const pipeline::Node &node, const pipeline::NodeType *type, int maxLines);
