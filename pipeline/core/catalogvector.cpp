#include "pipeline/core/catalogsupport.h"

#include <algorithm>

// Descriptors use designated initializers; members left out keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

// Real-time RAG (seed 004): an embedded vector index fed by `vector-upsert` and
// searched by `vector-retrieve`, shared by name within a run.

namespace pipeline {

using namespace catalogsupport;

namespace {

ParameterDescriptor indexParameter()
{
    return {
        .key = "index",
        .label = "Index",
        .type = ParameterType::String,
        .required = true,
        .help = "Name of the vector index, e.g. flights. Nodes of one pipeline that name the same index share it "
                "(upsert and retrieve in one run).",
    };
}

ParameterDescriptor pathParameter()
{
    return {
        .key = "path",
        .label = "Index file",
        .type = ParameterType::String,
        .help = "File the index is loaded from at start and saved to (a sidecar beside the HNSW graph file). "
                "Empty: vector-indexes/<index>.vindex in the working directory.",
    };
}

// Letters, digits, '.', '_' and '-': the name becomes part of a file name.
void checkIndexName(const SchemaContext &context)
{
    const std::string name = context.node.stringParameter("index");
    const bool ok = std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
            || c == '-';
    });
    if (!name.empty() && (!ok || name.front() == '.'))
        report(context, Severity::Error, "bad-value", "index",
               "index name \"" + name + "\" may only use letters, digits, '.', '_' and '-' (and not start with '.')")
            .args = {name};
}

NodeType vectorUpsert()
{
    NodeType t;
    t.kind = "vector-upsert";
    t.label = "Vector upsert";
    // A sink: the index is where the records go. Like kafka-sink it acknowledges
    // (its save to the index file) before source offsets are committed, and like
    // kafka-sink it has no output; a branch before it can feed other steps.
    t.category = Category::Sink;
    t.icon = "vector-upsert";
    t.description = "Stores each record's embedding (from an embed step) under its id in an embedded vector "
                    "index with a text and metadata, for retrieval by vector-retrieve. An existing id is "
                    "replaced. The index is saved to a file, so it survives restarts.";
    t.inputs = {{.key = "in",
                 .label = "In",
                 .cardinality = Cardinality::Many,
                 .help = "Records with an embedding and an id."}};
    t.parameters = {
        indexParameter(),
        pathParameter(),
        {
            .key = "idField",
            .label = "Id",
            .type = ParameterType::Expression,
            .required = true,
            .help = "Expression giving the entry's id, e.g. flight_id; a record with an id already in the index "
                    "replaces that entry.",
        },
        {
            .key = "embeddingField",
            .label = "Embedding field",
            .type = ParameterType::String,
            .defaultValue = "embedding",
            .required = true,
            .help = "Field holding the vector (array of numbers), e.g. the embed step's output field.",
        },
        {
            .key = "textField",
            .label = "Text",
            .type = ParameterType::Expression,
            .help = "Expression giving the text stored with the entry and handed to retrieval results, e.g. "
                    "CONCAT(flight_id, ' ', status).",
        },
        {
            .key = "metadataFields",
            .label = "Metadata fields",
            .type = ParameterType::StringList,
            .help = "Fields stored with the entry and returned with each retrieval hit, e.g. departure, gate.",
        },
        {
            .key = "dimension",
            .label = "Dimension",
            .type = ParameterType::Integer,
            .defaultValue = 0,
            .help = "Length of the vectors. 0: taken from the index file or the first vector. A vector of another "
                    "length is an error for that record.",
            .minimum = 0,
            .maximum = 65536,
        },
        {
            .key = "m",
            .label = "M",
            .type = ParameterType::Integer,
            .defaultValue = 16,
            .help = "HNSW links per vector: higher improves recall and costs memory and insert time.",
            .minimum = 2,
            .maximum = 200,
        },
        {
            .key = "efConstruction",
            .label = "ef construction",
            .type = ParameterType::Integer,
            .defaultValue = 40,
            .help = "HNSW candidate list while inserting: higher builds a better graph, more slowly (40 inserts "
                    "about three times as fast as 100; with efSearch 128, recall@10 is about 0.98 at 100,000 vectors).",
            .minimum = 1,
            .maximum = 4096,
        },
        {
            .key = "efSearch",
            .label = "ef search",
            .type = ParameterType::Integer,
            .defaultValue = 128,
            .help = "HNSW candidate list while searching (at least k): higher improves recall, costs latency "
                    "(128: recall@10 about 0.98 at 100,000 vectors, under a millisecond per search).",
            .minimum = 1,
            .maximum = 4096,
        },
        {
            .key = "saveInterval",
            .label = "Save interval",
            .type = ParameterType::Duration,
            .defaultValue = "1s",
            .help = "How often the index is saved (a large index, whose save takes longer, at most a tenth of "
                    "the time); source offsets are committed only after the save that contains their records.",
        },
        onErrorParameter(),
    };
    t.outputSchema = [](const SchemaContext &) { return std::map<std::string, Schema>{}; };
    t.check = [](const SchemaContext &context) {
        checkIndexName(context);
        const Schema &in = inputSchema(context);
        const std::string embedding = context.node.stringParameter("embeddingField", "embedding");
        if (!embedding.empty()) {
            if (!fieldResolves(in, embedding))
                report(context, Severity::Error, "unknown-field", "embeddingField",
                       "no field \"" + embedding + "\" in the input (add an embed step before this node)")
                    .args = {embedding};
            else if (const Field *f = in.find(embedding);
                     f && f->type != FieldType::Array && f->type != FieldType::Unknown)
                report(context, Severity::Error, "type-mismatch", "embeddingField",
                       "field \"" + embedding + "\" is a " + std::string(fieldTypeName(f->type))
                           + ", not an array of numbers")
                    .args = {embedding};
        }
        const auto &metadata = arrayParameter(context.node, "metadataFields");
        for (size_t i = 0; i < metadata.size(); ++i) {
            const std::string path = metadata[i].is_string() ? metadata[i].get<std::string>() : std::string();
            if (!path.empty() && !fieldResolves(in, path))
                report(context, Severity::Error, "unknown-field", "metadataFields[" + std::to_string(i) + "]",
                       "no field \"" + path + "\" in the input")
                    .args = {path};
        }
    };
    return t;
}

NodeType vectorRetrieve()
{
    NodeType t;
    t.kind = "vector-retrieve";
    t.label = "Vector retrieve";
    t.category = Category::Ai;
    t.icon = "vector-retrieve";
    t.description = "Embeds a query text per record and adds the k most similar index entries (cosine) as "
                    "context, e.g. for an llm-prompt step that answers with retrieved facts (RAG).";
    t.inputs = {{.key = "in", .label = "In", .help = "Records with a query text."}};
    t.outputs = {{.key = "out", .label = "Out", .help = "The input records with the retrieved context added."}};
    std::vector<ParameterDescriptor> parameters = {
        endpointParameter(),
        {
            .key = "model",
            .label = "Model",
            .type = ParameterType::String,
            .defaultValue = "text-embedding-3-small",
            .help = "Embedding model; must be the one that embedded the indexed records.",
        },
        indexParameter(),
        pathParameter(),
        {
            .key = "queryField",
            .label = "Query",
            .type = ParameterType::Expression,
            .required = true,
            .help = "Expression giving the text to search for, e.g. question. Sensitive fields must be masked "
                    "first.",
            .sentToLlm = true,
        },
        {
            .key = "k",
            .label = "Results (k)",
            .type = ParameterType::Integer,
            .defaultValue = 5,
            .help = "How many nearest entries to add.",
            .minimum = 1,
            .maximum = 1000,
        },
        {
            .key = "minScore",
            .label = "Minimum score",
            .type = ParameterType::Number,
            .defaultValue = 0.0,
            .help = "Entries less similar than this cosine similarity (-1 to 1) are left out.",
            .minimum = -1,
            .maximum = 1,
        },
        {
            .key = "outputField",
            .label = "Output field",
            .type = ParameterType::String,
            .defaultValue = "context",
            .required = true,
            .help = "Field that receives the hits: an array of {id, score, text, metadata}, best first.",
        },
        {
            .key = "contextTextField",
            .label = "Context text field",
            .type = ParameterType::String,
            .defaultValue = "context_text",
            .help = "Field that receives the hits rendered as numbered lines of text, for a prompt template's "
                    "{{field}}. Empty: not added.",
        },
        {
            .key = "batchSize",
            .label = "Batch size",
            .type = ParameterType::Integer,
            .defaultValue = 32,
            .help = "Queries embedded per request.",
            .minimum = 1,
            .maximum = 2048,
        },
    };
    for (auto &p : aiCommonParameters())
        parameters.push_back(std::move(p));
    t.parameters = std::move(parameters);
    t.outputSchema = [](const SchemaContext &context) {
        Schema schema = inputSchema(context);
        Field hits = makeField(context.node.stringParameter("outputField", "context"), FieldType::Array);
        hits.elementType = FieldType::Object;
        hits.children = {makeField("id", FieldType::String), makeField("score", FieldType::Double),
                         makeField("text", FieldType::String), makeField("metadata", FieldType::Object)};
        schema.set(std::move(hits));
        const std::string text = context.node.stringParameter("contextTextField", "context_text");
        if (!text.empty())
            schema.set(makeField(text, FieldType::String));
        return std::map<std::string, Schema>{{"out", schema}};
    };
    t.check = [](const SchemaContext &context) {
        checkIndexName(context);
        const Schema &in = inputSchema(context);
        for (const char *key : {"outputField", "contextTextField"}) {
            const std::string name = context.node.stringParameter(key, key == std::string("outputField") ? "context" : "context_text");
            if (!name.empty() && in.find(name))
                report(context, Severity::Warning, "field-overwritten", key,
                       "output field \"" + name + "\" replaces the input field of the same name")
                    .args = {name};
        }
        const std::string out = context.node.stringParameter("outputField", "context");
        if (!out.empty() && out == context.node.stringParameter("contextTextField", "context_text"))
            report(context, Severity::Error, "duplicate-name", "contextTextField",
                   "the context text field must differ from the output field \"" + out + "\"")
                .args = {out};
    };
    t.transactionRole = TransactionRole::Repeats;
    t.transactionNote = "calls the embedding endpoint outside the Kafka transaction: after a crash it embeds the "
                        "replayed messages again unless the run keeps an answer cache (--llm-cache)";
    return t;
}

} // namespace

std::vector<NodeType> vectorNodeTypes()
{
    return {vectorUpsert(), vectorRetrieve()};
}

} // namespace pipeline
