#pragma once

// A `pipewright-cli run` child process with its HTTP endpoint (--http 127.0.0.1:0):
// the URL from its log, partitions from /ready, signals, the exit code.

#include "e2ehelpers.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QProcess>

#include <csignal>

namespace e2e {

class RunnerProcess {
public:
    explicit RunnerProcess(const QStringList &args) { m_process.start(cliPath(), args); }
    /// Everything it wrote to stderr so far (its log).
    QString log()
    {
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_err;
    }
    ~RunnerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    bool started() { return m_process.waitForStarted(10000); }
    /// The endpoint's URL from the log line, waiting up to 30 s.
    QString url()
    {
        QElapsedTimer timer;
        timer.start();
        while (m_url.isEmpty() && timer.elapsed() < 30000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            m_err += QString::fromUtf8(m_process.readAllStandardError());
            const int at = m_err.indexOf("HTTP endpoint at ");
            if (at >= 0 && m_err.indexOf('\n', at) > at)
                m_url = m_err.mid(at + 17).section(' ', 0, 0).trimmed();
        }
        return m_url;
    }
    /// Partitions assigned now (from /ready), -1 when it does not answer.
    int partitions()
    {
        int exitCode = 0;
        const QByteArray body = runTool(QStringLiteral("/usr/bin/python3"),
                                        {"-c",
                                         "import sys, urllib.request, urllib.error\n"
                                         "try:\n    print(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode())\n"
                                         "except urllib.error.HTTPError as e:\n    print(e.read().decode())\n",
                                         m_url + "/ready"},
                                        {}, 10000, &exitCode);
        const auto answer = nlohmann::json::parse(body.toStdString(), nullptr, false);
        return exitCode == 0 && answer.is_object() ? answer.value("partitionsAssigned", -1) : -1;
    }
    void signal(int sig) { ::kill(pid_t(m_process.processId()), sig); }
    int finish(int timeoutMs)
    {
        if (!m_process.waitForFinished(timeoutMs))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    QProcess m_process;
    QString m_err, m_url;
};


} // namespace e2e
