// SPDX-License-Identifier: MIT
#include "KbArticleReader.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "KbEditorBar.h"
#include "KbHistoryPanel.h"
#include "KbLabels.h"
#include "MessageBox.h"
#include "core/FutureSupport.h"
#include "core/KbEditorService.h"
#include "core/KnowledgeBaseHtml.h"
#include "core/KnowledgeBaseService.h"
#include "hss/KbWorkflow.h"

namespace hss::client {

KbArticleReader::KbArticleReader(KnowledgeBaseService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_tabs(new QTabWidget(this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_video(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_helpful(new QPushButton(this))
    , m_notHelpful(new QPushButton(this))
    , m_ownVote(new QLabel(this))
    , m_history(new KbHistoryPanel(service, this))
    , m_translationNote(new QLabel(this))
    , m_translations(new QListWidget(this))
{
    m_translationNote->setObjectName(QStringLiteral("kbTranslationNote"));
    m_translationNote->setAccessibleName(tr("Translation state"));
    m_translationNote->setWordWrap(true);
    m_translationNote->hide();
    m_translations->setObjectName(QStringLiteral("kbTranslations"));
    m_translations->setAccessibleName(tr("Translations of this article"));
    m_title->setObjectName(QStringLiteral("kbTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Choose an article to read it here."));
    m_meta->setObjectName(QStringLiteral("kbMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::PlainText);
    m_video->setObjectName(QStringLiteral("kbVideo"));
    m_video->setTextFormat(Qt::RichText);
    m_video->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_video->setFocusPolicy(Qt::StrongFocus);
    m_video->setAccessibleName(tr("Video link"));
    m_video->hide();
    m_body->setObjectName(QStringLiteral("kbBody"));
    m_body->setAccessibleName(tr("Article text"));
    // Links never open by themselves: a click goes through openLink(), which only passes web and mail links on.
    m_body->setOpenLinks(false);
    m_body->setOpenExternalLinks(false);
    m_helpful->setObjectName(QStringLiteral("kbHelpful"));
    m_helpful->setCheckable(true);
    m_helpful->setAccessibleName(tr("Vote helpful"));
    m_notHelpful->setObjectName(QStringLiteral("kbNotHelpful"));
    m_notHelpful->setCheckable(true);
    m_notHelpful->setAccessibleName(tr("Vote not helpful"));
    m_ownVote->setObjectName(QStringLiteral("kbOwnVote"));
    m_tabs->setObjectName(QStringLiteral("kbReaderTabs"));
    m_tabs->setAccessibleName(tr("Article and history"));

    auto* article = new QWidget(this);
    auto* votes = new QHBoxLayout;
    votes->addWidget(new QLabel(tr("Was this article helpful?"), this));
    votes->addWidget(m_helpful);
    votes->addWidget(m_notHelpful);
    votes->addWidget(m_ownVote, 1);
    auto* articleLayout = new QVBoxLayout(article);
    articleLayout->setContentsMargins(0, 4, 0, 0);
    articleLayout->addWidget(m_video);
    articleLayout->addWidget(m_body, 1);
    articleLayout->addLayout(votes);
    m_tabs->addTab(article, tr("&Article"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(m_translations, tr("Tra&nslations"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_translationNote);
    layout->addWidget(m_tabs, 1);

    connect(&m_service, &KnowledgeBaseService::articleLoaded, this, &KbArticleReader::showArticle);
    connect(&m_service, &KnowledgeBaseService::articleMissing, this, &KbArticleReader::showMissing);
    connect(m_helpful, &QPushButton::clicked, this, [this] { vote(true); });
    connect(m_notHelpful, &QPushButton::clicked, this, [this] { vote(false); });
    connect(m_body, &QTextBrowser::anchorClicked, this, &KbArticleReader::openLink);
    connect(m_video, &QLabel::linkActivated, this, [this](const QString& link) { openLink(QUrl(link)); });
    connect(m_translations, &QListWidget::itemActivated, this, &KbArticleReader::openTranslation);
    connect(m_history, &KbHistoryPanel::restoreRequested, this, &KbArticleReader::restore);
    showMissing();
    m_title->setText(tr("Choose an article to read it here."));
}

void KbArticleReader::showArticle()
{
    const auto& view = m_service.article();
    if (!view) {
        return;
    }
    const KbArticle& a = view->article;
    m_title->setText(QString::fromStdString(a.title));
    m_meta->setText(tr("%1 · %2 · version %3 · updated %4 · %5")
                        .arg(KbLabels::status(a.status), KbLabels::contentType(a.contentType))
                        .arg(a.version)
                        .arg(KbLabels::time(a.updatedAt), QString::fromStdString(a.language)));
    m_body->setHtml(KnowledgeBaseHtml::sanitize(QString::fromStdString(a.body)));
    if (a.videoUrl && KnowledgeBaseHtml::isOpenableLink(QString::fromStdString(*a.videoUrl))) {
        const QString url = QString::fromStdString(*a.videoUrl);
        m_video->setText(tr("Video: <a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped()));
        m_video->show();
    } else {
        m_video->clear();
        m_video->hide();
    }
    m_helpful->setText(tr("Helpful (%1)").arg(a.helpfulVotes));
    m_notHelpful->setText(tr("Not helpful (%1)").arg(a.notHelpfulVotes));
    m_helpful->setChecked(view->ownVote == true);
    m_notHelpful->setChecked(view->ownVote == false);
    m_helpful->setEnabled(true);
    m_notHelpful->setEnabled(true);
    m_ownVote->setText(!view->ownVote
                           ? tr("You have not voted.")
                           : (*view->ownVote ? tr("You found it helpful.") : tr("You found it not helpful.")));
    m_history->setVersions(view->versions);
    showTranslations();
    refreshEditing();
    if (m_editor && m_editor->isOnline() && m_historyFetchedFor != QString::fromStdString(a.id.toString())) {
        // This console only kept the versions it synced; the server has them all.
        m_historyFetchedFor = QString::fromStdString(a.id.toString());
        m_editor->loadHistory(a.id);
    }
}

void KbArticleReader::showTranslations()
{
    const auto& view = m_service.article();
    m_translations->clear();
    if (!view) {
        m_translationNote->hide();
        return;
    }
    const KbArticle& a = view->article;
    for (const KbTranslationSummary& t : view->translations) {
        const bool stale = t.sourceVersion < a.version;
        auto* item = new QListWidgetItem(
            stale ? tr("%1 · %2 · %3 · from version %4: out of date")
                        .arg(t.language, t.title, KbLabels::status(t.status))
                        .arg(t.sourceVersion)
                  : tr("%1 · %2 · %3 · up to date").arg(t.language, t.title, KbLabels::status(t.status)),
            m_translations);
        item->setData(Qt::UserRole, QString::fromStdString(t.id.toString()));
        if (stale) {
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    if (view->translations.empty()) {
        auto* none = new QListWidgetItem(tr("No translations yet."), m_translations);
        none->setFlags(Qt::NoItemFlags);
    }
    if (!a.translationOf) {
        m_translationNote->hide();
        return;
    }
    const QString sourceTitle = view->source ? view->source->title : tr("the original");
    m_translationNote->setText(
        view->isStaleTranslation()
            ? tr("Translation of “%1” made from version %2; the original is now at version %3, so this translation is "
                 "out of date.")
                  .arg(sourceTitle)
                  .arg(*a.sourceVersion)
                  .arg(view->source->version)
            : tr("Translation of “%1”, up to date with its version %2.")
                  .arg(sourceTitle)
                  .arg(a.sourceVersion.value_or(1)));
    m_translationNote->setStyleSheet(view->isStaleTranslation() ? QStringLiteral("color: #b00020; font-weight: bold;")
                                                                : QString());
    m_translationNote->show();
}

void KbArticleReader::openTranslation(QListWidgetItem* item)
{
    if (auto id = Uuid::parse(item->data(Qt::UserRole).toString().toStdString())) {
        m_service.open(id.value());
    }
}

void KbArticleReader::setEditor(KbEditorService* editor)
{
    m_editor = editor;
    if (editor == nullptr || m_editorBar != nullptr) {
        return;
    }
    m_editorBar = new KbEditorBar(*editor, m_service, this);
    qobject_cast<QVBoxLayout*>(layout())->insertWidget(3, m_editorBar); // below the title and notes
    connect(editor, &KbEditorService::connectionChanged, this, &KbArticleReader::refreshEditing);
}

void KbArticleReader::refreshEditing()
{
    if (m_editor == nullptr) {
        return;
    }
    m_editorBar->refresh();
    const auto& view = m_service.article();
    const bool mayEdit = view && KbWorkflow::mayEdit(m_editor->roles(), view->article.status);
    const bool online = m_editor->isOnline();
    m_history->setRestoreAllowed(mayEdit && online && view->versions.size() > 1,
                                 mayEdit && !online ? tr("Editing needs a connection to the server.") : QString());
}

void KbArticleReader::restore(int version)
{
    const auto& view = m_service.article();
    if (m_editor == nullptr || !view) {
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Restore version %1").arg(version),
        tr("Store the text of version %1 as a new version %2? The versions in between stay in the history.")
            .arg(version)
            .arg(view->article.version + 1));
    if (answer != QMessageBox::Yes) {
        return;
    }
    whenFinished(m_editor->rollback(view->article, version), this, [this](const ApiResult<KbArticle>& restored) {
        if (!restored.ok()) {
            MessageBox::warning(this, tr("Not restored"),
                                tr("The server did not restore the version: %1").arg(restored.error().message));
        }
    });
}

void KbArticleReader::showMissing()
{
    m_title->setText(tr("This article is no longer available."));
    m_meta->clear();
    m_body->clear();
    m_video->clear();
    m_video->hide();
    m_helpful->setText(tr("Helpful"));
    m_notHelpful->setText(tr("Not helpful"));
    m_helpful->setChecked(false);
    m_notHelpful->setChecked(false);
    m_helpful->setEnabled(false);
    m_notHelpful->setEnabled(false);
    m_ownVote->clear();
    m_history->setVersions({});
    m_translations->clear();
    m_translationNote->hide();
    if (m_editorBar != nullptr) {
        m_editorBar->hide();
    }
}

void KbArticleReader::vote(bool helpful)
{
    // The buttons show the stored vote, not the click, until the store answers.
    m_helpful->setChecked(m_service.article() && m_service.article()->ownVote == true);
    m_notHelpful->setChecked(m_service.article() && m_service.article()->ownVote == false);
    whenFinished(m_service.vote(helpful), this, [this](const Result<KbArticle>& voted) {
        if (!voted) {
            MessageBox::warning(
                this, tr("Vote not saved"),
                tr("Your vote could not be saved: %1").arg(QString::fromStdString(voted.error().message)));
        }
    });
}

void KbArticleReader::openLink(const QUrl& url)
{
    if (!KnowledgeBaseHtml::isOpenableLink(url.toString())) {
        return; // in-page anchors and other schemes lead nowhere from here
    }
    emit linkRequested(url);
    if (m_opensLinks) {
        QDesktopServices::openUrl(url);
    }
}

} // namespace hss::client
