#pragma once

#include <map>
#include <string>

namespace codegen {

enum class SqlDialect { Ksql, Flink };

/// Where an LLM endpoint profile of the pipeline points in production. The key
/// is never a value: only the name of the variable the deployment substitutes.
struct LlmEndpointExport {
    std::string chatUrl = "https://api.openai.com/v1/chat/completions";
    std::string embeddingsUrl = "https://api.openai.com/v1/embeddings";
    std::string apiKeyVariable = "OPENAI_API_KEY"; // printed as ${OPENAI_API_KEY}
};

/// Where a vector index of the pipeline lives in production (Flink export). Its
/// connection is never a value: the script names ${<INDEX>_VECTOR_...} variables
/// that the deployment substitutes.
struct VectorStoreExport {
    /// Open-source Flink: "elasticsearch" (flink-connector-elasticsearch's
    /// 'elasticsearch-8', a VECTOR_SEARCH source). Confluent Cloud: "pinecone",
    /// "mongodb" or "elastic". Empty: elasticsearch, or pinecone with confluentCloud.
    std::string provider;
};

/// Knobs of one SQL export. Defaults give a script for a local cluster.
struct ExportOptions {
    SqlDialect dialect = SqlDialect::Ksql;
    /// Flink 'properties.bootstrap.servers' of every Kafka table.
    std::string bootstrapServers = "localhost:9092";
    /// ksqlDB PARTITIONS of sink topics that ksqlDB may have to create.
    int partitions = 1;
    /// Flink: emit Confluent Cloud's model options (CREATE CONNECTION,
    /// 'openai.connection', LATERAL TABLE(ML_PREDICT(...))) instead of open-source Flink 2.1's,
    /// and VECTOR_SEARCH_AGG over external tables instead of Flink 2.2's VECTOR_SEARCH.
    bool confluentCloud = false;
    /// ksqlDB: name of a user-defined function that calls the LLM; empty = LLM
    /// steps are reported as not expressible.
    std::string ksqlLlmUdf;
    /// Endpoint profiles by name ("default", ...); missing ones use OpenAI's URLs.
    std::map<std::string, LlmEndpointExport> endpoints;
    /// Vector stores by index name; missing ones use the provider default.
    std::map<std::string, VectorStoreExport> vectorStores;
    /// Schema Registry of Avro topics in production (Flink 'avro-confluent.url');
    /// empty = the placeholder ${SCHEMA_REGISTRY_URL} and a warning.
    std::string schemaRegistryUrl;
};

} // namespace codegen
