#include "pipeline/serialization/pipelinewriter.h"

#include "pipeline/serialization/formatmigrations.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pipeline {

namespace {

nlohmann::json roundedCoordinate(double value)
{
    // Sub-pixel positions only add noise to diffs; clamping keeps llround defined.
    if (!std::isfinite(value))
        value = 0;
    value = std::clamp(value, -1e15, 1e15);
    return std::int64_t(std::llround(value));
}

// Known members win over same-named entries in `extra` (which the reader never creates).
void mergeExtra(nlohmann::json &object, const nlohmann::json &extra)
{
    if (!extra.is_object())
        return;
    for (const auto &[k, v] : extra.items()) {
        if (!object.contains(k))
            object[k] = v;
    }
}

std::string systemError(const std::string &what, int error)
{
    return what + ": " + std::strerror(error);
}

} // namespace

std::string writePipelineText(const Graph &graph)
{
    nlohmann::json document = nlohmann::json::object();
    document["format"] = kPipelineFormatName;
    document["version"] = kPipelineFormatVersion;
    document["name"] = graph.name;
    document["description"] = graph.description;
    document["settings"] = graph.settings.is_object() ? graph.settings : nlohmann::json::object();

    nlohmann::json nodes = nlohmann::json::array();
    for (const auto &[id, node] : graph.nodes()) {
        nlohmann::json n = nlohmann::json::object();
        n["id"] = node.id;
        n["kind"] = node.kind;
        n["label"] = node.label;
        n["position"] = {{"x", roundedCoordinate(node.position.x)}, {"y", roundedCoordinate(node.position.y)}};
        n["parameters"] = node.parameters.is_object() ? node.parameters : nlohmann::json::object();
        mergeExtra(n, node.extra);
        nodes.push_back(std::move(n));
    }
    document["nodes"] = std::move(nodes);

    nlohmann::json edges = nlohmann::json::array();
    for (const auto &[id, edge] : graph.edges()) {
        nlohmann::json e = nlohmann::json::object();
        e["id"] = edge.id;
        e["from"] = {{"node", edge.from.node}, {"port", edge.from.port}};
        e["to"] = {{"node", edge.to.node}, {"port", edge.to.port}};
        mergeExtra(e, edge.extra);
        edges.push_back(std::move(e));
    }
    document["edges"] = std::move(edges);
    mergeExtra(document, graph.extra);

    // nlohmann::json objects are std::maps: keys come out sorted at every level.
    // Invalid UTF-8 (only possible from code, never from a loaded file) becomes U+FFFD
    // instead of throwing in the middle of a save.
    return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

WriteResult writeFileAtomically(const std::string &path, const std::string &contents)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");

    // A unique name in the same directory, so the final rename stays on one file system.
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    const fs::path temporary = directory / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-"
                                            + std::to_string(counter++) + "-" + std::to_string(stamp % 1000000));

    // Keep the mode of the file being replaced; new files get 0666 minus the umask.
    mode_t mode = 0666;
    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0) {
        if (S_ISDIR(existing.st_mode))
            return {false, "cannot write " + path + ": is a directory"};
        mode = existing.st_mode & 07777;
    }

    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return {false, systemError("cannot create " + temporary.string(), errno)};
    if (::stat(path.c_str(), &existing) == 0)
        (void)::fchmod(fd, mode); // the umask applied at open() may have narrowed it

    auto fail = [&](const std::string &what) {
        const int error = errno;
        ::close(fd);
        ::unlink(temporary.c_str());
        return WriteResult{false, systemError(what, error)};
    };

    const char *data = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return fail("cannot write " + temporary.string());
        }
        data += written;
        left -= std::size_t(written);
    }
    if (::fsync(fd) != 0)
        return fail("cannot flush " + temporary.string());
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return {false, systemError("cannot close " + temporary.string(), error)};
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return {false, systemError("cannot replace " + path, error)};
    }
    // Make the rename itself durable.
    const int dirFd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        (void)::fsync(dirFd);
        ::close(dirFd);
    }
    return {true, {}};
}

WriteResult writePipelineFileAtomically(const std::string &path, const Graph &graph)
{
    return writeFileAtomically(path, writePipelineText(graph));
}

} // namespace pipeline
