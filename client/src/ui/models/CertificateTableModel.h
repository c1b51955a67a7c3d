// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "core/CertificateExpiry.h"
#include "core/TrainingSnapshot.h"

namespace hss::client {

/// The user's certificates with their expiry: expired rows red, rows due for renewal amber.
class CertificateTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateTableModel)

public:
    enum Column { CourseTitle, Program, Serial, Issued, Expires, State, ColumnCount };
    /// CertificateExpiry::State as int; for tests and delegates.
    static constexpr int StateRole = Qt::UserRole + 1;

    explicit CertificateTableModel(QObject* parent = nullptr);

    /// Rows from \a snapshot, judged against nowMs with the renewal window in days.
    void setSnapshot(const TrainingSnapshot& snapshot, qint64 nowMs, int windowDays);
    const Certificate& certificate(int row) const { return m_certificates.at(static_cast<std::size_t>(row)); }
    /// The title of the certificate's course, or its id when the course is not stored.
    QString courseTitle(int row) const;
    CertificateExpiry::State state(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Certificate> m_certificates;
    std::vector<QString> m_courseTitles;
    qint64 m_now = 0;
    int m_windowDays = CertificateExpiry::defaultRenewalWindowDays;
};

} // namespace hss::client
