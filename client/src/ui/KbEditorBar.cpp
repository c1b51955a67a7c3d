// SPDX-License-Identifier: MIT
#include "KbEditorBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "KbArticleEditorDialog.h"
#include "MessageBox.h"
#include "core/FutureSupport.h"
#include "core/KbEditorService.h"
#include "core/KnowledgeBaseService.h"
#include "hss/KbWorkflow.h"

namespace hss::client {

namespace {

QString stepLabel(ArticleStatus from, ArticleStatus to)
{
    switch (to) {
    case ArticleStatus::Review:
        return KbEditorBar::tr("Submit for review");
    case ArticleStatus::MedicalReview:
        return KbEditorBar::tr("Send to medical review");
    case ArticleStatus::Published:
        return KbEditorBar::tr("Approve and publish");
    case ArticleStatus::Archived:
        return KbEditorBar::tr("Archive");
    case ArticleStatus::Draft:
        return from == ArticleStatus::Archived ? KbEditorBar::tr("Reopen as draft")
                                               : KbEditorBar::tr("Request changes");
    }
    return {};
}

QString stateText(const KbArticle& article)
{
    switch (article.status) {
    case ArticleStatus::Draft:
        return KbEditorBar::tr("Draft: readers do not see it until it is reviewed and published.");
    case ArticleStatus::Review:
        return KbWorkflow::isClinical(article)
            ? KbEditorBar::tr("In review: a supervisor or admin checks it, then a medical agent reviews it.")
            : KbEditorBar::tr("In review: waiting for a supervisor or admin.");
    case ArticleStatus::MedicalReview:
        return KbEditorBar::tr("In medical review: waiting for a medical agent to sign it off.");
    case ArticleStatus::Published:
        return KbEditorBar::tr("Published: every reader sees this version. A change goes through review again.");
    case ArticleStatus::Archived:
        return KbEditorBar::tr("Archived: kept for the record, not shown to readers.");
    }
    return {};
}

} // namespace

KbEditorBar::KbEditorBar(KbEditorService& editor, KnowledgeBaseService& reader, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_reader(reader)
    , m_state(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_translate(new QPushButton(tr("&Translate…"), this))
    , m_note(new QLineEdit(this))
    , m_steps(new QHBoxLayout)
{
    setObjectName(QStringLiteral("kbEditorBar"));
    m_state->setObjectName(QStringLiteral("kbWorkflowState"));
    m_state->setAccessibleName(tr("Review state"));
    m_state->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("kbEdit"));
    m_edit->setAccessibleName(tr("Edit the article"));
    m_edit->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    m_translate->setObjectName(QStringLiteral("kbTranslate"));
    m_translate->setAccessibleName(tr("Translate the article"));
    m_note->setObjectName(QStringLiteral("kbStepNote"));
    m_note->setAccessibleName(tr("Note for the next step"));
    m_note->setPlaceholderText(tr("Note for the next step (e.g. what to change)"));

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_translate);
    buttons->addLayout(m_steps);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    connect(m_edit, &QPushButton::clicked, this, &KbEditorBar::editArticle);
    connect(m_translate, &QPushButton::clicked, this, &KbEditorBar::translateArticle);
    hide();
}

void KbEditorBar::clearSteps()
{
    for (auto& [status, button] : m_stepButtons) {
        delete button;
    }
    m_stepButtons.clear();
}

QPushButton* KbEditorBar::stepButton(ArticleStatus to) const
{
    for (const auto& [status, button] : m_stepButtons) {
        if (status == to) {
            return button;
        }
    }
    return nullptr;
}

void KbEditorBar::refresh()
{
    clearSteps();
    const auto& view = m_reader.article();
    const std::vector<Role> roles = m_editor.roles();
    if (!view || (!KbWorkflow::mayCreate(roles) && !KbWorkflow::seesUnpublished(roles))) {
        hide();
        return;
    }
    const KbArticle& article = view->article;
    const bool online = m_editor.isOnline();
    const QString offline = tr("Editing needs a connection to the server.");
    QString state = stateText(article);
    if (!online) {
        state += QLatin1Char(' ') + offline;
    }
    m_state->setText(state);
    const bool mayEdit = KbWorkflow::mayEdit(roles, article.status);
    m_edit->setVisible(mayEdit);
    m_edit->setEnabled(online);
    m_edit->setToolTip(online ? QString() : offline);
    m_translate->setVisible(KbWorkflow::mayCreate(roles) && !article.translationOf);
    m_translate->setEnabled(online);
    m_translate->setToolTip(online ? QString() : offline);
    for (const ArticleStatus to : KbWorkflow::allowedTransitions(article.status, KbWorkflow::isClinical(article))) {
        if (KbWorkflow::mayTransition(roles, article.status, to)) {
            makeStep(to);
        }
    }
    m_note->setVisible(!m_stepButtons.empty());
    show();
}

void KbEditorBar::makeStep(ArticleStatus to)
{
    const KbArticle& article = m_reader.article()->article;
    auto* button = new QPushButton(stepLabel(article.status, to), this);
    button->setObjectName(QStringLiteral("kbStep_%1").arg(QString::fromUtf8(toString(to).data())));
    const bool ownWork = KbWorkflow::needsSecondPerson(article.status, to) && article.editedBy == m_editor.userId();
    const bool online = m_editor.isOnline();
    button->setEnabled(online && !ownWork);
    button->setToolTip(ownWork       ? tr("You saved this version: someone else must approve it.")
                           : !online ? tr("Editing needs a connection to the server.")
                                     : QString());
    button->setAccessibleName(button->text());
    m_steps->addWidget(button);
    m_stepButtons.emplace_back(to, button);
    connect(button, &QPushButton::clicked, this, [this, to] {
        if (!m_reader.article()) {
            return;
        }
        const KbArticle base = m_reader.article()->article;
        whenFinished(m_editor.move(base, to, m_note->text()), this, [this](const ApiResult<KbArticle>& answer) {
            if (answer.ok()) {
                m_note->clear();
                return;
            }
            MessageBox::warning(this, tr("Step not taken"),
                                answer.error().code == QLatin1String("version_conflict")
                                    ? tr("Someone changed this article meanwhile; look at the new version first.")
                                    : tr("The server refused the step: %1").arg(answer.error().message));
            if (m_reader.article()) {
                m_editor.refresh(m_reader.article()->article.id);
            }
        });
    });
}

void KbEditorBar::editArticle()
{
    const auto& view = m_reader.article();
    if (!view || m_edit->isHidden() || !m_edit->isEnabled()) {
        return;
    }
    std::optional<int> sourceVersion;
    if (view->isStaleTranslation()) {
        sourceVersion = view->source->version;
    }
    // Parented to the page, so a lock closes it with the page (WorkspacePages keeps what was typed).
    auto* dialog = new KbArticleEditorDialog(m_editor, view->article, sourceVersion, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void KbEditorBar::translateArticle()
{
    const auto& view = m_reader.article();
    if (!view || m_translate->isHidden() || !m_translate->isEnabled()) {
        return;
    }
    auto* dialog = KbArticleEditorDialog::translation(m_editor, view->article, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace hss::client
