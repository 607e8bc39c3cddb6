#pragma once

#include "pipeline/core/nodetype.h"

#include <string_view>
#include <vector>

namespace pipeline {

/// The registry of node kinds. `builtin()` holds catalog v1; tests may build
/// their own. Adding a node kind touches the catalog, its runtime operator and
/// its codegen — nothing else.
class Catalog {
public:
    static const Catalog &builtin();

    void add(NodeType type);
    const NodeType *find(std::string_view kind) const;
    const std::vector<NodeType> &types() const { return m_types; }
    std::vector<const NodeType *> byCategory(Category category) const;

    /// A new node of this kind with every parameter at its default.
    Node instantiate(std::string_view kind, std::string id) const;

private:
    std::vector<NodeType> m_types;
};

} // namespace pipeline
