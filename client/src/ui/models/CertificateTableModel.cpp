// SPDX-License-Identifier: MIT
#include "CertificateTableModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include "ui/TrainingLabels.h"

namespace hss::client {

namespace {

QString dateText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

} // namespace

CertificateTableModel::CertificateTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CertificateTableModel::setSnapshot(const TrainingSnapshot& snapshot, qint64 nowMs, int windowDays)
{
    beginResetModel();
    m_certificates = snapshot.certificates;
    m_courseTitles.clear();
    for (const Certificate& certificate : m_certificates) {
        const Course* course = snapshot.course(certificate.courseId);
        m_courseTitles.push_back(course ? QString::fromStdString(course->title)
                                        : QString::fromStdString(certificate.courseId.toString()));
    }
    m_now = nowMs;
    m_windowDays = windowDays;
    endResetModel();
}

QString CertificateTableModel::courseTitle(int row) const
{
    return m_courseTitles.at(static_cast<std::size_t>(row));
}

CertificateExpiry::State CertificateTableModel::state(int row) const
{
    return CertificateExpiry::state(certificate(row), m_now, m_windowDays);
}

int CertificateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_certificates.size());
}

int CertificateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const Certificate& cert = certificate(row);
    const CertificateExpiry::State expiry = state(row);
    if (role == StateRole) {
        return static_cast<int>(expiry);
    }
    if (role == Qt::ForegroundRole) {
        // Dark shades of red and amber stay readable on the light table background.
        if (expiry == CertificateExpiry::State::Expired) {
            return QBrush(QColor(0xb0, 0x00, 0x20));
        }
        if (expiry == CertificateExpiry::State::ExpiringSoon) {
            return QBrush(QColor(0xa8, 0x5a, 0x00));
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case CourseTitle:
        return courseTitle(row);
    case Program:
        return cert.program ? TrainingLabels::program(*cert.program) : QString();
    case Serial:
        return QString::fromStdString(cert.serial);
    case Issued:
        return dateText(cert.issuedAt);
    case Expires:
        return dateText(cert.expiresAt);
    case State: {
        const qint64 days = CertificateExpiry::daysLeft(cert, m_now);
        switch (expiry) {
        case CertificateExpiry::State::Expired:
            return tr("Expired");
        case CertificateExpiry::State::ExpiringSoon:
            return tr("Renew: %n day(s) left", nullptr, static_cast<int>(days));
        case CertificateExpiry::State::Valid:
            return tr("Valid");
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CourseTitle:
        return tr("Course");
    case Program:
        return tr("Program");
    case Serial:
        return tr("Serial");
    case Issued:
        return tr("Issued");
    case Expires:
        return tr("Expires");
    case State:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace hss::client
