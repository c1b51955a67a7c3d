// SPDX-License-Identifier: MIT
#include "EscalationMatrixPage.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

#include "core/FutureSupport.h"
#include "core/admin/AdminApi.h"
#include "ui/models/EscalationMatrixTableModel.h"

namespace hss::client {

EscalationMatrixPage::EscalationMatrixPage(AdminApi& api, QWidget* parent)
    : AdminPage(api, parent)
    , m_matrix(new EscalationMatrixTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add level"), this))
    , m_remove(new QPushButton(tr("Re&move level"), this))
    , m_save(new QPushButton(tr("&Save escalation matrix"), this))
{
    setObjectName(QStringLiteral("adminEscalationPage"));
    m_table->setObjectName(QStringLiteral("escalationTable"));
    m_table->setAccessibleName(tr("Escalation levels"));
    m_table->setModel(m_matrix);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_add->setObjectName(QStringLiteral("escalationAdd"));
    m_remove->setObjectName(QStringLiteral("escalationRemove"));
    m_save->setObjectName(QStringLiteral("escalationSave"));

    auto* hint = new QLabel(tr("Who is told when an SLA clock reaches an escalation level. People are user names, "
                               "separated by commas; each must be an active account."),
                            this);
    hint->setWordWrap(true);
    contentLayout()->addWidget(hint);
    contentLayout()->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    contentLayout()->addLayout(buttons);
    setActionsEnabled(false);
    setSavesWithRevision(true);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_matrix->addLevel();
        m_table->setCurrentIndex(m_matrix->index(row, EscalationMatrixTableModel::Team));
        m_table->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_matrix->removeLevel(m_table->currentIndex().row()); });
    connect(m_save, &QPushButton::clicked, this, &EscalationMatrixPage::save);
}

QString EscalationMatrixPage::title() const
{
    return tr("Escalation matrix");
}

void EscalationMatrixPage::load()
{
    // Names first (people are stored as ids), then the matrix.
    whenFinished(api().listUsers(), this, [this](const ApiResult<std::vector<User>>& users) {
        if (!users.ok()) {
            failed(users.error());
            return;
        }
        QHash<QString, QString> names;
        for (const User& user : users.value()) {
            names.insert(QString::fromStdString(user.id.toString()), QString::fromStdString(user.username));
        }
        m_matrix->setUserNames(names);
        whenFinished(api().loadEscalationMatrix(), this, [this](const ApiResult<EscalationMatrixDocument>& answer) {
            if (!answer.ok()) {
                failed(answer.error());
                return;
            }
            m_revision = answer.value().revision;
            m_matrix->setLevels(answer.value().levels);
            loaded();
        });
    });
}

void EscalationMatrixPage::save()
{
    const QList<EscalationLevelRow>& levels = m_matrix->levels();
    for (int row = 0; row < levels.size(); ++row) {
        if (levels.at(row).channels.isEmpty()) {
            showFieldError(QStringLiteral("levels[%1].channels").arg(row), tr("name at least one channel"));
            return;
        }
    }
    setStatus(tr("Saving…"), false);
    setActionsEnabled(false);
    whenFinished(api().saveEscalationMatrix({m_revision, levels}), this,
                 [this](const ApiResult<EscalationMatrixDocument>& answer) {
                     if (!answer.ok()) {
                         failed(answer.error());
                         return;
                     }
                     m_revision = answer.value().revision;
                     m_matrix->setLevels(answer.value().levels);
                     saved(tr("Escalation matrix saved."));
                 });
}

void EscalationMatrixPage::setActionsEnabled(bool enabled)
{
    m_add->setEnabled(enabled);
    m_remove->setEnabled(enabled);
    m_save->setEnabled(enabled);
}

void EscalationMatrixPage::showFieldError(const QString& field, const QString& message)
{
    // "levels[1].channels[0]" or "level 2.people[0]: …": select that row's cell.
    static const QRegularExpression indexed(QStringLiteral("levels\\[(\\d+)\\]\\.([a-z]+)"));
    static const QRegularExpression numbered(QStringLiteral("level (\\d+)\\.([a-z]+)"));
    const QString text = field.isEmpty() ? message : field;
    int row = -1;
    QString member;
    if (const auto match = indexed.match(text); match.hasMatch()) {
        row = match.captured(1).toInt();
        member = match.captured(2);
    } else if (const auto byLevel = numbered.match(text); byLevel.hasMatch()) {
        for (int r = 0; r < m_matrix->levels().size(); ++r) {
            if (m_matrix->levels().at(r).level == byLevel.captured(1).toInt()) {
                row = r;
            }
        }
        member = byLevel.captured(2);
    }
    const int column = member == QLatin1String("people") ? EscalationMatrixTableModel::People
        : member == QLatin1String("channels")            ? EscalationMatrixTableModel::Channels
        : member == QLatin1String("team")                ? EscalationMatrixTableModel::Team
                                                         : EscalationMatrixTableModel::Level;
    if (const QModelIndex cell = m_matrix->index(row, column); cell.isValid()) {
        m_table->setCurrentIndex(cell);
        m_table->setFocus();
    }
    AdminPage::showFieldError(field, message);
}

} // namespace hss::client
