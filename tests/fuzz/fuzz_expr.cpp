// libFuzzer target: the expression language end to end. Any input must give a
// value or an error — never a crash, a hang or a sanitizer report — and what the
// printer emits must parse back to the same tree (codegen relies on that).

#include "pipeline/expr/ast.h"
#include "pipeline/expr/expression.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

const pipeline::Schema &testSchema()
{
    static const pipeline::Schema schema = [] {
        using pipeline::Field;
        using pipeline::FieldType;
        pipeline::Schema s;
        s.fields = {
            Field{"a", FieldType::Integer},
            Field{"b", FieldType::Double},
            Field{"s", FieldType::String},
            Field{"t", FieldType::Timestamp},
            Field{"flag", FieldType::Boolean},
            Field{"n", FieldType::Null},
            Field{"obj", FieldType::Object, {Field{"x", FieldType::Integer}, Field{"name", FieldType::String}}},
            Field{"arr", FieldType::Array, {}, FieldType::Integer},
        };
        return s;
    }();
    return schema;
}

const nlohmann::json &testRecord()
{
    static const nlohmann::json record = nlohmann::json::parse(R"({
        "a": 42, "b": -2.5, "s": "Hello, World", "t": 1700000000000, "flag": true, "n": null,
        "obj": {"x": -7, "name": "ünï"}, "arr": [1, 2, 3], "big": 9223372036854775807, "neg": -9223372036854775807
    })");
    return record;
}

[[noreturn]] void fail(const char *what, std::string_view input, const std::string &detail)
{
    std::fprintf(stderr, "fuzz_expr: %s\ninput: %.*s\n%s\n", what, int(input.size()), input.data(), detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const pipeline::expr::ParseResult parsed = pipeline::expr::parse(text);
    if (!parsed.ok()) {
        if (!parsed.error || parsed.error->message.empty())
            fail("parse failed without a message", text, "");
        return 0;
    }
    const pipeline::expr::Expression &expression = *parsed.expression;
    (void)expression.referencedFields();
    (void)pipeline::expr::typeCheck(expression, testSchema());
    (void)pipeline::expr::typeCheck(expression, pipeline::Schema::openSchema());
    try {
        const pipeline::expr::Value value = pipeline::expr::evaluate(expression, testRecord());
        (void)value.toJson();
        (void)value.toString();
    } catch (const pipeline::expr::EvaluationError &) {
        // A data error is a value the runtime dead-letters: fine.
    }

    const std::string canonical = pipeline::expr::print(expression, pipeline::expr::Dialect::Canonical);
    (void)pipeline::expr::print(expression, pipeline::expr::Dialect::Ksql);
    (void)pipeline::expr::print(expression, pipeline::expr::Dialect::Flink);
    const pipeline::expr::ParseResult reparsed = pipeline::expr::parse(canonical);
    if (!reparsed.ok())
        fail("canonical print does not parse", text,
             "printed: " + canonical + "\nerror: " + (reparsed.error ? reparsed.error->message : std::string()));
    if (!pipeline::expr::structurallyEqual(expression.root(), reparsed.expression->root()))
        fail("canonical print parses to a different tree", text, "printed: " + canonical);
    return 0;
}
