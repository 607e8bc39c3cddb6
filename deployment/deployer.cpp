#include "deployment/deployer.h"

#include "deployment/flinkgatewayclient.h"
#include "deployment/kafkaconnectclient.h"
#include "deployment/ksqldbclient.h"

#include "codegen/sqlexporter.h"

#include <algorithm>

namespace deployment {

namespace {

std::unique_ptr<EngineClient> makeClient(const DeploymentTarget &target, pipeline::runtime::SecretResolver resolver)
{
    RestClient rest(target, std::move(resolver));
    switch (target.kind) {
    case TargetKind::Ksqldb:
        return std::make_unique<KsqldbClient>(std::move(rest));
    case TargetKind::FlinkSqlGateway:
        return std::make_unique<FlinkGatewayClient>(std::move(rest));
    case TargetKind::KafkaConnect:
        return std::make_unique<KafkaConnectClient>(std::move(rest));
    }
    return nullptr;
}

void addError(DeploymentReport &report, const std::string &nodeId, const std::string &message)
{
    report.ok = false;
    if (report.error.empty()) {
        report.error = message;
        report.failedNode = nodeId;
    }
    pipeline::Diagnostic d;
    d.code = "deploy-failed";
    d.message = message;
    d.nodeId = nodeId;
    d.args = {message};
    report.diagnostics.push_back(std::move(d));
}

} // namespace

Deployer::Deployer(DeploymentTarget target, std::string recordDirectory, pipeline::runtime::SecretResolver resolver)
    : m_target(std::move(target)), m_record(std::move(recordDirectory), m_target.name),
      m_client(makeClient(m_target, std::move(resolver)))
{
}

Deployer::~Deployer() = default;

std::string Deployer::pipelineName(const pipeline::Graph &graph, const std::string &fallback)
{
    return graph.name.empty() ? fallback : graph.name;
}

bool Deployer::current(const std::string &pipeline, std::vector<DeployedObject> *objects, std::string *error)
{
    if (!m_record.load(error))
        return false;
    return m_client->live(pipeline, m_record.objects(pipeline), objects, error);
}

bool Deployer::plan(const pipeline::Graph &graph, const std::string &pipeline, DeploymentPlan *plan, std::string *error)
{
    codegen::ExportOptions options;
    options.dialect = m_target.kind == TargetKind::FlinkSqlGateway ? codegen::SqlDialect::Flink : codegen::SqlDialect::Ksql;
    options.bootstrapServers = m_target.bootstrapServers;
    options.schemaRegistryUrl = m_target.schemaRegistryUrl;
    codegen::ExportResult exported = codegen::SqlExporter::exportGraph(graph, options);
    std::vector<std::string> notes;
    const std::vector<DesiredObject> desired = m_client->desired(pipeline, exported, &notes);
    std::vector<DeployedObject> deployed;
    if (!current(pipeline, &deployed, error))
        return false;
    *plan = DeploymentPlan::compute(pipeline, m_target, desired, deployed);
    plan->notes = std::move(notes);
    if (m_target.kind == TargetKind::KafkaConnect) {
        // Only the connector nodes matter here; SQL the dialect cannot express is another target's problem.
        for (const auto &d : exported.diagnostics) {
            if (std::any_of(exported.artifacts.begin(), exported.artifacts.end(),
                            [&](const codegen::ExportArtifact &a) { return a.nodeId == d.nodeId; }))
                plan->diagnostics.push_back(d);
        }
    } else {
        plan->diagnostics = exported.diagnostics;
    }
    plan->exported = std::move(exported);
    return true;
}

bool Deployer::undeployPlan(const std::string &pipeline, DeploymentPlan *plan, std::string *error)
{
    std::vector<DeployedObject> deployed;
    if (!current(pipeline, &deployed, error))
        return false;
    *plan = DeploymentPlan::removal(pipeline, m_target, deployed);
    return true;
}

DeploymentReport Deployer::apply(const DeploymentPlan &plan, const DeploymentProgress &progress)
{
    DeploymentReport report;
    report.notes = plan.notes;
    if (pipeline::hasErrors(plan.diagnostics)) {
        for (const auto &d : plan.diagnostics) {
            if (d.severity == pipeline::Severity::Error)
                addError(report, d.nodeId, "not expressible for " + std::string(targetKindName(m_target.kind)) + ": " + d.message);
        }
        report.error = "the pipeline cannot be deployed to " + m_target.name + ": " + report.error;
        return report;
    }
    std::string error;
    if (!m_record.load(&error)) {
        addError(report, {}, error);
        return report;
    }
    auto notify = [&](const DeploymentStep &step, bool done, bool ok, const std::string &message) {
        if (progress)
            progress(step, done, ok, message);
    };
    auto saveRecord = [&] {
        std::string saveError;
        if (!m_record.save(&saveError))
            report.notes.push_back("could not save the deployment record: " + saveError);
    };
    // Removals: dropped and terminated objects and the old halves of replacements,
    // newest first so no object goes while something still reads it.
    for (auto it = plan.steps.rbegin(); it != plan.steps.rend() && report.ok; ++it) {
        const DeploymentStep &step = *it;
        const bool replace = step.action == StepAction::Replace;
        if (step.action != StepAction::Drop && step.action != StepAction::Terminate && !replace)
            continue;
        if (replace && m_client->replacesInPlace())
            continue;
        notify(step, false, true, {});
        std::string message;
        const bool ok = m_client->remove(step.current, replace, &message);
        report.log.push_back(std::string(ok ? "" : "FAILED ") + (replace ? "replace (old): " : stepActionName(step.action) + std::string(": ")) + message);
        notify(step, true, ok, message);
        if (!ok) {
            addError(report, step.nodeId(), message);
            break;
        }
        DeployedObject removed = step.current;
        removed.pipeline = plan.pipeline;
        m_record.erase(removed);
        saveRecord();
        report.removed.push_back(removed);
    }
    const bool creates = std::any_of(plan.steps.begin(), plan.steps.end(), [](const DeploymentStep &s) {
        return s.action == StepAction::Create || s.action == StepAction::Replace;
    });
    if (report.ok && creates && !m_client->prepare(plan.exported, &error))
        addError(report, {}, error);
    for (const DeploymentStep &step : plan.steps) {
        if (!report.ok)
            break;
        if (step.action != StepAction::Create && step.action != StepAction::Replace)
            continue;
        notify(step, false, true, {});
        DeployedObject created;
        std::string message;
        const bool ok = m_client->create(step.desired, &created, &message);
        report.log.push_back(std::string(ok ? "" : "FAILED ") + stepActionName(step.action) + ": " + message);
        if (!created.detail.empty() && created.kind == "job")
            report.notes.push_back(created.name + ": " + created.detail);
        notify(step, true, ok, message);
        // A connector whose task failed exists all the same: recorded, so a rollback removes it.
        if (ok || !created.name.empty()) {
            created.pipeline = plan.pipeline;
            created.sourceFile = plan.sourceFile;
            m_record.add(created);
            saveRecord();
            report.created.push_back(created);
        }
        if (!ok)
            addError(report, step.nodeId(), message);
    }
    m_client->finish();
    return report;
}

DeploymentReport Deployer::rollback(const DeploymentReport &failed, const DeploymentProgress &progress)
{
    DeploymentReport report;
    std::string error;
    if (!m_record.load(&error)) {
        addError(report, {}, error);
        return report;
    }
    for (auto it = failed.created.rbegin(); it != failed.created.rend(); ++it) {
        DeploymentStep step;
        step.action = it->kind == "query" || it->kind == "job" ? StepAction::Terminate : StepAction::Drop;
        step.current = *it;
        if (progress)
            progress(step, false, true, {});
        std::string message;
        const bool ok = m_client->remove(*it, false, &message);
        report.log.push_back(std::string(ok ? "" : "FAILED ") + "rollback: " + message);
        if (progress)
            progress(step, true, ok, message);
        if (!ok) {
            addError(report, it->nodeId, message);
            continue;
        }
        m_record.erase(*it);
        report.removed.push_back(*it);
    }
    // What the failed run removed comes back where its statement can be sent again.
    for (auto it = failed.removed.rbegin(); it != failed.removed.rend(); ++it) {
        if (it->kind == "job") {
            report.notes.push_back("job " + it->name + " (" + it->id + ") was stopped and is not restarted by the rollback; "
                                   "deploy the previous pipeline version to start it again");
            continue;
        }
        const bool createdAgain = std::any_of(failed.created.begin(), failed.created.end(), [&](const DeployedObject &o) {
            return o.kind == it->kind && o.name == it->name;
        });
        if (createdAgain && m_client->replacesInPlace())
            continue;
        DesiredObject again;
        again.nodeId = it->nodeId;
        again.kind = it->kind;
        again.name = it->name;
        again.statement = it->fingerprint;
        again.fingerprint = it->fingerprint;
        again.ownsTopic = it->ownsTopic;
        DeployedObject restored;
        std::string message;
        const bool ok = m_client->create(again, &restored, &message);
        report.log.push_back(std::string(ok ? "" : "FAILED ") + "rollback: restored " + message);
        if (!ok) {
            addError(report, it->nodeId, message);
            continue;
        }
        restored.pipeline = it->pipeline;
        restored.sourceFile = it->sourceFile;
        m_record.add(restored);
        report.created.push_back(restored);
    }
    m_client->finish();
    if (!m_record.save(&error))
        addError(report, {}, error);
    return report;
}

bool Deployer::deployments(std::vector<DeployedObject> *objects, std::string *error)
{
    if (!m_record.load(error))
        return false;
    objects->clear();
    for (const auto &pipeline : m_record.pipelines()) {
        std::vector<DeployedObject> live;
        if (!m_client->live(pipeline, m_record.objects(pipeline), &live, error))
            return false;
        objects->insert(objects->end(), live.begin(), live.end());
    }
    m_client->finish();
    return true;
}

DeploymentReport Deployer::stop(const DeployedObject &object)
{
    DeploymentPlan plan;
    plan.pipeline = object.pipeline;
    plan.targetName = m_target.name;
    plan.targetKind = m_target.kind;
    DeploymentStep step;
    step.action = object.kind == "query" || object.kind == "job" ? StepAction::Terminate : StepAction::Drop;
    step.current = object;
    plan.steps.push_back(step);
    return apply(plan);
}

} // namespace deployment
