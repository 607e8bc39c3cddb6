// libFuzzer target: the *.pipeline.json loader, writer and validator. Any bytes
// must give a graph or located errors — never a crash or sanitizer report — and a
// loaded graph must survive write -> read -> write byte-identically.

#include "pipeline/core/catalog.h"
#include "pipeline/core/graphvalidator.h"
#include "pipeline/serialization/pipelinereader.h"
#include "pipeline/serialization/pipelinewriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

[[noreturn]] void fail(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "fuzz_pipeline_file: %s\n%s\n", what, detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const pipeline::LoadResult loaded = pipeline::readPipelineText(text, "fuzz.pipeline.json");
    if (!loaded.ok()) {
        if (loaded.errors.empty())
            fail("load failed without an error", "");
        for (const auto &e : loaded.errors)
            if (e.message.empty() || !e.span.valid() || e.span.offset < 0 || std::size_t(e.span.offset) > size)
                fail("error without a message or a location inside the text", loaded.errorText());
        return 0;
    }
    const std::string first = pipeline::writePipelineText(*loaded.graph);
    const pipeline::LoadResult again = pipeline::readPipelineText(first, "written.pipeline.json");
    if (!again.ok())
        fail("the writer's output does not load", again.errorText() + first);
    const std::string second = pipeline::writePipelineText(*again.graph);
    if (second != first)
        fail("write -> read -> write is not byte-identical", first + "\n---\n" + second);

    const pipeline::ValidationResult result = pipeline::validateGraph(*loaded.graph, pipeline::Catalog::builtin());
    for (const auto &d : result.diagnostics)
        (void)pipeline::formatDiagnostic(d);
    return 0;
}
