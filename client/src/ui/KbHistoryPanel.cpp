// SPDX-License-Identifier: MIT
#include "KbHistoryPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

#include "KbLabels.h"
#include "core/FutureSupport.h"
#include "core/KnowledgeBaseDiff.h"
#include "core/KnowledgeBaseHtml.h"
#include "core/KnowledgeBaseService.h"

namespace hss::client {

KbHistoryPanel::KbHistoryPanel(KnowledgeBaseService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_older(new QComboBox(this))
    , m_newer(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_diff(new QTextBrowser(this))
    , m_restore(new QPushButton(tr("&Restore the older version"), this))
{
    m_restore->setObjectName(QStringLiteral("kbRestore"));
    m_restore->setAccessibleName(tr("Restore the older version as the next version"));
    m_restore->hide();
    m_older->setObjectName(QStringLiteral("kbDiffOlder"));
    m_older->setAccessibleName(tr("Older version"));
    m_newer->setObjectName(QStringLiteral("kbDiffNewer"));
    m_newer->setAccessibleName(tr("Newer version"));
    m_summary->setObjectName(QStringLiteral("kbDiffSummary"));
    m_summary->setWordWrap(true);
    m_diff->setObjectName(QStringLiteral("kbDiff"));
    m_diff->setAccessibleName(tr("Differences between the versions"));
    m_diff->setOpenLinks(false);

    auto* choose = new QHBoxLayout;
    auto* olderLabel = new QLabel(tr("Compare &version"), this);
    olderLabel->setBuddy(m_older);
    auto* newerLabel = new QLabel(tr("&with"), this);
    newerLabel->setBuddy(m_newer);
    choose->addWidget(olderLabel);
    choose->addWidget(m_older);
    choose->addWidget(newerLabel);
    choose->addWidget(m_newer);
    choose->addStretch(1);
    choose->addWidget(m_restore);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(choose);
    layout->addWidget(m_summary);
    layout->addWidget(m_diff, 1);

    connect(m_older, &QComboBox::currentIndexChanged, this, &KbHistoryPanel::compareChosen);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &KbHistoryPanel::compareChosen);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (m_older->currentIndex() >= 0) {
            emit restoreRequested(std::min(m_older->currentData().toInt(), m_newer->currentData().toInt()));
        }
    });
}

void KbHistoryPanel::setRestoreAllowed(bool allowed, const QString& reason)
{
    m_restore->setVisible(allowed || !reason.isEmpty());
    m_restore->setEnabled(allowed);
    m_restore->setToolTip(reason);
}

void KbHistoryPanel::setVersions(const std::vector<int>& versions)
{
    {
        const QSignalBlocker blockOlder(m_older);
        const QSignalBlocker blockNewer(m_newer);
        m_older->clear();
        m_newer->clear();
        for (const int version : versions) {
            m_older->addItem(tr("Version %1").arg(version), version);
            m_newer->addItem(tr("Version %1").arg(version), version);
        }
        m_newer->setCurrentIndex(versions.empty() ? -1 : 0);
        m_older->setCurrentIndex(versions.size() > 1 ? 1 : (versions.empty() ? -1 : 0));
    }
    m_diff->clear();
    if (versions.size() < 2) {
        m_summary->setText(versions.empty() ? QString()
                                            : tr("Only one version is kept on this console: nothing to compare."));
        return;
    }
    compareChosen();
}

void KbHistoryPanel::compareChosen()
{
    if (m_older->currentIndex() < 0 || m_newer->currentIndex() < 0) {
        return;
    }
    compare(m_older->currentData().toInt(), m_newer->currentData().toInt());
}

void KbHistoryPanel::compare(int older, int newer)
{
    const quint64 generation = ++m_generation;
    whenFinished(
        m_service.loadVersions(older, newer), this, [this, generation](const std::optional<KbVersionPair>& pair) {
            if (generation != m_generation) {
                return; // another pair was chosen meanwhile
            }
            if (!pair) {
                m_summary->setText(tr("These versions are not stored on this console."));
                m_diff->clear();
                emit diffShown();
                return;
            }
            const QString olderText =
                pair->older.title + QStringLiteral("\n\n") + KnowledgeBaseHtml::toPlainText(pair->older.body);
            const QString newerText =
                pair->newer.title + QStringLiteral("\n\n") + KnowledgeBaseHtml::toPlainText(pair->newer.body);
            const auto pieces = KnowledgeBaseDiff::compare(olderText, newerText);
            int inserted = 0;
            int deleted = 0;
            for (const auto& piece : pieces) {
                inserted += piece.kind == KnowledgeBaseDiff::Kind::Inserted ? 1 : 0;
                deleted += piece.kind == KnowledgeBaseDiff::Kind::Deleted ? 1 : 0;
            }
            m_summary->setText(tr("Version %1 (%2) → version %3 (%4): %n change(s)", nullptr, inserted + deleted)
                                   .arg(pair->older.version)
                                   .arg(KbLabels::time(pair->older.changedAt))
                                   .arg(pair->newer.version)
                                   .arg(KbLabels::time(pair->newer.changedAt)));
            m_diff->setHtml(KnowledgeBaseDiff::toHtml(pieces));
            emit diffShown();
        });
}

} // namespace hss::client
