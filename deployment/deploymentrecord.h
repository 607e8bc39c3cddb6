#pragma once

#include "deployment/deployedobject.h"

#include <map>
#include <string>
#include <vector>

namespace deployment {

/// What this tool deployed on one target, per pipeline, in creation order:
/// <dir>/<target>.json, written atomically after every change so an interrupted
/// deployment still says what it created. The engine stays the authority on
/// state; the record remembers the statements (to see what changed) and which
/// objects are this tool's.
class DeploymentRecord {
public:
    /// $PIPEWRIGHT_DEPLOYMENTS_DIR, else $XDG_STATE_HOME/pipewright/deployments,
    /// else ~/.local/state/pipewright/deployments.
    static std::string defaultDirectory();

    DeploymentRecord(std::string directory, std::string target);

    /// Reads the file (a missing file is an empty record). False + error on a bad file.
    bool load(std::string *error);
    bool save(std::string *error) const;

    std::vector<DeployedObject> objects(const std::string &pipeline) const;
    std::vector<std::string> pipelines() const;
    void add(const DeployedObject &object);    // replaces one of the same kind and name
    void erase(const DeployedObject &object);  // by pipeline, kind and name
    std::string path() const;

private:
    std::string m_directory;
    std::string m_target;
    std::map<std::string, std::vector<DeployedObject>> m_byPipeline;
};

} // namespace deployment
