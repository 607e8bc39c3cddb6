#pragma once

#include "pipeline/expr/expression.h"

#include <string_view>

namespace pipeline::expr {

/// True when `name` cannot stand as a bare column name in `dialect` and must be
/// quoted. One list per dialect, used by the expression printer and by codegen's
/// column declarations alike, so a column is spelled the same everywhere.
bool isReservedWord(std::string_view name, Dialect dialect);

} // namespace pipeline::expr
