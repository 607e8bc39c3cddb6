#include "pipeline/core/catalogsupport.h"
#include "pipeline/core/schemaparameter.h"

#include <set>

// Descriptors use designated initializers; members left out keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace pipeline {

using namespace catalogsupport;

namespace {

std::vector<PortDescriptor> singleInput()
{
    return {{.key = "in", .label = "In", .help = "The records to send to the model."}};
}

std::vector<ParameterDescriptor> withCommon(std::vector<ParameterDescriptor> own)
{
    for (auto &p : aiCommonParameters())
        own.push_back(std::move(p));
    return own;
}

ParameterDescriptor modelParameter(nlohmann::json defaultValue = nullptr)
{
    return {
        .key = "model",
        .label = "Model",
        .type = ParameterType::String,
        .defaultValue = std::move(defaultValue),
        .help = "Model name as the endpoint knows it, e.g. gpt-4o-mini or llama3.1:8b. Empty: the endpoint "
                "profile's default model.",
    };
}

ParameterDescriptor outputFieldParameter(std::string defaultValue, std::string help)
{
    return {
        .key = "outputField",
        .label = "Output field",
        .type = ParameterType::String,
        .defaultValue = std::move(defaultValue),
        .required = true,
        .help = std::move(help),
    };
}

ParameterDescriptor templateParameter(std::string key, std::string label, std::string help)
{
    return {
        .key = std::move(key),
        .label = std::move(label),
        .type = ParameterType::Text,
        .required = true,
        .help = std::move(help),
        .templated = true,
        .sentToLlm = true,
    };
}

ParameterDescriptor instructionsParameter()
{
    return {
        .key = "instructions",
        .label = "Instructions",
        .type = ParameterType::Text,
        .help = "Extra guidance for the model, e.g. how to treat ambiguous cases.",
    };
}

// Adds `field` to the input, warning when it replaces an existing field.
Schema withField(const SchemaContext &context, Field field)
{
    Schema schema = inputSchema(context);
    schema.set(std::move(field));
    return schema;
}

void warnIfOverwrites(const SchemaContext &context, std::string_view parameter, const std::string &name)
{
    if (!name.empty() && inputSchema(context).find(name))
        report(context, Severity::Warning, "field-overwritten", std::string(parameter),
               "output field \"" + name + "\" replaces the input field of the same name")
            .args = {name};
}

// The properties of a JSON schema (json output mode) as fields, best effort:
// a schema that does not parse simply yields an object without declared members.
std::vector<Field> fieldsFromJsonSchema(const std::string &text)
{
    std::vector<Field> fields;
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return fields;
    auto properties = json.find("properties");
    if (properties == json.end() || !properties->is_object())
        return fields;
    for (const auto &[name, spec] : properties->items()) {
        FieldType type = FieldType::Unknown;
        if (spec.is_object() && spec.contains("type") && spec["type"].is_string()) {
            const std::string t = spec["type"];
            type = t == "number" ? FieldType::Double : fieldTypeFromName(t).value_or(FieldType::Unknown);
        }
        Field f = makeField(name, type);
        if (type == FieldType::Object && spec.is_object())
            f.children = fieldsFromJsonSchema(spec.dump());
        fields.push_back(std::move(f));
    }
    return fields;
}

NodeType llmPrompt()
{
    NodeType t;
    t.kind = "llm-prompt";
    t.label = "LLM prompt";
    t.category = Category::Ai;
    t.icon = "llm-prompt";
    t.description = "Sends a prompt built from each record to a chat-completion model and adds the answer "
                    "to the record.";
    t.inputs = singleInput();
    t.outputs = {{.key = "out", .label = "Out", .help = "The input records with the model's answer added."}};
    t.parameters = withCommon({
        endpointParameter(),
        modelParameter(),
        {
            .key = "systemPrompt",
            .label = "System prompt",
            .type = ParameterType::Text,
            .help = "Sets the model's role and rules, e.g. \"You are a Kafka operations analyst. Answer in one "
                    "sentence.\"",
        },
        templateParameter("userPrompt", "User prompt",
                          "The message sent per record; {{field}} or {{a.b}} inserts a field of the record, e.g. "
                          "\"Summarise this event: {{payload}}\". Sensitive fields must be masked first."),
        {
            .key = "temperature",
            .label = "Temperature",
            .type = ParameterType::Number,
            .defaultValue = 0.2,
            .help = "Randomness of the answer from 0 (deterministic) to 2.",
            .minimum = 0,
            .maximum = 2,
        },
        {
            .key = "maxTokens",
            .label = "Max tokens",
            .type = ParameterType::Integer,
            .defaultValue = 512,
            .help = "Upper bound on the answer's length in tokens.",
            .minimum = 1,
        },
        outputFieldParameter("llm_output", "Field that receives the answer."),
        {
            .key = "outputMode",
            .label = "Output mode",
            .type = ParameterType::Enum,
            .defaultValue = "text",
            .allowedValues = {"text", "json"},
            .help = "text stores the answer as a string; json asks for a JSON object and stores it parsed "
                    "(answers that are not valid JSON are errors).",
        },
        {
            .key = "jsonSchema",
            .label = "JSON schema",
            .type = ParameterType::Text,
            .help = "For json mode: a JSON schema the answer must follow; its properties become the output "
                    "field's members.",
            .visibleWhenKey = "outputMode",
            .visibleWhenValues = {"json"},
        },
    });
    t.outputSchema = [](const SchemaContext &context) {
        const bool json = context.node.stringParameter("outputMode", "text") == "json";
        Field f = makeField(context.node.stringParameter("outputField", "llm_output"),
                            json ? FieldType::Object : FieldType::String);
        if (json)
            f.children = fieldsFromJsonSchema(context.node.stringParameter("jsonSchema"));
        return std::map<std::string, Schema>{{"out", withField(context, std::move(f))}};
    };
    t.check = [](const SchemaContext &context) {
        warnIfOverwrites(context, "outputField", context.node.stringParameter("outputField", "llm_output"));
        const std::string schema = context.node.stringParameter("jsonSchema");
        if (!schema.empty() && context.node.stringParameter("outputMode", "text") == "json") {
            auto parsed = nlohmann::json::parse(schema, nullptr, false);
            if (parsed.is_discarded() || !parsed.is_object())
                report(context, Severity::Error, "bad-value", "jsonSchema", "the JSON schema is not a JSON object");
        }
    };
    t.transactionRole = TransactionRole::Repeats;
    t.transactionNote = "calls the model outside the Kafka transaction: after a crash the messages of the aborted "
                        "transaction are processed again and the model is asked again (answers may differ) unless the "
                        "run keeps an answer cache (--llm-cache)";
    return t;
}

NodeType llmClassify()
{
    NodeType t;
    t.kind = "llm-classify";
    t.label = "LLM classify";
    t.category = Category::Ai;
    t.icon = "llm-classify";
    t.description = "Asks a model to pick exactly one of the given labels for each record, e.g. for "
                    "moderation or triage; route on the label afterwards.";
    t.inputs = singleInput();
    t.outputs = {{.key = "out", .label = "Out", .help = "The input records with the chosen label added."}};
    t.parameters = withCommon({
        endpointParameter(),
        modelParameter(),
        templateParameter("input", "Input",
                          "The text to classify, built from the record: e.g. \"{{text}}\". Sensitive fields must "
                          "be masked first."),
        {
            .key = "labels",
            .label = "Labels",
            .type = ParameterType::ItemList,
            .required = true,
            .help = "The possible labels (at least two), each with a description that tells the model when "
                    "it applies.",
            .itemFields = {
                {
                    .key = "label",
                    .label = "Label",
                    .type = ParameterType::String,
                    .required = true,
                    .help = "The value stored in the output field, e.g. toxic.",
                },
                {
                    .key = "description",
                    .label = "Description",
                    .type = ParameterType::Text,
                    .help = "When this label applies.",
                },
            },
            .minItems = 2,
        },
        instructionsParameter(),
        outputFieldParameter("label", "Field that receives the chosen label."),
    });
    t.outputSchema = [](const SchemaContext &context) {
        Field f = makeField(context.node.stringParameter("outputField", "label"), FieldType::String);
        return std::map<std::string, Schema>{{"out", withField(context, std::move(f))}};
    };
    t.check = [](const SchemaContext &context) {
        warnIfOverwrites(context, "outputField", context.node.stringParameter("outputField", "label"));
        std::set<std::string> seen;
        const auto &labels = arrayParameter(context.node, "labels");
        for (size_t i = 0; i < labels.size(); ++i) {
            const std::string label = itemString(labels[i], "label");
            if (!label.empty() && !seen.insert(label).second)
                report(context, Severity::Error, "duplicate-name", "labels[" + std::to_string(i) + "].label",
                       "label \"" + label + "\" is listed more than once")
                    .args = {label};
        }
    };
    t.transactionRole = TransactionRole::Repeats;
    t.transactionNote = "calls the model outside the Kafka transaction: after a crash the messages of the aborted "
                        "transaction are processed again and the model is asked again (answers may differ) unless the "
                        "run keeps an answer cache (--llm-cache)";
    return t;
}

NodeType llmExtract()
{
    NodeType t;
    t.kind = "llm-extract";
    t.label = "LLM extract";
    t.category = Category::Ai;
    t.icon = "llm-extract";
    t.description = "Asks a model to extract typed fields from free text in each record, e.g. amounts, "
                    "names or dates from a message.";
    t.inputs = singleInput();
    t.outputs = {{.key = "out", .label = "Out", .help = "The input records with the extracted fields added."}};
    t.parameters = withCommon({
        endpointParameter(),
        modelParameter(),
        templateParameter("input", "Input",
                          "The text to extract from, built from the record: e.g. \"{{text}}\". Sensitive fields "
                          "must be masked first."),
        {
            .key = "fields",
            .label = "Fields",
            .type = ParameterType::Schema,
            .required = true,
            .help = "The fields to extract, with their types; a value the model cannot find is NULL.",
            .minItems = 1,
        },
        instructionsParameter(),
    });
    t.outputSchema = [](const SchemaContext &context) {
        Schema schema = inputSchema(context);
        if (const auto *fields = context.node.parameter("fields"))
            for (auto &f : schemaFromParameter(*fields).fields)
                schema.set(std::move(f));
        return std::map<std::string, Schema>{{"out", schema}};
    };
    t.check = [](const SchemaContext &context) {
        const auto *fields = context.node.parameter("fields");
        if (!fields)
            return;
        for (const auto &f : schemaFromParameter(*fields).fields)
            warnIfOverwrites(context, "fields", f.name);
    };
    t.transactionRole = TransactionRole::Repeats;
    t.transactionNote = "calls the model outside the Kafka transaction: after a crash the messages of the aborted "
                        "transaction are processed again and the model is asked again (answers may differ) unless the "
                        "run keeps an answer cache (--llm-cache)";
    return t;
}

NodeType embed()
{
    NodeType t;
    t.kind = "embed";
    t.label = "Embed";
    t.category = Category::Ai;
    t.icon = "embed";
    t.description = "Computes an embedding vector of a text per record, for vector search and real-time RAG.";
    t.inputs = singleInput();
    t.outputs = {{.key = "out", .label = "Out", .help = "The input records with the embedding added."}};
    t.parameters = withCommon({
        endpointParameter(),
        modelParameter("text-embedding-3-small"),
        {
            .key = "textField",
            .label = "Text",
            .type = ParameterType::Expression,
            .required = true,
            .help = "Expression giving the text to embed, e.g. description or CONCAT(title, ' ', body). "
                    "Sensitive fields must be masked first.",
            .sentToLlm = true,
        },
        outputFieldParameter("embedding", "Field that receives the vector (array of double)."),
        {
            .key = "batchSize",
            .label = "Batch size",
            .type = ParameterType::Integer,
            .defaultValue = 32,
            .help = "Texts sent per request.",
            .minimum = 1,
            .maximum = 2048,
        },
    });
    t.outputSchema = [](const SchemaContext &context) {
        Field f = makeField(context.node.stringParameter("outputField", "embedding"), FieldType::Array);
        f.elementType = FieldType::Double;
        return std::map<std::string, Schema>{{"out", withField(context, std::move(f))}};
    };
    t.check = [](const SchemaContext &context) {
        warnIfOverwrites(context, "outputField", context.node.stringParameter("outputField", "embedding"));
    };
    t.transactionRole = TransactionRole::Repeats;
    t.transactionNote = "calls the embedding endpoint outside the Kafka transaction: after a crash it embeds the "
                        "replayed messages again unless the run keeps an answer cache (--llm-cache)";
    return t;
}

} // namespace

std::vector<NodeType> aiNodeTypes()
{
    return {llmPrompt(), llmClassify(), llmExtract(), embed()};
}

} // namespace pipeline
