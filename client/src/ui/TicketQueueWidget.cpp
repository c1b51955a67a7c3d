// SPDX-License-Identifier: MIT
#include "TicketQueueWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "TicketLabels.h"
#include "core/TicketQueueService.h"
#include "models/TicketQueueTableModel.h"

namespace hss::client {

TicketQueueWidget::TicketQueueWidget(TicketQueueService& service, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new TicketQueueTableModel(service, clock, this))
    , m_view(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_priority(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_table(new QTableView(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("ticketQueue"));

    using View = TicketQuery::View;
    m_view->setObjectName(QStringLiteral("queueViewCombo"));
    m_view->setAccessibleName(tr("Queue view"));
    m_view->addItem(tr("My tickets"), static_cast<int>(View::Mine));
    m_view->addItem(tr("My team"), static_cast<int>(View::MyTeam));
    m_view->addItem(tr("Medical emergencies"), static_cast<int>(View::MedicalEmergencies));
    m_view->addItem(tr("Breaching soon"), static_cast<int>(View::BreachingSoon));
    m_view->addItem(tr("All open"), static_cast<int>(View::AllOpen));
    m_view->setCurrentIndex(m_view->findData(static_cast<int>(m_service.view())));

    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Search title or number (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search tickets"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_priority->setAccessibleName(tr("Priority filter"));
    m_priority->addItem(tr("Any priority"), -1);
    for (const Priority priority : allPriorities) {
        m_priority->addItem(TicketLabels::priority(priority), static_cast<int>(priority));
    }
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Category filter"));
    m_category->addItem(tr("Any category"), -1);
    for (const Category category : allCategories) {
        m_category->addItem(TicketLabels::category(category), static_cast<int>(category));
    }
    m_count->setObjectName(QStringLiteral("queueCount"));

    // The banner: red, bold, with the ticket and a way to open or dismiss it.
    m_banner->setObjectName(QStringLiteral("emergencyBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(QStringLiteral("#emergencyBanner { background: #b00020; } #emergencyBanner QLabel "
                                           "{ color: white; font-weight: bold; }"));
    m_bannerText->setObjectName(QStringLiteral("emergencyBannerText"));
    m_bannerText->setWordWrap(true);
    auto* bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    auto* openButton = new QPushButton(tr("&Open"), m_banner);
    openButton->setObjectName(QStringLiteral("emergencyOpenButton"));
    auto* dismissButton = new QPushButton(tr("&Dismiss"), m_banner);
    dismissButton->setObjectName(QStringLiteral("emergencyDismissButton"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(openButton);
    bannerLayout->addWidget(dismissButton);
    m_banner->setVisible(false);

    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setAccessibleName(tr("Tickets"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the queue's own order
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TicketQueueTableModel::TitleColumn, QHeaderView::Stretch);
    // Widths from the longest usual text of each column (bold: emergencies are), so nothing is cut at 1366 px;
    // the title takes what is left.
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int padding = metrics.horizontalAdvance(QStringLiteral("MM"));
    const auto widthOf = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + padding; };
    header->resizeSection(TicketQueueTableModel::NumberColumn, widthOf(QStringLiteral("#00000")));
    header->resizeSection(TicketQueueTableModel::PriorityColumn,
                          widthOf(TicketLabels::priority(Priority::Emergency)) + 20);
    header->resizeSection(TicketQueueTableModel::CategoryColumn,
                          widthOf(TicketLabels::category(Category::TrainingOnboarding)));
    header->resizeSection(TicketQueueTableModel::StatusColumn,
                          widthOf(TicketLabels::status(TicketStatus::WaitingOnCustomer)));
    header->resizeSection(TicketQueueTableModel::AssigneeColumn, widthOf(QStringLiteral("Unassigned")));
    header->resizeSection(TicketQueueTableModel::SlaColumn,
                          widthOf(TicketQueueTableModel::remainingText(-(24LL * 3600 + 3600) * 1000 * 12)));
    header->resizeSection(TicketQueueTableModel::ChannelColumn, widthOf(TicketLabels::channel(Channel::Email)));
    header->resizeSection(
        TicketQueueTableModel::UpdatedColumn,
        widthOf(QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::NarrowFormat)));
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    header->setMinimumSectionSize(4 * em);

    auto* bar = new QHBoxLayout;
    auto* viewLabel = new QLabel(tr("&View:"), this);
    viewLabel->setBuddy(m_view);
    bar->addWidget(viewLabel);
    bar->addWidget(m_view);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_priority);
    bar->addWidget(m_category);
    bar->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_view, &QComboBox::currentIndexChanged, this,
            [this] { m_service.setView(static_cast<TicketQuery::View>(m_view->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_service.setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_service.setSearch(m_search->text());
    });
    connect(m_priority, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_priority->currentData().toInt();
        m_service.setPriorityFilter(value < 0 ? std::nullopt : std::optional(static_cast<Priority>(value)));
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_category->currentData().toInt();
        m_service.setCategoryFilter(value < 0 ? std::nullopt : std::optional(static_cast<Category>(value)));
    });
    connect(m_table, &QTableView::activated, this, &TicketQueueWidget::activate);
    connect(&m_service, &TicketQueueService::resetDone, this, &TicketQueueWidget::updateCount);
    connect(&m_service, &TicketQueueService::rowsAppended, this, &TicketQueueWidget::updateCount);
    connect(&m_service, &TicketQueueService::rowsRefreshed, this, &TicketQueueWidget::updateCount);
    connect(&m_service, &TicketQueueService::newEmergency, this, &TicketQueueWidget::showEmergency);
    connect(openButton, &QPushButton::clicked, this, [this] {
        m_banner->setVisible(false);
        emit ticketActivated(m_bannerTicket);
    });
    connect(dismissButton, &QPushButton::clicked, m_banner, &QWidget::hide);
    updateCount();
}

void TicketQueueWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TicketQueueWidget::showEmergency(const Ticket& ticket)
{
    m_bannerTicket = ticket.id;
    const QString number = ticket.number ? QStringLiteral("#%1").arg(*ticket.number) : tr("a ticket not yet numbered");
    const QString text = tr("New medical emergency %1: %2").arg(number, QString::fromStdString(ticket.title));
    m_bannerText->setText(text);
    m_banner->setVisible(true);
    emit emergencyAnnounced(tr("Medical emergency"), text);
}

void TicketQueueWidget::updateCount()
{
    const qint64 total = m_service.totalCount();
    if (total < 0) {
        m_count->setText(tr("Loading…"));
    } else {
        m_count->setText(total == 1 ? tr("1 ticket") : tr("%1 tickets").arg(QLocale().toString(total)));
    }
}

void TicketQueueWidget::activate(const QModelIndex& index)
{
    const auto id = Uuid::parse(index.data(TicketQueueTableModel::TicketIdRole).toString().toStdString());
    if (id) {
        emit ticketActivated(id.value());
    }
}

} // namespace hss::client
