// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <functional>

namespace hss::client {

/// Runs a function once, on the next turn of the context's event loop, however often it is requested before then:
/// a sync applies pages in bursts, and one reload after the burst is enough. Keep it as a member of the context
/// object; a request pending when the context is destroyed is dropped.
class CoalescedCall final
{
public:
    CoalescedCall(QObject* context, std::function<void()> call);

    void request();

private:
    QObject* m_context;
    std::function<void()> m_call;
    bool m_queued = false;
};

} // namespace hss::client
