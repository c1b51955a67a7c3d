// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QTextDocument;

namespace hss::client {

/// What a printed certificate says.
struct CertificatePrint
{
    QString holderName;
    QString courseTitle;
    QString program; ///< translated program name; empty when the course belongs to none
    QString serial;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
};

/// Lays out a certificate as a QTextDocument and writes it as a one-page A4 PDF.
class CertificatePdf final
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePdf)

public:
    /// The certificate's text as laid out on the page (tests read its plain text: the PDF stream is compressed).
    static std::unique_ptr<QTextDocument> document(const CertificatePrint& print);
    /// Writes the PDF to \a path; false with a message in \a error when the file cannot be written.
    static bool write(const QString& path, const CertificatePrint& print, QString* error);
};

} // namespace hss::client
