// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace hss::client {

class KbEditorBar;
class KbEditorService;
class KbHistoryPanel;
class KnowledgeBaseService;

/// The right side of the knowledge-base page: the open article (title, status, version, update time, sanitised
/// rich text, video link), the helpful / not helpful buttons with the counts and the user's own vote, and its
/// version history with a diff, its translations (out-of-date ones marked), and for editors the workflow bar. Links
/// open in the system browser, and only when clicked.
class KbArticleReader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KbArticleReader)

public:
    /// Does not own the service, which must outlive the reader.
    explicit KbArticleReader(KnowledgeBaseService& service, QWidget* parent = nullptr);

    /// Whether clicked links go to QDesktopServices (tests turn it off and watch linkRequested()).
    void setOpensLinks(bool opens) { m_opensLinks = opens; }
    /// Adds the editor's bar and restore-from-history, and fetches each opened article's full history from the
    /// server. Does not own \a editor, which must outlive the reader.
    void setEditor(KbEditorService* editor);
    KbEditorBar* editorBar() const { return m_editorBar; }
    KbHistoryPanel* history() const { return m_history; }
    QListWidget* translations() const { return m_translations; }

signals:
    /// A link was clicked that may be opened (http, https, mailto).
    void linkRequested(const QUrl& url);

private:
    void showArticle();
    void showMissing();
    void showTranslations();
    void openTranslation(QListWidgetItem* item);
    void restore(int version);
    void refreshEditing();
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
    QLabel* m_translationNote;
    QListWidget* m_translations;
    KbEditorService* m_editor = nullptr;
    KbEditorBar* m_editorBar = nullptr;
    QString m_historyFetchedFor; ///< the article whose server history was asked for last
    bool m_opensLinks = true;
};

} // namespace hss::client
