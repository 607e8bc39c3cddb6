#include "canvasfixture.h"

#include "widgets/editors/choiceparametereditor.h"
#include "widgets/editors/expressionedit.h"
#include "widgets/editors/expressionparametereditor.h"
#include "widgets/editors/listparametereditor.h"
#include "widgets/editors/numberparametereditor.h"
#include "widgets/docks/propertyeditor.h"
#include "widgets/editors/textparametereditor.h"

#include "pipeline/edit/setparametercommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace pipeline;

namespace {
Graph iot()
{
    Graph g;
    Node src = makeNode("readings", "sample-source", 0, 0);
    src.parameters["generator"] = "iot-temperature";
    g.putNode(src);
    Node f = makeNode("hot", "filter", 300, 0);
    f.parameters["condition"] = "temperature > 30";
    g.putNode(f);
    Node route = makeNode("split", "route", 600, 0);
    route.parameters["routes"] = nlohmann::json::array({{{"name", "high"}, {"condition", "temperature > 50"}}});
    g.putNode(route);
    g.putNode(makeNode("db", "database-sink", 900, 0));
    g.putNode(makeNode("out", "kafka-sink", 900, 200));
    g.putNode(makeNode("ask", "llm-prompt", 600, 200));
    g.putEdge(makeEdge("readings", "out", "hot", "in"));
    g.putEdge(makeEdge("hot", "out", "split", "in"));
    return g;
}
} // namespace

class TestPropertyEditor : public QObject {
    Q_OBJECT

private slots:
    void formFollowsDescriptor_data();
    void formFollowsDescriptor();
    void typingIsOneUndoStep();
    void expressionErrorIsMarked_data();
    void expressionErrorIsMarked();
    void completionOffersInputFields();
    void enumAndNumberEdits();
    void listEditorAddsRows();
    void undoRefreshesForm();
    void labelRename();
    void processingGuaranteeIsOneUndoableSetting();
    void checkboxTextAndMultilineEdits();
    void connectorTemplateDecidesTheForm();
};

void TestPropertyEditor::formFollowsDescriptor_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("editorClass");
    QTest::newRow("filter condition") << "hot" << "condition" << "ExpressionParameterEditor";
    QTest::newRow("filter onError enum") << "hot" << "onError" << "ChoiceParameterEditor";
    QTest::newRow("generator enum") << "readings" << "generator" << "ChoiceParameterEditor";
    QTest::newRow("rate number") << "readings" << "rate" << "NumberParameterEditor";
    QTest::newRow("count integer") << "readings" << "count" << "NumberParameterEditor";
    QTest::newRow("routes list") << "split" << "routes" << "ListParameterEditor";
    QTest::newRow("createTable boolean") << "db" << "createTable" << "ChoiceParameterEditor";
    QTest::newRow("topic string") << "out" << "topic" << "TextParameterEditor";
    QTest::newRow("systemPrompt text") << "ask" << "systemPrompt" << "TextParameterEditor";
}

void TestPropertyEditor::formFollowsDescriptor()
{
    QFETCH(QString, node);
    QFETCH(QString, key);
    QFETCH(QString, editorClass);
    CanvasFixture canvas(iot());
    PropertyEditor editor(&canvas.model);
    editor.setNode(node);
    ParameterEditor *parameter = editor.editor(key);
    QVERIFY2(parameter, qPrintable(key));
    QCOMPARE(QString(parameter->metaObject()->className()), editorClass);
    // Every declared parameter has a row.
    const NodeType *type = canvas.model.nodeType(node);
    for (const auto &descriptor : type->parameters)
        QVERIFY(editor.editor(QString::fromStdString(descriptor.key)));
}

void TestPropertyEditor::typingIsOneUndoStep()
{
    CanvasFixture canvas(iot());
    PropertyEditor editor(&canvas.model);
    editor.resize(400, 600);
    editor.show();
    editor.setNode("hot");
    auto *expression = qobject_cast<ExpressionParameterEditor *>(editor.editor("condition"));
    QVERIFY(expression);
    ExpressionEdit *edit = expression->edit();
    edit->setFocus();
    edit->SendScintilla(QsciScintilla::SCI_DOCUMENTEND);
    QTest::keyClicks(edit, "0");
    QTest::keyClick(edit, Qt::Key_Escape); // close a completion list, if any
    QCOMPARE(canvas.model.graph().node("hot")->stringParameter("condition"), std::string("temperature > 300"));
    QTest::keyClicks(edit, " AND device_id IS NOT NULL");
    QTest::keyClick(edit, Qt::Key_Escape);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(canvas.model.graph().node("hot")->stringParameter("condition"),
             std::string("temperature > 300 AND device_id IS NOT NULL"));
    QCOMPARE(canvas.stack.count(), 1);
    QCOMPARE(canvas.stack.undoText(), QString("Change Condition"));
    // After Enter the edit is sealed: the next keystroke is a new step.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(canvas.stack.count(), 2);
    canvas.stack.undo();
    canvas.stack.undo();
    QVERIFY(canvas.model.graph() == iot());
}

void TestPropertyEditor::expressionErrorIsMarked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<bool>("hasError");
    QTest::newRow("valid") << "temperature > 30" << -1 << false;
    QTest::newRow("unknown field") << "temprature > 30" << 0 << true;
    QTest::newRow("syntax error at end") << "temperature >" << 12 << true;
    QTest::newRow("not boolean") << "temperature + 1" << 0 << true;
}

void TestPropertyEditor::expressionErrorIsMarked()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(bool, hasError);
    CanvasFixture canvas(iot());
    canvas.model.validate();
    PropertyEditor editor(&canvas.model);
    editor.setNode("hot");
    auto *expression = qobject_cast<ExpressionParameterEditor *>(editor.editor("condition"));
    expression->edit()->setExpressionText(text);
    QCOMPARE(!expression->edit()->errorMessage().isEmpty(), hasError);
    if (!hasError)
        return;
    QVERIFY(expression->edit()->errorStart() >= start);
    QVERIFY(expression->edit()->errorStart() < int(text.size()));
    // The squiggle indicator is really set at that position.
    const long value = expression->edit()->SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT, 8,
                                                          long(expression->edit()->errorStart()));
    QVERIFY(value != 0);
}

void TestPropertyEditor::completionOffersInputFields()
{
    CanvasFixture canvas(iot());
    canvas.model.validate();
    PropertyEditor editor(&canvas.model);
    editor.setNode("hot");
    auto *expression = qobject_cast<ExpressionParameterEditor *>(editor.editor("condition"));
    const QStringList fields = expression->edit()->completions();
    QVERIFY(fields.contains("temperature"));
    QVERIFY(fields.contains("device_id"));
    QVERIFY(fields.contains("ts"));
}

void TestPropertyEditor::enumAndNumberEdits()
{
    CanvasFixture canvas(iot());
    PropertyEditor editor(&canvas.model);
    editor.show();
    editor.setNode("readings");
    auto *generator = qobject_cast<ChoiceParameterEditor *>(editor.editor("generator"));
    QComboBox *combo = generator->comboBox();
    const int payments = combo->findData("payments");
    QVERIFY(payments >= 0);
    combo->setFocus();
    combo->setCurrentIndex(payments);
    emit combo->activated(payments);
    QCOMPARE(canvas.model.graph().node("readings")->stringParameter("generator"), std::string("payments"));
    auto *rate = qobject_cast<NumberParameterEditor *>(editor.editor("rate"));
    auto *spin = qobject_cast<QDoubleSpinBox *>(rate->spinBox());
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, "25");
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(canvas.model.graph().node("readings")->parameter("rate")->get<double>(), 25.0);
    QCOMPARE(canvas.stack.count(), 2);
}

void TestPropertyEditor::listEditorAddsRows()
{
    CanvasFixture canvas(iot());
    PropertyEditor editor(&canvas.model);
    editor.setNode("split");
    auto *routes = qobject_cast<ListParameterEditor *>(editor.editor("routes"));
    QCOMPARE(routes->table()->rowCount(), 1);
    routes->addRow();
    routes->table()->item(1, 0)->setText("low");
    routes->table()->item(1, 1)->setText("temperature < 0");
    const nlohmann::json *value = canvas.model.graph().node("split")->parameter("routes");
    QCOMPARE(value->size(), size_t(2));
    QCOMPARE((*value)[1]["name"], nlohmann::json("low"));
    QCOMPARE((*value)[1]["condition"], nlohmann::json("temperature < 0"));
    // The node grew an output port for the new route.
    QCOMPARE(canvas.scene->nodeItem("split")->geometry().outputIndex("low"), 1);
}

void TestPropertyEditor::undoRefreshesForm()
{
    CanvasFixture canvas(iot());
    PropertyEditor editor(&canvas.model);
    editor.setNode("hot");
    auto *expression = qobject_cast<ExpressionParameterEditor *>(editor.editor("condition"));
    canvas.model.execute(std::make_unique<pipeline::edit::SetParameterCommand>(canvas.model.graph(), "hot",
                                                                               "condition", "temperature > 99"));
    QCOMPARE(expression->edit()->expressionText(), QString("temperature > 99"));
    canvas.stack.undo();
    QCOMPARE(expression->edit()->expressionText(), QString("temperature > 30"));
}

// The pipeline form's guarantee: choosing exactly-once writes the setting as one
// undoable edit, validation then refuses the database sink, undo restores both.
void TestPropertyEditor::processingGuaranteeIsOneUndoableSetting()
{
    CanvasFixture canvas(iot());
    PropertyEditor editor(&canvas.model);
    editor.setNode(QString());
    auto *combo = editor.findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QString("at-least-once"));
    auto refusedNodes = [&] {
        canvas.model.validate(); // validation is debounced after edits
        QStringList ids;
        for (const auto &d : canvas.model.validation().diagnostics)
            if (d.code == "not-transactional")
                ids << QString::fromStdString(d.nodeId);
        return ids;
    };
    QVERIFY(refusedNodes().isEmpty());
    combo->setCurrentIndex(1);
    emit combo->activated(1);
    QCOMPARE(canvas.model.graph().settings.value("processingGuarantee", std::string()), std::string("exactly-once"));
    QCOMPARE(canvas.stack.count(), 1);
    QCOMPARE(refusedNodes(), QStringList{"db"});
    canvas.stack.undo();
    QVERIFY(!canvas.model.graph().settings.contains("processingGuarantee"));
    QCOMPARE(combo->currentData().toString(), QString("at-least-once"));
    QVERIFY(refusedNodes().isEmpty());
}

void TestPropertyEditor::labelRename()
{
    CanvasFixture canvas(iot());
    PropertyEditor editor(&canvas.model);
    editor.show();
    editor.setNode("hot");
    editor.labelEdit()->setFocus();
    editor.labelEdit()->selectAll();
    QTest::keyClicks(editor.labelEdit(), "Too hot");
    QTest::keyClick(editor.labelEdit(), Qt::Key_Return);
    QCOMPARE(canvas.model.graph().node("hot")->label, std::string("Too hot"));
    QCOMPARE(canvas.stack.count(), 1);
    QCOMPARE(canvas.scene->nodeItem("hot")->title(), QString("Too hot"));
}

void TestPropertyEditor::checkboxTextAndMultilineEdits()
{
    CanvasFixture canvas(iot());
    PropertyEditor editor(&canvas.model);
    editor.resize(400, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    // A boolean is a check box: a click is one undoable step.
    editor.setNode("db");
    auto *check = editor.editor("createTable")->findChild<QCheckBox *>();
    QVERIFY(check);
    QVERIFY(check->isChecked()); // the descriptor's default
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QCOMPARE(canvas.model.graph().node("db")->parameters.value("createTable", nlohmann::json()), nlohmann::json(false));
    QCOMPARE(canvas.stack.count(), 1);
    canvas.stack.undo();
    QVERIFY(editor.editor("createTable")->findChild<QCheckBox *>()->isChecked()); // the form follows the undo
    QVERIFY(canvas.model.graph() == iot());

    // A string is a line edit: typing and Enter is one step.
    editor.setNode("out");
    auto *line = editor.editor("topic")->findChild<QLineEdit *>();
    QVERIFY(line);
    line->setFocus();
    QTest::keyClicks(line, "alerts");
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(canvas.model.graph().node("out")->stringParameter("topic"), std::string("alerts"));
    QCOMPARE(canvas.stack.count(), 1);

    // A text parameter is a multi-line editor; its new lines are kept.
    editor.setNode("ask");
    auto *text = editor.editor("systemPrompt")->findChild<QPlainTextEdit *>();
    QVERIFY(text);
    text->setFocus();
    QTest::keyClicks(text, "You are terse.");
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, "One sentence.");
    QCOMPARE(canvas.model.graph().node("ask")->stringParameter("systemPrompt"), std::string("You are terse.\nOne sentence."));
    canvas.stack.undo();
    canvas.stack.undo();
    QVERIFY(canvas.model.graph() == iot());
}

// A connect-source shows the chosen connector's properties only; switching the
// template is one undoable edit that changes the form.
void TestPropertyEditor::connectorTemplateDecidesTheForm()
{
    Graph g;
    Node src = makeNode("orders", "connect-source", 0, 0);
    src.parameters["connector"] = "debezium-oracle";
    g.putNode(src);
    CanvasFixture canvas(g);
    PropertyEditor editor(&canvas.model);
    editor.show();
    editor.setNode("orders");
    auto shown = [&](const char *key) { return editor.editor(key) && !editor.editor(key)->isHidden(); };
    QVERIFY(shown("databaseName"));
    QVERIFY(shown("databasePdbName"));
    QVERIFY(!shown("databaseServerId"));
    QVERIFY(!shown("connectionUrl"));
    QCOMPARE(QString(editor.editor("databasePassword")->metaObject()->className()), QString("TextParameterEditor"));

    auto *connector = qobject_cast<ChoiceParameterEditor *>(editor.editor("connector"));
    QVERIFY(connector);
    QComboBox *combo = connector->comboBox();
    const int mysql = combo->findData("debezium-mysql");
    QVERIFY(mysql >= 0);
    combo->setFocus();
    combo->setCurrentIndex(mysql);
    emit combo->activated(mysql);
    QCOMPARE(canvas.model.graph().node("orders")->stringParameter("connector"), std::string("debezium-mysql"));
    QVERIFY(shown("databaseServerId"));
    QVERIFY(!shown("databaseName"));
    QVERIFY(!shown("databasePdbName"));
    QVERIFY(shown("databaseHostname"));
    QCOMPARE(canvas.stack.count(), 1);
}

QTEST_MAIN(TestPropertyEditor)
#include "tst_propertyeditor.moc"
