#include "operatortesting.h"

#include "pipeline/core/catalog.h"
#include "pipeline/runtime/builtinoperators.h"
#include "pipeline/runtime/dataflow/standalonebuildcontext.h"
#include "pipeline/runtime/engine/engine.h"
#include "pipeline/runtime/llm/responsecache.h"
#include "pipeline/runtime/operators/maskoperator.h"

#include <QTest>

using namespace testing;
using namespace pipeline;
using nlohmann::json;

// The operator registry: every catalog kind can be built (or is marked
// design-only), the engine builds only through the registry, the shared
// parameter helpers report problems on the right parameter, and the hashes the
// runtime persists or shows did not change with the move to libcrypto.
class TstOperatorRegistry : public QObject {
    Q_OBJECT

private slots:
    void everyCatalogKindHasAnOperator_data()
    {
        QTest::addColumn<QString>("kind");
        for (const NodeType &type : Catalog::builtin().types())
            QTest::newRow(type.kind.c_str()) << QString::fromStdString(type.kind);
    }
    void everyCatalogKindHasAnOperator()
    {
        QFETCH(QString, kind);
        const NodeType *type = Catalog::builtin().find(kind.toStdString());
        QVERIFY(type);
        const auto &operators = runtime::builtinOperators();
        QVERIFY2(operators.isDesignOnly(type->kind) || operators.contains(type->kind),
                 qPrintable(kind + " has no operator factory: register one in its runtime module, or mark the kind "
                                   "design-only (OperatorRegistry::addDesignOnly)"));
    }

    void missingFactoriesAreFound()
    {
        QVERIFY(runtime::kindsWithoutOperator(Catalog::builtin(), runtime::builtinOperators()).empty());

        Catalog catalog = Catalog::builtin();
        NodeType sketch;
        sketch.kind = "sketch-only";
        sketch.label = "Sketch";
        catalog.add(sketch);
        QCOMPARE(runtime::kindsWithoutOperator(catalog, runtime::builtinOperators()),
                 std::vector<std::string>{"sketch-only"});

        // Marked design-only, it is no longer a hole; an empty registry misses every kind.
        runtime::OperatorRegistry marked = runtime::builtinOperators();
        marked.addDesignOnly("sketch-only");
        QVERIFY(runtime::kindsWithoutOperator(catalog, marked).empty());
        QCOMPARE(runtime::kindsWithoutOperator(Catalog::builtin(), runtime::OperatorRegistry()).size(),
                 Catalog::builtin().types().size());
    }

    void engineBuildsThroughTheRegistry()
    {
        Graph graph;
        graph.putNode(Catalog::builtin().instantiate("sample-source", "src"));
        Node filter = Catalog::builtin().instantiate("filter", "hot");
        filter.parameters["condition"] = "temperature > 100";
        graph.putNode(filter);
        graph.putEdge({Graph::edgeIdFor({"src", "out"}, {"hot", "in"}), {"src", "out"}, {"hot", "in"}});

        // Without a filter factory the engine refuses the run and names the node.
        runtime::OperatorRegistry sourcesOnly;
        sourcesOnly.add("sample-source", *runtime::builtinOperators().find("sample-source"));
        runtime::Engine engine;
        const Diagnostics refused = engine.compile(graph, runtime::RunOptions{}, Catalog::builtin(), sourcesOnly);
        QCOMPARE(refused.size(), size_t(1));
        QCOMPARE(refused[0].code, std::string("no-runtime-operator"));
        QCOMPARE(refused[0].nodeId, std::string("hot"));
        QVERIFY(!engine.isCompiled());

        // A replaced factory is the one used: this one counts its calls.
        int built = 0;
        runtime::OperatorRegistry counting = runtime::builtinOperators();
        counting.add("filter", [&built](runtime::OperatorBuildContext &ctx) {
            ++built;
            return (*runtime::builtinOperators().find("filter"))(ctx);
        });
        QVERIFY(engine.compile(graph, runtime::RunOptions{}, Catalog::builtin(), counting).empty());
        QCOMPARE(built, 1);
        QVERIFY(engine.isCompiled());
    }

    void parameterHelpers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("parameters");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("filter parse error") << "filter" << R"({"condition": "temperature >"})" << "parse-error" << "condition";
        QTest::newRow("project item") << "project"
                                      << R"({"fields": [{"name": "a", "expression": "x"}, {"name": "b", "expression": "1 +"}]})"
                                      << "parse-error" << "fields[1].expression";
        QTest::newRow("dedupe duration") << "dedupe" << R"({"key": "id", "window": "soon"})" << "bad-duration" << "window";
        QTest::newRow("aggregate group") << "aggregate" << R"({"groupBy": ["1 +"], "aggregates": []})" << "parse-error"
                                         << "groupBy[0]";
        QTest::newRow("route condition") << "route" << R"({"routes": [{"name": "r", "condition": 7}]})"
                                         << "missing-parameter" << "routes[0].condition";
    }
    void parameterHelpers()
    {
        QFETCH(QString, kind);
        QFETCH(QString, parameters);
        QFETCH(QString, code);
        QFETCH(QString, parameter);
        Node node = Catalog::builtin().instantiate(kind.toStdString(), "n1");
        const json given = json::parse(parameters.toStdString());
        for (const auto &[key, value] : given.items())
            node.parameters[key] = value;
        Diagnostics diagnostics;
        runtime::StandaloneBuildContext ctx(node, *Catalog::builtin().find(node.kind), diagnostics);
        QVERIFY(!(*runtime::builtinOperators().find(node.kind))(ctx));
        QVERIFY(!ctx.ok());
        QCOMPARE(diagnostics.size(), size_t(1));
        QCOMPARE(QString::fromStdString(diagnostics[0].code), code);
        QCOMPARE(QString::fromStdString(diagnostics[0].parameter), parameter);
        QCOMPARE(diagnostics[0].nodeId, std::string("n1"));
    }

    void sharedServicesAreOnePerName()
    {
        runtime::RunServices services;
        int made = 0;
        auto make = [&made] {
            ++made;
            return std::make_shared<int>(made);
        };
        auto a = services.shared<int>("x", make);
        auto b = services.shared<int>("x", make);
        auto c = services.shared<int>("y", make);
        QCOMPARE(a.get(), b.get());
        QVERIFY(a.get() != c.get());
        QCOMPARE(made, 2);
        QVERIFY(!services.find<double>("x"));
    }

    void settingsCopyDeeply()
    {
        runtime::RunSettings settings;
        settings.edit<std::vector<int>>().push_back(1);
        runtime::RunSettings copy = settings;
        copy.edit<std::vector<int>>().push_back(2);
        QCOMPARE(settings.get<std::vector<int>>().size(), size_t(1));
        QCOMPARE(copy.get<std::vector<int>>().size(), size_t(2));
        QVERIFY(settings.get<std::string>().empty()); // absent: a default value
        QVERIFY(!settings.has<std::string>());
    }

    // The digests the hand-written SHA-256 gave (computed with it before the move
    // to libcrypto): mask hashes reach sinks, cache keys sit in cache files.
    void hashesKeepTheirBytes()
    {
        QCOMPARE(runtime::MaskOperator::maskText("alice@example.com", runtime::MaskOperator::Method::Hash, 0),
                 std::string("ff8d9819fc0e12bf0d24892e45987e249a28dce836a85cad60e28eaaa8c6d976"));
        const json body = {{"model", "gpt-4o-mini"},
                           {"messages", json::array({{{"role", "user"}, {"content", "Grüße, wie geht's?"}}})},
                           {"temperature", 0.2}};
        QCOMPARE(runtime::ResponseCache::keyFor("http://127.0.0.1:8080/v1", body),
                 std::string("8fd0b690cb4083a6b12eb607c370f6a851462b17db6018d4586d7e2dddd4d8fd"));
    }
};

QTEST_GUILESS_MAIN(TstOperatorRegistry)
#include "tst_operatorregistry.moc"
