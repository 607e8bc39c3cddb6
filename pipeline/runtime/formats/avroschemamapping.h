#pragma once

#include "pipeline/core/schema.h"
#include "pipeline/runtime/formats/avrotype.h"
#include "pipeline/runtime/formats/schemaregistryclient.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace pipeline::runtime {

/// Pipewright field type of an Avro type: records become objects with their
/// fields, arrays arrays (with the element type), maps objects without declared
/// fields, a union with null the other branch (every Pipewright field may be
/// NULL), timestamp-millis/-micros and date timestamps (runtime value: epoch
/// milliseconds), decimal double, enum/uuid/bytes/fixed strings (bytes as base64).
/// A union of several non-null types is Unknown.
Field avroFieldToPipewright(const std::string &name, const AvroType &type);

/// The record schema of an Avro record schema (JSON text as the registry stores
/// it); nullopt with `error` when the text is not an Avro record schema.
std::optional<Schema> avroSchemaToPipewright(const std::string &avroSchemaJson, std::string *error);

/// The Avro schema a sink registers for records of `schema`: a record named
/// `recordName` (namespace `ns`), every field a union ["null", T] with default
/// null so later versions may add and drop fields (backward compatible). A field
/// of unknown type becomes a union of the scalar types. Objects without declared
/// fields are refused (the sink could not encode them faithfully): nullopt with
/// `error` naming the field.
std::optional<nlohmann::json> pipewrightSchemaToAvro(const Schema &schema, const std::string &recordName,
                                                     const std::string &ns, std::string *error);

/// The latest schema registered under `subject` (e.g. `<topic>-value`), mapped to
/// Pipewright's field types: what an Avro source without a declared schema
/// carries ("use as source", the topic browser). nullopt with `error` (the
/// registry's or the mapping's problem); `registered` gets the id and version.
std::optional<Schema> fetchSubjectSchema(SchemaRegistryClient &client, const std::string &subject,
                                         std::string *error, RegisteredSchema *registered = nullptr);

/// A record name Avro accepts ([A-Za-z_][A-Za-z0-9_]*) made from a topic name.
std::string avroRecordName(const std::string &text);

} // namespace pipeline::runtime
