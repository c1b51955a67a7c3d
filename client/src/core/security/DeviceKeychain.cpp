// SPDX-License-Identifier: MIT
#include "DeviceKeychain.h"

#include <QByteArray>
#include <QEventLoop>
#include <QTimer>
#include <memory>
#include <new>
#include <utility>

#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace hss::client {

namespace {

// Owns a job while we wait for it. A job that has not finished when we give up must not be deleted under
// QtKeychain's feet: it is released and deletes itself once it ends.
struct JobDeleter
{
    void operator()(QKeychain::Job* job) const { delete job; }
};

template <class JobType>
std::unique_ptr<JobType, JobDeleter> makeJob(const QString& service, const QString& key)
{
    std::unique_ptr<JobType, JobDeleter> job(new JobType(service));
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// Starts the job and waits for finished() or the timeout; false on timeout (the job is then released).
template <class JobType>
bool runBlocking(std::unique_ptr<JobType, JobDeleter>& job, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    bool finished = false;
    // Context &loop: if the job ends after we gave up, the connection is already gone with the loop.
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start(); // may finish synchronously when no backend exists
    if (!finished) {
        timer.start(timeout);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!finished) {
        job->setAutoDelete(true);
        static_cast<void>(job.release());
    }
    return finished;
}

KeyResult<void> unavailable(const QString& detail)
{
    return {KeyError::KeychainUnavailable,
            QCoreApplication::translate("DeviceKeychain", "the keychain is not available: %1").arg(detail)};
}

KeyResult<void> noApplication()
{
    return unavailable(QCoreApplication::translate("DeviceKeychain", "no QCoreApplication runs in this process"));
}

KeyResult<void> timedOut()
{
    return unavailable(QCoreApplication::translate("DeviceKeychain", "no answer in time"));
}

// Maps the job's outcome; EntryNotFound is left to the caller.
KeyResult<void> outcome(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::NoError) {
        return {};
    }
    return unavailable(job.errorString());
}

// Only call once no job shares the array any more, so data() does not detach into a copy.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace

DeviceKeychain::DeviceKeychain(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{ }

KeyResult<void> DeviceKeychain::store(const QString& server, const QString& user, const SecureBytes& kek) const
{
    if (QCoreApplication::instance() == nullptr) {
        return noApplication();
    }
    if (kek.isEmpty()) {
        return {KeyError::InvalidArgument, tr("refusing to store an empty key")};
    }
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, entryName(server, user));
    // QtKeychain only takes a QByteArray; this copy is wiped as soon as the job is done with it.
    QByteArray secret(reinterpret_cast<const char*>(kek.constData()), static_cast<qsizetype>(kek.size()));
    job->setBinaryData(secret);
    if (!runBlocking(job, m_timeout)) {
        return timedOut();
    }
    KeyResult<void> result = outcome(*job);
    job.reset();
    wipe(secret);
    return result;
}

KeyResult<SecureBytes> DeviceKeychain::load(const QString& server, const QString& user) const
{
    if (QCoreApplication::instance() == nullptr) {
        return noApplication().failure();
    }
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, entryName(server, user));
    if (!runBlocking(job, m_timeout)) {
        return timedOut().failure();
    }
    if (job->error() == QKeychain::EntryNotFound) {
        return {KeyError::Missing, tr("no key is remembered for %1 on this device").arg(user)};
    }
    if (auto checked = outcome(*job); !checked) {
        return checked.failure();
    }
    QByteArray secret = job->binaryData();
    job.reset();
    try {
        SecureBytes kek(secret.constData(), static_cast<std::size_t>(secret.size()));
        wipe(secret);
        return kek;
    } catch (const std::bad_alloc&) {
        wipe(secret);
        return {KeyError::CryptoFailure, tr("out of locked memory")};
    }
}

KeyResult<void> DeviceKeychain::forget(const QString& server, const QString& user) const
{
    if (QCoreApplication::instance() == nullptr) {
        return noApplication();
    }
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, entryName(server, user));
    if (!runBlocking(job, m_timeout)) {
        return timedOut();
    }
    if (job->error() == QKeychain::EntryNotFound) {
        return {};
    }
    return outcome(*job);
}

QString DeviceKeychain::entryName(const QString& server, const QString& user)
{
    return QStringLiteral("kek:%1 %2").arg(server, user);
}

} // namespace hss::client
