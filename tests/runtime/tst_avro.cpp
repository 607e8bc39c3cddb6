#include "mockschemaregistry.h"

#include "pipeline/runtime/formats/avrocodec.h"
#include "pipeline/runtime/formats/avroschemamapping.h"
#include "pipeline/runtime/formats/schemaregistryclient.h"

#include <QTest>

#include <cstdlib>

// Designated initializers leave the rest of a profile at its defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace pipeline;
using namespace pipeline::runtime;
using pipewright::testsupport::MockSchemaRegistry;
using nlohmann::json;

Q_DECLARE_METATYPE(std::string)

namespace {

std::string hex(const std::string &bytes)
{
    std::string out;
    char buf[4];
    for (unsigned char c : bytes) {
        std::snprintf(buf, sizeof buf, "%02x", c);
        out += buf;
    }
    return out;
}

// A vector, not a json: a one-element brace list would otherwise collapse to the element.
json recordSchema(const std::vector<json> &fields)
{
    return {{"type", "record"}, {"name", "R"}, {"namespace", "test"}, {"fields", json(fields)}};
}

json field(const std::string &name, const json &type)
{
    return {{"name", name}, {"type", type}};
}

Field makeField(const std::string &name, FieldType type, FieldType element = FieldType::Unknown)
{
    Field f;
    f.name = name;
    f.type = type;
    f.elementType = element;
    return f;
}

json with(json base, const json &extra)
{
    base.update(extra);
    return base;
}

} // namespace

// Avro codec, schema mapping, wire format and registry client (against the mock registry).
class TstAvro : public QObject {
    Q_OBJECT

private slots:
    // Every Avro type through encode and decode: what goes in comes out (logical types as their runtime value).
    void roundTrip_data()
    {
        QTest::addColumn<std::string>("type");
        QTest::addColumn<std::string>("in");
        QTest::addColumn<std::string>("out"); // expected after decode; empty = same as in
        auto row = [](const char *name, json type, json in, json out = json()) {
            QTest::newRow(name) << type.dump() << in.dump() << (out.is_null() ? std::string() : out.dump());
        };
        row("boolean", "boolean", true);
        row("int", "int", -123456);
        row("long", "long", std::int64_t(1) << 52);
        row("float", "float", 1.5);
        row("double", "double", -2.25e-8);
        row("string", "string", "grüße, ✓");
        row("empty string", "string", "");
        row("bytes", "bytes", base64Encode(std::string("\x00\x01\xff\x80", 4)));
        row("fixed", json{{"type", "fixed"}, {"name", "F4"}, {"size", 4}}, base64Encode("abcd"));
        row("enum", json{{"type", "enum"}, {"name", "Level"}, {"symbols", {"LOW", "HIGH"}}}, "HIGH");
        row("array", json{{"type", "array"}, {"items", "long"}}, json::array({1, 2, 3}));
        row("empty array", json{{"type", "array"}, {"items", "string"}}, json::array());
        row("map", json{{"type", "map"}, {"values", "double"}}, json{{"a", 1.5}, {"b", -2.0}});
        row("nullable null", json::array({"null", "string"}), nullptr);
        row("nullable value", json::array({"null", "string"}), "x");
        row("union long", json::array({"null", "double", "long"}), 7);
        row("union double", json::array({"null", "long", "double"}), 7.5);
        row("union string", json::array({"long", "string"}), "seven");
        row("timestamp-millis", json{{"type", "long"}, {"logicalType", "timestamp-millis"}}, 1'700'000'000'123);
        row("timestamp-millis from ISO text", json{{"type", "long"}, {"logicalType", "timestamp-millis"}},
            "2023-11-14T22:13:20.123Z", 1'700'000'000'123);
        row("timestamp-micros", json{{"type", "long"}, {"logicalType", "timestamp-micros"}}, 1'700'000'000'123);
        row("date", json{{"type", "int"}, {"logicalType", "date"}}, 1'699'920'000'000); // 2023-11-14
        row("decimal", json{{"type", "bytes"}, {"logicalType", "decimal"}, {"precision", 9}, {"scale", 2}}, -1234.56);
        row("uuid", json{{"type", "string"}, {"logicalType", "uuid"}}, "123e4567-e89b-12d3-a456-426614174000");
        row("record",
            recordSchema({field("id", "string"), field("n", "int"),
                          field("loc", json::array({"null", with(recordSchema({field("lat", "double"), field("lon", "double")}), json{{"name", "Loc"}})})),
                          field("tags", json{{"type", "array"}, {"items", "string"}})}),
            json{{"id", "a"}, {"n", 1}, {"loc", {{"lat", 48.1}, {"lon", 11.5}}}, {"tags", {"x", "y"}}});
        row("recursive record",
            json{{"type", "record"}, {"name", "Node"},
                 {"fields", {field("v", "int"), field("next", json::array({"null", "Node"}))}}},
            json{{"v", 1}, {"next", {{"v", 2}, {"next", nullptr}}}});
    }
    void roundTrip()
    {
        QFETCH(std::string, type);
        QFETCH(std::string, in);
        QFETCH(std::string, out);
        // Wrap in a record so every type is also exercised as a field.
        const json schema = {{"type", "record"}, {"name", "Wrapper"}, {"fields", json::array({field("value", json::parse(type))})}};
        std::string error;
        auto codec = AvroCodec::create(schema.dump(), &error);
        QVERIFY2(codec, error.c_str());
        const json value = {{"value", json::parse(in)}};
        std::string bytes;
        QVERIFY2(codec->encode(value, bytes, &error), error.c_str());
        json decoded;
        QVERIFY2(codec->decode(bytes.data(), bytes.size(), decoded, &error), error.c_str());
        const json expected = {{"value", json::parse(out.empty() ? in : out)}};
        QVERIFY2(decoded == expected, (decoded.dump() + " != " + expected.dump()).c_str());
    }

    // The bytes are Avro's, not just self-consistent: checked against the spec's encoding by hand.
    void knownBytes()
    {
        const json schema = recordSchema({field("a", "long"), field("b", "string"), field("c", json::array({"null", "int"})),
                                          field("d", "boolean"), field("e", "double")});
        std::string error;
        auto codec = AvroCodec::create(schema.dump(), &error);
        QVERIFY2(codec, error.c_str());
        std::string bytes;
        QVERIFY(codec->encode(json{{"a", -3}, {"b", "hi"}, {"c", 1}, {"d", true}, {"e", 1.0}}, bytes, &error));
        // a: zigzag(-3)=5; b: len 2 -> 04 'h' 'i'; c: branch 1 -> 02, zigzag(1)=02; d: 01; e: 1.0 little-endian.
        QCOMPARE(hex(bytes), std::string("05046869020201000000000000f03f"));
        json decoded;
        const std::string handMade("\x06\x02z\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 13);
        QVERIFY2(codec->decode(handMade.data(), handMade.size(), decoded, &error), error.c_str());
        QCOMPARE(decoded.dump(), json({{"a", 3}, {"b", "z"}, {"c", nullptr}, {"d", false}, {"e", 0.0}}).dump());
    }

    void encodeErrorsNameTheField_data()
    {
        QTest::addColumn<std::string>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text in long") << std::string(R"({"id":"a","n":"x","level":"LOW"})") << "field n as Avro: expected an integer, got string";
        QTest::newRow("unknown symbol") << std::string(R"({"id":"a","n":1,"level":"MID"})") << "\"MID\" is not one of the enum's symbols";
        QTest::newRow("missing required") << std::string(R"({"n":1,"level":"LOW"})") << "field id as Avro: the record has no such field";
        QTest::newRow("nested") << std::string(R"({"id":"a","n":1,"level":"LOW","loc":{"lat":"north"}})") << "field loc.lat";
        QTest::newRow("not a record") << std::string(R"([1,2])") << "expected an object, got array";
    }
    void encodeErrorsNameTheField()
    {
        QFETCH(std::string, value);
        QFETCH(QString, expected);
        const json schema = recordSchema({field("id", "string"), field("n", "long"),
                                          field("level", json{{"type", "enum"}, {"name", "Level"}, {"symbols", {"LOW", "HIGH"}}}),
                                          field("loc", json::array({"null", with(recordSchema({field("lat", "double")}), json{{"name", "Loc"}})})),
                                          with(field("note", json{{"type", "string"}}), json{{"default", "none"}})});
        std::string error;
        auto codec = AvroCodec::create(schema.dump(), &error);
        QVERIFY2(codec, error.c_str());
        std::string bytes = "keep";
        QVERIFY(!codec->encode(json::parse(value), bytes, &error));
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
        QCOMPARE(bytes, std::string("keep")); // nothing half-written
    }

    void defaultsFillMissingFields()
    {
        const json schema = recordSchema({field("id", "string"), with(field("note", "string"), json{{"default", "none"}}),
                                          with(field("n", json::array({"long", "null"})), json{{"default", 5}})});
        std::string error;
        auto codec = AvroCodec::create(schema.dump(), &error);
        QVERIFY(codec);
        std::string bytes;
        QVERIFY2(codec->encode(json{{"id", "a"}}, bytes, &error), error.c_str());
        json decoded;
        QVERIFY(codec->decode(bytes.data(), bytes.size(), decoded, &error));
        QCOMPARE(decoded.dump(), json({{"id", "a"}, {"note", "none"}, {"n", 5}}).dump());
    }

    void corruptPayloads_data()
    {
        QTest::addColumn<std::string>("payload");
        QTest::newRow("truncated string") << std::string("\x02\x14hi", 4);
        QTest::newRow("empty") << std::string();
        QTest::newRow("bytes left over") << std::string("\x02\x02x\x00\xff\xff", 6);
        QTest::newRow("bad union branch") << std::string("\x02\x02x\x08", 4);
    }
    void corruptPayloads()
    {
        QFETCH(std::string, payload);
        const json schema = recordSchema({field("n", "long"), field("s", "string"), field("u", json::array({"null", "long"}))});
        std::string error;
        auto codec = AvroCodec::create(schema.dump(), &error);
        QVERIFY(codec);
        json decoded;
        QVERIFY(!codec->decode(payload.data(), payload.size(), decoded, &error));
        QVERIFY2(!error.empty(), "no error text");
    }

    void invalidSchemas()
    {
        std::string error;
        QVERIFY(!AvroCodec::create("{not json", &error));
        QVERIFY(!error.empty());
        error.clear();
        QVERIFY(!AvroCodec::create(R"({"type":"record","name":"R","fields":[{"name":"a","type":"Nope"}]})", &error));
        QVERIFY2(QString::fromStdString(error).contains("Nope"), error.c_str());
    }

    void wireFormat()
    {
        QCOMPARE(hex(confluentwire::header(0x01020304)), std::string("0001020304"));
        QCOMPARE(hex(confluentwire::header(7)), std::string("0000000007"));
        std::int32_t id = 0;
        std::string error;
        const std::string framed = confluentwire::header(300) + "x";
        QVERIFY(confluentwire::split(framed.data(), framed.size(), &id, &error));
        QCOMPARE(id, 300);
        QVERIFY(!confluentwire::split("{\"a\":1}", 7, &id, &error));
        QVERIFY2(QString::fromStdString(error).contains("magic byte is 0x7b"), error.c_str());
        QVERIFY(!confluentwire::split("\0\0", 2, &id, &error));
        QVERIFY2(QString::fromStdString(error).contains("shorter than the 5-byte header"), error.c_str());
    }

    void base64()
    {
        for (const std::string s : {"", "f", "fo", "foo", "foob", "fooba", "foobar"})
            QCOMPARE(*base64Decode(base64Encode(s)), s);
        QCOMPARE(base64Encode("foobar"), std::string("Zm9vYmFy"));
        QVERIFY(!base64Decode("a*b="));
    }

    // Avro record schema -> Pipewright field types.
    void avroToPipewright()
    {
        const json schema = recordSchema({
            field("id", "string"),
            field("count", "int"),
            field("total", json::array({"null", "long"})),
            field("ratio", "float"),
            field("ok", "boolean"),
            field("at", json{{"type", "long"}, {"logicalType", "timestamp-millis"}}),
            field("day", json{{"type", "int"}, {"logicalType", "date"}}),
            field("price", json{{"type", "bytes"}, {"logicalType", "decimal"}, {"precision", 9}, {"scale", 2}}),
            field("level", json{{"type", "enum"}, {"name", "Level"}, {"symbols", json::array({"LOW"})}}),
            field("tags", json{{"type", "array"}, {"items", "string"}}),
            field("attrs", json{{"type", "map"}, {"values", "string"}}),
            field("loc", json::array({"null", with(recordSchema({field("lat", "double")}), json{{"name", "Loc"}})})),
            field("points", json{{"type", "array"}, {"items", with(recordSchema({field("x", "long")}), json{{"name", "P"}})}}),
            field("either", json::array({"string", "long"})),
            field("num", json::array({"int", "double", "null"})),
        });
        std::string error;
        auto s = avroSchemaToPipewright(schema.dump(), &error);
        QVERIFY2(s, error.c_str());
        auto typeOf = [&](const char *path) { return std::string(fieldTypeName(s->find(path)->type)); };
        QCOMPARE(s->fields.size(), size_t(15));
        QCOMPARE(typeOf("id"), std::string("string"));
        QCOMPARE(typeOf("count"), std::string("integer"));
        QCOMPARE(typeOf("total"), std::string("integer"));
        QCOMPARE(typeOf("ratio"), std::string("double"));
        QCOMPARE(typeOf("ok"), std::string("boolean"));
        QCOMPARE(typeOf("at"), std::string("timestamp"));
        QCOMPARE(typeOf("day"), std::string("timestamp"));
        QCOMPARE(typeOf("price"), std::string("double"));
        QCOMPARE(typeOf("level"), std::string("string"));
        QCOMPARE(typeOf("tags"), std::string("array"));
        QCOMPARE(s->find("tags")->elementType, FieldType::String);
        QCOMPARE(typeOf("attrs"), std::string("object"));
        QVERIFY(s->find("attrs")->children.empty());
        QCOMPARE(typeOf("loc"), std::string("object"));
        QCOMPARE(typeOf("loc.lat"), std::string("double"));
        QCOMPARE(s->find("points")->elementType, FieldType::Object);
        QCOMPARE(s->find("points")->children.size(), size_t(1));
        QCOMPARE(typeOf("either"), std::string("unknown"));
        QCOMPARE(typeOf("num"), std::string("double"));

        QVERIFY(!avroSchemaToPipewright(R"("string")", &error));
        QVERIFY2(QString::fromStdString(error).contains("not a record"), error.c_str());
    }

    // Pipewright schema -> the schema a sink registers, and records through it.
    void pipewrightToAvro()
    {
        Schema s;
        Field loc{.name = "loc", .type = FieldType::Object};
        loc.children = {makeField("lat", FieldType::Double), makeField("lon", FieldType::Double)};
        s.fields = {makeField("id", FieldType::String),   makeField("n", FieldType::Integer),
                    makeField("t", FieldType::Double),    makeField("ok", FieldType::Boolean),
                    makeField("at", FieldType::Timestamp), makeField("tags", FieldType::Array, FieldType::String),
                    makeField("any", FieldType::Unknown), loc};
        std::string error;
        auto avro = pipewrightSchemaToAvro(s, "alerts", "pipewright", &error);
        QVERIFY2(avro, error.c_str());
        QCOMPARE((*avro)["name"].get<std::string>(), std::string("alerts"));
        QCOMPARE((*avro)["fields"][0].dump(), json({{"name", "id"}, {"type", {"null", "string"}}, {"default", nullptr}}).dump());
        QCOMPARE((*avro)["fields"][4]["type"][1].dump(), json({{"type", "long"}, {"logicalType", "timestamp-millis"}}).dump());
        auto codec = AvroCodec::create(avro->dump(), &error);
        QVERIFY2(codec, error.c_str());
        const json record = {{"id", "d1"}, {"n", 3}, {"t", 21.5}, {"ok", false}, {"at", 1'700'000'000'000},
                             {"tags", {"a"}}, {"any", "text"}, {"loc", {{"lat", 1.0}, {"lon", 2.0}}}};
        std::string bytes;
        QVERIFY2(codec->encode(record, bytes, &error), error.c_str());
        json decoded;
        QVERIFY(codec->decode(bytes.data(), bytes.size(), decoded, &error));
        QCOMPARE(decoded.dump(), record.dump());
        // Missing fields become null; extra members are not written.
        bytes.clear();
        QVERIFY(codec->encode(json{{"id", "d2"}, {"extra", 1}}, bytes, &error));
        QVERIFY(codec->decode(bytes.data(), bytes.size(), decoded, &error));
        QVERIFY(decoded["n"].is_null());
        QVERIFY(!decoded.contains("extra"));
        // And back: the mapping of the generated schema gives the same field types.
        auto back = avroSchemaToPipewright(avro->dump(), &error);
        QVERIFY(back);
        QCOMPARE(back->find("at")->type, FieldType::Timestamp);
        QCOMPARE(back->find("loc.lon")->type, FieldType::Double);

        Schema open;
        open.fields = {makeField("payload", FieldType::Object)};
        QVERIFY(!pipewrightSchemaToAvro(open, "x", "", &error));
        QVERIFY2(QString::fromStdString(error).contains("payload"), error.c_str());
        QVERIFY(!pipewrightSchemaToAvro(Schema::openSchema(), "x", "", &error));
        QVERIFY2(QString::fromStdString(error).contains("not known"), error.c_str());
        QCOMPARE(avroRecordName("iot.alerts-1"), std::string("iot_alerts_1"));
        QCOMPARE(avroRecordName("1x"), std::string("_1x"));
    }

    // The mock's BACKWARD check is the one the tests rely on: check it on its own.
    void mockCompatibilityRules_data()
    {
        QTest::addColumn<std::string>("writer");
        QTest::addColumn<std::string>("reader");
        QTest::addColumn<bool>("compatible");
        const json base = recordSchema({field("a", "string"), field("b", "int")});
        auto row = [&](const char *name, json reader, bool ok) { QTest::newRow(name) << base.dump() << reader.dump() << ok; };
        row("same", base, true);
        row("field removed", recordSchema({field("a", "string")}), true);
        row("new field with default", recordSchema({field("a", "string"), field("b", "int"), with(field("c", "long"), json{{"default", 0}})}), true);
        row("new field without default", recordSchema({field("a", "string"), field("b", "int"), field("c", "long")}), false);
        row("type changed", recordSchema({field("a", "long"), field("b", "int")}), false);
        row("int promoted to long", recordSchema({field("a", "string"), field("b", "long")}), true);
        row("made nullable", recordSchema({field("a", json::array({"null", "string"})), field("b", "int")}), true);
    }
    void mockCompatibilityRules()
    {
        QFETCH(std::string, writer);
        QFETCH(std::string, reader);
        QFETCH(bool, compatible);
        const auto reasons = MockSchemaRegistry::backwardIncompatibilities(json::parse(reader), json::parse(writer));
        QCOMPARE(reasons.empty(), compatible);
    }

    void registryClient()
    {
        MockSchemaRegistry registry;
        std::string error;
        QVERIFY2(registry.start(0, &error), error.c_str());
        SchemaRegistryClient client({.name = "test", .url = registry.url() + "/"});
        const std::string v1 = recordSchema({field("a", "string"), field("b", "int")}).dump();
        SchemaRegistryError e;

        // A new subject is compatible with anything; registration gives an id, twice the same.
        auto compatible = client.isCompatible("t-value", v1, nullptr, &e);
        QVERIFY2(compatible && *compatible, e.message.c_str());
        auto id = client.registerSchema("t-value", v1, &e);
        QVERIFY2(id, e.message.c_str());
        QCOMPARE(*client.registerSchema("t-value", v1, &e), *id);
        QCOMPARE(registry.versionCount("t-value"), 1);

        std::vector<std::string> reasons;
        const std::string changed = recordSchema({field("a", "long")}).dump();
        compatible = client.isCompatible("t-value", changed, &reasons, &e);
        QVERIFY(compatible && !*compatible);
        QCOMPARE(reasons.size(), size_t(1));
        QVERIFY2(QString::fromStdString(reasons[0]).contains("a: type changed from string to long"), reasons[0].c_str());
        QVERIFY(!client.registerSchema("t-value", changed, &e));
        QCOMPARE(e.status, 409L);

        // By id: fetched once, then from the cache.
        registry.clearRequests();
        const std::uint64_t before = client.requestCount();
        QCOMPARE(*client.schemaById(*id, &e), v1);
        QCOMPARE(*client.schemaById(*id, &e), v1);
        QCOMPARE(client.requestCount(), before); // registration already cached it
        SchemaRegistryClient fresh({.url = registry.url()});
        QCOMPARE(*fresh.schemaById(*id, &e), v1);
        QCOMPARE(*fresh.schemaById(*id, &e), v1);
        QCOMPARE(registry.requests("GET", "/schemas/ids/").size(), size_t(1));

        // Unknown ids: NotFound, asked once.
        QVERIFY(!fresh.schemaById(4242, &e));
        QCOMPARE(int(e.kind), int(SchemaRegistryError::Kind::NotFound));
        QVERIFY2(QString::fromStdString(e.message).contains("unknown schema id 4242"), e.message.c_str());
        QVERIFY(!fresh.schemaById(4242, &e));
        QCOMPARE(registry.requests("GET", "/schemas/ids/4242").size(), size_t(1));

        // Latest version, mapped to Pipewright's types.
        RegisteredSchema latest;
        auto mapped = fetchSubjectSchema(fresh, "t-value", &error, &latest);
        QVERIFY2(mapped, error.c_str());
        QCOMPARE(latest.id, *id);
        QCOMPARE(latest.version, 1);
        QCOMPARE(mapped->find("b")->type, FieldType::Integer);
        QVERIFY(!fetchSubjectSchema(fresh, "nope-value", &error));
        QVERIFY2(QString::fromStdString(error).contains("Subject 'nope-value' not found"), error.c_str());
        auto subjects = fresh.subjects(&e);
        QVERIFY(subjects);
        QCOMPARE(*subjects, std::vector<std::string>{"t-value"});
    }

    void registryBasicAuthFromSecretReference()
    {
        MockSchemaRegistry registry;
        QVERIFY(registry.start());
        registry.requireBasicAuth("alice:s3cret");
        const std::string v1 = recordSchema({field("a", "string")}).dump();
        const int id = registry.registerSchema("x-value", v1);
        ::setenv("PW_TEST_SR_AUTH", "alice:s3cret", 1);
        SchemaRegistryClient client({.url = registry.url(), .authRef = "env:PW_TEST_SR_AUTH"});
        SchemaRegistryError e;
        QVERIFY2(client.schemaById(id, &e), e.message.c_str());
        QCOMPARE(registry.requests().back().header("authorization"), std::string("Basic YWxpY2U6czNjcmV0"));

        ::setenv("PW_TEST_SR_AUTH", "alice:wrong", 1);
        SchemaRegistryClient wrong({.url = registry.url(), .authRef = "env:PW_TEST_SR_AUTH"});
        QVERIFY(!wrong.schemaById(id, &e));
        QCOMPARE(e.status, 401L);
        QVERIFY2(QString::fromStdString(e.message).contains("credentials env:PW_TEST_SR_AUTH"), e.message.c_str());
        QVERIFY2(!QString::fromStdString(e.message).contains("wrong"), "the message leaks the password");

        ::unsetenv("PW_TEST_SR_AUTH");
        SchemaRegistryClient unset({.url = registry.url(), .authRef = "env:PW_TEST_SR_AUTH"});
        QVERIFY(!unset.schemaById(id, &e));
        QVERIFY2(QString::fromStdString(e.message).contains("PW_TEST_SR_AUTH is not set"), e.message.c_str());
    }

    void registryDown()
    {
        int port = 0;
        {
            MockSchemaRegistry registry;
            QVERIFY(registry.start());
            port = std::atoi(registry.url().substr(registry.url().rfind(':') + 1).c_str());
        } // stopped: nothing listens there now
        SchemaRegistryClient client({.name = "prod", .url = "http://127.0.0.1:" + std::to_string(port)});
        SchemaRegistryError e;
        QVERIFY(!client.schemaById(1, &e));
        QCOMPARE(int(e.kind), int(SchemaRegistryError::Kind::Transport));
        QVERIFY2(QString::fromStdString(e.message).contains("schema registry 'prod'"), e.message.c_str());
        QVERIFY2(QString::fromStdString(e.message).contains("cannot reach"), e.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TstAvro)
#include "tst_avro.moc"
