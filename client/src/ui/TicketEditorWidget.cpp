// SPDX-License-Identifier: MIT
#include "TicketEditorWidget.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "MessageBox.h"
#include "SlaClocksWidget.h"
#include "TicketCommentsPanel.h"
#include "TicketConflictsWidget.h"
#include "TicketFieldsForm.h"
#include "TicketLabels.h"
#include "core/FutureSupport.h"
#include "core/TicketEditService.h"
#include "sync/LocalChanges.h"

namespace hss::client {

namespace {

QString historyText(const TicketHistoryEntry& entry)
{
    const QString when = QDateTime::fromMSecsSinceEpoch(entry.at).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString what;
    if (entry.what == QLatin1String("created")) {
        what = entry.waiting ? TicketEditorWidget::tr("Created on this console (waiting to sync)")
                             : TicketEditorWidget::tr("Created");
    } else if (entry.what == QLatin1String("first_response")) {
        what = TicketEditorWidget::tr("First response sent");
    } else if (entry.what == QLatin1String("resolved")) {
        what = TicketEditorWidget::tr("Resolved");
    } else if (entry.what == QLatin1String("updated")) {
        what = TicketEditorWidget::tr("Last changed");
    } else {
        QStringList fields;
        for (const QString& field : entry.fields) {
            fields << TicketLabels::field(field);
        }
        what = TicketEditorWidget::tr("Changed here: %1 (waiting to sync)").arg(fields.join(QStringLiteral(", ")));
    }
    return QStringLiteral("%1  %2").arg(when, what);
}

} // namespace

TicketEditorWidget::TicketEditorWidget(StoreWorker& worker, LocalChanges& changes, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_changes(changes)
    , m_service(new TicketEditService(worker, changes, clock, this))
    , m_header(new QLabel(this))
    , m_syncNote(new QLabel(this))
    , m_fields(new TicketFieldsForm(this))
    , m_sla(new SlaClocksWidget(clock, this))
    , m_conflicts(new TicketConflictsWidget(this))
    , m_comments(new TicketCommentsPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_history(new QListWidget(this))
    , m_articles(new QListWidget(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("ticketEditor"));
    setWindowTitle(tr("Ticket"));
    m_header->setObjectName(QStringLiteral("ticketHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_syncNote->setObjectName(QStringLiteral("ticketSyncNote"));
    m_syncNote->setWordWrap(true);
    m_syncNote->setVisible(false);
    m_save->setObjectName(QStringLiteral("ticketSave"));
    m_revert->setObjectName(QStringLiteral("ticketRevert"));
    m_save->setAccessibleName(tr("Save changes"));
    m_revert->setAccessibleName(tr("Revert changes"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_history->setObjectName(QStringLiteral("ticketHistory"));
    m_history->setAccessibleName(tr("History"));
    m_articles->setObjectName(QStringLiteral("ticketArticles"));
    m_articles->setAccessibleName(tr("Suggested knowledge-base articles"));
    m_articles->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_revert);
    top->addWidget(m_save);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_fields);
    leftLayout->addWidget(m_sla);
    leftLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(scroll);
    split->addWidget(makeSidePanes());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_syncNote);
    layout->addWidget(split, 1);

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &TicketEditorWidget::save);
    connect(m_save, &QPushButton::clicked, this, &TicketEditorWidget::save);
    connect(m_revert, &QPushButton::clicked, this, &TicketEditorWidget::revert);
    connect(m_fields, &TicketFieldsForm::modifiedChanged, this, [this](bool modified) {
        m_save->setEnabled(modified);
        m_revert->setEnabled(modified);
        emit modifiedChanged(modified);
    });
    connect(m_service, &TicketEditService::loaded, this, &TicketEditorWidget::showDetails);
    connect(m_service, &TicketEditService::missing, this, [this] {
        m_header->setText(tr("This ticket is no longer in the local store."));
        setEnabled(false);
    });
    connect(m_comments, &TicketCommentsPanel::addRequested, this, &TicketEditorWidget::addComment);
    connect(m_conflicts, &TicketConflictsWidget::resolveRequested, this, &TicketEditorWidget::resolveConflict);
}

QWidget* TicketEditorWidget::makeSidePanes()
{
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_conflicts);
    auto* vertical = new QSplitter(Qt::Vertical, side);
    auto* commentsBox = new QWidget(vertical);
    auto* commentsLayout = new QVBoxLayout(commentsBox);
    commentsLayout->setContentsMargins(0, 0, 0, 0);
    commentsLayout->addWidget(new QLabel(tr("<b>Comments</b>"), commentsBox));
    commentsLayout->addWidget(m_comments, 1);
    vertical->addWidget(commentsBox);
    m_tabs->setObjectName(QStringLiteral("ticketSideTabs"));
    m_tabs->setAccessibleName(tr("History and suggested articles"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(m_articles, tr("Suggested &articles"));
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);
    layout->addWidget(vertical, 1);
    return side;
}

void TicketEditorWidget::setDirectory(UserDirectory* directory)
{
    m_fields->setDirectory(directory);
}

void TicketEditorWidget::openTicket(const Uuid& ticketId)
{
    m_fields->setCurrentUserId(m_changes.userId());
    m_comments->setCurrentUserId(m_changes.userId());
    setEnabled(true);
    m_syncNote->setVisible(false);
    m_header->setText(tr("Loading…"));
    m_service->open(ticketId);
}

Uuid TicketEditorWidget::ticketId() const
{
    return m_service->ticketId();
}

bool TicketEditorWidget::isModified() const
{
    return m_fields->isModified();
}

void TicketEditorWidget::updateHeader(const Ticket& ticket)
{
    const QString number = ticket.number ? tr("#%1").arg(*ticket.number) : tr("pending");
    const QString colour = ticket.priority == Priority::Emergency ? QStringLiteral("#b00020")
        : ticket.priority == Priority::Critical                   ? QStringLiteral("#c04000")
                                                                  : QStringLiteral("#24292f");
    m_header->setText(QStringLiteral("<span style=\"font-size:14pt\"><b>%1</b> %2</span>"
                                     "&nbsp;&nbsp;<span style=\"color:%3\"><b>%4</b></span> · %5")
                          .arg(number, QString::fromStdString(ticket.title).toHtmlEscaped(), colour,
                               TicketLabels::priority(ticket.priority), TicketLabels::status(ticket.status)));
    setWindowTitle(tr("Ticket %1").arg(number));
}

void TicketEditorWidget::showDetails(const TicketDetails& details)
{
    // Sync must not overwrite what the agent is typing: keep the edits and say the ticket changed.
    const bool keepEdits = m_fields->isModified() && m_fields->ticket().id == details.ticket.id;
    if (keepEdits && m_fields->ticket() != details.ticket) {
        m_syncNote->setText(tr("This ticket was changed elsewhere. Save keeps your edits of the fields you changed; "
                               "Revert shows the new values."));
        m_syncNote->setVisible(true);
    } else if (!keepEdits) {
        m_fields->setTicket(details.ticket);
        m_syncNote->setVisible(false);
    }
    updateHeader(details.ticket);
    m_sla->setSla(details.sla);
    m_conflicts->setConflicts(details.conflicts);
    m_comments->setComments(details.comments);
    m_history->clear();
    for (const TicketHistoryEntry& entry : details.history) {
        m_history->addItem(historyText(entry));
    }
    m_articles->clear();
    for (const KbSearchHit& hit : details.articles) {
        auto* item = new QListWidgetItem(hit.title, m_articles);
        item->setToolTip(
            QString(hit.snippet).replace(QLatin1Char('['), QString()).replace(QLatin1Char(']'), QString()));
    }
    if (details.articles.empty()) {
        m_articles->addItem(tr("No matching articles."));
    }
    m_tabs->setTabText(1, tr("Suggested &articles (%1)").arg(details.articles.size()));
    emit ticketLoaded(details.ticket);
}

void TicketEditorWidget::save()
{
    if (!m_fields->isEnabled() || !m_fields->isModified()) {
        return;
    }
    const auto patch = m_fields->patch();
    if (!patch) {
        MessageBox::warning(this, tr("Cannot save the ticket"), QString::fromStdString(patch.error().message));
        m_fields->focusField(patch.error().field);
        m_closeAfterSave = false;
        return;
    }
    m_save->setEnabled(false);
    whenFinished(m_service->save(patch.value()), this, [this](Result<Ticket> result) {
        if (!result) {
            m_save->setEnabled(true);
            m_closeAfterSave = false;
            MessageBox::warning(this, tr("Cannot save the ticket"), QString::fromStdString(result.error().message));
            m_fields->focusField(result.error().field);
            return;
        }
        m_fields->setTicket(result.value());
        m_syncNote->setVisible(false);
        emit saved(result.value());
        if (m_closeAfterSave) {
            m_closeAfterSave = false;
            close();
        }
    });
}

bool TicketEditorWidget::saveBeforeStoreCloses()
{
    if (!m_fields->isEnabled() || !m_fields->isModified()) {
        return true;
    }
    const auto patch = m_fields->patch();
    if (!patch) {
        return false;
    }
    // Queued on the store's thread before its close job, so it is written even though this editor goes away now.
    m_service->save(patch.value());
    return true;
}

void TicketEditorWidget::revert()
{
    if (const auto& details = m_service->details()) {
        m_fields->setTicket(details->ticket);
    }
    m_syncNote->setVisible(false);
}

bool TicketEditorWidget::confirmClose()
{
    if (!isModified()) {
        return true;
    }
    const auto answer =
        MessageBox::question(this, tr("Unsaved changes"), tr("The ticket has changes that are not saved. Save them?"),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    if (answer == QMessageBox::Save) {
        m_closeAfterSave = true;
        save(); // closes once the store has it
    }
    return false;
}

void TicketEditorWidget::closeEvent(QCloseEvent* event)
{
    if (confirmClose()) {
        event->accept();
    } else {
        event->ignore();
    }
}

void TicketEditorWidget::addComment(const QString& body, CommentVisibility visibility)
{
    whenFinished(m_service->addComment(body, visibility), this, [this](Result<Comment> added) {
        if (!added) {
            MessageBox::warning(this, tr("Cannot add the comment"), QString::fromStdString(added.error().message));
            return;
        }
        m_comments->clearDraft();
    });
}

void TicketEditorWidget::resolveConflict(const TicketConflict& conflict, bool useOtherValue)
{
    whenFinished(m_service->resolveConflict(conflict, useOtherValue), this, [this](Status resolved) {
        if (!resolved) {
            MessageBox::warning(this, tr("Cannot resolve the conflict"),
                                QString::fromStdString(resolved.error().message));
        }
    });
}

} // namespace hss::client
