// SPDX-License-Identifier: MIT
#include "KbArticleEditorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "EnumCombo.h"
#include "KbLabels.h"
#include "MessageBox.h"
#include "core/FutureSupport.h"
#include "core/KbEditorService.h"
#include "core/KnowledgeBaseHtml.h"
#include "hss/Limits.h"

namespace hss::client {

namespace {

constexpr int previewDelayMs = 300;

QString describeFailure(const SyncApiError& error)
{
    if (error.kind == SyncApiError::Kind::Unreachable || error.kind == SyncApiError::Kind::Timeout
        || error.kind == SyncApiError::Kind::Tls) {
        return KbArticleEditorDialog::tr("The server cannot be reached, so nothing was saved. Your text is still "
                                         "here: save again once the connection is back.");
    }
    return KbArticleEditorDialog::tr("The server did not save the article: %1").arg(error.message);
}

} // namespace

KbArticleEditorDialog::KbArticleEditorDialog(KbEditorService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
{
    build();
    setWindowTitle(tr("New article"));
    m_upToDate->hide();
}

KbArticleEditorDialog::KbArticleEditorDialog(KbEditorService& service, const KbArticle& base,
                                             std::optional<int> sourceVersion, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_base(base)
    , m_sourceVersion(sourceVersion)
{
    build();
    setWindowTitle(tr("Edit “%1” (version %2)").arg(QString::fromStdString(base.title)).arg(base.version));
    fill(base);
    m_language->setReadOnly(true);
    if (base.translationOf) {
        // A translation keeps the source's category and type.
        m_category->setEnabled(false);
        m_contentType->setEnabled(false);
    }
    if (sourceVersion) {
        m_upToDate->setText(tr("This translation now matches version %1 of the original").arg(*sourceVersion));
    } else {
        m_upToDate->hide();
    }
}

KbArticleEditorDialog* KbArticleEditorDialog::translation(KbEditorService& service, const KbArticle& source,
                                                          QWidget* parent)
{
    auto* dialog = new KbArticleEditorDialog(service, parent);
    dialog->m_translationOf = source.id;
    dialog->setWindowTitle(tr("Translate “%1”").arg(QString::fromStdString(source.title)));
    dialog->fill(source);
    dialog->m_language->clear();
    dialog->m_language->setFocus();
    dialog->m_category->setEnabled(false);
    dialog->m_contentType->setEnabled(false);
    dialog->m_note->setText(tr("Translated from version %1").arg(source.version));
    return dialog;
}

void KbArticleEditorDialog::build()
{
    setObjectName(QStringLiteral("kbEditorDialog"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("kbEditTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(static_cast<int>(limits::titleMax));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("kbEditCategory"));
    m_category->setAccessibleName(tr("Category"));
    fillEnumCombo(m_category, allKbCategories, &KbLabels::category);
    m_contentType = new QComboBox(this);
    m_contentType->setObjectName(QStringLiteral("kbEditType"));
    m_contentType->setAccessibleName(tr("Type"));
    fillEnumCombo(m_contentType, allKbContentTypes, &KbLabels::contentType);
    m_language = new QLineEdit(QStringLiteral("en"), this);
    m_language->setObjectName(QStringLiteral("kbEditLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setPlaceholderText(tr("e.g. en, de, fr, es, pt-BR"));
    m_videoUrl = new QLineEdit(this);
    m_videoUrl->setObjectName(QStringLiteral("kbEditVideo"));
    m_videoUrl->setAccessibleName(tr("Video link"));
    m_videoUrl->setPlaceholderText(tr("https://… (optional)"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("kbEditBody"));
    m_body->setAccessibleName(tr("Article text (HTML)"));
    m_body->setTabChangesFocus(true);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("kbEditPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_body, tr("&Text (HTML)"));
    m_tabs->addTab(m_preview, tr("&Preview"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("kbEditNote"));
    m_note->setAccessibleName(tr("What changed"));
    m_note->setPlaceholderText(tr("A few words for the reviewers and the history (optional)"));
    m_upToDate = new QCheckBox(this);
    m_upToDate->setObjectName(QStringLiteral("kbEditUpToDate"));
    m_upToDate->setAccessibleName(tr("Translation up to date with the original"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("kbEditError"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_previewDelay = new QTimer(this);
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(previewDelayMs);

    auto* form = new QFormLayout;
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("T&ype:"), m_contentType);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Video link:"), m_videoUrl);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    auto* noteForm = new QFormLayout;
    noteForm->addRow(tr("&What changed:"), m_note);
    layout->addLayout(noteForm);
    layout->addWidget(m_upToDate);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(760, 620);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &KbArticleEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_body, &QPlainTextEdit::textChanged, m_previewDelay, qOverload<>(&QTimer::start));
    connect(m_previewDelay, &QTimer::timeout, this, &KbArticleEditorDialog::showPreview);
    connect(m_tabs, &QTabWidget::currentChanged, this, &KbArticleEditorDialog::showPreview);
}

void KbArticleEditorDialog::fill(const KbArticle& article)
{
    m_title->setText(QString::fromStdString(article.title));
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(article.category)));
    m_contentType->setCurrentIndex(m_contentType->findData(static_cast<int>(article.contentType)));
    m_language->setText(QString::fromStdString(article.language));
    m_videoUrl->setText(article.videoUrl ? QString::fromStdString(*article.videoUrl) : QString());
    m_body->setPlainText(QString::fromStdString(article.body));
    showPreview();
}

KbDraft KbArticleEditorDialog::draft() const
{
    KbDraft draft;
    draft.title = m_title->text().trimmed();
    draft.body = m_body->toPlainText();
    draft.category = enumComboValue<KbCategory>(m_category);
    draft.contentType = enumComboValue<KbContentType>(m_contentType);
    draft.language = m_language->text().trimmed();
    draft.videoUrl = m_videoUrl->text().trimmed();
    draft.translationOf = m_translationOf;
    return draft;
}

KbArticleEditorDialog::Typed KbArticleEditorDialog::typed() const
{
    return Typed {m_base,  m_translationOf, m_sourceVersion,        windowTitle(),
                  draft(), m_note->text(),  m_upToDate->isChecked()};
}

KbArticleEditorDialog* KbArticleEditorDialog::reopen(KbEditorService& service, const Typed& typed, QWidget* parent)
{
    auto* dialog = typed.base ? new KbArticleEditorDialog(service, *typed.base, typed.sourceVersion, parent)
                              : new KbArticleEditorDialog(service, parent);
    dialog->m_translationOf = typed.translationOf;
    dialog->setWindowTitle(typed.windowTitle);
    dialog->m_title->setText(typed.draft.title);
    dialog->m_category->setCurrentIndex(dialog->m_category->findData(static_cast<int>(typed.draft.category)));
    dialog->m_contentType->setCurrentIndex(dialog->m_contentType->findData(static_cast<int>(typed.draft.contentType)));
    dialog->m_language->setText(typed.draft.language);
    dialog->m_videoUrl->setText(typed.draft.videoUrl);
    dialog->m_body->setPlainText(typed.draft.body);
    dialog->m_note->setText(typed.note);
    dialog->m_upToDate->setChecked(typed.upToDate);
    if (typed.translationOf) {
        dialog->m_category->setEnabled(false);
        dialog->m_contentType->setEnabled(false);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void KbArticleEditorDialog::showPreview()
{
    m_preview->setHtml(KnowledgeBaseHtml::sanitize(m_body->toPlainText()));
}

void KbArticleEditorDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void KbArticleEditorDialog::save()
{
    if (m_saving) {
        return;
    }
    const KbDraft typed = draft();
    // The shared rules, checked here so a mistake is named next to the field instead of after a round trip.
    KbArticle check;
    check.id = m_base ? m_base->id : m_service.userId();
    check.authorId = m_service.userId();
    check.title = typed.title.toStdString();
    check.body = typed.body.toStdString();
    check.language = typed.language.toStdString();
    check.updatedAt = 1;
    if (!typed.videoUrl.isEmpty()) {
        check.videoUrl = typed.videoUrl.toStdString();
    }
    if (const Status valid = validate(check); !valid) {
        const std::string& field = valid.error().field;
        QWidget* culprit = field == "title" ? static_cast<QWidget*>(m_title)
            : field == "language"           ? static_cast<QWidget*>(m_language)
            : field == "video_url"          ? static_cast<QWidget*>(m_videoUrl)
                                            : static_cast<QWidget*>(m_body);
        const QString name = field == "title" ? tr("Title")
            : field == "language"             ? tr("Language")
            : field == "video_url"            ? tr("Video link")
                                              : tr("Text");
        showError(tr("%1: %2").arg(name, QString::fromStdString(valid.error().message)));
        culprit->setFocus(Qt::OtherFocusReason);
        return;
    }
    showError({});
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    const std::optional<int> upToDate =
        !m_upToDate->isHidden() && m_upToDate->isChecked() ? m_sourceVersion : std::nullopt;
    auto answer = m_base ? m_service.save(*m_base, typed, m_note->text(), upToDate) : m_service.create(typed);
    whenFinished(answer, this, [this](const ApiResult<KbArticle>& result) { afterSave(result); });
}

void KbArticleEditorDialog::afterSave(const ApiResult<KbArticle>& answer)
{
    m_saving = false;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    if (answer.ok()) {
        m_saved = answer.value();
        accept();
        return;
    }
    const SyncApiError& error = answer.error();
    if (m_base && error.code == QLatin1String("version_conflict")) {
        const auto again = MessageBox::question(
            this, tr("Changed meanwhile"),
            tr("Someone else saved a newer version of this article while you were writing. Save your text as the "
               "next version anyway? The other change stays in the history and can be compared there."));
        if (again != QMessageBox::Yes) {
            showError(tr("Not saved: a newer version exists. Your text is still here."));
            return;
        }
        m_saving = true;
        whenFinished(m_service.refresh(m_base->id), this, [this](const ApiResult<KbArticle>& current) {
            m_saving = false;
            if (!current.ok()) {
                showError(describeFailure(current.error()));
                return;
            }
            m_base = current.value();
            save();
        });
        return;
    }
    showError(describeFailure(error));
}

} // namespace hss::client
