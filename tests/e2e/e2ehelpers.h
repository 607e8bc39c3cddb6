#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

// Shared by the e2e tests: running pipewright-cli and kcat as real processes.
namespace e2e {

inline QString cliPath()
{
    return QStringLiteral(PIPEWRIGHT_BINARY_DIR "/app/pipewright-cli");
}

inline bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

/// Runs a program to completion, feeding `input` on stdin; returns stdout.
inline QByteArray runTool(const QString &program, const QStringList &args, const QByteArray &input = {},
                          int timeoutMs = 30000, int *exitCode = nullptr, QByteArray *errors = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (errors)
        *errors = p.readAllStandardError();
    return p.readAllStandardOutput();
}

/// `pipewright-cli sandbox ...` as a child process; the bootstrap address is its first line.
class SandboxProcess {
public:
    explicit SandboxProcess(const QStringList &extraArgs = {})
    {
        m_process.start(cliPath(), QStringList{"sandbox"} + extraArgs);
        if (!m_process.waitForStarted(5000))
            return;
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(200);
        m_bootstrap = QString::fromUtf8(m_process.readLine()).trimmed();
    }
    ~SandboxProcess() { stop(); }
    QString bootstrap() const { return m_bootstrap; }
    QProcess &process() { return m_process; }
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    QProcess m_process;
    QString m_bootstrap;
};

/// Produces one message per line with kcat (lz4 keeps the sandbox's per-partition cap far away).
/// With `keyDelimiter`, each line is key, delimiter, value.
inline bool kcatProduce(const QString &bootstrap, const QString &topic, const QByteArray &lines,
                        const QString &keyDelimiter = {})
{
    int code = -1;
    QStringList args{"-b", bootstrap, "-P", "-t", topic, "-z", "lz4"};
    if (!keyDelimiter.isEmpty())
        args << "-K" << keyDelimiter;
    runTool("kcat", args, lines, 60000, &code);
    return code == 0;
}

/// Consumes a whole topic with kcat; `format` is kcat's -f format ("%s\n" = payload lines).
inline QList<QByteArray> kcatConsume(const QString &bootstrap, const QString &topic,
                                     const QString &format = QStringLiteral("%s\\n"))
{
    QByteArray out = runTool("kcat", {"-b", bootstrap, "-C", "-t", topic, "-o", "beginning", "-e", "-q", "-f", format});
    QList<QByteArray> lines = out.split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace e2e
