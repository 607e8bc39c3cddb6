#include "pipeline/runtime/testing/pipelinetestswriter.h"

namespace pipeline::runtime {

namespace {

using Json = nlohmann::json;

Json recordJson(const TestRecord &r)
{
    Json out = Json::object();
    out["value"] = r.value;
    if (r.key)
        out["key"] = *r.key;
    if (!r.headers.empty())
        out["headers"] = r.headers;
    if (r.partition)
        out["partition"] = *r.partition;
    if (r.timestamp)
        out["timestamp"] = *r.timestamp;
    return out;
}

Json expectationJson(const Expectation &x)
{
    Json out = Json::object();
    out["node"] = x.nodeId;
    if (x.port)
        out["port"] = *x.port;
    if (x.deadLetters)
        out["deadLetters"] = true;
    if (x.records)
        out["records"] = *x.records;
    if (x.ordered)
        out["ordered"] = *x.ordered;
    if (x.match)
        out["match"] = *x.match;
    if (x.count)
        out["count"] = *x.count;
    if (!x.conditions.empty())
        out["conditions"] = x.conditions;
    if (!x.reasons.empty())
        out["reasons"] = x.reasons;
    return out;
}

} // namespace

Json pipelineTestCaseJson(const TestCase &c)
{
    Json out = Json::object();
    out["name"] = c.name;
    if (c.description)
        out["description"] = *c.description;
    if (!c.inputs.empty()) {
        Json inputs = Json::object();
        for (const auto &input : c.inputs) {
            if (!input.file.empty()) {
                inputs[input.nodeId] = {{"file", input.file}};
                continue;
            }
            Json records = Json::array();
            for (const auto &r : input.records)
                records.push_back(recordJson(r));
            inputs[input.nodeId] = std::move(records);
        }
        out["inputs"] = std::move(inputs);
    }
    if (!c.llm.empty()) {
        Json fixtures = Json::array();
        for (const auto &f : c.llm) {
            Json j = {{"node", f.nodeId}};
            if (f.prompt)
                j["prompt"] = *f.prompt;
            if (f.answer)
                j["answer"] = *f.answer;
            if (f.fail)
                j["fail"] = *f.fail;
            fixtures.push_back(std::move(j));
        }
        out["llm"] = std::move(fixtures);
    }
    if (c.llmCache)
        out["llmCache"] = *c.llmCache;
    Json expect = Json::array();
    for (const auto &x : c.expectations)
        expect.push_back(expectationJson(x));
    out["expect"] = std::move(expect);
    return out;
}

std::string writePipelineTestsText(const PipelineTests &tests)
{
    Json document = Json::object();
    document["formatVersion"] = tests.formatVersion;
    if (tests.pipeline)
        document["pipeline"] = *tests.pipeline;
    Json cases = Json::array();
    for (const auto &c : tests.cases)
        cases.push_back(pipelineTestCaseJson(c));
    document["cases"] = std::move(cases);
    // nlohmann's objects are std::maps: keys come out sorted at every level, as
    // in pipeline files.
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace pipeline::runtime
