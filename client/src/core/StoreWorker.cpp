// SPDX-License-Identifier: MIT
#include "StoreWorker.h"

#include "security/SecureBytes.h"

namespace hss::client {

StoreWorker::StoreWorker(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_context(new QObject)
    , m_store(std::make_unique<LocalStore>(QStringLiteral("hss-store-worker-%1").arg(reinterpret_cast<quintptr>(this))))
{
    m_thread->setObjectName(QStringLiteral("hss-store"));
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

StoreWorker::~StoreWorker()
{
    close().waitForFinished();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QFuture<std::optional<StoreError>> StoreWorker::open(const QString& path, SecureBytes key, LocalStore::OpenMode mode)
{
    auto sharedKey = std::make_shared<SecureBytes>(std::move(key));
    return run<std::optional<StoreError>>([path, sharedKey, mode](LocalStore& store) {
        auto error = store.open(path, std::span<const unsigned char>(sharedKey->constData(), sharedKey->size()), mode);
        sharedKey->clear();
        return error;
    });
}

QFuture<bool> StoreWorker::close()
{
    return run<bool>([](LocalStore& store) {
        store.close();
        return true;
    });
}

} // namespace hss::client
