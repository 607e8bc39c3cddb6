#pragma once

#include "pipeline/runtime/dataflow/fieldpath.h"
#include "pipeline/runtime/dataflow/operator.h"

#include <vector>

namespace pipeline::runtime {

/// `mask`: anonymises fields in flight. redact -> "***"; hash -> lowercase hex
/// SHA-256 of the value's text; partial -> every character but the last `keep`
/// replaced by '*'. Missing and NULL fields stay as they are.
class MaskOperator : public Operator {
public:
    enum class Method { Redact, Hash, Partial };
    struct Field {
        FieldPath path;
        Method method = Method::Redact;
        int keep = 4;
    };
    explicit MaskOperator(std::vector<Field> fields) : m_fields(std::move(fields)) {}
    void process(int input, Record &&record, OperatorContext &context) override;

    /// The masking of one text, exposed for tests.
    static std::string maskText(const std::string &text, Method method, int keep);

private:
    std::vector<Field> m_fields;
};

} // namespace pipeline::runtime
