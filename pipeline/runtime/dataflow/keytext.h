#pragma once

#include "pipeline/expr/value.h"

#include <string>

namespace pipeline::runtime {

/// A key as text, the one rule joins, dedupe and Kafka message keys share: whole
/// numbers print without a fraction so "42" and 42.0 meet, timestamps as epoch
/// milliseconds, strings as they are, anything else as JSON. NULL has no key
/// (returns false).
bool keyText(const expr::Value &key, std::string *text);

} // namespace pipeline::runtime
