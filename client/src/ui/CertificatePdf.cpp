// SPDX-License-Identifier: MIT
#include "CertificatePdf.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace hss::client {

namespace {

QString dateText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::LongFormat);
}

QString html(const CertificatePrint& print)
{
    const auto e = [](const QString& text) { return text.toHtmlEscaped(); };
    QString body;
    body += QStringLiteral("<div align=\"center\">");
    body += QStringLiteral("<p style=\"font-size:30pt; font-weight:bold; color:#1d4f91\">%1</p>")
                .arg(e(CertificatePdf::tr("Certificate of Completion")));
    body += QStringLiteral("<p style=\"font-size:14pt\">%1</p>").arg(e(CertificatePdf::tr("This certifies that")));
    body += QStringLiteral("<p style=\"font-size:24pt; font-weight:bold\">%1</p>").arg(e(print.holderName));
    body += QStringLiteral("<p style=\"font-size:14pt\">%1</p>")
                .arg(e(CertificatePdf::tr("has successfully completed the course")));
    body += QStringLiteral("<p style=\"font-size:20pt; font-weight:bold\">%1</p>").arg(e(print.courseTitle));
    if (!print.program.isEmpty()) {
        body += QStringLiteral("<p style=\"font-size:14pt\">%1</p>")
                    .arg(e(CertificatePdf::tr("as part of the %1 program").arg(print.program)));
    }
    body += QStringLiteral("</div><p>&nbsp;</p>");
    body += QStringLiteral("<table align=\"center\" cellpadding=\"6\" style=\"font-size:12pt\">");
    const auto row = [&](const QString& label, const QString& value) {
        body += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(e(label), e(value));
    };
    row(CertificatePdf::tr("Issued:"), dateText(print.issuedAt));
    row(CertificatePdf::tr("Valid until:"), dateText(print.expiresAt));
    row(CertificatePdf::tr("Serial number:"), print.serial);
    body += QStringLiteral("</table>");
    body += QStringLiteral("<p>&nbsp;</p><p align=\"center\" style=\"font-size:10pt; color:#555555\">%1</p>")
                .arg(e(CertificatePdf::tr("Healthcare Support System – Training & Certification")));
    return body;
}

} // namespace

std::unique_ptr<QTextDocument> CertificatePdf::document(const CertificatePrint& print)
{
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(html(print));
    return document;
}

bool CertificatePdf::write(const QString& path, const CertificatePrint& print, QString* error)
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Certificate %1").arg(print.serial));
    writer.setCreator(QCoreApplication::applicationName());
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                     QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error) {
            *error = tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath());
        }
        return false;
    }
    const QRect page = painter.viewport();
    // A double frame around the page, as printed certificates have.
    const int unit = writer.resolution() / 25; // about a millimetre
    painter.setPen(QPen(QColor(0x1d, 0x4f, 0x91), unit));
    painter.drawRect(page.adjusted(unit, unit, -unit, -unit));
    painter.setPen(QPen(QColor(0x1d, 0x4f, 0x91), unit / 2));
    painter.drawRect(page.adjusted(3 * unit, 3 * unit, -3 * unit, -3 * unit));

    auto doc = document(print);
    // Lay the text out in the PDF's own resolution so the point sizes come out right on paper.
    doc->documentLayout()->setPaintDevice(&writer);
    const QRect text = page.adjusted(12 * unit, 20 * unit, -12 * unit, -12 * unit);
    doc->setPageSize(text.size());
    doc->setTextWidth(text.width());
    painter.translate(text.topLeft());
    doc->drawContents(&painter, QRectF(0, 0, text.width(), text.height()));
    if (!painter.end()) {
        if (error) {
            *error = tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath());
        }
        return false;
    }
    return true;
}

} // namespace hss::client
