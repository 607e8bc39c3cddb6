// Avro topics in the SQL export: ksqlDB VALUE_FORMAT='AVRO', Flink 'avro-confluent'
// with the registry URL. PIPEWRIGHT_UPDATE_GOLDEN=1 rewrites the golden files.

#include "graphbuilder.h"

#include "codegen/sqlexporter.h"

#include <QTest>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace codegen;

namespace {

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

ExportOptions options(SqlDialect dialect, std::string registryUrl)
{
    ExportOptions o;
    o.dialect = dialect;
    o.bootstrapServers = "kafka:9092";
    o.schemaRegistryUrl = std::move(registryUrl);
    return o;
}

size_t count(const std::string &text, const std::string &needle)
{
    size_t n = 0;
    for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1))
        ++n;
    return n;
}

} // namespace

class TestSqlExportAvro : public QObject {
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<bool>("flink");
        QTest::newRow("avro.ksql") << false;
        QTest::newRow("avro.flink") << true;
    }
    void golden()
    {
        QFETCH(bool, flink);
        const auto result = SqlExporter::exportGraph(
            codegentest::avroGraph(), options(flink ? SqlDialect::Flink : SqlDialect::Ksql, "http://schema-registry:8081"));
        QVERIFY2(result.ok(), result.diagnostics.empty() ? "" : pipeline::formatDiagnostic(result.diagnostics[0]).c_str());
        QVERIFY(result.diagnostics.empty()); // the URL is given: no warning
        const auto path = std::filesystem::path(PIPEWRIGHT_SOURCE_DIR) / "tests" / "codegen" / "golden"
            / (flink ? "avro.flink.sql" : "avro.ksql.sql");
        if (std::getenv("PIPEWRIGHT_UPDATE_GOLDEN")) {
            std::ofstream(path, std::ios::binary) << result.script;
            return;
        }
        const std::string expected = readFile(path);
        if (result.script != expected) {
            qWarning("%s differs; actual output:\n%s", path.string().c_str(), result.script.c_str());
            QCOMPARE(QString::fromStdString(result.script), QString::fromStdString(expected));
        }
        if (flink) {
            QCOMPARE(count(result.script, "'format' = 'avro-confluent'"), size_t(2));          // source, unkeyed sink
            QCOMPARE(count(result.script, "'value.format' = 'avro-confluent'"), size_t(1));    // keyed sink
            QCOMPARE(count(result.script, "avro-confluent.url' = 'http://schema-registry:8081'"), size_t(3));
        } else {
            QCOMPARE(count(result.script, "VALUE_FORMAT='AVRO'"), size_t(3));
            QVERIFY(result.script.find("ksql.schema.registry.url = http://schema-registry:8081") != std::string::npos);
        }
    }

    // Without a URL the script keeps a placeholder the deployment fills in, and says so.
    void placeholderWithoutUrl()
    {
        const auto result = SqlExporter::exportGraph(codegentest::avroGraph(), options(SqlDialect::Flink, ""));
        QVERIFY(result.ok());
        QCOMPARE(count(result.script, "avro-confluent.url' = '${SCHEMA_REGISTRY_URL}'"), size_t(3));
        size_t warnings = 0;
        for (const auto &d : result.diagnostics) {
            QCOMPARE(d.severity, pipeline::Severity::Warning);
            QCOMPARE(d.code, std::string("codegen-schema-registry-url"));
            QVERIFY2(d.message.find("--schema-registry-url") != std::string::npos, d.message.c_str());
            ++warnings;
        }
        QCOMPARE(warnings, size_t(3));
        const auto ksql = SqlExporter::exportGraph(codegentest::avroGraph(), options(SqlDialect::Ksql, ""));
        QVERIFY(ksql.ok());
        QVERIFY(ksql.script.find("ksql.schema.registry.url = <your Schema Registry URL>") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSqlExportAvro)
#include "tst_sqlexportavro.moc"
