// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include "core/TrainingSnapshot.h"
#include "hss/User.h"

class QLabel;
class QPushButton;
class QTableView;

namespace hss::client {

class CertificateTableModel;

/// "My certificates" on the training page: the user's certificates with their expiry (expired red, due for renewal
/// amber), a renewal note, and "Save certificate as PDF…".
class CertificateListWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateListWidget)

public:
    /// \a holder is the name printed on the certificates.
    explicit CertificateListWidget(const User& holder, QWidget* parent = nullptr);

    void setSnapshot(const TrainingSnapshot& snapshot, qint64 nowMs, int renewalWindowDays);
    /// Writes the certificate in \a row to \a path as PDF; false (with a message box) on failure.
    bool saveCertificatePdf(int row, const QString& path);

private:
    void savePdfClicked();
    void updateButton();

    User m_holder;
    CertificateTableModel* m_model;
    QTableView* m_view;
    QLabel* m_renewalNote;
    QPushButton* m_savePdf;
};

} // namespace hss::client
