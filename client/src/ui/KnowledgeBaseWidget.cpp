// SPDX-License-Identifier: MIT
#include "KnowledgeBaseWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "KbArticleEditorDialog.h"
#include "KbArticleReader.h"
#include "KbLabels.h"
#include "core/KbEditorService.h"
#include "core/KnowledgeBaseService.h"
#include "hss/KbWorkflow.h"
#include "models/KbArticleTableModel.h"

namespace hss::client {

KnowledgeBaseWidget::KnowledgeBaseWidget(StoreWorker& worker, LocalChanges& changes, ConsoleSession* session,
                                         QWidget* parent)
    : QWidget(parent)
    , m_service(new KnowledgeBaseService(worker, changes, this))
    , m_model(new KbArticleTableModel(*m_service, this))
    , m_search(new QLineEdit(this))
    , m_categories(new QListWidget(this))
    , m_articles(new QTableView(this))
    , m_reader(new KbArticleReader(*m_service, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("knowledgeBasePage"));
    m_search->setObjectName(QStringLiteral("kbSearch"));
    m_search->setPlaceholderText(tr("Search titles and text (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the knowledge base"));
    m_search->setClearButtonEnabled(true);
    m_categories->setObjectName(QStringLiteral("kbCategories"));
    m_categories->setAccessibleName(tr("Categories"));
    for (const KbCategory category : allKbCategories) {
        auto* item = new QListWidgetItem(KbLabels::category(category), m_categories);
        item->setData(Qt::UserRole, static_cast<int>(category));
    }
    m_articles->setObjectName(QStringLiteral("kbArticles"));
    m_articles->setAccessibleName(tr("Articles"));
    m_articles->setModel(m_model);
    m_articles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_articles->setWordWrap(false);
    m_articles->verticalHeader()->hide();
    m_articles->horizontalHeader()->setSectionResizeMode(KbArticleTableModel::Title, QHeaderView::Stretch);
    m_articles->horizontalHeader()->setSectionResizeMode(KbArticleTableModel::Match, QHeaderView::Stretch);
    for (const int column : {KbArticleTableModel::Status, KbArticleTableModel::Type, KbArticleTableModel::Updated,
                             KbArticleTableModel::Votes}) {
        m_articles->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    showSearchColumns(false);
    m_reader->setObjectName(QStringLiteral("kbReader"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);

    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto* top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    if (session != nullptr) {
        m_editor = new KbEditorService(*session, worker, *m_service, this);
        m_reader->setEditor(m_editor);
        if (KbWorkflow::mayCreate(m_editor->roles())) {
            m_newArticle = new QPushButton(tr("&New article…"), this);
            m_newArticle->setObjectName(QStringLiteral("kbNewArticle"));
            m_newArticle->setAccessibleName(tr("Write a new article"));
            m_newArticle->setShortcut(QKeySequence::New);
            top->addWidget(m_newArticle);
            connect(m_newArticle, &QPushButton::clicked, this, &KnowledgeBaseWidget::newArticle);
            const auto showConnection = [this] {
                const bool online = m_editor->isOnline();
                m_newArticle->setEnabled(online);
                m_newArticle->setToolTip(online ? QString() : tr("Editing needs a connection to the server."));
            };
            connect(m_editor, &KbEditorService::connectionChanged, this, showConnection);
            showConnection();
        }
    }
    auto* categoriesLabel = new QLabel(tr("&Categories"), this);
    categoriesLabel->setBuddy(m_categories);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(categoriesLabel);
    leftLayout->addWidget(m_categories, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_articles);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(170);
    m_articles->setMinimumWidth(300);
    m_reader->setMinimumWidth(360);
    m_splitter->setSizes({190, 560, 620});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_search, m_categories);
    setTabOrder(m_categories, m_articles);
    setTabOrder(m_articles, m_reader);

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay->start(); });
    connect(m_searchDelay, &QTimer::timeout, this, &KnowledgeBaseWidget::searchTyped);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDelay->isActive()) {
            m_searchDelay->stop();
            searchTyped();
        }
        m_articles->setFocus(Qt::OtherFocusReason);
        openIndex(m_articles->currentIndex());
    });
    connect(m_categories, &QListWidget::currentRowChanged, this, &KnowledgeBaseWidget::categoryChosen);
    connect(m_articles, &QTableView::activated, this, &KnowledgeBaseWidget::openIndex);
    connect(m_articles, &QTableView::clicked, this, &KnowledgeBaseWidget::openIndex);
    connect(m_service, &KnowledgeBaseService::countsChanged, this, &KnowledgeBaseWidget::showCounts);
    connect(m_service, &KnowledgeBaseService::entriesChanged, this, &KnowledgeBaseWidget::selectFirstRow);

    m_service->loadCounts();
    m_categories->setCurrentRow(0);
}

void KnowledgeBaseWidget::newArticle()
{
    if (m_newArticle == nullptr || !m_newArticle->isEnabled()) {
        return;
    }
    auto* dialog = new KbArticleEditorDialog(*m_editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

std::optional<KbArticleEditorDialog::Typed> KnowledgeBaseWidget::typedArticle() const
{
    for (const KbArticleEditorDialog* dialog : findChildren<KbArticleEditorDialog*>()) {
        if (!dialog->isHidden()) {
            return dialog->typed();
        }
    }
    return std::nullopt;
}

void KnowledgeBaseWidget::reopenEditor(const KbArticleEditorDialog::Typed& typed)
{
    if (m_editor != nullptr) {
        KbArticleEditorDialog::reopen(*m_editor, typed, this);
    }
}

void KnowledgeBaseWidget::openArticle(const Uuid& articleId)
{
    m_service->open(articleId);
}

void KnowledgeBaseWidget::showCounts()
{
    const auto& counts = m_service->counts();
    for (int row = 0; row < m_categories->count(); ++row) {
        QListWidgetItem* item = m_categories->item(row);
        const auto category = static_cast<KbCategory>(item->data(Qt::UserRole).toInt());
        const auto found = counts.find(category);
        const int count = found == counts.end() ? 0 : found->second;
        item->setText(tr("%1 (%2)").arg(KbLabels::category(category)).arg(count));
        item->setData(Qt::AccessibleTextRole,
                      tr("%1, %n article(s)", nullptr, count).arg(KbLabels::category(category)));
    }
}

void KnowledgeBaseWidget::categoryChosen()
{
    const QListWidgetItem* item = m_categories->currentItem();
    if (item == nullptr) {
        return;
    }
    // Choosing a category leaves the search: the list shows that category again.
    m_searchDelay->stop();
    m_search->clear();
    showSearchColumns(false);
    m_service->browse(static_cast<KbCategory>(item->data(Qt::UserRole).toInt()));
}

void KnowledgeBaseWidget::searchTyped()
{
    m_service->search(m_search->text());
    const bool searching = !m_service->searchText().isEmpty();
    showSearchColumns(searching);
    // Hits come from every category: the chosen one is only marked again once the search is left.
    if (QListWidgetItem* current = m_categories->currentItem()) {
        current->setSelected(!searching);
    }
}

void KnowledgeBaseWidget::showSearchColumns(bool searching)
{
    // Hits need their matched words more than their type and time; the list is too narrow for all of them.
    m_articles->setColumnHidden(KbArticleTableModel::Match, !searching);
    m_articles->setColumnHidden(KbArticleTableModel::Type, searching);
    m_articles->setColumnHidden(KbArticleTableModel::Updated, searching);
}

void KnowledgeBaseWidget::selectFirstRow()
{
    if (m_model->rowCount() > 0 && !m_articles->currentIndex().isValid()) {
        m_articles->setCurrentIndex(m_model->index(0, KbArticleTableModel::Title));
        // An empty reader next to a selected article looks broken: show it unless one is already open (or being
        // opened: a saved edit opens its article while the list reloads).
        if (!m_service->isArticleChosen()) {
            openIndex(m_articles->currentIndex());
        }
    }
}

void KnowledgeBaseWidget::openIndex(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    if (auto id = Uuid::parse(index.data(KbArticleTableModel::idRole).toString().toStdString())) {
        m_service->open(id.value());
    }
}

} // namespace hss::client
