#pragma once

// The sandbox (librdkafka's mock cluster) runs the transaction protocol but keeps
// no transactional offsets and filters nothing for read_committed readers. The
// transaction shim (tests/support/txnshim/kafka_txn_shim.py) is a Kafka protocol
// proxy in front of it that adds those two broker-side parts by Kafka's rules:
// offsets sent in a transaction are committed to the group when, and only when,
// the transaction commits, and its journal tells which transactional records a
// read_committed reader would not see (aborted, or never ended).

#include "e2ehelpers.h"

#include <nlohmann/json.hpp>

#include <QProcess>

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace e2e {

class TransactionShim {
public:
    using Ranges = std::map<std::int32_t, std::vector<std::pair<std::int64_t, std::int64_t>>>;

    TransactionShim(const QString &upstream, const QString &journal) : m_journal(journal)
    {
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        {script(), "serve", "--upstream", upstream, "--journal", journal});
        if (!m_process.waitForStarted(5000))
            return;
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(200);
        m_bootstrap = QString::fromUtf8(m_process.readLine()).trimmed();
    }
    ~TransactionShim()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    /// Where clients connect instead of the sandbox.
    QString bootstrap() const { return m_bootstrap; }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

    /// Offsets of `topic` a read_committed reader would not see, per partition
    /// (inclusive ranges); `ok` false when the journal could not be read.
    Ranges invisible(const QString &topic, bool *ok) const
    {
        int exitCode = -1;
        QByteArray errors;
        const QByteArray out = runTool(QStringLiteral("/usr/bin/python3"),
                                       {script(), "visible", "--journal", m_journal, "--topic", topic}, {}, 60000,
                                       &exitCode, &errors);
        Ranges ranges;
        const auto answer = nlohmann::json::parse(out.toStdString(), nullptr, false);
        *ok = exitCode == 0 && answer.is_object();
        if (!*ok) {
            qWarning("kafka_txn_shim visible: %s", errors.constData());
            return ranges;
        }
        for (const auto &[partition, list] : answer.items())
            for (const auto &range : list)
                ranges[std::stoi(partition)].emplace_back(range.at(0).get<std::int64_t>(), range.at(1).get<std::int64_t>());
        return ranges;
    }

    static bool visible(const Ranges &invisible, std::int32_t partition, std::int64_t offset)
    {
        auto it = invisible.find(partition);
        if (it == invisible.end())
            return true;
        for (const auto &[first, last] : it->second)
            if (offset >= first && offset <= last)
                return false;
        return true;
    }

private:
    static QString script() { return QStringLiteral(PIPEWRIGHT_SOURCE_DIR "/tests/support/txnshim/kafka_txn_shim.py"); }

    QProcess m_process;
    QString m_journal;
    QString m_bootstrap;
};

} // namespace e2e
