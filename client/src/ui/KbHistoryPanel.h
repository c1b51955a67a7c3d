// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace hss::client {

class KnowledgeBaseService;

/// The open article's stored versions and a word-level diff between the two chosen ones (by default the newest
/// and the one before it): inserted words marked green, deleted ones red and struck through.
class KbHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KbHistoryPanel)

public:
    /// Does not own the service, which must outlive the panel.
    explicit KbHistoryPanel(KnowledgeBaseService& service, QWidget* parent = nullptr);

    /// The versions of the open article, newest first; compares the two newest.
    void setVersions(const std::vector<int>& versions);
    /// Compares two versions of the open article (either order).
    void compare(int older, int newer);
    /// Offers "Restore" for the older of the compared versions (editors who may change the article).
    void setRestoreAllowed(bool allowed, const QString& reason = {});
    QPushButton* restoreButton() const { return m_restore; }

signals:
    /// The editor asked to store the text of \a version as the next version.
    void restoreRequested(int version);
    /// A diff is shown (for tests and screenshots).
    void diffShown();

private:
    void compareChosen();

    KnowledgeBaseService& m_service;
    QComboBox* m_older;
    QComboBox* m_newer;
    QLabel* m_summary;
    QTextBrowser* m_diff;
    QPushButton* m_restore;
    quint64 m_generation = 0;
};

} // namespace hss::client
