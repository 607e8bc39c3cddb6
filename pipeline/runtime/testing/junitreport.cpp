#include "pipeline/runtime/testing/junitreport.h"

#include "pipeline/serialization/pipelinereader.h"

#include <cstdio>

namespace pipeline::runtime {

namespace {

std::string escape(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default:
            // XML 1.0 allows no control characters but tab, newline, carriage return.
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
                out += ' ';
            else
                out += c;
        }
    }
    return out;
}

std::string seconds(double millis)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", millis / 1000.0);
    return buf;
}

} // namespace

std::vector<std::string> failureLines(const TestCaseResult &result, const std::string &testsFile)
{
    std::vector<std::string> lines;
    for (const auto &e : result.errors)
        lines.push_back(formatFileDiagnostic(testsFile, e));
    for (const auto &x : result.expectations) {
        if (x.passed)
            continue;
        for (const auto &f : x.failures)
            lines.push_back(x.target + ": " + f);
    }
    return lines;
}

std::string junitXml(const std::vector<JUnitSuite> &suites)
{
    size_t tests = 0, failures = 0, errors = 0;
    double total = 0;
    for (const auto &s : suites) {
        tests += s.result.cases.size() + (s.fileErrors.empty() ? 0 : 1);
        errors += s.fileErrors.empty() ? 0 : 1;
        failures += s.result.failedCases();
        for (const auto &c : s.result.cases)
            total += c.elapsedMillis;
    }
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml += "<testsuites name=\"pipewright\" tests=\"" + std::to_string(tests) + "\" failures=\"" + std::to_string(failures)
        + "\" errors=\"" + std::to_string(errors) + "\" time=\"" + seconds(total) + "\">\n";
    for (const auto &s : suites) {
        double time = 0;
        for (const auto &c : s.result.cases)
            time += c.elapsedMillis;
        xml += "  <testsuite name=\"" + escape(s.name) + "\" file=\"" + escape(s.file) + "\" tests=\""
            + std::to_string(s.result.cases.size() + (s.fileErrors.empty() ? 0 : 1)) + "\" failures=\""
            + std::to_string(s.result.failedCases()) + "\" errors=\"" + std::to_string(s.fileErrors.empty() ? 0 : 1)
            + "\" time=\"" + seconds(time) + "\">\n";
        if (!s.fileErrors.empty()) {
            std::string text;
            for (const auto &e : s.fileErrors)
                text += e + "\n";
            xml += "    <testcase name=\"(test file)\" classname=\"" + escape(s.name) + "\" file=\"" + escape(s.file)
                + "\" time=\"0.000\">\n      <error message=\"" + escape(s.fileErrors.front()) + "\" type=\"invalid\">"
                + escape(text) + "</error>\n    </testcase>\n";
        }
        for (const auto &c : s.result.cases) {
            xml += "    <testcase name=\"" + escape(c.name) + "\" classname=\"" + escape(s.name) + "\" file=\""
                + escape(s.file) + "\" time=\"" + seconds(c.elapsedMillis) + "\"";
            if (c.passed) {
                xml += "/>\n";
                continue;
            }
            const auto lines = failureLines(c, s.file);
            std::string text;
            for (const auto &l : lines)
                text += l + "\n";
            xml += ">\n      <failure message=\"" + escape(lines.empty() ? std::string("failed") : lines.front())
                + "\" type=\"" + (c.errors.empty() ? "expectation" : "error") + "\">" + escape(text)
                + "</failure>\n    </testcase>\n";
        }
        xml += "  </testsuite>\n";
    }
    xml += "</testsuites>\n";
    return xml;
}

} // namespace pipeline::runtime
