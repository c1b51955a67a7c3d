// SPDX-License-Identifier: MIT
#include "CoalescedCall.h"

namespace hss::client {

CoalescedCall::CoalescedCall(QObject* context, std::function<void()> call)
    : m_context(context)
    , m_call(std::move(call))
{ }

void CoalescedCall::request()
{
    if (m_queued) {
        return;
    }
    m_queued = true;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_queued = false;
            m_call();
        },
        Qt::QueuedConnection);
}

} // namespace hss::client
