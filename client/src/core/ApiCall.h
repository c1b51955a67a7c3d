// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <nlohmann/json.hpp>

#include "core/ConsoleSession.h"
#include "core/FutureSupport.h"
#include "sync/ApiResult.h"
#include "sync/SyncApi.h"

namespace hss::client::apicall {

/// An answer that is 2xx but not what the endpoint promises.
inline SyncApiError badAnswer(const QString& what)
{
    return SyncApiError {SyncApiError::Kind::BadResponse,
                         200,
                         {},
                         QCoreApplication::translate("ApiCall", "unexpected answer from the server: %1").arg(what)};
}

template <class T>
QFuture<ApiResult<T>> failedNow(SyncApiError error)
{
    return QtFuture::makeReadyFuture(ApiResult<T>(std::move(error)));
}

/// The failure of a call made while the console is offline: it certainly never reached the server.
inline SyncApiError notConnected()
{
    return SyncApiError {SyncApiError::Kind::Unreachable,
                         0,
                         {},
                         QCoreApplication::translate("ApiCall", "not connected to the server"),
                         false};
}

/// True when calls beside sync can reach the server now (signed in and online).
inline bool isOnline(const ConsoleSession& session)
{
    const SyncApi* api = session.api();
    return api != nullptr && api->hasSession() && session.state() == ConsoleSession::State::Online;
}

/// Runs one request over the session's authenticated client and turns its JSON into T with decode
/// (json → ApiResult<T>). While the session is not online it fails at once with Kind::Unreachable.
template <class T, class Decode>
QFuture<ApiResult<T>> call(ConsoleSession& session, const QByteArray& verb, const QString& path,
                           const nlohmann::json& body, Decode decode)
{
    if (!isOnline(session)) {
        return failedNow<T>(notConnected());
    }
    SyncApi* api = session.api();
    return thenOn(api->requestJson(verb, path, body), api,
                  [decode](const ApiResult<nlohmann::json>& answer) -> ApiResult<T> {
                      if (!answer.ok()) {
                          return answer.error();
                      }
                      return decode(answer.value());
                  });
}

} // namespace hss::client::apicall
