// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <optional>

#include "core/KbEditorApi.h"
#include "hss/KbArticle.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace hss::client {

class KbEditorService;

/// Writes a new article, a translation of one, or the next version of one: title, category, type, language,
/// video link, the text as HTML with a sanitised preview, and a note on what changed. Checks the fields with the
/// shared rules before sending; saves through KbEditorService and stays open with everything typed when the
/// server refuses or cannot be reached. When someone else saved a version meanwhile it offers to save this text
/// as the next version (the other change stays in the history).
class KbArticleEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KbArticleEditorDialog)

public:
    /// Everything the dialog holds, to put it back after the idle lock closed the page.
    struct Typed
    {
        std::optional<KbArticle> base;
        std::optional<Uuid> translationOf;
        std::optional<int> sourceVersion;
        QString windowTitle;
        KbDraft draft;
        QString note;
        bool upToDate = false;
    };

    /// A new article.
    KbArticleEditorDialog(KbEditorService& service, QWidget* parent = nullptr);
    /// The next version of \a base; with \a sourceVersion (a translation whose source moved on to that version) it
    /// offers to mark the translation as up to date.
    KbArticleEditorDialog(KbEditorService& service, const KbArticle& base, std::optional<int> sourceVersion,
                          QWidget* parent = nullptr);
    /// A translation of \a source.
    static KbArticleEditorDialog* translation(KbEditorService& service, const KbArticle& source,
                                              QWidget* parent = nullptr);

    /// The article as saved (after accept()).
    const std::optional<KbArticle>& saved() const { return m_saved; }
    /// What the fields hold now.
    KbDraft draft() const;
    Typed typed() const;
    /// A dialog holding \a typed again (after a lock), shown.
    static KbArticleEditorDialog* reopen(KbEditorService& service, const Typed& typed, QWidget* parent);

public slots:
    /// Checks and sends; closes on success.
    void save();

private:
    void build();
    void fill(const KbArticle& article);
    void showPreview();
    void showError(const QString& text);
    void afterSave(const ApiResult<KbArticle>& answer);

    KbEditorService& m_service;
    std::optional<KbArticle> m_base; ///< editing: the version the text started from
    std::optional<Uuid> m_translationOf; ///< a new translation: its source
    std::optional<int> m_sourceVersion;
    std::optional<KbArticle> m_saved;
    QLineEdit* m_title = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_contentType = nullptr;
    QLineEdit* m_language = nullptr;
    QLineEdit* m_videoUrl = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLineEdit* m_note = nullptr;
    QCheckBox* m_upToDate = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_previewDelay = nullptr;
    bool m_saving = false;
};

} // namespace hss::client
