// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <optional>

#include "KbArticleEditorDialog.h"
#include "hss/Uuid.h"

class QLineEdit;
class QListWidget;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace hss::client {

class KbArticleReader;
class ConsoleSession;
class KbArticleTableModel;
class KbEditorService;
class KnowledgeBaseService;
class LocalChanges;
class StoreWorker;

/// Screen 5, the reader's side: categories with their article counts on the left, a search box on top (search as
/// you type), the listed articles in the middle and the reader on the right. Ctrl+F focuses the search, Enter in
/// it or on an article opens the selected article.
class KnowledgeBaseWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeBaseWidget)

public:
    /// Owns neither worker nor changes; both must outlive the page. Loads the counts and the first category. With
    /// \a session (which must outlive the page too) editors get "New article", the workflow bar and the server's
    /// full history.
    KnowledgeBaseWidget(StoreWorker& worker, LocalChanges& changes, ConsoleSession* session = nullptr,
                        QWidget* parent = nullptr);

    /// Connect sync notifications (SyncEngine::pageApplied) to service()->articlesChanged().
    KnowledgeBaseService* service() const { return m_service; }
    KbArticleReader* reader() const { return m_reader; }
    /// Null without a session.
    KbEditorService* editor() const { return m_editor; }
    QPushButton* newArticleButton() const { return m_newArticle; }
    /// Opens the editor for a new article (also Ctrl+N on the page).
    void newArticle();
    /// What an open article editor holds (to keep it over the idle lock), if one is open.
    std::optional<KbArticleEditorDialog::Typed> typedArticle() const;
    /// Opens the editor again with \a typed (after an unlock); nothing without editing rights.
    void reopenEditor(const KbArticleEditorDialog::Typed& typed);
    /// Opens an article in the reader (e.g. a suggestion from the ticket editor).
    void openArticle(const Uuid& articleId);

    /// How long typing must pause before the search runs.
    static constexpr int searchDelayMs = 250;

private:
    void showCounts();
    void categoryChosen();
    void searchTyped();
    void openIndex(const QModelIndex& index);
    void selectFirstRow();
    void showSearchColumns(bool searching);

    KnowledgeBaseService* m_service;
    KbEditorService* m_editor = nullptr;
    QPushButton* m_newArticle = nullptr;
    KbArticleTableModel* m_model;
    QLineEdit* m_search;
    QListWidget* m_categories;
    QTableView* m_articles;
    KbArticleReader* m_reader;
    QSplitter* m_splitter;
    QTimer* m_searchDelay;
};

} // namespace hss::client
