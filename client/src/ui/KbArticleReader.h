// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace hss::client {

class KbHistoryPanel;
class KnowledgeBaseService;

/// The right side of the knowledge-base page: the open article (title, status, version, update time, sanitised
/// rich text, video link), the helpful / not helpful buttons with the counts and the user's own vote, and its
/// version history with a diff. Links open in the system browser, and only when clicked.
class KbArticleReader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KbArticleReader)

public:
    /// Does not own the service, which must outlive the reader.
    explicit KbArticleReader(KnowledgeBaseService& service, QWidget* parent = nullptr);

    /// Whether clicked links go to QDesktopServices (tests turn it off and watch linkRequested()).
    void setOpensLinks(bool opens) { m_opensLinks = opens; }

signals:
    /// A link was clicked that may be opened (http, https, mailto).
    void linkRequested(const QUrl& url);

private:
    void showArticle();
    void showMissing();
    void vote(bool helpful);
    void openLink(const QUrl& url);

    KnowledgeBaseService& m_service;
    QTabWidget* m_tabs;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_video;
    QTextBrowser* m_body;
    QPushButton* m_helpful;
    QPushButton* m_notHelpful;
    QLabel* m_ownVote;
    KbHistoryPanel* m_history;
    bool m_opensLinks = true;
};

} // namespace hss::client
