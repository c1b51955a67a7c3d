// SPDX-License-Identifier: MIT
#include "CertificateListWidget.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include "CertificateFileDialog.h"
#include "CertificatePdf.h"
#include "MessageBox.h"
#include "TrainingLabels.h"
#include "models/CertificateTableModel.h"

namespace hss::client {

CertificateListWidget::CertificateListWidget(const User& holder, QWidget* parent)
    : QWidget(parent)
    , m_holder(holder)
    , m_model(new CertificateTableModel(this))
    , m_view(new QTableView(this))
    , m_renewalNote(new QLabel(this))
    , m_savePdf(new QPushButton(tr("&Save certificate as PDF…"), this))
{
    m_view->setObjectName(QStringLiteral("certificateView"));
    m_view->setAccessibleName(tr("My certificates"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CertificateTableModel::CourseTitle, QHeaderView::Stretch);
    m_renewalNote->setObjectName(QStringLiteral("renewalNote"));
    m_renewalNote->setWordWrap(true);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_renewalNote, 1);
    row->addWidget(m_savePdf);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(row);

    connect(m_savePdf, &QPushButton::clicked, this, &CertificateListWidget::savePdfClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CertificateListWidget::updateButton);
    updateButton();
}

void CertificateListWidget::setSnapshot(const TrainingSnapshot& snapshot, qint64 nowMs, int renewalWindowDays)
{
    m_model->setSnapshot(snapshot, nowMs, renewalWindowDays);
    int expiring = 0;
    int expired = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto state = m_model->state(row);
        expiring += state == CertificateExpiry::State::ExpiringSoon ? 1 : 0;
        expired += state == CertificateExpiry::State::Expired ? 1 : 0;
    }
    QStringList notes;
    if (m_model->rowCount() == 0) {
        notes << tr("No certificates yet: complete every module of a course to earn one.");
    }
    if (expiring > 0) {
        notes << tr("%n certificate(s) due for renewal within %1 days.", nullptr, expiring).arg(renewalWindowDays);
    }
    if (expired > 0) {
        notes << tr("%n certificate(s) expired.", nullptr, expired);
    }
    m_renewalNote->setText(notes.join(QLatin1Char(' ')));
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
        // Current but not highlighted, so the expiry colours stay readable until the user picks a row.
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::NoUpdate);
    }
    updateButton();
}

void CertificateListWidget::updateButton()
{
    m_savePdf->setEnabled(m_view->currentIndex().isValid());
}

void CertificateListWidget::savePdfClicked()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const Certificate& certificate = m_model->certificate(current.row());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(tr("certificate-%1.pdf").arg(QString::fromStdString(certificate.serial)));
    const QString path = CertificateFileDialog::getSaveFileName(this, tr("Save certificate as PDF"), suggested);
    if (path.isEmpty()) {
        return;
    }
    saveCertificatePdf(current.row(), path);
}

bool CertificateListWidget::saveCertificatePdf(int row, const QString& path)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return false;
    }
    const Certificate& certificate = m_model->certificate(row);
    CertificatePrint print;
    print.holderName = QString::fromStdString(m_holder.displayName);
    print.courseTitle = m_model->courseTitle(row);
    print.program = certificate.program ? TrainingLabels::program(*certificate.program) : QString();
    print.serial = QString::fromStdString(certificate.serial);
    print.issuedAt = certificate.issuedAt;
    print.expiresAt = certificate.expiresAt;
    QString error;
    if (!CertificatePdf::write(path, print, &error)) {
        MessageBox::warning(this, tr("Save certificate"), error);
        return false;
    }
    return true;
}

} // namespace hss::client
