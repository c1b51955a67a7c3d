// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>
#include <vector>

#include "AdminDocuments.h"
#include "hss/User.h"
#include "sync/ApiResult.h"

namespace hss::client {

class ConsoleSession;

/// The administration endpoints as typed calls: builds the JSON requests and decodes the answers, over the
/// session's authenticated SyncApi::requestJson. While the session is not online every call fails at once with
/// SyncApiError::Kind::Unreachable, so the pages can show that they need a connection.
class AdminApi final
{
    Q_DECLARE_TR_FUNCTIONS(AdminApi)

public:
    explicit AdminApi(ConsoleSession& session);

    /// True when requests can reach the server now (signed in online).
    bool isOnline() const;
    /// The signed-in admin's own user id.
    Uuid signedInUserId() const;

    QFuture<ApiResult<SlaDocument>> loadSlaConfiguration();
    /// Saves \a document.configuration over revision \a document.revision; the stored document as answered.
    QFuture<ApiResult<SlaDocument>> saveSlaConfiguration(const SlaDocument& document);

    QFuture<ApiResult<EscalationMatrixDocument>> loadEscalationMatrix();
    /// Saves \a document.levels over revision \a document.revision; the stored matrix as answered.
    QFuture<ApiResult<EscalationMatrixDocument>> saveEscalationMatrix(const EscalationMatrixDocument& document);

    /// Every account (fetched in pages of 200).
    QFuture<ApiResult<std::vector<User>>> listUsers();
    QFuture<ApiResult<User>> createUser(const NewUser& user);
    QFuture<ApiResult<User>> updateUser(const QString& userId, const UserChange& change);
    /// Replaces the password of \a userId; the server ends every login of that user. True once it is stored; a
    /// password the policy refuses is a Rejected error naming new_password.
    QFuture<ApiResult<bool>> resetPassword(const QString& userId, const QString& newPassword);
    QFuture<ApiResult<QList<AdminRole>>> listRoles();

    QFuture<ApiResult<OrganisationSettings>> loadSettings();
    QFuture<ApiResult<OrganisationSettings>> saveSettings(const OrganisationSettings& settings);

    QFuture<ApiResult<QList<NotificationChannelInfo>>> listNotificationChannels();
    /// Sends a test message through \a channel now; a 502 from the server is a result with delivered false.
    QFuture<ApiResult<ChannelTestResult>> testNotificationChannel(const QString& channel, const QString& recipient);

private:
    ConsoleSession& m_session;
};

} // namespace hss::client
