#pragma once

#include "pipeline/core/catalog.h"
#include "pipeline/core/diagnostic.h"
#include "pipeline/core/graph.h"
#include "pipeline/core/schema.h"

#include <map>

namespace pipeline {

/// Everything the validator learned about a graph: its problems and the
/// schemas inferred on every port (editors use them for field completion).
struct ValidationResult {
    Diagnostics diagnostics;
    std::map<PortRef, Schema> outputSchemas;
    std::map<PortRef, Schema> inputSchemas;

    bool ok() const { return !hasErrors(diagnostics); }
};

/// Checks a graph against the catalog. Diagnostic codes (stable, for translation):
///
/// - unknown-kind          node kind not in the catalog
/// - missing-parameter     required parameter (or list item member) absent or empty
/// - bad-parameter-type    value of the wrong JSON type (string vs number, ...)
/// - bad-enum-value        value not among the allowed values
/// - bad-duration          not a duration such as 500ms, 10s, 1m, 2h, 1d
/// - out-of-range          number below the minimum / above the maximum
/// - too-few-items         list shorter than required (routes >= 1, labels >= 2, ...)
/// - bad-schema            malformed schema parameter (field without name, unknown type)
/// - bad-value             other malformed values (e.g. a JSON schema that is not JSON)
/// - unknown-parameter     (warning) parameter the kind does not declare
/// - dangling-edge         edge naming an unknown node or port
/// - incompatible-edge     edge starting at an input, ending at an output, or entering a source
/// - too-many-edges        a single-edge input with several edges
/// - cycle                 the nodes form a loop (nodeId = first node, args = the loop)
/// - unconnected-input     required input without an edge
/// - unreachable           (warning) no source feeds this node
/// - duplicate-name        route/field/constraint/label/column name used twice
/// - reserved-name         route named "else", aggregate column named window_start/end
/// - parse-error           expression syntax error (span = position in the expression)
/// - unknown-field         expression, mask or time field naming a field not in the input
/// - unknown-placeholder   template {{field}} naming a field not in the input
/// - type-mismatch         condition not boolean, sum of a string, join keys of different types, ...
/// - pii-leak              sensitive field not masked upstream reaching an LLM / embedding
/// - field-overwritten     (warning) an AI output field replaces an input field
///
/// Parameters of list items are named like "routes[1].condition" (0-based).
ValidationResult validateGraph(const Graph &graph, const Catalog &catalog = Catalog::builtin());

} // namespace pipeline
