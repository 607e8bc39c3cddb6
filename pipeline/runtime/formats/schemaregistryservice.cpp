#include "pipeline/runtime/formats/schemaregistryservice.h"

namespace pipeline::runtime {

std::shared_ptr<SchemaRegistryClient> schemaRegistryFor(OperatorBuildContext &context, const std::string &name)
{
    const std::string profileName = name.empty() ? "default" : name;
    auto client = context.shared<SchemaRegistryClient>(profileName, [&]() -> std::shared_ptr<SchemaRegistryClient> {
        const auto &settings = context.setting<SchemaRegistrySettings>();
        for (const auto &profile : settings.profiles)
            if (profile.name == profileName)
                return std::make_shared<SchemaRegistryClient>(profile, settings.secretResolver);
        return nullptr;
    });
    if (!client)
        context.error("unknown-schema-registry", "schemaRegistry",
                      "no Schema Registry profile named '" + profileName + "' (give it with --schema-registry "
                          + profileName + "=URL or schema.registry.url in --config, or in the settings)");
    return client;
}

} // namespace pipeline::runtime
