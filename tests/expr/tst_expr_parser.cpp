#include "pipeline/expr/ast.h"
#include "pipeline/expr/expression.h"

#include <QtTest>

using namespace pipeline;
using namespace pipeline::expr;

class tst_ExprParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesToCanonical_data();
    void parsesToCanonical();
    void errors_data();
    void errors();
    void astShape();
    void spans();
    void fieldPaths();
    void referencedFields();
    void literals();
    void deepNestingIsAnError();
};

void tst_ExprParser::parsesToCanonical_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("comparison") << "temperature > 30" << "temperature > 30";
    QTest::newRow("keywords lower case") << "a is not null and b in (1,2)" << "a IS NOT NULL AND b IN (1, 2)";
    QTest::newRow("bang equal") << "a != 1" << "a <> 1";
    QTest::newRow("double equal") << "a == 1" << "a = 1";
    QTest::newRow("precedence mul over add") << "a + b * c" << "a + b * c";
    QTest::newRow("parens kept where needed") << "(a + b) * c" << "(a + b) * c";
    QTest::newRow("redundant parens dropped") << "((a)) + (b * c)" << "a + b * c";
    QTest::newRow("left assoc minus") << "a - b - c" << "a - b - c";
    QTest::newRow("right grouping minus") << "a - (b - c)" << "a - (b - c)";
    QTest::newRow("and over or") << "a OR b AND c" << "a OR b AND c";
    QTest::newRow("or inside and") << "(a OR b) AND c" << "(a OR b) AND c";
    QTest::newRow("not binds looser than comparison") << "NOT a = 1" << "NOT a = 1";
    QTest::newRow("not of and") << "NOT (a AND b)" << "NOT (a AND b)";
    QTest::newRow("double not") << "not not a" << "NOT NOT a";
    QTest::newRow("negative literal folded") << "-5 * 3" << "-5 * 3";
    QTest::newRow("negated field") << "-a * 3" << "-a * 3";
    QTest::newRow("minus minus") << "a - -5" << "a - -5";
    QTest::newRow("negate negative") << "-(-a)" << "- -a";
    QTest::newRow("unary plus dropped") << "+a" << "a";
    QTest::newRow("between") << "x between 1 and 10" << "x BETWEEN 1 AND 10";
    QTest::newRow("between with and") << "x NOT BETWEEN 1 AND 10 AND y" << "x NOT BETWEEN 1 AND 10 AND y";
    QTest::newRow("not in") << "status not in ('a','b')" << "status NOT IN ('a', 'b')";
    QTest::newRow("like") << "name LIKE 'J%'" << "name LIKE 'J%'";
    QTest::newRow("not like") << "name not like '_x%'" << "name NOT LIKE '_x%'";
    QTest::newRow("is null") << "a IS NULL" << "a IS NULL";
    QTest::newRow("string escape") << "'it''s'" << "'it''s'";
    QTest::newRow("doubles") << "1.50 + .5 + 2. + 1e3" << "1.5 + 0.5 + 2.0 + 1000.0";
    QTest::newRow("searched case") << "case when a > 1 then 'big' else 'small' end"
                                   << "CASE WHEN a > 1 THEN 'big' ELSE 'small' END";
    QTest::newRow("simple case") << "CASE s WHEN 'a' THEN 1 WHEN 'b' THEN 2 END" << "CASE s WHEN 'a' THEN 1 WHEN 'b' THEN 2 END";
    QTest::newRow("cast int") << "cast(a as int)" << "CAST(a AS BIGINT)";
    QTest::newRow("cast varchar size") << "CAST(a AS VARCHAR(20))" << "CAST(a AS STRING)";
    QTest::newRow("cast timestamp precision") << "CAST(a AS TIMESTAMP(3))" << "CAST(a AS TIMESTAMP)";
    QTest::newRow("functions") << "upper(trim(name))" << "UPPER(TRIM(name))";
    QTest::newRow("pipe operator rejected") << "ucase(a) || 1 = 1" << "";
    QTest::newRow("ksql aliases") << "LEN(LCASE(a))" << "CHAR_LENGTH(LOWER(a))";
    QTest::newRow("substring from for") << "SUBSTRING(s FROM 2 FOR 3)" << "SUBSTRING(s, 2, 3)";
    QTest::newRow("substring commas") << "substring(s, 2)" << "SUBSTRING(s, 2)";
    QTest::newRow("concat variadic") << "CONCAT(a, '-', b, '-', c)" << "CONCAT(a, '-', b, '-', c)";
    QTest::newRow("round digits") << "ROUND(x, 2)" << "ROUND(x, 2)";
    QTest::newRow("coalesce") << "COALESCE(a, b, 0)" << "COALESCE(a, b, 0)";
    QTest::newRow("nested path") << "payload.device.id = 'x'" << "payload.device.id = 'x'";
    QTest::newRow("quoted identifiers") << "\"my field\" = `other`" << "\"my field\" = other";
    QTest::newRow("keyword field quoted") << "\"end\" > 1" << "\"end\" > 1";
    QTest::newRow("keyword after dot") << "window.end > 1" << "window.\"end\" > 1";
    QTest::newRow("quoted quote") << "\"a\"\"b\"" << "\"a\"\"b\"";
    QTest::newRow("predicate in comparison operand") << "(a = b) = c" << "(a = b) = c";
    QTest::newRow("is null of comparison") << "(a = b) IS NULL" << "(a = b) IS NULL";
    QTest::newRow("multiline") << "a > 1\n  AND b < 2" << "a > 1 AND b < 2";
    QTest::newRow("big integer becomes double") << "9223372036854775808" << "9223372036854775808.0";
    QTest::newRow("modulo") << "a % 2 = 0" << "a % 2 = 0";
    QTest::newRow("not between operand arithmetic") << "a + 1 BETWEEN b - 1 AND b * 2"
                                                    << "a + 1 BETWEEN b - 1 AND b * 2";
    QTest::newRow("in with expressions") << "a IN (b + 1, NULL, 'x')" << "a IN (b + 1, NULL, 'x')";
}

void tst_ExprParser::parsesToCanonical()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const ParseResult r = parse(input.toStdString());
    if (canonical.isEmpty()) {
        // '||' is not part of the language: must be rejected, not misread.
        QVERIFY(!r.ok());
        return;
    }
    QVERIFY2(r.ok(), r.error ? r.error->message.c_str() : "");
    QCOMPARE(QString::fromStdString(print(*r.expression, Dialect::Canonical)), canonical);
    QCOMPARE(QString::fromStdString(r.expression->text()), input);
}

void tst_ExprParser::errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << "" << 1 << 1 << "expected an expression but found end of input";
    QTest::newRow("dangling operator") << "a +" << 1 << 4 << "expected an expression but found end of input";
    QTest::newRow("substring keyword in call") << "UPPER(a FROM b)" << 1 << 9
                                               << "expected ')' after argument list but found 'FROM'";
    QTest::newRow("missing close paren") << "(a + b" << 1 << 7 << "expected ')' to close '(' but found end of input";
    QTest::newRow("extra close paren") << "a + b)" << 1 << 6 << "unexpected ')' without a matching '('";
    QTest::newRow("trailing token") << "a b" << 1 << 3 << "expected an operator or end of input but found 'b'";
    QTest::newRow("unterminated string") << "name = 'abc" << 1 << 8
                                         << "unterminated string literal (missing closing ')";
    QTest::newRow("bad char") << "a # b" << 1 << 3 << "unexpected character '#'";
    QTest::newRow("second line") << "a > 1 AND\n  b = = 2" << 2 << 7 << "expected an expression but found '='";
    QTest::newRow("case without end") << "CASE WHEN a THEN 1" << 1 << 19
                                      << "expected WHEN, ELSE or END in CASE expression but found end of input";
    QTest::newRow("case without then") << "CASE WHEN a 1 END" << 1 << 13
                                       << "expected THEN after WHEN condition but found '1'";
    QTest::newRow("case else without end") << "CASE WHEN a THEN 1 ELSE 2" << 1 << 26
                                           << "expected END to close CASE but found end of input";
    QTest::newRow("cast without as") << "CAST(a INT)" << 1 << 8 << "expected AS in CAST(value AS type) but found 'INT'";
    QTest::newRow("cast bad type") << "CAST(a AS BLOB)" << 1 << 11
                                   << "expected a type (BOOLEAN, INTEGER, BIGINT, DOUBLE, STRING, VARCHAR or TIMESTAMP) after AS but found 'BLOB'";
    QTest::newRow("between without and") << "a BETWEEN 1 OR 2" << 1 << 13
                                         << "expected AND between the bounds of BETWEEN but found 'OR'";
    QTest::newRow("in without paren") << "a IN 1" << 1 << 6 << "expected '(' after IN but found '1'";
    QTest::newRow("in list unclosed") << "a IN (1, 2" << 1 << 11 << "expected ',' or ')' in IN list but found end of input";
    QTest::newRow("is without null") << "a IS 5" << 1 << 6 << "expected NULL or NOT NULL after IS but found '5'";
    QTest::newRow("not without predicate") << "a NOT 5" << 1 << 7 << "expected IN, BETWEEN or LIKE after NOT but found '5'";
    QTest::newRow("chained comparison") << "a = b = c" << 1 << 7
                                        << "unexpected '=': comparisons cannot be chained; add parentheses, e.g. (a = b) = c";
    QTest::newRow("unknown function") << "FOO(a)" << 1 << 1
                                      << "unknown function 'FOO' (see the function list in the expression help)";
    QTest::newRow("arity") << "UPPER(a, b)" << 1 << 1 << "UPPER expects 1 argument but got 2";
    QTest::newRow("arity substring") << "SUBSTRING(a)" << 1 << 1 << "SUBSTRING expects 2 or 3 arguments but got 1";
    QTest::newRow("arity concat") << "CONCAT()" << 1 << 1 << "CONCAT expects at least 1 argument but got 0";
    QTest::newRow("keyword as field") << "end > 1" << 1 << 1
                                      << "expected an expression but found keyword 'end' (quote it as \"end\" to use it as a field name)";
    QTest::newRow("dot without name") << "a. > 1" << 1 << 4 << "expected a field name after '.' but found '>'";
    QTest::newRow("malformed number") << "12abc" << 1 << 1 << "malformed number '12abc'";
    QTest::newRow("number out of range") << "1e999" << 1 << 1 << "number '1e999' is out of range";
    QTest::newRow("column counts characters") << "'é' = x y" << 1 << 9 << "expected an operator or end of input but found 'y'";
    QTest::newRow("unterminated quoted identifier") << "\"abc" << 1 << 1
                                                    << "unterminated quoted identifier (missing closing \")";
    QTest::newRow("pipe") << "a || b" << 1 << 3 << "unexpected character '|'";
}

void tst_ExprParser::errors()
{
    QFETCH(QString, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const ParseResult r = parse(input.toStdString());
    QVERIFY(!r.ok());
    QVERIFY(r.error.has_value());
    QCOMPARE(QString::fromStdString(r.error->message), message);
    QCOMPARE(r.error->span.line, line);
    QCOMPARE(r.error->span.column, column);
}

void tst_ExprParser::astShape()
{
    const ParseResult r = parse("a + 2 * b > 10 AND NOT c");
    QVERIFY(r.ok());
    const AstNode &root = r.expression->root();
    QCOMPARE(root.kind, NodeKind::Binary);
    QCOMPARE(root.binaryOp, BinaryOp::And);
    const AstNode &cmp = root.child(0);
    QCOMPARE(cmp.binaryOp, BinaryOp::Greater);
    QCOMPARE(cmp.child(0).binaryOp, BinaryOp::Add);
    QCOMPARE(cmp.child(0).child(1).binaryOp, BinaryOp::Multiply);
    QCOMPARE(cmp.child(1).value, Value::integer(10));
    QCOMPARE(root.child(1).kind, NodeKind::Unary);
    QCOMPARE(root.child(1).unaryOp, UnaryOp::Not);

    const ParseResult in = parse("x IN (1, 'a', NULL)");
    QVERIFY(in.ok());
    QVERIFY(in.expression->root().constantList);
    QVERIFY(!parse("x IN (1, y)").expression->root().constantList);
    QVERIFY(parse("x IN (1, 2, 3, 4, 5, 6, 7, 8, NULL)").expression->root().constantSet != nullptr);
    QVERIFY(parse("x IN (1, 2, 3, 4, 5, 6, 7, 8, 'x')").expression->root().constantSet == nullptr);
    QVERIFY(parse("x IN (1, 2)").expression->root().constantSet == nullptr);

    const ParseResult like = parse("x LIKE 'a%'");
    QVERIFY(like.expression->root().likePattern != nullptr);
    QVERIFY(parse("x LIKE y").expression->root().likePattern == nullptr);

    const ParseResult simpleCase = parse("CASE x WHEN 1 THEN 'a' ELSE 'b' END");
    QVERIFY(simpleCase.expression->root().hasCaseOperand);
    QVERIFY(simpleCase.expression->root().hasElse);
    QCOMPARE(simpleCase.expression->root().children.size(), size_t(4));
}

void tst_ExprParser::spans()
{
    const ParseResult r = parse("a >  1 AND\n  payload.temp < 5");
    QVERIFY(r.ok());
    const AstNode &rhs = r.expression->root().child(1);
    const AstNode &field = rhs.child(0);
    QCOMPARE(field.kind, NodeKind::FieldRef);
    QCOMPARE(field.span.line, 2);
    QCOMPARE(field.span.column, 3);
    QCOMPARE(field.span.offset, 13);
    QCOMPARE(field.span.length, int(std::string("payload.temp").size()));
    const AstNode &lhs = r.expression->root().child(0);
    QCOMPARE(lhs.span.offset, 0);
    QCOMPARE(lhs.span.length, 6);
}

void tst_ExprParser::fieldPaths()
{
    const ParseResult r = parse("`a b`.\"c.d\".e");
    QVERIFY(r.ok());
    const std::vector<std::string> expected{"a b", "c.d", "e"};
    QCOMPARE(r.expression->root().path, expected);
}

void tst_ExprParser::referencedFields()
{
    const ParseResult r = parse("a > 1 AND b.c = 'x' OR a < 0 OR UPPER(d) LIKE 'X%'");
    QVERIFY(r.ok());
    const std::vector<std::string> expected{"a", "b.c", "d"};
    QCOMPARE(r.expression->referencedFields(), expected);
}

void tst_ExprParser::literals()
{
    auto literal = [](const char *text) { return parse(text).expression->root().value; };
    QCOMPARE(literal("42"), Value::integer(42));
    QCOMPARE(literal("-42"), Value::integer(-42));
    QCOMPARE(literal("4.25"), Value::number(4.25));
    QCOMPARE(literal("TRUE"), Value::boolean(true));
    QCOMPARE(literal("false"), Value::boolean(false));
    QCOMPARE(literal("NULL"), Value::null());
    QCOMPARE(literal("''''"), Value::string("'"));
    QCOMPARE(literal("'日本'"), Value::string("日本"));
    QCOMPARE(literal("-9223372036854775807"), Value::integer(-9223372036854775807LL));
}

void tst_ExprParser::deepNestingIsAnError()
{
    std::string deep(5000, '(');
    deep += "1";
    deep += std::string(5000, ')');
    const ParseResult r = parse(deep);
    QVERIFY(!r.ok());
    QVERIFY(r.error->message.find("nested too deeply") != std::string::npos);

    std::string nots;
    for (int i = 0; i < 5000; ++i)
        nots += "NOT ";
    nots += "a";
    QVERIFY(!parse(nots).ok());

    std::string ok(100, '(');
    ok += "1";
    ok += std::string(100, ')');
    QVERIFY(parse(ok).ok());
}

QTEST_GUILESS_MAIN(tst_ExprParser)
#include "tst_expr_parser.moc"
