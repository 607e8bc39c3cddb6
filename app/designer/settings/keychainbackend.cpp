#include "app/designer/settings/keychainbackend.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace {

const QString Service = QStringLiteral("Pipewright");

// Runs a job to its end (or the timeout); true when it succeeded.
bool runJob(QKeychain::Job *job, QString *error)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(KeychainBackend::TimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        if (error)
            *error = QCoreApplication::translate("KeychainBackend", "the keychain did not answer within %1 s")
                         .arg(KeychainBackend::TimeoutMs / 1000);
        job->deleteLater();
        return false;
    }
    const bool ok = job->error() == QKeychain::NoError;
    if (!ok && error) {
        switch (job->error()) {
        case QKeychain::EntryNotFound:
            *error = QCoreApplication::translate("KeychainBackend", "no such keychain entry");
            break;
        case QKeychain::NoBackendAvailable:
            *error = QCoreApplication::translate("KeychainBackend", "no keychain service is available (%1)")
                         .arg(job->errorString());
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            *error = QCoreApplication::translate("KeychainBackend", "access to the keychain was denied (%1)")
                         .arg(job->errorString());
            break;
        default:
            // qtkeychain says little more than "Unknown error" when no secret service answers on D-Bus.
            *error = QCoreApplication::translate("KeychainBackend", "the keychain failed (%1); is a secret service such as GNOME Keyring or KWallet running?")
                         .arg(job->errorString());
        }
    }
    job->deleteLater();
    return ok;
}

} // namespace

bool KeychainBackend::read(const QString &name, QString *value, QString *error)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setKey(name);
    if (!runJob(job, error))
        return false;
    *value = job->textData();
    return true;
}

bool KeychainBackend::write(const QString &name, const QString &value, QString *error)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    // Never fall back to a plain-text file: that would put the secret on disk.
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setTextData(value);
    return runJob(job, error);
}

bool KeychainBackend::remove(const QString &name, QString *error)
{
    auto *job = new QKeychain::DeletePasswordJob(Service);
    job->setKey(name);
    return runJob(job, error);
}
