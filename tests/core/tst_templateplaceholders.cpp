#include "pipeline/core/templateplaceholders.h"

#include <QtTest>

using pipeline::TemplatePlaceholder;

class tst_TemplatePlaceholders : public QObject {
    Q_OBJECT
private slots:
    void scan_data();
    void scan();
    void offsetsCoverPlaceholder();
    void render();
    void span();
};

void tst_TemplatePlaceholders::scan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("fields");    // field@offset+length
    QTest::newRow("none") << "plain text" << QStringList{};
    QTest::newRow("one") << "Hi {{name}}!" << QStringList{"name@3+8"};
    QTest::newRow("spaces trimmed") << "{{ name }}" << QStringList{"name@0+10"};
    QTest::newRow("nested path") << "Flight {{flight.id}} to {{flight.destination}}"
                                 << QStringList{"flight.id@7+13", "flight.destination@24+22"};
    QTest::newRow("adjacent") << "{{a}}{{b}}" << QStringList{"a@0+5", "b@5+5"};
    QTest::newRow("unclosed") << "{{a}} and {{b" << QStringList{"a@0+5"};
    QTest::newRow("empty braces") << "{{}} {{ }} {{x}}" << QStringList{"x@11+5"};
    QTest::newRow("triple braces") << "{{{x}}}" << QStringList{"x@1+5"};
    QTest::newRow("json braces are text") << "{\"a\": {{v}}}" << QStringList{"v@6+5"};
    QTest::newRow("newline inside") << "{{a\nb}} {{c}}" << QStringList{"c@8+5"};
    QTest::newRow("multi-line") << "line one\n{{text}}" << QStringList{"text@9+8"};
}

void tst_TemplatePlaceholders::scan()
{
    QFETCH(QString, text);
    QFETCH(QStringList, fields);
    QStringList got;
    for (const auto &p : pipeline::scanPlaceholders(text.toStdString()))
        got << QString::fromStdString(p.field) + "@" + QString::number(p.offset) + "+" + QString::number(p.length);
    QCOMPARE(got, fields);
}

void tst_TemplatePlaceholders::offsetsCoverPlaceholder()
{
    const std::string text = "Event {{ payload }} from {{source}}";
    const auto found = pipeline::scanPlaceholders(text);
    QCOMPARE(found.size(), size_t(2));
    QCOMPARE(text.substr(found[0].offset, found[0].length), std::string("{{ payload }}"));
    QCOMPARE(text.substr(found[0].fieldOffset, found[0].field.size()), std::string("payload"));
    QCOMPARE(text.substr(found[1].offset, found[1].length), std::string("{{source}}"));
}

void tst_TemplatePlaceholders::render()
{
    const std::string text = "Device {{device_id}} reads {{ temperature }}F {{unknown";
    const std::string out = pipeline::renderTemplate(text, [](const std::string &field) {
        return field == "device_id" ? std::string("lab-1") : std::string("101.5");
    });
    QCOMPARE(out, std::string("Device lab-1 reads 101.5F {{unknown"));
}

void tst_TemplatePlaceholders::span()
{
    const std::string text = "first\nsecond {{x}}";
    const auto s = pipeline::spanInText(text, text.find("{{"), 5);
    QCOMPARE(s.line, 2);
    QCOMPARE(s.column, 8);
    QCOMPARE(s.offset, 13);
    QCOMPARE(s.length, 5);
    QVERIFY(s.valid());
}

QTEST_APPLESS_MAIN(tst_TemplatePlaceholders)
#include "tst_templateplaceholders.moc"
