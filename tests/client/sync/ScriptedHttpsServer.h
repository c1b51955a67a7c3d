// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <algorithm>
#include <memory>

namespace hss::test {

/// A loopback HTTPS endpoint that answers each request with the next scripted answer (the last one repeats): real
/// TLS with a certificate from the product's script, so SyncApi is tested as it talks to a server, headers included.
class ScriptedHttpsServer final : public QObject
{
public:
    struct Answer
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body = "{}";
    };

    /// Listens on 127.0.0.1 on a free port with the certificate and key files; false with error() on failure.
    bool listen(const QString& certificateFile, const QString& keyFile)
    {
        QFile certificate(certificateFile);
        QFile key(keyFile);
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read the test certificate or key");
            return false;
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
        ssl.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        m_server.setSslConfiguration(ssl);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpsServer::accept);
        if (!m_server.listen(QHostAddress::LocalHost, 0)) {
            m_error = m_server.errorString();
            return false;
        }
        return true;
    }

    quint16 port() const { return m_server.serverPort(); }
    QString error() const { return m_error; }

    QList<Answer> answers; ///< served in order; the last one repeats
    QList<QByteArray> requestLines; ///< "GET /api/sync/pull?… HTTP/1.1", one per answered request
    QList<QByteArray> requestHeads; ///< each answered request's line and headers

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                answerWhenComplete(*socket, *buffer);
            });
        }
    }

    /// Answers once the request's head and body (Content-Length) are in, then closes the connection.
    void answerWhenComplete(QTcpSocket& socket, QByteArray& buffer)
    {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return;
        }
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() < headEnd + 4 + length) {
            return;
        }
        requestLines << buffer.left(buffer.indexOf("\r\n"));
        requestHeads << buffer.left(headEnd);
        const Answer answer =
            answers.isEmpty() ? Answer {} : answers.at(std::min<qsizetype>(requestLines.size(), answers.size()) - 1);
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n";
        for (const auto& [name, value] : answer.headers) {
            reply += name + ": " + value + "\r\n";
        }
        reply += "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
        buffer.clear();
        socket.write(reply);
        socket.disconnectFromHost();
    }

    QSslServer m_server;
    QString m_error;
};

} // namespace hss::test
